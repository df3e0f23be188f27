import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../src/platform/auth/access-token.js';
import { loadConfig } from '../../src/platform/config/load-config.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import {
  createTestUser,
  login,
  loginWithMfa,
  refreshCookieFrom,
  type LoggedIn,
  type TestUser,
} from '../../../../test-support/accounts.js';

describe('access and refresh tokens (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let user: TestUser;
  let session: LoggedIn;
  const me = (authorization: string) => t.app.inject({ url: '/api/v1/me', headers: { authorization } });
  const refresh = (cookie: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie } });

  beforeAll(async () => {
    t = await startIntegrationApp();
    user = await createTestUser(t.context);
    session = await login(t.app, user);
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts a valid token', async () => {
    expect((await me(`Bearer ${session.accessToken}`)).statusCode).toBe(200);
  });

  it('refuses an expired token', async () => {
    const sessionId = (await t.context.sessions.listForUser(user.id))[0]!.id;
    const expired = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('promata')
      .setAudience('promata-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 1200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 600)
      .sign(t.context.secrets.jwtKey);
    const response = await me(`Bearer ${expired}`);
    expect([response.statusCode, response.json().error.code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('refuses a tampered payload, alg none, a wrong key, and garbage', async () => {
    const [header, payload, signature] = session.accessToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherUser = await createTestUser(t.context);
    const tampered = Buffer.from(JSON.stringify({ ...claims, sub: otherUser.id })).toString('base64url');
    expect((await me(`Bearer ${header}.${tampered}.${signature}`)).statusCode).toBe(401);

    const unsigned = new UnsecuredJWT({ sid: claims.sid })
      .setSubject(user.id)
      .setIssuer('promata')
      .setAudience('promata-api')
      .setExpirationTime('5m')
      .encode();
    expect(unsigned.endsWith('.')).toBe(true);
    expect((await me(`Bearer ${unsigned}`)).statusCode).toBe(401);

    const wrongKey = await signAccessToken(
      new TextEncoder().encode('x'.repeat(48)),
      { userId: user.id, sessionId: claims.sid },
      300,
    );
    expect((await me(`Bearer ${wrongKey}`)).statusCode).toBe(401);

    expect((await me('Bearer not-a-token')).statusCode).toBe(401);
    expect((await me(`Basic ${Buffer.from('a:b').toString('base64')}`)).statusCode).toBe(401);
  });

  it('a replayed refresh token revokes the whole session', async () => {
    const own = await login(t.app, user);
    const first = await refresh(own.refreshCookie);
    expect(first.statusCode).toBe(200);
    const current = refreshCookieFrom(first.headers['set-cookie']);
    const currentAccess = first.json().accessToken as string;

    const replay = await refresh(own.refreshCookie);
    expect(replay.statusCode).toBe(401);
    // The thief's replay ended the session for the legitimate holder too.
    expect((await refresh(current)).statusCode).toBe(401);
    expect((await me(`Bearer ${currentAccess}`)).statusCode).toBe(401);
    expect(t.logs.lines().some((l) => l.msg === 'refresh token reuse; session revoked')).toBe(true);
  });

  it('a replayed refresh token sent to logout revokes the whole session too', async () => {
    const own = await login(t.app, user);
    const first = await refresh(own.refreshCookie);
    const current = refreshCookieFrom(first.headers['set-cookie']);
    const currentAccess = first.json().accessToken as string;

    // The stolen, rotated-away cookie, without an access token: logout answers as always...
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: {},
      headers: { cookie: own.refreshCookie },
    });
    expect(logout.statusCode).toBe(204);
    // ...and the session is gone for the legitimate holder as well.
    expect((await refresh(current)).statusCode).toBe(401);
    expect((await me(`Bearer ${currentAccess}`)).statusCode).toBe(401);
    expect((await me(session.headers.authorization)).statusCode).toBe(200);
  });

  it('logout with the current refresh cookie alone ends that session only', async () => {
    const own = await login(t.app, user);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: {},
      headers: { cookie: own.refreshCookie },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(own.headers.authorization)).statusCode).toBe(401);
    expect((await me(session.headers.authorization)).statusCode).toBe(200);
  });

  it('access tokens live at most 15 minutes, and the configuration cannot make them longer', async () => {
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
    expect(claims.exp - claims.iat).toBe(t.context.config.ACCESS_TOKEN_TTL_SECONDS);
    const configured = (ttl: string) =>
      loadConfig({ NODE_ENV: 'test', DATA_DIR: t.context.config.DATA_DIR, ACCESS_TOKEN_TTL_SECONDS: ttl });
    expect(configured('900').ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(() => configured('901')).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
  });

  it('two refreshes racing with the same token: one rotates, the session is then revoked as reuse', async () => {
    const own = await login(t.app, user);
    const results = await Promise.all([
      refresh(own.refreshCookie),
      refresh(own.refreshCookie),
      refresh(own.refreshCookie),
    ]);
    expect(results.filter((r) => r.statusCode === 200).length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.statusCode === 401).length).toBeGreaterThanOrEqual(2);
  });

  it('a revoked session stops working at once, before its access token expires; others cannot revoke it', async () => {
    const other = await login(t.app, user);
    const listed = (await t.app.inject({ url: '/api/v1/me/sessions', headers: other.headers })).json();
    const otherId = (listed.items as { id: string; current: boolean }[]).find((s) => s.current)!.id;

    const stranger = await login(t.app, await createTestUser(t.context));
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${otherId}`,
      headers: stranger.headers,
    });
    expect(foreign.statusCode).toBe(404);

    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${otherId}`,
      headers: session.headers,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await me(other.headers.authorization)).statusCode).toBe(401);
    expect((await refresh(other.refreshCookie)).statusCode).toBe(401);
    expect((await me(session.headers.authorization)).statusCode).toBe(200);
  });

  it('deactivating a user signs them out everywhere at once', async () => {
    const guest = await createTestUser(t.context);
    const guestSession = await login(t.app, guest);
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    const adminSession = await loginWithMfa(t.app, admin);
    const deactivate = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${guest.id}`,
      payload: { active: false },
      headers: adminSession.headers,
    });
    expect(deactivate.statusCode).toBe(200);
    expect(deactivate.json().active).toBe(false);
    expect((await me(guestSession.headers.authorization)).statusCode).toBe(401);
    expect((await refresh(guestSession.refreshCookie)).statusCode).toBe(401);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: guest.email, password: guest.password },
    });
    expect(relogin.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('a role change signs the user out, so no session keeps the old role', async () => {
    const guest = await createTestUser(t.context);
    const guestSession = await login(t.app, guest);
    const root = await createTestUser(t.context, { role: 'ROOT', mfa: true });
    const rootSession = await loginWithMfa(t.app, root);
    const promote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${guest.id}`,
      payload: { role: 'PROFESSOR' },
      headers: rootSession.headers,
    });
    expect(promote.json()).toMatchObject({ role: 'PROFESSOR', professorStatus: 'APPROVED' });
    expect((await me(guestSession.headers.authorization)).statusCode).toBe(401);
    const again = await login(t.app, guest);
    expect((await me(again.headers.authorization)).json().role).toBe('PROFESSOR');
  });
});
