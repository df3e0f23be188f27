import type { AccessTokenResponse, SessionUser } from '@promata/contracts';
import { supportedLanguages } from '../../i18n/languages';
import type { ResponseSchema } from '../../lib/api-client';
import { roles } from '../../lib/contract-values';

/*
 * A hand-written check of accessTokenResponseSchema: the session is restored (POST /auth/refresh) at
 * the start of every page, whose first load must not carry zod (~25 KB gzip). The session store
 * relies on every field (expiry, role, MFA flags), so a body that is not a complete token answer is
 * refused, not trusted. contract-values.test.ts checks the lists used against the contract.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return (values as readonly unknown[]).includes(value);
}

function toSessionUser(value: unknown): SessionUser | undefined {
  if (!isRecord(value)) return undefined;
  const { id, email, name, role, locale, emailVerified, mfaEnabled, mfaVerified } = value;
  if (typeof id !== 'string' || typeof email !== 'string' || typeof name !== 'string') return undefined;
  if (!oneOf(roles, role) || !oneOf(supportedLanguages, locale)) return undefined;
  if (typeof emailVerified !== 'boolean' || typeof mfaEnabled !== 'boolean' || typeof mfaVerified !== 'boolean') {
    return undefined;
  }
  return { id, email, name, role, locale, emailVerified, mfaEnabled, mfaVerified };
}

function toAccessToken(value: unknown): AccessTokenResponse | undefined {
  if (!isRecord(value)) return undefined;
  const { accessToken, expiresIn } = value;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  if (typeof expiresIn !== 'number' || !Number.isInteger(expiresIn) || expiresIn <= 0) return undefined;
  const user = toSessionUser(value.user);
  return user ? { accessToken, expiresIn, user } : undefined;
}

export const accessTokenBody: ResponseSchema<AccessTokenResponse> = {
  safeParse: (input) => {
    const data = toAccessToken(input);
    return data ? { success: true, data } : { success: false };
  },
};
