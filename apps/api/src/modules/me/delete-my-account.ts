import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, unauthorized } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { anonymiseUser } from '../users/anonymise-user.js';
import { findUserById } from '../users/user-repository.js';

/**
 * LGPD erasure on request: confirms the password, anonymises the account (bookings stay, without
 * the person) and signs out everywhere. The goodbye mail goes to the address before it is erased.
 */
export async function deleteMyAccount(context: AppContext, actor: Actor, password: string): Promise<void> {
  const { database, passwords, mailer, logger } = context;
  const user = await findUserById(database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  if (!user.password_hash || !(await passwords.verify(user.password_hash, password))) {
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  await anonymiseUser(context, user.id, actor.userId);
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: 'account-deleted',
    data: { name: user.name },
  });
}
