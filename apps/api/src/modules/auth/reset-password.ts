import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { recordAudit } from '../audit/record-audit.js';
import { consumeAccountToken, expireAccountTokens } from '../users/account-token-repository.js';
import { hashAccountToken } from '../users/account-token.js';
import { findUserById, updateUser } from '../users/user-repository.js';
import { assertAcceptablePassword } from './password-policy.js';

/**
 * Sets a new password with a reset link, or the first password with an invitation link (which also
 * proves the address). Every session of the account is signed out: whoever had the old password
 * loses access.
 */
export async function resetPassword(context: AppContext, token: string, password: string): Promise<void> {
  const { database, passwords, sessions, mailer, logger } = context;
  const tokenHash = hashAccountToken(token);
  // Hashing first keeps the transaction short; a bad token then costs the caller one hash.
  const passwordHash = await passwords.hash(password);
  const user = await database.db.transaction().execute(async (trx) => {
    const consumed = await consumeAccountToken(trx, tokenHash, ['RESET_PASSWORD', 'SET_PASSWORD']);
    if (!consumed) throw new AppError(400, 'INVALID_TOKEN');
    const current = await findUserById(trx, consumed.userId);
    if (!current?.active) throw new AppError(400, 'INVALID_TOKEN');
    assertAcceptablePassword(password, current.email);
    await expireAccountTokens(trx, current.id, ['RESET_PASSWORD', 'SET_PASSWORD']);
    const updated = await updateUser(trx, current.id, {
      password_hash: passwordHash,
      password_changed_at: new Date(),
      email_verified_at: current.email_verified_at ?? new Date(),
    });
    await recordAudit(trx, {
      actorId: current.id,
      action: consumed.purpose === 'SET_PASSWORD' ? 'user.password_set' : 'user.password_reset',
      targetType: 'user',
      targetId: current.id,
    });
    return updated!;
  });
  await sessions.revokeAllForUser(user.id);
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: 'password-changed',
    data: { name: user.name },
  });
}
