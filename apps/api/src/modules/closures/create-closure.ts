import type { Closure, createClosureRequestSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { unknownExperienceRefusal } from './closure-refusal.js';
import { countOverlappingBookings, insertClosureRow } from './closure-repository.js';
import { presentClosure } from './present-closure.js';

export type NewClosure = z.output<typeof createClosureRequestSchema>;

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
      const row = await insertClosureRow(trx, closure, actor.userId);
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
    throw unknownExperienceRefusal(error);
  }
}
