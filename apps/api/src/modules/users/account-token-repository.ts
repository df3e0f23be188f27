import type { Transaction } from 'kysely';
import type { AccountTokenPurpose, DB } from '../../platform/db/schema.js';

export type NewAccountToken = { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date };

export async function insertAccountToken(trx: Transaction<DB>, token: NewAccountToken): Promise<void> {
  await trx
    .insertInto('account_tokens')
    .values({ user_id: token.userId, purpose: token.purpose, token_hash: token.tokenHash, expires_at: token.expiresAt })
    .execute();
}
