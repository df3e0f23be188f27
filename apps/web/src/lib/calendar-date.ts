/**
 * Calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as the API sends them: days at the reserve,
 * not instants. All arithmetic is on the calendar itself, through UTC milliseconds, which have no
 * daylight saving and no local offset: building them with `new Date(y, m, d)` in the browser's
 * time zone would shift a day for visitors west of Greenwich or on a DST change.
 */

const dayMs = 86_400_000;

/** Sunday first, as calendars are printed in Brazil and the United States. */
export const weekStartsOn = 0;

export type DateParts = { year: number; month: number; day: number };

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `YYYY-MM-DD` of a year, month (1–12) and day, without checking that the day exists. */
export function calendarDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The parts of a real calendar date; undefined for anything else (`2025-02-30`, `2025-1-5`). */
export function parseCalendarDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is string {
  return parseCalendarDate(value) !== undefined;
}

/** Whether a value is a month `YYYY-MM` (01–12). */
export function isCalendarMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** 28 to 31; February follows the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toUtcMs(date: string): number {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * dayMs);
}

/** 0 = Sunday … 6 = Saturday, as the API's `weekDays`. */
export function weekDayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** The month `YYYY-MM` a date is in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return calendarDate(year, number, daysInMonth(year, number));
}

/**
 * The weeks of a month for a calendar table: rows of 7 cells from `weekStartsOn`, each a date of
 * the month or null for the cells before the 1st and after the last day. 4 to 6 rows.
 */
export function monthGrid(month: string, firstWeekDay: number = weekStartsOn): (string | null)[][] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const leading = (weekDayOf(first) - firstWeekDay + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let date = first; date <= last; date = addDays(date, 1)) cells.push(date);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** Today's date in a time zone (the reserve's, for the catalogue), whatever the browser's zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return calendarDate(part('year'), part('month'), part('day'));
}
