import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { isStaffRole } from '../../platform/auth/policy.js';
import { findUserByEmail } from '../users/user-repository.js';
import { verifySecondFactor } from './mfa/verify-second-factor.js';
import { authLimits } from './rate-limits.js';
import { startSession, type ClientInfo, type StartedSession } from './start-session.js';

/**
 * Password login. Unknown e-mails, deactivated accounts and wrong passwords get the same answer
 * after the same work (a full argon2 verification), so neither the message nor the timing tells
 * whether an address is registered. Rate limits are counted before any hashing, so a storm is
 * refused cheaply.
 */
export async function login(
  context: AppContext,
  input: { email: string; password: string; totp?: string | undefined },
  client: ClientInfo,
): Promise<StartedSession> {
  const { rateLimiter, passwords, metrics, database } = context;
  await rateLimiter.hit(authLimits.loginPerIp, client.ip ?? 'unknown');
  await rateLimiter.hit(authLimits.loginPerAccount, input.email);

  const user = await findUserByEmail(database.db, input.email);
  const usable = user?.active === true && user.password_hash !== null;
  const passwordOk = usable ? await passwords.verify(user.password_hash!, input.password) : false;
  if (!usable) await passwords.verifyAgainstNothing(input.password);
  if (!user || !passwordOk) {
    metrics.logins.inc({ result: 'invalid_credentials' });
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  if (user.email_verified_at === null) {
    metrics.logins.inc({ result: 'not_verified' });
    throw new AppError(403, 'EMAIL_NOT_VERIFIED');
  }

  let mfaVerified = false;
  if (user.mfa_enabled_at !== null) {
    if (!input.totp) {
      metrics.logins.inc({ result: 'mfa_required' });
      throw new AppError(401, 'MFA_REQUIRED');
    }
    if (!(await verifySecondFactor(context, user, input.totp))) {
      metrics.logins.inc({ result: 'mfa_invalid' });
      metrics.mfaFailures.inc();
      throw new AppError(401, 'MFA_INVALID');
    }
    mfaVerified = true;
  }

  await rateLimiter.reset(authLimits.loginPerAccount, input.email);
  metrics.logins.inc({ result: isStaffRole(user.role) && !mfaVerified ? 'success_mfa_setup_pending' : 'success' });
  return startSession(context, user, { ...client, mfaVerified });
}
