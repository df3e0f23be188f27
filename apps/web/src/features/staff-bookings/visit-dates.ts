import type { ExperienceCategory } from '@promata/contracts';
import { addDays } from '../../lib/calendar-date';

/**
 * The days to print for `[startDate, endDate)`: lodging shows check-in and check-out, every other
 * category its first and last day of visit (the API's end is the day after the last one).
 */
export function visitDays(
  startDate: string,
  endDate: string,
  category?: ExperienceCategory,
): { first: string; last: string } {
  if (category === 'HOSTING' || endDate <= startDate) return { first: startDate, last: endDate };
  return { first: startDate, last: addDays(endDate, -1) };
}
