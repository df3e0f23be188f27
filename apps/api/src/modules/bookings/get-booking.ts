import type { Booking } from '@promata/contracts';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

export async function getBooking({ database }: AppContext, actor: Actor, id: string): Promise<Booking> {
  return presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, id));
}
