import type { Closure, createClosureRequestSchema } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { releasedBookingStatuses } from '../availability/holding-statuses.js';
import { recordAudit } from '../audit/record-audit.js';
import { constraintViolation } from '../catalogue/database-errors.js';
import type { Executor } from '../catalogue/executor.js';
import { invalidField } from '../catalogue/validation-failed.js';
import { presentClosure } from './present-closure.js';

export type NewClosure = z.output<typeof createClosureRequestSchema>;

/** Bookings holding places on a day of the closure: staff may need to contact them. */
async function countOverlappingBookings(db: Executor, closure: NewClosure): Promise<number> {
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

/**
 * Staff close one experience (or, without one, the whole reserve) from `startsOn` to `endsOn`
 * inclusive, with a reason shown to visitors. Existing bookings are not touched; their number is
 * returned so staff know whom to contact. An unknown experience is a field error, decided by the
 * foreign key.
 */
export async function createClosure(
  { database }: AppContext,
  actor: Actor,
  closure: NewClosure,
): Promise<Closure & { overlappingBookings: number }> {
  try {
    return await database.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('closures')
        .values({
          experience_id: closure.experienceId,
          starts_on: closure.startsOn,
          ends_on: closure.endsOn,
          reason_pt: closure.reason.pt,
          reason_en: closure.reason.en,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'closure.created',
        targetType: 'closure',
        targetId: row.id,
        data: { experienceId: row.experience_id, startsOn: row.starts_on, endsOn: row.ends_on },
      });
      return { ...presentClosure(row), overlappingBookings: await countOverlappingBookings(trx, closure) };
    });
  } catch (error) {
    if (constraintViolation(error)?.kind === 'foreign-key') {
      throw invalidField('body.experienceId', 'not_found', 'no such experience');
    }
    throw error;
  }
}
