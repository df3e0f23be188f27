import type { Booking, BookingEvent } from '@promata/contracts';
import { canSeeOwnedBy, isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { applyTransition, lockBooking } from './apply-transition.js';
import { notifyTransition } from './booking-mails.js';
import { rolesOf } from './booking-workflow.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

export type TransitionBody = { event: BookingEvent; message?: string | undefined; documentId?: string | undefined };

/**
 * POST /bookings/:id/transitions: the booking row is locked, so of two staff members approving and
 * rejecting at once the second sees the first's result and is refused by the table.
 */
export async function transitionBooking(
  context: AppContext,
  actor: Actor,
  bookingId: string,
  body: TransitionBody,
  now = new Date(),
): Promise<Booking> {
  const { database, metrics } = context;
  const staff = isStaff(actor);
  const change = await database.db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, bookingId);
    if (!booking || !canSeeOwnedBy(actor, booking.user_id)) throw notFound();
    const result = await applyTransition(trx, booking, {
      event: body.event,
      roles: rolesOf(actor, booking.user_id, staff),
      actorId: actor.userId,
      message: body.message,
      documentId: body.documentId,
      now,
    });
    return { ...result, userId: booking.user_id };
  });
  metrics.bookingTransitions.inc({ from: change.from, to: change.to });

  const booking = await presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, bookingId));
  notifyTransition(context, { id: bookingId, userId: change.userId }, change, body.message);
  return booking;
}
