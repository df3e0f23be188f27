import type { ClosedDayReason } from '@promata/contracts';
import { addDays, weekDayOf } from './calendar-date.js';

/** The calendar rules of an experience, as stored. */
export type CalendarRules = {
  weekDays: readonly number[];
  offerFrom: string | null;
  offerUntil: string | null;
  minNoticeDays: number;
  maxAdvanceDays: number;
  /** EVENT only: its first and last day in the reserve's time zone. */
  eventDays: { first: string; last: string } | null;
};

/**
 * Why `date` cannot be booked, or undefined when the calendar allows it. Pure: `today` is the
 * reserve's date, given by the caller. Reasons are checked in the order of `closedDayReasons`, the
 * first one that applies is the answer:
 * PAST (before today, or an event that has begun), OUTSIDE_WINDOW (outside the offering window, or not a day of the event),
 * WEEK_DAY (not offered that week day), CLOSED (a closure covers it), NOTICE (sooner than the
 * minimum notice: `minNoticeDays` 2 makes today+2 the first bookable day), ADVANCE (later than
 * today + `maxAdvanceDays`).
 * An EVENT is booked whole, so PAST, NOTICE and ADVANCE count from its first day: nobody joins an
 * event that has begun.
 */
export function closedDayReason(
  date: string,
  today: string,
  rules: CalendarRules,
  closed: boolean,
): ClosedDayReason | undefined {
  const bookedOn = rules.eventDays ? rules.eventDays.first : date;
  let reason: ClosedDayReason | undefined;
  if (date < today || bookedOn < today) reason = 'PAST';
  else if (rules.offerFrom !== null && date < rules.offerFrom) reason = 'OUTSIDE_WINDOW';
  else if (rules.offerUntil !== null && date > rules.offerUntil) reason = 'OUTSIDE_WINDOW';
  else if (rules.eventDays && (date < rules.eventDays.first || date > rules.eventDays.last)) reason = 'OUTSIDE_WINDOW';
  else if (!rules.weekDays.includes(weekDayOf(date))) reason = 'WEEK_DAY';
  else if (closed) reason = 'CLOSED';
  else if (bookedOn < addDays(today, rules.minNoticeDays)) reason = 'NOTICE';
  else if (bookedOn > addDays(today, rules.maxAdvanceDays)) reason = 'ADVANCE';
  return reason;
}
