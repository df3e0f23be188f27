import type { Actor } from '../../../platform/auth/policy.js';
import { open } from '../../../platform/auth/secret-box.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError, conflict, unauthorized } from '../../../platform/http/app-error.js';
import { recordAudit } from '../../audit/record-audit.js';
import { lockUserById, updateUser } from '../../users/user-repository.js';
import { issueAccessToken } from '../issue-access-token.js';
import { presentSessionUser } from '../present-session-user.js';
import { authLimits } from '../rate-limits.js';
import { replaceRecoveryCodes } from './recovery-codes.js';
import { matchTotpStep } from './totp.js';

/**
 * Turns MFA on with a code from the pending secret, issues recovery codes, and marks the current
 * session as having proven the second factor (staff can reach their endpoints right away). Other
 * sessions, which never proved it, are signed out.
 */
export async function confirmMfa(context: AppContext, actor: Actor, code: string) {
  const { database, secrets, sessions, rateLimiter, metrics } = context;
  await rateLimiter.hit(authLimits.mfaPerSession, actor.sessionId);
  const { user, recoveryCodes } = await database.db.transaction().execute(async (trx) => {
    const current = await lockUserById(trx, actor.userId);
    if (!current?.active) throw unauthorized();
    if (current.mfa_enabled_at) throw conflict({ reason: 'MFA_ALREADY_ENABLED' });
    if (!current.mfa_pending_secret_encrypted) throw conflict({ reason: 'MFA_SETUP_NOT_STARTED' });
    if (matchTotpStep(open(secrets.dataKey, current.mfa_pending_secret_encrypted), code) === undefined) {
      metrics.mfaFailures.inc();
      throw new AppError(400, 'MFA_INVALID');
    }
    const updated = await updateUser(trx, current.id, {
      mfa_secret_encrypted: current.mfa_pending_secret_encrypted,
      mfa_pending_secret_encrypted: null,
      mfa_enabled_at: new Date(),
    });
    const codes = await replaceRecoveryCodes(trx, current.id);
    await recordAudit(trx, {
      actorId: current.id,
      action: 'user.mfa_enabled',
      targetType: 'user',
      targetId: current.id,
    });
    return { user: updated!, recoveryCodes: codes };
  });
  await sessions.update(actor.sessionId, { mfaVerified: true });
  await sessions.revokeAllForUser(user.id, actor.sessionId);
  return {
    ...(await issueAccessToken(context, user.id, actor.sessionId)),
    user: presentSessionUser(user, true),
    recoveryCodes,
  };
}
