import type { AppContext } from '../../platform/context.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { issueAccountToken } from '../users/issue-account-token.js';
import { findUserByEmail } from '../users/user-repository.js';
import { authLimits } from './rate-limits.js';

/**
 * Mails a one-hour reset link when the address belongs to an active account. The caller always
 * gets 202 without waiting for the mail, whatever happened.
 */
export async function requestPasswordReset(context: AppContext, email: string, ip: string | null): Promise<void> {
  const { database, config, mailer, logger, rateLimiter } = context;
  await rateLimiter.hit(authLimits.forgotPerIp, ip ?? 'unknown');
  if (!(await rateLimiter.tryHit(authLimits.forgotPerAccount, email))) return;
  const user = await findUserByEmail(database.db, email);
  if (!user?.active) return;
  const link = await database.db
    .transaction()
    .execute((trx) =>
      issueAccountToken(trx, { userId: user.id, purpose: 'RESET_PASSWORD', publicUrl: config.PUBLIC_URL }),
    );
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: 'reset-password',
    data: { name: user.name, url: link.url },
  });
}
