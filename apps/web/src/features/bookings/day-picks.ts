/** The days picked so far: a day (or a check-in and check-out for lodging). */
export type PickedDays = { startDate?: string | undefined; endDate?: string | undefined };

/**
 * Lodging takes two picks, check-in then check-out; any other pick starts again from the new day.
 * Everything else is one day (an event's dates are its own and ignore picks).
 */
export function nextPick(hosting: boolean, picked: PickedDays, date: string): PickedDays {
  if (hosting && picked.startDate !== undefined && picked.endDate === undefined && date > picked.startDate) {
    return { startDate: picked.startDate, endDate: date };
  }
  return { startDate: date };
}
