import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';

/** Staff reopen: the closure is removed (the audit trail keeps what it was). */
export async function deleteClosure({ database }: AppContext, actor: Actor, id: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('closures').where('id', '=', id).returningAll().executeTakeFirst();
    if (!deleted) throw notFound();
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'closure.deleted',
      targetType: 'closure',
      targetId: id,
      data: {
        experienceId: deleted.experience_id,
        startsOn: deleted.starts_on,
        endsOn: deleted.ends_on,
        reasonPt: deleted.reason_pt,
      },
    });
  });
}
