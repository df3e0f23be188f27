import type { BookingTimelineEvent, bookingTimelineSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { findVisibleBooking } from './present-booking.js';

/** The booking's timeline, oldest first (owner or staff; 404 for anyone else). */
export async function listBookingEvents(
  { database }: AppContext,
  actor: Actor,
  bookingId: string,
): Promise<z.input<typeof bookingTimelineSchema>> {
  await findVisibleBooking(database.db, actor, bookingId);
  const rows = await database.db
    .selectFrom('booking_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    // A PRICE_ADJUSTED entry's amounts and line (the other entries have no row there).
    .leftJoin('booking_price_adjustments as pa', 'pa.event_id', 'e.id')
    .leftJoin('booking_lines as l', 'l.id', 'pa.line_id')
    .leftJoin('experiences as x', 'x.id', 'l.experience_id')
    .select([
      'e.id',
      'e.event',
      'e.from_status',
      'e.to_status',
      'e.actor_id',
      'e.actor_role',
      'e.message',
      'e.document_id',
      'e.created_at',
      'u.name as actor_name',
      'pa.line_id',
      'pa.from_total_cents',
      'pa.to_total_cents',
      'x.name_pt',
      'x.name_en',
    ])
    .where('e.booking_id', '=', bookingId)
    .orderBy('e.id')
    .execute();
  return {
    items: rows.map((row) => ({
      id: Number(row.id),
      event: row.event as BookingTimelineEvent,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
      actorRole: row.actor_role,
      message: row.message,
      documentId: row.document_id,
      priceAdjustment:
        row.line_id !== null && row.from_total_cents !== null && row.to_total_cents !== null
          ? {
              lineId: row.line_id,
              experienceName: { pt: row.name_pt ?? '', en: row.name_en },
              fromTotalCents: row.from_total_cents,
              toTotalCents: row.to_total_cents,
            }
          : null,
      createdAt: row.created_at.toISOString(),
    })),
  };
}
