import { sql, type Transaction } from 'kysely';
import type { Closure as ClosureRow, DB } from '../../platform/db/schema.js';
import { releasedBookingStatuses } from '../availability/holding-statuses.js';
import type { Executor } from '../catalogue/executor.js';

/** What a closure covers: the columns a create or an edit writes. */
export type ClosureValues = {
  experienceId: string | null;
  startsOn: string;
  endsOn: string;
  reason: { pt: string; en: string | null };
};

const columnsOf = (closure: ClosureValues) => ({
  experience_id: closure.experienceId,
  starts_on: closure.startsOn,
  ends_on: closure.endsOn,
  reason_pt: closure.reason.pt,
  reason_en: closure.reason.en,
});

export function insertClosureRow(trx: Executor, closure: ClosureValues, createdBy: string): Promise<ClosureRow> {
  return trx
    .insertInto('closures')
    .values({ ...columnsOf(closure), created_by: createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The row, locked until the transaction ends: two edits of one closure merge one after the other. */
export function lockClosureById(trx: Transaction<DB>, id: string): Promise<ClosureRow | undefined> {
  return trx.selectFrom('closures').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateClosureRow(trx: Executor, id: string, closure: ClosureValues): Promise<ClosureRow> {
  return trx
    .updateTable('closures')
    .set(columnsOf(closure))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Bookings holding places on a day of the closure: staff may need to contact them. */
export async function countOverlappingBookings(db: Executor, closure: ClosureValues): Promise<number> {
  let query = db
    .selectFrom('booking_lines as l')
    .innerJoin('bookings as b', 'b.id', 'l.booking_id')
    .select(sql<number>`count(distinct b.id)::int`.as('count'))
    .where('l.start_date', '<=', closure.endsOn)
    .where('l.end_date', '>', closure.startsOn)
    .where('b.status', 'not in', releasedBookingStatuses);
  if (closure.experienceId) query = query.where('l.experience_id', '=', closure.experienceId);
  return (await query.executeTakeFirstOrThrow()).count;
}
