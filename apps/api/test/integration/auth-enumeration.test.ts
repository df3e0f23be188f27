import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { createTestUser } from '../../../../test-support/accounts.js';

/**
 * Forgot-password and resend-verification must not tell by their timing whether an address is
 * registered. Instead of comparing noisy timings, these tests make the work that only a registered
 * address causes (issuing its link) impossible while the request runs: `account_tokens` is locked,
 * so a request that issued the link before answering would hang. Both kinds of address must answer
 * at once, and the registered one still gets its mail once the lock is gone.
 */
describe('no enumeration by timing on forgot-password and resend-verification (PostgreSQL, Redis, SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  let ipCounter = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://reserva.example' });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const post = (url: string, email: string) =>
    t.app.inject({ method: 'POST', url, payload: { email }, remoteAddress: `192.0.2.${(ipCounter += 1)}` });

  /** Runs the requests while no link can be issued; each must answer within `withinMs` regardless. */
  async function answeredWhileLinksAreBlocked(url: string, userId: string, emails: string[], withinMs = 5000) {
    return t.testDb.database.db.transaction().execute(async (trx) => {
      await sql`lock table account_tokens in access exclusive mode`.execute(trx);
      const answers = [];
      for (const email of emails) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${url} for ${email} waited for its link`)), withinMs);
        });
        answers.push(await Promise.race([post(url, email), timeout]).finally(() => clearTimeout(timer)));
      }
      // Seen from inside the lock: nothing was issued before the answers went out.
      const issued = await trx.selectFrom('account_tokens').select('id').where('user_id', '=', userId).execute();
      return { answers, issuedMeanwhile: issued.length };
    });
  }

  it.each([
    { url: '/api/v1/auth/password/forgot', verified: true, link: '/reset-password#token=' },
    { url: '/api/v1/auth/verify-email/resend', verified: false, link: '/verify-email#token=' },
  ])('$url answers a registered and an unknown address alike, before any link exists', async (c) => {
    const user = await createTestUser(t.context, { verified: c.verified });
    sink.clear();

    const { answers, issuedMeanwhile } = await answeredWhileLinksAreBlocked(c.url, user.id, [
      user.email,
      `not-registered-${ipCounter}@example.org`,
    ]);
    expect(answers.map((a) => [a.statusCode, a.body])).toEqual([
      [202, '{"status":"accepted"}'],
      [202, '{"status":"accepted"}'],
    ]);
    expect(issuedMeanwhile).toBe(0);

    // The lock is gone: the registered address gets its link after all.
    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.links.some((l) => l.startsWith(`https://reserva.example${c.link}`))).toBe(true);
    expect(sink.messages.filter((m) => m.to.some((to) => to.startsWith('not-registered-')))).toEqual([]);
  });

  it('an already verified address asking for a new verification link gets nothing, and the same answer', async () => {
    const user = await createTestUser(t.context);
    sink.clear();
    const response = await post('/api/v1/auth/verify-email/resend', user.email);
    expect([response.statusCode, response.body]).toEqual([202, '{"status":"accepted"}']);
    // A reset request afterwards is mailed; by then the resend's own lookup has long finished.
    await post('/api/v1/auth/password/forgot', user.email);
    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.links.some((l) => l.includes('/reset-password#token='))).toBe(true);
    const verifyLinks = await t.testDb.database.db
      .selectFrom('account_tokens')
      .select('id')
      .where('user_id', '=', user.id)
      .where('purpose', '=', 'VERIFY_EMAIL')
      .execute();
    expect(verifyLinks).toEqual([]);
    expect(sink.messages.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });
});
