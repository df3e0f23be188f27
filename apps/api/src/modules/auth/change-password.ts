import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, unauthorized } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { findUserById, updateUser } from '../users/user-repository.js';
import { assertAcceptablePassword } from './password-policy.js';

/** Changes the password after checking the current one; every other session is signed out. */
export async function changePassword(
  context: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { database, passwords, sessions, mailer, logger } = context;
  const user = await findUserById(database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  if (!user.password_hash || !(await passwords.verify(user.password_hash, input.currentPassword))) {
    throw new AppError(401, 'INVALID_CREDENTIALS');
  }
  assertAcceptablePassword(input.newPassword, user.email);
  await updateUser(database.db, user.id, {
    password_hash: await passwords.hash(input.newPassword),
    password_changed_at: new Date(),
  });
  await sessions.revokeAllForUser(user.id, actor.sessionId);
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: 'password-changed',
    data: { name: user.name },
  });
}
