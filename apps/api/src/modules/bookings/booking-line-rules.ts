import { daysBetween, maxAvailabilityDays, type CapacityExceededDay, type Role } from '@promata/contracts';
import type { IssueParams, RaisedIssue } from '../../platform/i18n/field-messages.js';
import { addDays, datesBetween } from '../availability/calendar-date.js';
import { calendarRulesOf } from '../availability/compute-availability.js';
import { closedDayReason } from '../availability/day-rules.js';
import type { OccupancyRow } from '../availability/occupancy-query.js';
import type { ExperienceRow } from '../experiences/experience-repository.js';

/**
 * The rules of one booking's lines, pure (the use-case reads the rows inside its transaction and
 * hands them here): shapes per category, calendar days through the availability rules, capacity
 * against the occupancy read under the experience locks, and the price quote.
 */
export type RequestedLine = { experienceId: string; startDate: string; endDate: string; people: number };

export type QuotedLine = RequestedLine & { position: number; unitPriceCents: number; totalCents: number };

const issue = (index: number, field: string, code: string, params?: IssueParams): RaisedIssue => ({
  path: `body.lines.${index}.${field}`,
  code,
  params,
});

/** The event's days as a line: [first day, day after the last). */
function eventSpan(experience: ExperienceRow): { start: string; end: string } | undefined {
  const days = calendarRulesOf(experience).eventDays;
  return days ? { start: days.first, end: addDays(days.last, 1) } : undefined;
}

/**
 * What can be said without the occupancy: the experience exists and is active, the dates have the
 * category's shape (TRAIL and LABORATORY one day [d, d+1): a several-day visit is several lines, so
 * each day is priced and counted like a visit; HOSTING at most 62 nights; EVENT exactly its days),
 * and a LABORATORY that requires verification is booked by a PROFESSOR.
 */
export function checkLineShapes(
  lines: readonly RequestedLine[],
  experiences: ReadonlyMap<string, ExperienceRow>,
  bookerRole: Role,
): RaisedIssue[] {
  const issues: RaisedIssue[] = [];
  lines.forEach((line, i) => {
    const experience = experiences.get(line.experienceId);
    if (!experience || !experience.active) {
      issues.push(issue(i, 'experienceId', 'unknown_experience'));
      return;
    }
    const span = daysBetween(line.startDate, line.endDate);
    if (experience.category === 'EVENT') {
      const event = eventSpan(experience);
      if (!event || line.startDate !== event.start || line.endDate !== event.end) {
        issues.push(issue(i, 'startDate', 'event_dates', { start: event?.start, end: event?.end }));
      }
    } else if (experience.category === 'HOSTING') {
      if (span > maxAvailabilityDays) {
        issues.push(issue(i, 'endDate', 'too_many_nights', { max: maxAvailabilityDays }));
      }
    } else if (span !== 1) {
      issues.push(issue(i, 'endDate', 'single_day'));
    }
    if (experience.category === 'LABORATORY' && experience.requires_verified_professor && bookerRole !== 'PROFESSOR') {
      issues.push(issue(i, 'experienceId', 'requires_verified_professor'));
    }
  });
  return issues;
}

/** Every day (night) a line occupies. */
export const daysOfLine = (line: RequestedLine) => datesBetween(line.startDate, addDays(line.endDate, -1));

/** Days refused by the calendar rules (past, window, week day, closure, notice, advance). */
export function checkLineDays(
  lines: readonly RequestedLine[],
  experiences: ReadonlyMap<string, ExperienceRow>,
  occupancy: ReadonlyMap<string, OccupancyRow>,
  today: string,
): RaisedIssue[] {
  const issues: RaisedIssue[] = [];
  lines.forEach((line, i) => {
    const experience = experiences.get(line.experienceId)!;
    const rules = calendarRulesOf(experience);
    for (const date of daysOfLine(line)) {
      const closed = (occupancy.get(`${line.experienceId}/${date}`)?.closures.length ?? 0) > 0;
      const reason = closedDayReason(date, today, rules, closed);
      if (reason) {
        issues.push(issue(i, 'startDate', `day_${reason.toLowerCase()}`, { date }));
        break; // one reason per line is enough to act on
      }
    }
  });
  return issues;
}

/**
 * Days where this booking would take more than what is left. The booking's own lines add up (two
 * lines of one trail on one day count together); an EVENT counts all its seats on each of its days.
 */
export function capacityShortfalls(
  lines: readonly RequestedLine[],
  experiences: ReadonlyMap<string, ExperienceRow>,
  occupancy: ReadonlyMap<string, OccupancyRow>,
): CapacityExceededDay[] {
  const requested = new Map<string, number>();
  for (const line of lines) {
    for (const date of daysOfLine(line)) {
      const key = `${line.experienceId}/${date}`;
      requested.set(key, (requested.get(key) ?? 0) + line.people);
    }
  }
  const days: CapacityExceededDay[] = [];
  for (const [key, people] of requested) {
    const [experienceId, date] = key.split('/') as [string, string];
    const capacity = experiences.get(experienceId)!.capacity;
    const remaining = Math.max(0, capacity - (occupancy.get(key)?.occupied ?? 0));
    if (people > remaining) days.push({ experienceId, date, capacity, remaining, requested: people });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.experienceId.localeCompare(b.experienceId));
}

/**
 * The server's price: per person, per person per night for lodging, nothing for a PROFESSOR when
 * the experience exempts professors. Integer centavos throughout.
 */
export function unitPrice(experience: ExperienceRow, bookerRole: Role): number {
  if (bookerRole === 'PROFESSOR' && experience.professor_price_rule === 'EXEMPT') return 0;
  return experience.price_cents;
}

export function quoteLines(
  lines: readonly RequestedLine[],
  experiences: ReadonlyMap<string, ExperienceRow>,
  bookerRole: Role,
): QuotedLine[] {
  return lines.map((line, position) => {
    const experience = experiences.get(line.experienceId)!;
    const unitPriceCents = unitPrice(experience, bookerRole);
    const units = experience.category === 'HOSTING' ? daysBetween(line.startDate, line.endDate) : 1;
    return { ...line, position, unitPriceCents, totalCents: unitPriceCents * line.people * units };
  });
}
