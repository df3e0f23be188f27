import { parseCalendarDate } from '../lib/calendar-date';
import type { Language } from './languages';

/** The instant of midnight UTC of a calendar date, or undefined when it is not one. */
function utcMidnight(date: string): number | undefined {
  const parts = parseCalendarDate(date);
  return parts ? Date.UTC(parts.year, parts.month - 1, parts.day) : undefined;
}

/**
 * Formats a calendar date `YYYY-MM-DD` (a day of stay, a closure day) as that very day. The date is
 * read as midnight UTC and formatted in UTC: formatting it in the browser's time zone would show
 * the previous day west of Greenwich, the classic off-by-one of date-only values.
 */
export function formatCalendarDate(
  date: string,
  language: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const instant = utcMidnight(date);
  if (instant === undefined) return date;
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(instant);
}

/** A range of calendar dates ("3 – 5 de dezembro de 2025"); one date when both ends are the same. */
export function formatCalendarRange(from: string, to: string, language: Language): string {
  const start = utcMidnight(from);
  const end = utcMidnight(to);
  if (start === undefined || end === undefined || end < start) return `${from} – ${to}`;
  if (start === end) return formatCalendarDate(from, language);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

/** "dezembro de 2025" / "December 2025" for a month `YYYY-MM`. */
export function formatCalendarMonth(month: string, language: Language): string {
  return formatCalendarDate(`${month}-01`, language, { month: 'long', year: 'numeric' });
}
