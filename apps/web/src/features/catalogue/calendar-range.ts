import { addDays, addMonths, monthOf } from '../../lib/calendar-date';

/** Months shown side by side: two always fit one availability request (at most 62 days). */
export const shownMonths = 2;

/**
 * The first months the calendar may start at: from the current month (earlier ones are all past)
 * to the one whose last shown month holds the last bookable day (today + maximum advance).
 */
export function calendarBounds(today: string, maxAdvanceDays: number): { minMonth: string; maxMonth: string } {
  const minMonth = monthOf(today);
  const lastBookable = monthOf(addDays(today, maxAdvanceDays));
  const maxMonth = addMonths(lastBookable, -(shownMonths - 1));
  return { minMonth, maxMonth: maxMonth < minMonth ? minMonth : maxMonth };
}

export function clampMonth(month: string, bounds: { minMonth: string; maxMonth: string }): string {
  if (month < bounds.minMonth) return bounds.minMonth;
  if (month > bounds.maxMonth) return bounds.maxMonth;
  return month;
}

/**
 * The first month to show: the one in the address, else the first with something to book (an
 * event's month, a season that starts later), else this month, always within the bounds.
 */
export function calendarStart(
  requested: string | undefined,
  opensOn: string | undefined,
  today: string,
  bounds: { minMonth: string; maxMonth: string },
): string {
  const month = requested ?? monthOf(opensOn !== undefined && opensOn > today ? opensOn : today);
  return clampMonth(month, bounds);
}
