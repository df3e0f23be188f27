import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { unauthorized } from '../../platform/http/app-error.js';
import { findUserById } from '../users/user-repository.js';

/** The caller's own account; one deactivated or erased since the token was issued is signed out. */
export async function readMyProfile(context: AppContext, actor: Actor): Promise<User> {
  const user = await findUserById(context.database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  return user;
}
