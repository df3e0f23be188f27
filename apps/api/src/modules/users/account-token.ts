import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token for a link, and the SHA-256 that is all the database keeps of it. */
export function generateAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashAccountToken(token) };
}

export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
