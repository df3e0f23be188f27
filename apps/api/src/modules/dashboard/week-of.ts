import { addDays, weekDayOf } from '../availability/calendar-date.js';

/** Monday to Sunday around a calendar date, the week operators plan by in Brazil. */
export function weekOf(date: string): { weekStart: string; weekEnd: string } {
  const sinceMonday = (weekDayOf(date) + 6) % 7;
  const weekStart = addDays(date, -sinceMonday);
  return { weekStart, weekEnd: addDays(weekStart, 6) };
}
