import type { AppContext } from '../../../platform/context.js';
import type { User } from '../../../platform/db/schema.js';
import { open } from '../../../platform/auth/secret-box.js';
import { consumeRecoveryCode } from './recovery-codes.js';
import { matchTotpStep } from './totp.js';

const usedStepKey = (userId: string, step: number) => `mfa-used-step:${userId}:${step}`;

/**
 * Accepts a current TOTP code, each time step once (an only-if-absent key in the shared store, so a
 * code seen over someone's shoulder cannot be replayed, even by two requests racing), or an unused
 * recovery code.
 */
export async function verifySecondFactor(context: AppContext, user: User, code: string): Promise<boolean> {
  if (!user.mfa_secret_encrypted) return false;
  if (/^\d{6}$/.test(code)) {
    const step = matchTotpStep(open(context.secrets.dataKey, user.mfa_secret_encrypted), code);
    if (step === undefined) return false;
    // Steps stay acceptable for at most 90 s (window of one step either side).
    return context.kv.set(usedStepKey(user.id, step), '1', { ttlSeconds: 120, onlyIfAbsent: true });
  }
  return context.database.db.transaction().execute((trx) => consumeRecoveryCode(trx, user.id, code));
}
