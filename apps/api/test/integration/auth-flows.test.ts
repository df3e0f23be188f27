import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import type { TestDatabase } from '../../../../test-support/services.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { createTestUser, login, refreshCookieFrom, totpCode } from '../../../../test-support/accounts.js';

const tokenFrom = (link: string | undefined) => {
  const token = /#token=([\w-]+)/.exec(link ?? '')?.[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
};

describe('account flows end to end (PostgreSQL, Redis, real SMTP)', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let t: IntegrationApp;
  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://reserva.example' });
    testDb = t.testDb;
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sign-up → verification mail → verify → login → refresh rotates → logout ends the session', async () => {
    const email = 'Ana.Souza@Example.org';
    const signUp = await post('/api/v1/auth/sign-up', {
      email,
      password: 'a long enough secret',
      name: 'Ana Souza',
      locale: 'en',
    });
    expect(signUp.statusCode).toBe(202);
    const mail = await sink.waitFor((m) => m.to.includes('ana.souza@example.org'));
    expect(mail.subject).toMatch(/confirm/i);
    const link = mail.links.find((l) => l.includes('/verify-email#token='));
    expect(link).toMatch(/^https:\/\/reserva\.example\/verify-email#token=/);

    const early = await post('/api/v1/auth/login', { email, password: 'a long enough secret' });
    expect([early.statusCode, early.json().error.code]).toEqual([403, 'EMAIL_NOT_VERIFIED']);

    sink.clear();
    expect((await post('/api/v1/auth/verify-email/resend', { email })).statusCode).toBe(202);
    const resent = await sink.waitFor((m) => m.to.includes('ana.souza@example.org'));
    expect(tokenFrom(resent.links.find((l) => l.includes('#token=')))).not.toBe(tokenFrom(link));
    expect((await post('/api/v1/auth/verify-email', { token: tokenFrom(link) })).statusCode).toBe(204);
    const reused = await post('/api/v1/auth/verify-email', { token: tokenFrom(link) });
    expect([reused.statusCode, reused.json().error.code]).toEqual([400, 'INVALID_TOKEN']);

    const loggedIn = await post('/api/v1/auth/login', { email, password: 'a long enough secret' });
    expect(loggedIn.statusCode).toBe(200);
    const body = loggedIn.json();
    expect(body).toMatchObject({
      expiresIn: 600,
      user: { email: 'ana.souza@example.org', role: 'GUEST', emailVerified: true },
    });
    const setCookie = String(loggedIn.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/v1\/auth/);

    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(me.json()).toMatchObject({ email: 'ana.souza@example.org', locale: 'en', role: 'GUEST' });

    const cookie = refreshCookieFrom(loggedIn.headers['set-cookie']);
    const refreshed = await post('/api/v1/auth/refresh', undefined, { cookie });
    expect(refreshed.statusCode).toBe(200);
    const newCookie = refreshCookieFrom(refreshed.headers['set-cookie']);
    expect(newCookie).not.toBe(cookie);

    const newAccess = refreshed.json().accessToken as string;
    expect((await post('/api/v1/auth/logout', {}, { authorization: `Bearer ${newAccess}` })).statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${newAccess}` } })).statusCode,
    ).toBe(401);
    expect((await post('/api/v1/auth/refresh', undefined, { cookie: newCookie })).statusCode).toBe(401);
  });

  it('forgot password → reset link (1 h, single use) → old sessions end, the new password works', async () => {
    const user = await createTestUser(t.context);
    const before = await login(t.app, user);
    sink.clear();
    expect((await post('/api/v1/auth/password/forgot', { email: user.email.toUpperCase() })).statusCode).toBe(202);
    const mail = await sink.waitFor(
      (m) => m.to.includes(user.email) && m.links.some((l) => l.includes('/reset-password#')),
    );
    const token = tokenFrom(mail.links.find((l) => l.includes('/reset-password#')));

    const weak = await post('/api/v1/auth/password/reset', { token, password: '1234567890' });
    expect([weak.statusCode, weak.json().error.code]).toEqual([400, 'WEAK_PASSWORD']);
    expect((await post('/api/v1/auth/password/reset', { token, password: 'a brand new passphrase' })).statusCode).toBe(
      204,
    );
    expect(
      (await post('/api/v1/auth/password/reset', { token, password: 'another new passphrase' })).json().error.code,
    ).toBe('INVALID_TOKEN');

    expect((await t.app.inject({ url: '/api/v1/me', headers: before.headers })).statusCode).toBe(401);
    const oldPassword = await post('/api/v1/auth/login', { email: user.email, password: user.password });
    expect(oldPassword.json().error.code).toBe('INVALID_CREDENTIALS');
    await login(t.app, { ...user, password: 'a brand new passphrase' });
    await sink.waitFor((m) => m.to.includes(user.email) && /senha .* foi alterada/.test(m.subject));
  });

  it('staff invitation → set-password link → the invitee logs in and must set up MFA for staff endpoints', async () => {
    const root = await createTestUser(t.context, { role: 'ROOT', mfa: true });
    const rootSession = await login(t.app, root, totpCode(root.totpSecret!));
    const invite = await post(
      '/api/v1/users',
      { email: 'new.admin@example.org', name: 'Nova Admin', role: 'ADMIN', locale: 'pt-BR' },
      rootSession.headers,
    );
    expect(invite.statusCode).toBe(201);
    const mail = await sink.waitFor((m) => m.to.includes('new.admin@example.org'));
    expect(mail.text).toContain('Administrador');
    const token = tokenFrom(mail.links.find((l) => l.includes('/set-password#')));
    expect((await post('/api/v1/auth/password/reset', { token, password: 'my own admin passphrase' })).statusCode).toBe(
      204,
    );

    const admin = await login(t.app, {
      id: '',
      email: 'new.admin@example.org',
      password: 'my own admin passphrase',
      role: 'ADMIN',
    });
    const blocked = await t.app.inject({ url: '/api/v1/users', headers: admin.headers });
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([403, 'MFA_SETUP_REQUIRED']);

    const setup = await post('/api/v1/auth/mfa/setup', undefined, admin.headers);
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Pr%C3%B3-Mata:new\.admin%40example\.org\?/);
    const wrong = await post(
      '/api/v1/auth/mfa/confirm',
      { code: totpCode(secret) === '000000' ? '111111' : '000000' },
      admin.headers,
    );
    expect(wrong.json().error.code).toBe('MFA_INVALID');
    const confirmed = await post('/api/v1/auth/mfa/confirm', { code: totpCode(secret) }, admin.headers);
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes, accessToken } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(
      (await t.app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${accessToken}` } })).statusCode,
    ).toBe(200);

    // From now on a login needs the second factor; a recovery code works exactly once.
    const noCode = await post('/api/v1/auth/login', {
      email: 'new.admin@example.org',
      password: 'my own admin passphrase',
    });
    expect([noCode.statusCode, noCode.json().error.code]).toEqual([401, 'MFA_REQUIRED']);
    const withRecovery = {
      email: 'new.admin@example.org',
      password: 'my own admin passphrase',
      totp: recoveryCodes[0],
    };
    expect((await post('/api/v1/auth/login', withRecovery)).statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', withRecovery)).json().error.code).toBe('MFA_INVALID');
  });

  it('a TOTP code works once: replaying it, even at the same time, is refused', async () => {
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    const code = totpCode(admin.totpSecret!);
    const attempts = await Promise.all(
      [1, 2, 3].map(() => post('/api/v1/auth/login', { email: admin.email, password: admin.password, totp: code })),
    );
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([200, 401, 401]);
  });

  it('sign-up with a registered e-mail answers the same 202 and mails the owner instead', async () => {
    const existing = await createTestUser(t.context);
    sink.clear();
    const response = await post('/api/v1/auth/sign-up', {
      email: existing.email,
      password: 'some other passphrase',
      name: 'Intruder',
    });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'accepted' });
    const mail = await sink.waitFor((m) => m.to.includes(existing.email));
    expect(mail.links.some((l) => l.includes('/forgot-password'))).toBe(true);
    const users = await testDb.database.db
      .selectFrom('users')
      .select('name')
      .where('email', '=', existing.email)
      .execute();
    expect(users).toEqual([{ name: 'Test GUEST' }]);
  });

  it('change password keeps this session and signs out the others', async () => {
    const user = await createTestUser(t.context);
    const here = await login(t.app, user);
    const elsewhere = await login(t.app, user);
    const wrong = await post(
      '/api/v1/auth/password/change',
      { currentPassword: 'nope', newPassword: 'a different passphrase' },
      here.headers,
    );
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const ok = await post(
      '/api/v1/auth/password/change',
      { currentPassword: user.password, newPassword: 'a different passphrase' },
      here.headers,
    );
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: here.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me', headers: elsewhere.headers })).statusCode).toBe(401);
  });
});
