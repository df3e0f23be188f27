import { emailSchema, type Locale, type Role } from '@promata/contracts';
import type { Kysely } from 'kysely';
import { AppError } from '../../platform/http/app-error.js';
import type { DB, User } from '../../platform/db/schema.js';
import { insertAccountToken } from './account-token-repository.js';
import { generateAccountToken } from './account-token.js';
import { insertUserUnlessEmailTaken } from './user-repository.js';

export const setPasswordLinkTtlHours = 72;

export type InviteUserInput = { email: string; name: string; role: Role; locale?: Locale };
export type Invitation = { user: User; setPasswordUrl: string; expiresAt: Date };

/**
 * Creates an account without a password and a single-use set-password link. The token travels in
 * the URL fragment, which browsers never send to servers, so it stays out of access logs.
 * User and token are written in one transaction: no account is left without its link.
 */
export async function inviteUser(
  db: Kysely<DB>,
  input: InviteUserInput,
  options: { publicUrl: string; now?: Date },
): Promise<Invitation> {
  const email = emailSchema.parse(input.email);
  const name = input.name.trim();
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + setPasswordLinkTtlHours * 3600_000);
  const { token, tokenHash } = generateAccountToken();
  const user = await db.transaction().execute(async (trx) => {
    const created = await insertUserUnlessEmailTaken(trx, {
      email,
      name,
      role: input.role,
      locale: input.locale ?? 'pt-BR',
      // The invitation proves the address once the link is used; until then it is unverified.
      email_verified_at: null,
    });
    if (!created) throw new AppError(409, 'CONFLICT', { field: 'email', reason: 'EMAIL_TAKEN' });
    await insertAccountToken(trx, { userId: created.id, purpose: 'SET_PASSWORD', tokenHash, expiresAt });
    return created;
  });
  return { user, setPasswordUrl: `${options.publicUrl}/set-password#token=${token}`, expiresAt };
}
