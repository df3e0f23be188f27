import type { BookingEvent, BookingStatus } from '@promata/contracts';
import { sql, type Transaction } from 'kysely';
import type { BookingActorRole, DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/app-error.js';
import { calendarDateAt } from '../availability/calendar-date.js';
import { appendEvent, lineAssignmentCounts } from './booking-repository.js';
import {
  allowedEvents,
  findRule,
  targetStatus,
  timelineEventOf,
  type WorkflowGuard,
  type WorkflowRole,
  type WorkflowRule,
} from './booking-workflow.js';

/** How long a visitor has to pay once staff request payment. */
export const paymentWindowDays = 5;

export type LockedBooking = {
  id: string;
  user_id: string;
  status: BookingStatus;
  status_before_cancel_request: BookingStatus | null;
  payment_deadline: Date | null;
  ends_on: string | null;
};

/** Reads and locks the booking row: concurrent transitions of one booking run one after the other. */
export function lockBooking(trx: Transaction<DB>, id: string): Promise<LockedBooking | undefined> {
  return trx
    .selectFrom('bookings')
    .select(['id', 'user_id', 'status', 'status_before_cancel_request', 'payment_deadline', 'ends_on'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type TransitionRequest = {
  event: BookingEvent;
  roles: readonly WorkflowRole[];
  actorId: string | null;
  message?: string | undefined;
  documentId?: string | undefined;
  now: Date;
};

async function guardRefusal(
  trx: Transaction<DB>,
  guard: WorkflowGuard,
  booking: LockedBooking,
  request: TransitionRequest,
): Promise<string | undefined> {
  switch (guard) {
    case 'PARTICIPANTS_COMPLETE': {
      const lines = await lineAssignmentCounts(trx, booking.id);
      return lines.every((line) => line.assigned === line.people) ? undefined : 'PARTICIPANTS_INCOMPLETE';
    }
    case 'PAYMENT_PROOF_ATTACHED': {
      if (!request.documentId) return 'PAYMENT_PROOF_REQUIRED';
      const proof = await trx
        .selectFrom('documents')
        .select('id')
        .where('id', '=', request.documentId)
        .where('booking_id', '=', booking.id)
        .where('purpose', '=', 'PAYMENT_PROOF')
        .executeTakeFirst();
      return proof ? undefined : 'PAYMENT_PROOF_REQUIRED';
    }
    case 'PAYMENT_DEADLINE_PASSED':
      return booking.payment_deadline && booking.payment_deadline <= request.now ? undefined : 'DEADLINE_NOT_PASSED';
    case 'STAY_ENDED':
      // ends_on is exclusive: the stay is over once the reserve's date reaches it.
      return booking.ends_on && booking.ends_on <= calendarDateAt(request.now) ? undefined : 'STAY_NOT_ENDED';
  }
}

/** What happened, with the rule that allowed it: callers run its after-commit effects (mails). */
export type AppliedTransition = {
  from: BookingStatus;
  to: BookingStatus;
  by: WorkflowRole;
  effects: WorkflowRule['effects'];
};

/**
 * One transition of a locked booking, by the table of booking-workflow.ts: refused with 409
 * INVALID_TRANSITION (and the events allowed to this caller) when the table or a guard says no;
 * otherwise the stored status and the timeline change together in the caller's transaction.
 * No rule leads from a state that released places to one that holds them (the unit test checks
 * the table), so no transition has to re-check capacity: releasing is just the status change,
 * which availability and the booking guard read.
 */
export async function applyTransition(
  trx: Transaction<DB>,
  booking: LockedBooking,
  request: TransitionRequest,
): Promise<AppliedTransition> {
  const allowed = allowedEvents(booking.status, request.roles);
  const rule = findRule(booking.status, request.event, request.roles);
  if (!rule) throw new AppError(409, 'INVALID_TRANSITION', { allowed, status: booking.status });
  if (rule.guard) {
    const reason = await guardRefusal(trx, rule.guard, booking, request);
    if (reason) throw new AppError(409, 'INVALID_TRANSITION', { allowed, status: booking.status, reason });
  }
  const from = booking.status;
  const to = targetStatus(rule, booking);
  const does = (effect: WorkflowRule['effects'][number]) => rule.effects.includes(effect);
  await trx
    .updateTable('bookings')
    .set({
      status: to,
      updated_at: sql<Date>`now()`,
      ...(does('REMEMBER_PREVIOUS_STATUS') ? { status_before_cancel_request: from } : {}),
      ...(does('FORGET_PREVIOUS_STATUS') ? { status_before_cancel_request: null } : {}),
      ...(does('SET_PAYMENT_DEADLINE')
        ? { payment_deadline: new Date(request.now.getTime() + paymentWindowDays * 86_400_000) }
        : {}),
    })
    .where('id', '=', booking.id)
    .execute();
  const actorRole: BookingActorRole = rule.by;
  await appendEvent(trx, {
    bookingId: booking.id,
    event: timelineEventOf(request.event),
    from,
    to,
    actorId: request.actorId,
    actorRole,
    message: request.message ?? null,
    documentId: request.documentId ?? null,
  });
  return { from, to, by: rule.by, effects: rule.effects };
}
