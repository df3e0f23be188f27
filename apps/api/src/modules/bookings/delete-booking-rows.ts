import type { BookingStatus } from '@promata/contracts';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** The booking row as the hard delete needs it, locked until the transaction ends. */
export type BookingToDelete = {
  id: string;
  user_id: string;
  status: BookingStatus;
  total_cents: number;
  starts_on: string | null;
  ends_on: string | null;
};

/**
 * Reads and locks the booking row (the same lock transitions, uploads and participant edits take),
 * so a delete waits for them and they, once it commits, find nothing.
 */
export function lockBookingToDelete(trx: Transaction<DB>, id: string): Promise<BookingToDelete | undefined> {
  return trx
    .selectFrom('bookings')
    .select(['id', 'user_id', 'status', 'total_cents', 'starts_on', 'ends_on'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type DeletedBookingRows = {
  lines: number;
  people: number;
  participants: number;
  events: number;
  /** Where the deleted documents' bytes are: removed from storage once the rows are committed gone. */
  storageKeys: string[];
};

/**
 * Deletes every row of a locked booking, children first. The foreign keys cascade from `bookings`
 * too; deleting explicitly makes the order ours: the timeline goes before the documents, so the
 * documents' `on delete set null` never has to touch append-only event rows, and a table added
 * later without a cascade makes this fail loudly (and roll back) instead of leaving half a booking.
 */
export async function deleteBookingRows(trx: Transaction<DB>, bookingId: string): Promise<DeletedBookingRows> {
  const events = await trx.deleteFrom('booking_events').where('booking_id', '=', bookingId).returning('id').execute();
  await trx.deleteFrom('booking_idempotency_keys').where('booking_id', '=', bookingId).execute();
  // Their line assignments (booking_participant_lines) cascade with them.
  const participants = await trx
    .deleteFrom('booking_participants')
    .where('booking_id', '=', bookingId)
    .returning('id')
    .execute();
  const documents = await trx
    .deleteFrom('documents')
    .where('booking_id', '=', bookingId)
    .returning('storage_key')
    .execute();
  const lines = await trx.deleteFrom('booking_lines').where('booking_id', '=', bookingId).returning('people').execute();
  await trx.deleteFrom('bookings').where('id', '=', bookingId).executeTakeFirstOrThrow();
  return {
    lines: lines.length,
    people: lines.reduce((sum, line) => sum + line.people, 0),
    participants: participants.length,
    events: events.length,
    storageKeys: documents.map((document) => document.storage_key),
  };
}
