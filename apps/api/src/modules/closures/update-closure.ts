import { createClosureRequestSchema, type Closure, type updateClosureRequestSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { validationFailed } from '../catalogue/validation-failed.js';
import { unknownExperienceRefusal } from './closure-refusal.js';
import { countOverlappingBookings, lockClosureById, updateClosureRow } from './closure-repository.js';
import { presentClosure } from './present-closure.js';

export type ClosureChange = z.output<typeof updateClosureRequestSchema>;

/**
 * Staff change a closure's days, scope or reason. The change is merged into the stored closure (row
 * locked) and validated as a new closure would be, so sending only `endsOn` cannot leave it ending
 * before it starts (400 on `body.endsOn`). Like a new closure, the answer counts the bookings
 * holding places in the period as it now is.
 */
export async function updateClosure(
  { database }: AppContext,
  actor: Actor,
  id: string,
  change: ClosureChange,
): Promise<Closure & { overlappingBookings: number }> {
  try {
    return await database.db.transaction().execute(async (trx) => {
      const current = await lockClosureById(trx, id);
      if (!current) throw notFound();
      const changed = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      const merged = createClosureRequestSchema.safeParse({
        experienceId: current.experience_id,
        startsOn: current.starts_on,
        endsOn: current.ends_on,
        reason: { pt: current.reason_pt, en: current.reason_en },
        ...changed,
      });
      if (!merged.success) throw validationFailed(merged.error.issues);
      const row = await updateClosureRow(trx, id, merged.data);
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'closure.updated',
        targetType: 'closure',
        targetId: id,
        data: {
          fields: Object.keys(changed),
          before: { experienceId: current.experience_id, startsOn: current.starts_on, endsOn: current.ends_on },
          after: { experienceId: row.experience_id, startsOn: row.starts_on, endsOn: row.ends_on },
        },
      });
      return { ...presentClosure(row), overlappingBookings: await countOverlappingBookings(trx, merged.data) };
    });
  } catch (error) {
    throw unknownExperienceRefusal(error);
  }
}
