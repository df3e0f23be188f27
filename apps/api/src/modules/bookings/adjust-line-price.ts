import type { BookingStatus, LinePriceAdjustmentResponse } from '@promata/contracts';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockBooking } from './apply-transition.js';
import { appendEvent } from './booking-repository.js';
import { openStatuses } from './booking-workflow.js';
import { notifyPriceAdjusted } from './price-adjustment-mail.js';
import { insertPriceAdjustment, lockBookingLine, setLineTotal } from './price-adjustment-repository.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

/** A final booking's price is history: nothing more is owed or refunded through an adjustment. */
export const priceAdjustable = (status: BookingStatus): boolean =>
  (openStatuses as readonly BookingStatus[]).includes(status);

/**
 * POST /bookings/:id/lines/:lineId/price-adjustments (staff): one line's total changed, with a
 * reason. Under the booking's row lock, like a transition, so an adjustment and a CANCEL (or two
 * adjustments) run one after the other: each sees the other's result. The line total, the
 * booking's stored total, the timeline entry with its amounts and the audit entry commit together;
 * the owner is e-mailed after the commit.
 */
export async function adjustLinePrice(
  context: AppContext,
  actor: Actor,
  ids: { bookingId: string; lineId: string },
  body: { totalCents: number; reason: string },
): Promise<LinePriceAdjustmentResponse> {
  const { database } = context;
  if (!isStaff(actor)) throw notFound();
  const change = await database.db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, ids.bookingId);
    if (!booking) throw notFound();
    const line = await lockBookingLine(trx, ids.bookingId, ids.lineId);
    if (!line) throw notFound();
    if (!priceAdjustable(booking.status)) throw conflict({ reason: 'BOOKING_CLOSED', status: booking.status });
    if (line.total_cents === body.totalCents) {
      throw conflict({ reason: 'PRICE_UNCHANGED', totalCents: line.total_cents });
    }
    const bookingTotalCents = await setLineTotal(trx, booking.id, line.id, body.totalCents);
    const eventId = await appendEvent(trx, {
      bookingId: booking.id,
      event: 'PRICE_ADJUSTED',
      from: booking.status,
      to: booking.status,
      actorId: actor.userId,
      actorRole: 'STAFF',
      message: body.reason,
    });
    const adjustment = { eventId, bookingId: booking.id, lineId: line.id, fromTotalCents: line.total_cents };
    const createdAt = await insertPriceAdjustment(trx, { ...adjustment, toTotalCents: body.totalCents });
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'booking.price_adjusted',
      targetType: 'booking',
      targetId: booking.id,
      // Amounts and ids only: the reason is free text and stays in the booking's timeline.
      data: { lineId: line.id, eventId, fromTotalCents: line.total_cents, toTotalCents: body.totalCents },
    });
    const name = { pt: line.name_pt, en: line.name_en };
    return { ...adjustment, createdAt, ownerId: booking.user_id, experienceName: name, bookingTotalCents };
  });

  notifyPriceAdjusted(context, {
    bookingId: change.bookingId,
    ownerId: change.ownerId,
    experienceName: change.experienceName,
    fromTotalCents: change.fromTotalCents,
    toTotalCents: body.totalCents,
    bookingTotalCents: change.bookingTotalCents,
    reason: body.reason,
  });
  const actorRow = await database.db
    .selectFrom('users')
    .select('name')
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  return {
    adjustment: {
      id: change.eventId,
      lineId: change.lineId,
      fromTotalCents: change.fromTotalCents,
      toTotalCents: body.totalCents,
      reason: body.reason,
      actor: { id: actor.userId, name: actorRow.name },
      createdAt: change.createdAt.toISOString(),
    },
    booking: await presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, ids.bookingId)),
  };
}
