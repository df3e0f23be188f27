import type { Transaction } from 'kysely';
import type { AccountTokenPurpose, DB } from '../../platform/db/schema.js';
import { insertAccountToken } from './account-token-repository.js';
import { generateAccountToken } from './account-token.js';

/** How long each kind of link works. */
export const accountTokenTtlHours: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24,
  RESET_PASSWORD: 1,
  SET_PASSWORD: 72,
};

/** The web page that consumes each kind of link. */
const pagePath: Record<AccountTokenPurpose, string> = {
  VERIFY_EMAIL: '/verify-email',
  RESET_PASSWORD: '/reset-password',
  SET_PASSWORD: '/set-password',
};

/**
 * Creates a single-use link for the user. The token travels in the URL fragment, which browsers
 * never send to servers, so it stays out of access logs and Referer headers (ADR 7).
 */
export async function issueAccountToken(
  trx: Transaction<DB>,
  input: { userId: string; purpose: AccountTokenPurpose; publicUrl: string; now?: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const { token, tokenHash } = generateAccountToken();
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + accountTokenTtlHours[input.purpose] * 3600_000);
  await insertAccountToken(trx, { userId: input.userId, purpose: input.purpose, tokenHash, expiresAt });
  return { url: `${input.publicUrl}${pagePath[input.purpose]}#token=${token}`, expiresAt };
}
