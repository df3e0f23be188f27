import type { Actor } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError, conflict } from '../../../platform/http/app-error.js';
import { recordAudit } from '../../audit/record-audit.js';
import { findUserById } from '../../users/user-repository.js';
import { replaceRecoveryCodes } from './recovery-codes.js';

/** New recovery codes (the old ones stop working). Only from a session that proved the second factor. */
export async function regenerateRecoveryCodes({ database }: AppContext, actor: Actor): Promise<string[]> {
  if (!actor.mfaVerified) throw new AppError(403, 'MFA_REQUIRED');
  return database.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, actor.userId);
    if (!user?.mfa_enabled_at) throw conflict({ reason: 'MFA_NOT_ENABLED' });
    const codes = await replaceRecoveryCodes(trx, user.id);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.recovery_codes_regenerated',
      targetType: 'user',
      targetId: user.id,
    });
    return codes;
  });
}
