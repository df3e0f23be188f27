import type { AvailabilityDay } from '@promata/contracts';
import type { Experience } from '../../platform/db/schema.js';
import type { Executor } from '../catalogue/executor.js';
import { calendarDateAt } from './calendar-date.js';
import { closedDayReason, type CalendarRules } from './day-rules.js';
import { readOccupancy, type OccupancyRow } from './occupancy-query.js';

/** What availability needs to know about an experience. */
export type AvailabilitySubject = Pick<
  Experience,
  | 'id'
  | 'category'
  | 'capacity'
  | 'week_days'
  | 'offer_from'
  | 'offer_until'
  | 'min_notice_days'
  | 'max_advance_days'
  | 'event_starts_at'
  | 'event_ends_at'
>;

export function calendarRulesOf(experience: AvailabilitySubject): CalendarRules {
  const { event_starts_at: startsAt, event_ends_at: endsAt } = experience;
  return {
    weekDays: experience.week_days,
    offerFrom: experience.offer_from,
    offerUntil: experience.offer_until,
    minNoticeDays: experience.min_notice_days,
    maxAdvanceDays: experience.max_advance_days,
    // An event ending at midnight does not occupy the day that midnight starts.
    eventDays:
      experience.category === 'EVENT' && startsAt && endsAt
        ? { first: calendarDateAt(startsAt), last: calendarDateAt(new Date(endsAt.getTime() - 1)) }
        : null,
  };
}

/** The rules (pure) applied to the numbers (SQL) of one experience. */
export function availabilityDays(
  experience: AvailabilitySubject,
  today: string,
  rows: OccupancyRow[],
): AvailabilityDay[] {
  const rules = calendarRulesOf(experience);
  return rows.map((row) => {
    const reason = closedDayReason(row.date, today, rules, row.closures.length > 0);
    const day: AvailabilityDay = {
      date: row.date,
      capacity: experience.capacity,
      remaining: Math.max(0, experience.capacity - row.occupied),
      open: reason === undefined,
    };
    if (reason) day.reason = reason;
    if (row.closures.length > 0) {
      day.closures = row.closures.map((c) => ({ id: c.id, reason: { pt: c.pt, en: c.en } }));
    }
    return day;
  });
}

/** Availability of several experiences over [from, to]: one SQL statement for all of them. */
export async function computeAvailability(
  db: Executor,
  experiences: readonly AvailabilitySubject[],
  range: { from: string; to: string },
  now: Date,
): Promise<{ today: string; days: Map<string, AvailabilityDay[]> }> {
  const today = calendarDateAt(now);
  const rows = await readOccupancy(
    db,
    experiences.map((e) => e.id),
    range.from,
    range.to,
  );
  const byExperience = new Map<string, OccupancyRow[]>();
  for (const row of rows) {
    const list = byExperience.get(row.experience_id);
    if (list) list.push(row);
    else byExperience.set(row.experience_id, [row]);
  }
  const days = new Map<string, AvailabilityDay[]>();
  for (const experience of experiences) {
    days.set(experience.id, availabilityDays(experience, today, byExperience.get(experience.id) ?? []));
  }
  return { today, days };
}

/** The catalogue's date filter: some open day with places left. */
export const hasPlaces = (days: readonly AvailabilityDay[]) => days.some((day) => day.open && day.remaining > 0);
