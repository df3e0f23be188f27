import type { Actor } from '../../../platform/auth/policy.js';
import { seal } from '../../../platform/auth/secret-box.js';
import type { AppContext } from '../../../platform/context.js';
import { conflict, unauthorized } from '../../../platform/http/app-error.js';
import { findUserById, updateUser } from '../../users/user-repository.js';
import { newTotpSecret } from './totp.js';

/**
 * Generates a TOTP secret for the user to scan. It stays pending (sealed in the database) until a
 * code from it is confirmed, so a half-finished setup never locks anyone out.
 */
export async function startMfaSetup(
  context: AppContext,
  actor: Actor,
): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await findUserById(context.database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  if (user.mfa_enabled_at) throw conflict({ reason: 'MFA_ALREADY_ENABLED' });
  const setup = newTotpSecret(user.email);
  await updateUser(context.database.db, user.id, {
    mfa_pending_secret_encrypted: seal(context.secrets.dataKey, setup.secret),
  });
  return setup;
}
