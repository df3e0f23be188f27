import type { AppContext } from '../../platform/context.js';
import { mailLinkAfterResponse } from './mail-link-after-response.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a fresh verification link to an unverified active account. Like forgot-password, the
 * caller always gets 202 after the same work, and nothing tells whether the address exists or was
 * already verified: the lookup and the link happen after the response.
 */
export async function resendVerification(context: AppContext, email: string, ip: string | null): Promise<void> {
  await context.rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await context.rateLimiter.tryHit(authLimits.resendPerAccount, email))) return;
  mailLinkAfterResponse(
    context,
    email,
    { purpose: 'VERIFY_EMAIL', template: 'verify-email' },
    (user) => user.active && !user.email_verified_at,
  );
}
