import type { AppContext } from '../../platform/context.js';
import { mailAccountLink } from '../users/mail-account-link.js';
import { findUserByEmail } from '../users/user-repository.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a one-hour reset link when the address belongs to an active account. The caller always
 * gets 202 without waiting for the mail, whatever happened.
 */
export async function requestPasswordReset(context: AppContext, email: string, ip: string | null): Promise<void> {
  await context.rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await context.rateLimiter.tryHit(authLimits.forgotPerAccount, email))) return;
  const user = await findUserByEmail(context.database.db, email);
  if (!user?.active) return;
  await mailAccountLink(context, user, { purpose: 'RESET_PASSWORD', template: 'reset-password' });
}
