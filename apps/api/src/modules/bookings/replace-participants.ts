import { participantIssues, type Booking, type ParticipantRequest } from '@promata/contracts';
import { canSeeOwnedBy, isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { BookingStatus } from '../../platform/db/schema.js';
import { AppError, conflict, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockBooking } from './apply-transition.js';
import { replaceParticipantRows } from './booking-repository.js';
import { openStatuses } from './booking-workflow.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

/**
 * Owners edit the list before staff have reviewed it (CREATED) or when staff asked for it
 * (PEOPLE_REQUESTED); to reopen it later staff fire REQUEST_PEOPLE. Staff may correct it in any
 * open state.
 */
const ownerEditable: readonly BookingStatus[] = ['CREATED', 'PEOPLE_REQUESTED'];

/**
 * PUT /bookings/:id/participants: the whole list replaced in one transaction, under the booking's
 * row lock (so a concurrent SEND_PEOPLE sees either the old list or the new one, never half).
 */
export async function replaceParticipants(
  { database }: AppContext,
  actor: Actor,
  bookingId: string,
  participants: readonly ParticipantRequest[],
): Promise<Booking> {
  const staff = isStaff(actor);
  await database.db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, bookingId);
    if (!booking || !canSeeOwnedBy(actor, booking.user_id)) throw notFound();
    const editable = staff ? (openStatuses as readonly BookingStatus[]) : ownerEditable;
    if (!editable.includes(booking.status)) throw conflict({ reason: 'PARTICIPANTS_LOCKED', status: booking.status });
    const lines = await trx
      .selectFrom('booking_lines')
      .select(['id', 'people'])
      .where('booking_id', '=', bookingId)
      .orderBy('position')
      .execute();
    const issues = participantIssues(
      participants,
      lines.map((l) => l.people),
    );
    if (issues.length) {
      throw new AppError(400, 'VALIDATION_FAILED', {
        issues: issues.map((i) => ({
          path: ['body', 'participants', ...i.path].join('.'),
          code: 'custom',
          params: i.params,
        })),
      });
    }
    await replaceParticipantRows(
      trx,
      bookingId,
      participants,
      lines.map((l) => l.id),
    );
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'booking.participants_replaced',
      targetType: 'booking',
      targetId: bookingId,
      data: { count: participants.length },
    });
  });
  return presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, bookingId));
}
