import type { Locale } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { issueAccountToken } from '../users/issue-account-token.js';
import { findUserByEmail, insertUserUnlessEmailTaken } from '../users/user-repository.js';
import { assertAcceptablePassword } from './password-policy.js';
import { authLimits } from './rate-limits.js';

export type SignUpInput = { email: string; password: string; name: string; locale: Locale };

/**
 * Creates a GUEST account (never anything else) and mails a verification link. When the address
 * already has an account, its owner is mailed instead and the caller gets the same 202 after the
 * same work, so sign-up cannot be used to find out who is registered.
 */
export async function signUp(context: AppContext, input: SignUpInput, ip: string | null): Promise<void> {
  const { database, passwords, config, mailer, logger } = context;
  await context.rateLimiter.hit(authLimits.signUpPerIp, ip ?? 'unknown');
  assertAcceptablePassword(input.password, input.email);
  const passwordHash = await passwords.hash(input.password);

  const created = await database.db.transaction().execute(async (trx) => {
    const user = await insertUserUnlessEmailTaken(trx, {
      email: input.email,
      name: input.name,
      locale: input.locale,
      role: 'GUEST',
      password_hash: passwordHash,
      password_changed_at: new Date(),
    });
    if (!user) return undefined;
    const link = await issueAccountToken(trx, {
      userId: user.id,
      purpose: 'VERIFY_EMAIL',
      publicUrl: config.PUBLIC_URL,
    });
    return { user, link };
  });

  if (created) {
    sendInBackground(mailer, logger, {
      to: created.user.email,
      locale: created.user.locale,
      template: 'verify-email',
      data: { name: created.user.name, url: created.link.url },
    });
    return;
  }
  const existing = await findUserByEmail(database.db, input.email);
  if (!existing?.active) return;
  sendInBackground(mailer, logger, {
    to: existing.email,
    locale: existing.locale,
    template: 'sign-up-existing-account',
    data: {
      name: existing.name,
      loginUrl: `${config.PUBLIC_URL}/login`,
      resetUrl: `${config.PUBLIC_URL}/forgot-password`,
    },
  });
}
