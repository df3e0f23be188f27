import { emailSchema, type Locale, type Role } from '@promata/contracts';
import type { Kysely } from 'kysely';
import type { DB, User } from '../../platform/db/schema.js';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { accountTokenTtlHours, issueAccountToken } from './issue-account-token.js';
import { insertUserUnlessEmailTaken } from './user-repository.js';

export const setPasswordLinkTtlHours = accountTokenTtlHours.SET_PASSWORD;

export type InviteUserInput = { email: string; name: string; role: Role; locale?: Locale };
export type Invitation = { user: User; setPasswordUrl: string; expiresAt: Date };

/**
 * Creates an account without a password and a single-use set-password link (nobody hands a
 * password over). User, token and audit entry are written in one transaction.
 */
export async function inviteUser(
  db: Kysely<DB>,
  input: InviteUserInput,
  options: { publicUrl: string; actorId?: string; now?: Date },
): Promise<Invitation> {
  const email = emailSchema.parse(input.email);
  return db.transaction().execute(async (trx) => {
    const user = await insertUserUnlessEmailTaken(trx, {
      email,
      name: input.name.trim(),
      role: input.role,
      locale: input.locale ?? 'pt-BR',
      // Using the link proves the address; until then it is unverified.
      email_verified_at: null,
    });
    if (!user) throw new AppError(409, 'CONFLICT', { field: 'email', reason: 'EMAIL_TAKEN' });
    const link = await issueAccountToken(trx, {
      userId: user.id,
      purpose: 'SET_PASSWORD',
      publicUrl: options.publicUrl,
      now: options.now,
    });
    await recordAudit(trx, {
      actorId: options.actorId ?? null,
      action: 'user.invited',
      targetType: 'user',
      targetId: user.id,
      data: { role: user.role },
    });
    return { user, setPasswordUrl: link.url, expiresAt: link.expiresAt };
  });
}
