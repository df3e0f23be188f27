import type { AvailabilityDay, ClosedDayReason, LocalizedText } from '@promata/contracts';

/** What one calendar day says, as the cell and its label show it. */
export type DayStatus =
  /** Not loaded yet (the months just changed). */
  | { kind: 'unknown' }
  | { kind: 'open'; remaining: number }
  /** Bookable by the calendar, but every place is taken. */
  | { kind: 'full' }
  /** A closure covers it: staff's reasons are shown to visitors. */
  | { kind: 'closed'; reasons: LocalizedText[] }
  /** Not bookable by the experience's own rules (past, window, week day, notice, advance). */
  | { kind: 'unavailable'; reason: Exclude<ClosedDayReason, 'CLOSED'> };

export function dayStatus(day: AvailabilityDay | undefined): DayStatus {
  if (!day) return { kind: 'unknown' };
  if (day.open) return day.remaining > 0 ? { kind: 'open', remaining: day.remaining } : { kind: 'full' };
  if (day.reason === 'CLOSED')
    return { kind: 'closed', reasons: (day.closures ?? []).map((closure) => closure.reason) };
  // A closed day always carries its reason; should one ever be missing, "outside the period" is
  // the least misleading thing to say.
  return { kind: 'unavailable', reason: day.reason ?? 'OUTSIDE_WINDOW' };
}
