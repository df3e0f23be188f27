import { canManageUser, refusalToManage, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/http/app-error.js';
import { anonymiseUser } from './anonymise-user.js';
import { findUserById } from './user-repository.js';

/** Staff erase a user (an LGPD request received by other channels, or abuse): the same anonymisation as self-deletion. */
export async function eraseUser(context: AppContext, actor: Actor, targetId: string): Promise<void> {
  const target = await findUserById(context.database.db, targetId);
  if (!target) throw notFound();
  if (!canManageUser(actor, target)) throw forbidden({ reason: refusalToManage(actor, target) });
  await anonymiseUser(context, target.id, actor.userId);
}
