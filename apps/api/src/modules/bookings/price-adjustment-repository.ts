import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** Data access of staff price adjustments (migration 0009); every function takes the caller's transaction. */

/** The line, if it belongs to the booking, locked until the transaction ends. */
export function lockBookingLine(trx: Transaction<DB>, bookingId: string, lineId: string) {
  return trx
    .selectFrom('booking_lines as l')
    .innerJoin('experiences as e', 'e.id', 'l.experience_id')
    .select(['l.id', 'l.total_cents', 'l.quoted_total_cents', 'e.name_pt', 'e.name_en'])
    .where('l.id', '=', lineId)
    .where('l.booking_id', '=', bookingId)
    .forUpdate('l')
    .executeTakeFirst();
}

/**
 * Sets the line's total and makes the booking's stored total the sum of its lines again, computed
 * by the database from the rows this transaction sees (its booking row is locked by the caller).
 */
export async function setLineTotal(
  trx: Transaction<DB>,
  bookingId: string,
  lineId: string,
  totalCents: number,
): Promise<number> {
  await trx.updateTable('booking_lines').set({ total_cents: totalCents }).where('id', '=', lineId).execute();
  const row = await trx
    .updateTable('bookings')
    .set({
      total_cents: sql<number>`(select coalesce(sum(total_cents), 0) from booking_lines where booking_id = ${bookingId})`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', bookingId)
    .returning('total_cents')
    .executeTakeFirstOrThrow();
  return row.total_cents;
}

export type PriceAdjustmentRow = {
  eventId: number;
  bookingId: string;
  lineId: string;
  fromTotalCents: number;
  toTotalCents: number;
};

/** The detail of a PRICE_ADJUSTED timeline entry; the returned instant is the row's. */
export async function insertPriceAdjustment(trx: Transaction<DB>, row: PriceAdjustmentRow): Promise<Date> {
  const inserted = await trx
    .insertInto('booking_price_adjustments')
    .values({
      event_id: row.eventId,
      booking_id: row.bookingId,
      line_id: row.lineId,
      from_total_cents: row.fromTotalCents,
      to_total_cents: row.toTotalCents,
    })
    .returning('created_at')
    .executeTakeFirstOrThrow();
  return inserted.created_at;
}
