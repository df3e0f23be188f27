import type { AppContext } from '../../platform/context.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { issueAccountToken } from '../users/issue-account-token.js';
import { findUserByEmail } from '../users/user-repository.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a fresh verification link to an unverified active account. Like forgot-password, the
 * caller always gets 202 and nothing tells whether the address exists or was already verified.
 */
export async function resendVerification(context: AppContext, email: string, ip: string | null): Promise<void> {
  const { database, config, mailer, logger, rateLimiter } = context;
  await rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await rateLimiter.tryHit(authLimits.resendPerAccount, email))) return;
  const user = await findUserByEmail(database.db, email);
  if (!user?.active || user.email_verified_at) return;
  const link = await database.db
    .transaction()
    .execute((trx) =>
      issueAccountToken(trx, { userId: user.id, purpose: 'VERIFY_EMAIL', publicUrl: config.PUBLIC_URL }),
    );
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: 'verify-email',
    data: { name: user.name, url: link.url },
  });
}
