import type { Transaction } from 'kysely';
import type { AccountTokenPurpose, DB } from '../../platform/db/schema.js';

export type NewAccountToken = { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date };

export async function insertAccountToken(trx: Transaction<DB>, token: NewAccountToken): Promise<void> {
  await trx
    .insertInto('account_tokens')
    .values({ user_id: token.userId, purpose: token.purpose, token_hash: token.tokenHash, expires_at: token.expiresAt })
    .execute();
}

/**
 * Marks a valid token used and answers whose it was, in one statement: of two requests presenting
 * the same link only one gets the user id back.
 */
export async function consumeAccountToken(
  trx: Transaction<DB>,
  tokenHash: string,
  purposes: readonly AccountTokenPurpose[],
): Promise<{ userId: string; purpose: AccountTokenPurpose } | undefined> {
  const row = await trx
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning(['user_id', 'purpose'])
    .executeTakeFirst();
  return row ? { userId: row.user_id, purpose: row.purpose } : undefined;
}

/** A reset invalidates every other outstanding link of the same kind. */
export async function expireAccountTokens(
  trx: Transaction<DB>,
  userId: string,
  purposes: readonly AccountTokenPurpose[],
): Promise<void> {
  await trx
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}
