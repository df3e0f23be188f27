import { isCalendarMonth } from '../../lib/calendar-date';

/**
 * The detail page's search: the first month its calendar shows (`?month=2026-03`), so a reload or
 * a shared link shows the same months. Out-of-range months are brought back by the page.
 */
export type ExperienceSearch = { month?: string | undefined };

export function validateExperienceSearch(search: Record<string, unknown>): ExperienceSearch {
  return { month: isCalendarMonth(search.month) ? search.month : undefined };
}

/** Whether a route parameter can be an experience id at all; anything else is a 404 without asking. */
export function isExperienceId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
