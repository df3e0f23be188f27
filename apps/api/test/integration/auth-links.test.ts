import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { createTestUser, login } from '../../../../test-support/accounts.js';
import { hashAccountToken } from '../../src/modules/users/account-token.js';

const tokenFrom = (links: string[], path: string) => {
  const token = new RegExp(`${path}#token=([\\w-]+)`).exec(links.join(' '))?.[1];
  if (!token) throw new Error(`no ${path} token in ${links.join(', ')}`);
  return token;
};

describe('account links and sign-up limits (PostgreSQL, Redis, real SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
  /** Moves a mailed link's expiry into the past, as if the hour (or day) had gone by. */
  const expire = (token: string) =>
    t.testDb.database.db
      .updateTable('account_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', hashAccountToken(token))
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://reserva.example' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('an expired verification link is refused and leaves the address unverified', async () => {
    const email = 'late.verifier@example.org';
    await post('/api/v1/auth/sign-up', { email, password: 'a fine passphrase', name: 'Late' });
    const mail = await sink.waitFor((m) => m.to.includes(email));
    const token = tokenFrom(mail.links, '/verify-email');
    const updated = await expire(token);
    expect(updated.numUpdatedRows).toBe(1n);

    const refused = await post('/api/v1/auth/verify-email', { token });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'INVALID_TOKEN']);
    const blocked = await post('/api/v1/auth/login', { email, password: 'a fine passphrase' });
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([403, 'EMAIL_NOT_VERIFIED']);
  });

  it('an expired reset link is refused and the old password keeps working', async () => {
    const user = await createTestUser(t.context);
    await post('/api/v1/auth/password/forgot', { email: user.email });
    const mail = await sink.waitFor((m) => m.to.includes(user.email) && m.links.some((l) => l.includes('#token=')));
    const token = tokenFrom(mail.links, '/reset-password');
    await expire(token);

    const refused = await post('/api/v1/auth/password/reset', { token, password: 'a brand new passphrase' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'INVALID_TOKEN']);
    await login(t.app, user);
  });

  it('sign-up always creates a GUEST, whatever role the body claims', async () => {
    const email = 'would.be.admin@example.org';
    const response = await post('/api/v1/auth/sign-up', {
      email,
      password: 'a fine passphrase',
      name: 'Would-be Admin',
      role: 'ADMIN',
      emailVerified: true,
    });
    expect(response.statusCode).toBe(202);
    const row = await t.testDb.database.db
      .selectFrom('users')
      .select(['role', 'email_verified_at'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'GUEST', email_verified_at: null });

    const mail = await sink.waitFor((m) => m.to.includes(email));
    expect(
      (await post('/api/v1/auth/verify-email', { token: tokenFrom(mail.links, '/verify-email') })).statusCode,
    ).toBe(204);
    const session = await login(t.app, { id: '', email, password: 'a fine passphrase', role: 'GUEST' });
    const me = await t.app.inject({ url: '/api/v1/me', headers: session.headers });
    expect(me.json()).toMatchObject({ email, role: 'GUEST' });
    const staffOnly = await t.app.inject({ url: '/api/v1/users', headers: session.headers });
    expect(staffOnly.statusCode).toBe(404);
  });
});
