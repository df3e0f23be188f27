import { weekStartsOn } from '../lib/calendar-date';
import { formatCalendarDate } from './format-calendar-date';
import type { Language } from './languages';

/** Calendar column headers from `weekStartsOn`, named by Intl: 2023-01-01 was a Sunday. */
export function weekDayNames(language: Language) {
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => {
    const date = `2023-01-0${((weekStartsOn + offset) % 7) + 1}`;
    return {
      short: formatCalendarDate(date, language, { weekday: 'short' }),
      long: formatCalendarDate(date, language, { weekday: 'long' }),
    };
  });
}
