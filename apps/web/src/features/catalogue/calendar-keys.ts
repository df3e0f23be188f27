import {
  addDays,
  addMonths,
  daysInMonth,
  monthOf,
  parseCalendarDate,
  weekDayOf,
  weekStartsOn,
} from '../../lib/calendar-date';

/** The same day of another month, or its last day when that month is shorter (31 Jan → 28 Feb). */
function sameDayInMonth(date: string, months: number): string {
  const day = parseCalendarDate(date)?.day ?? 1;
  const month = addMonths(monthOf(date), months);
  const [year = 0, number = 1] = month.split('-').map(Number);
  return `${month}-${String(Math.min(day, daysInMonth(year, number))).padStart(2, '0')}`;
}

/**
 * Where a key moves the focus in a date grid, as the WAI-ARIA date picker pattern has it: arrows by
 * a day or a week, Home and End to the week's first and last day, Page Up and Page Down by a month.
 * Undefined for any other key, which the grid then leaves to the browser.
 */
export function keyTarget(date: string, key: string): string | undefined {
  const intoWeek = (weekDayOf(date) - weekStartsOn + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -intoWeek);
    case 'End':
      return addDays(date, 6 - intoWeek);
    case 'PageUp':
      return sameDayInMonth(date, -1);
    case 'PageDown':
      return sameDayInMonth(date, 1);
    default:
      return undefined;
  }
}
