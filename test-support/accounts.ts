import { randomBytes } from 'node:crypto';
import type { Role } from '@promata/contracts';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { seal } from '../apps/api/src/platform/auth/secret-box.js';
import type { AppContext } from '../apps/api/src/platform/context.js';
import { hashPassword } from '../apps/api/src/platform/auth/password-hasher.js';

export type TestUser = { id: string; email: string; password: string; role: Role; totpSecret?: string };

let hashed: Promise<string> | undefined;
const defaultPassword = 'correct horse battery staple';

/**
 * Inserts a verified, active user straight into the database (what sign-up + verification would
 * leave), optionally with MFA enabled. All share one password hash, computed once per test file.
 */
export async function createTestUser(
  context: AppContext,
  options: { role?: Role; mfa?: boolean; email?: string; verified?: boolean } = {},
): Promise<TestUser> {
  hashed ??= hashPassword(defaultPassword);
  const email = options.email ?? `user-${randomBytes(5).toString('hex')}@test.promata.example`;
  const totpSecret = options.mfa ? new Secret({ size: 20 }).base32 : undefined;
  const user = await context.database.db
    .insertInto('users')
    .values({
      email,
      name: `Test ${options.role ?? 'GUEST'}`,
      role: options.role ?? 'GUEST',
      password_hash: await hashed,
      email_verified_at: options.verified === false ? null : new Date(),
      mfa_secret_encrypted: totpSecret ? seal(context.secrets.dataKey, totpSecret) : null,
      mfa_enabled_at: totpSecret ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: user.id, email, password: defaultPassword, role: options.role ?? 'GUEST', totpSecret };
}

/** The current TOTP code for a secret, optionally shifted by whole 30-second steps. */
export function totpCode(secret: string, stepOffset = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + stepOffset * 30_000 });
}

export type LoggedIn = { accessToken: string; refreshCookie: string; headers: { authorization: string } };

/** The refresh token from a response's Set-Cookie, as a Cookie header value. */
export function refreshCookieFrom(setCookie: string | string[] | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = cookies.find((c) => c.startsWith('promata_refresh='));
  if (!found) throw new Error(`no refresh cookie in ${JSON.stringify(setCookie)}`);
  return found.split(';')[0]!;
}

export async function login(app: FastifyInstance, user: TestUser, totp?: string): Promise<LoggedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password, ...(totp ? { totp } : {}) },
    remoteAddress: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`,
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const accessToken = (response.json() as { accessToken: string }).accessToken;
  return {
    accessToken,
    refreshCookie: refreshCookieFrom(response.headers['set-cookie']),
    headers: { authorization: `Bearer ${accessToken}` },
  };
}

/** Login for staff with MFA: uses a code from the secret. */
export const loginWithMfa = (app: FastifyInstance, user: TestUser) => login(app, user, totpCode(user.totpSecret!));
