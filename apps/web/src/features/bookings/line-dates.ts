import type { ExperienceCategory } from '@promata/contracts';
import { reserveTimeZone } from '../../i18n/format-date-time';
import { addDays, isCalendarDate, todayIn } from '../../lib/calendar-date';

/** What the line dates depend on: the category and, for events, their fixed span. */
export type DatedExperience = {
  category: ExperienceCategory;
  event: { startsAt: string; endsAt: string } | null;
};

/** `[startDate, endDate)` as the API books it (contracts/bookings.ts). */
export type LineDates = { startDate: string; endDate: string };

/**
 * The dates of a line from what the visitor picked: a trail or laboratory day d is [d, d+1);
 * lodging is [check-in, check-out), at least one night; an event is always its whole span, from its
 * first day at the reserve to the day after its last. Undefined while the choice is incomplete.
 */
export function lineDates(
  experience: DatedExperience,
  picked: { startDate?: string | undefined; endDate?: string | undefined },
): LineDates | undefined {
  if (experience.category === 'EVENT') {
    if (!experience.event) return undefined;
    const first = todayIn(reserveTimeZone, new Date(experience.event.startsAt));
    const last = todayIn(reserveTimeZone, new Date(experience.event.endsAt));
    return { startDate: first, endDate: addDays(last < first ? first : last, 1) };
  }
  const { startDate, endDate } = picked;
  if (!isCalendarDate(startDate)) return undefined;
  if (experience.category === 'HOSTING') {
    if (!isCalendarDate(endDate) || endDate <= startDate) return undefined;
    return { startDate, endDate };
  }
  return { startDate, endDate: addDays(startDate, 1) };
}

/** Nights between two dates (lodging is priced per night). */
export function nightsBetween(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000);
}

/**
 * The price shown before confirming, from the experience's published price: per person, per
 * person per night for lodging. Advisory only: the server quotes the booking and its answer is the
 * price that counts (it knows the booker's role and snapshots the quote on each line).
 */
export function estimateLineCents(
  category: ExperienceCategory,
  unitCents: number,
  line: LineDates & { people: number },
): number {
  const units = category === 'HOSTING' ? nightsBetween(line.startDate, line.endDate) : 1;
  return unitCents * line.people * units;
}
