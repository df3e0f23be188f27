import type { Role } from '@promata/contracts';
import { assignableRoles, canManageUser, refusalToManage, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { User, UserUpdate } from '../../platform/db/schema.js';
import { conflict, forbidden, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockUserById, updateUser } from './user-repository.js';

/**
 * Staff change another user's role or active flag. The target row is locked for the decision, the
 * policy says who may manage whom, and any change of role or deactivation signs the user out
 * everywhere (their sessions carry the old role).
 */
export async function changeUser(
  context: AppContext,
  actor: Actor,
  targetId: string,
  change: { role?: Role | undefined; active?: boolean | undefined },
): Promise<User> {
  const { database, sessions } = context;
  const { user, revoke } = await database.db.transaction().execute(async (trx) => {
    const target = await lockUserById(trx, targetId);
    if (!target) throw notFound();
    if (!canManageUser(actor, target)) throw forbidden({ reason: refusalToManage(actor, target) });
    if (change.role !== undefined && !assignableRoles(actor).includes(change.role)) throw forbidden({ reason: 'ROLE' });
    if (change.active === true && target.anonymised_at) throw conflict({ reason: 'ANONYMISED' });

    const update: UserUpdate = {};
    if (change.role !== undefined && change.role !== target.role) update.role = change.role;
    if (change.active !== undefined && change.active !== target.active) {
      update.active = change.active;
      update.deactivated_at = change.active ? null : new Date();
    }
    if (Object.keys(update).length === 0) return { user: target, revoke: false };
    if (update.role === 'PROFESSOR') update.professor_status = 'APPROVED';
    const updated = await updateUser(trx, target.id, update);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'user.changed',
      targetType: 'user',
      targetId: target.id,
      data: {
        from: { role: target.role, active: target.active },
        to: { role: updated!.role, active: updated!.active },
      },
    });
    return { user: updated!, revoke: update.role !== undefined || update.active === false };
  });
  if (revoke) await sessions.revokeAllForUser(user.id);
  return user;
}
