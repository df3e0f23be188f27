import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { listBookingEvents } from './list-booking-events.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

/**
 * The caller's bookings for the LGPD export, each with its timeline. A few statements per booking:
 * an export is rare and a person has a handful of bookings, so clarity wins over one big query.
 */
export async function exportOwnBookings(context: AppContext, actor: Actor) {
  const { database } = context;
  const rows = await database.db
    .selectFrom('bookings')
    .select('id')
    .where('user_id', '=', actor.userId)
    .orderBy('created_at')
    .execute();
  const bookings = [];
  for (const { id } of rows) {
    const booking = await presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, id));
    const { items: timeline } = await listBookingEvents(context, actor, id);
    bookings.push({ ...booking, timeline });
  }
  return bookings;
}
