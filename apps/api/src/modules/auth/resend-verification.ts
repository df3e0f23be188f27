import type { AppContext } from '../../platform/context.js';
import { mailAccountLink } from '../users/mail-account-link.js';
import { findUserByEmail } from '../users/user-repository.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a fresh verification link to an unverified active account. Like forgot-password, the
 * caller always gets 202 and nothing tells whether the address exists or was already verified.
 */
export async function resendVerification(context: AppContext, email: string, ip: string | null): Promise<void> {
  await context.rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await context.rateLimiter.tryHit(authLimits.resendPerAccount, email))) return;
  const user = await findUserByEmail(context.database.db, email);
  if (!user?.active || user.email_verified_at) return;
  await mailAccountLink(context, user, { purpose: 'VERIFY_EMAIL', template: 'verify-email' });
}
