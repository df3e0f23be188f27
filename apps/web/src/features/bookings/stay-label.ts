import type { ExperienceCategory } from '@promata/contracts';
import type { TFunction } from 'i18next';
import { formatCalendarDate, formatCalendarRange } from '../../i18n/format-calendar-date';
import type { Language } from '../../i18n/languages';
import { addDays } from '../../lib/calendar-date';
import { nightsBetween } from './line-dates';

/**
 * A line's dates as people say them: one day for a visit, "check-in → check-out (n nights)" for
 * lodging, the first to the last day otherwise. The API's end date is exclusive.
 */
export function stayLabel(
  t: TFunction,
  language: Language,
  line: { category: string; startDate: string; endDate: string },
): string {
  if (line.category === 'HOSTING') {
    return t('bookings.dates.nights', {
      checkIn: formatCalendarDate(line.startDate, language),
      checkOut: formatCalendarDate(line.endDate, language),
      count: nightsBetween(line.startDate, line.endDate),
    });
  }
  const last = addDays(line.endDate, -1);
  return last === line.startDate
    ? formatCalendarDate(line.startDate, language)
    : formatCalendarRange(line.startDate, last, language);
}

/**
 * How a whole booking's range reads: a lodging-only booking by check-in and check-out, anything
 * else (a visit, an event, or lodging mixed with visits) by its first and last day.
 */
export const bookingStayCategory = (experiences: readonly { category: ExperienceCategory }[]): ExperienceCategory =>
  experiences.length > 0 && experiences.every((e) => e.category === 'HOSTING') ? 'HOSTING' : 'TRAIL';
