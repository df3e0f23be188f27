import type { DeleteBookingRequest } from '@promata/contracts';
import { canHardDeleteBooking, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { invalidField } from '../catalogue/validation-failed.js';
import { bookingReference } from './booking-reference.js';
import { deleteBookingRows, lockBookingToDelete } from './delete-booking-rows.js';

/**
 * DELETE /bookings/:id: ROOT erases a booking and everything under it (lines, participants,
 * timeline, idempotency keys, documents) in one transaction under the booking's row lock. The
 * places come back by themselves: occupancy is summed from the lines of holding bookings, and
 * those lines are gone. The audit entry keeps who, why and the booking's facts, but nothing about
 * its participants. The stored files go after commit (storage is not transactional); a failure
 * there leaves an orphan file, logged, never a booking row pointing at nothing.
 */
export async function deleteBooking(
  context: AppContext,
  actor: Actor,
  bookingId: string,
  body: DeleteBookingRequest,
): Promise<void> {
  if (!canHardDeleteBooking(actor)) throw notFound();
  const storageKeys = await context.database.db.transaction().execute(async (trx) => {
    const booking = await lockBookingToDelete(trx, bookingId);
    if (!booking) throw notFound();
    const reference = bookingReference(booking.id);
    if (body.reference.toUpperCase() !== reference) {
      throw invalidField('body.reference', 'custom', { reason: 'reference_mismatch' });
    }
    const deleted = await deleteBookingRows(trx, booking.id);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'booking.hard_deleted',
      targetType: 'booking',
      targetId: booking.id,
      data: {
        reference,
        ownerId: booking.user_id,
        status: booking.status,
        reason: body.reason,
        totalCents: booking.total_cents,
        startsOn: booking.starts_on,
        endsOn: booking.ends_on,
        lines: deleted.lines,
        people: deleted.people,
        participants: deleted.participants,
        events: deleted.events,
        documents: deleted.storageKeys.length,
      },
    });
    return deleted.storageKeys;
  });
  await deleteDocumentFiles(context, storageKeys);
}

/** After commit: a file that cannot be removed is logged (an orphan), the deletion stands. */
async function deleteDocumentFiles({ storage, logger }: AppContext, keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  const failed = keys.filter((_, index) => results[index]?.status === 'rejected');
  if (failed.length > 0) logger.error({ keys: failed }, 'stored files of a deleted booking could not be deleted');
}
