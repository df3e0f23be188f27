import { reserveTimeZone } from '@promata/contracts';

/**
 * Calendar dates (`YYYY-MM-DD`) as plain day numbers: no instants, so no time zone or DST can move
 * a day. Only "today" needs a clock and a zone, and it is the reserve's: at 22:00 in São Paulo it is
 * already tomorrow in UTC, and on 2018-11-04 São Paulo had no midnight (DST began at 00:00).
 */
const dayMs = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;
const fromDayNumber = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, like the experiences' `week_days`. */
export function weekDayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) dates.push(fromDayNumber(day));
  return dates;
}

/** The calendar date of an instant in a time zone (the reserve's by default). */
export function calendarDateAt(instant: Date, timeZone: string = reserveTimeZone): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
