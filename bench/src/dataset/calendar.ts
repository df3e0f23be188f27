/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so no time zone shifts a day. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Today in the reserve's time zone (America/Sao_Paulo), as the API computes calendar dates. */
export function reserveToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(now);
}

/** Every day of [start, end): the nights of a stay, the day of a visit. */
export function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day < end; day = addDays(day, 1)) days.push(day);
  return days;
}
