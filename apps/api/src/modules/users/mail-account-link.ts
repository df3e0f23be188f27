import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { issueAccountToken } from './issue-account-token.js';

export type AccountLinkKind =
  { purpose: 'VERIFY_EMAIL'; template: 'verify-email' } | { purpose: 'RESET_PASSWORD'; template: 'reset-password' };

/** Issues a single-use link for the user and mails it in their language, without waiting for the mail. */
export async function mailAccountLink(context: AppContext, user: User, kind: AccountLinkKind): Promise<void> {
  const { database, config, mailer, logger } = context;
  const link = await database.db
    .transaction()
    .execute((trx) => issueAccountToken(trx, { userId: user.id, purpose: kind.purpose, publicUrl: config.PUBLIC_URL }));
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: kind.template,
    data: { name: user.name, url: link.url },
  });
}
