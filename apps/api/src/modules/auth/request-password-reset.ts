import type { AppContext } from '../../platform/context.js';
import { mailLinkAfterResponse } from './mail-link-after-response.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a one-hour reset link when the address belongs to an active account. The caller always
 * gets 202 after the same work, whatever the address: the lookup and the link happen afterwards.
 */
export async function requestPasswordReset(context: AppContext, email: string, ip: string | null): Promise<void> {
  await context.rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await context.rateLimiter.tryHit(authLimits.forgotPerAccount, email))) return;
  mailLinkAfterResponse(
    context,
    email,
    { purpose: 'RESET_PASSWORD', template: 'reset-password' },
    (user) => user.active,
  );
}
