import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import type { TestDatabase } from '../../../../test-support/services.js';
import { createTestUser } from '../../../../test-support/accounts.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A 429 that says when to come back: within the limit's window, and not much sooner. */
function expectRetryAfter(response: LightMyRequestResponse, windowSeconds: number) {
  expect([response.statusCode, response.json().error.code]).toEqual([429, 'RATE_LIMITED']);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(windowSeconds - 120);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('rate limits, enumeration and load on the account endpoints (PostgreSQL + Redis)', () => {
  let testDb: TestDatabase;
  let t: IntegrationApp;
  let ipCounter = 0;
  const freshIp = () => `192.0.2.${(ipCounter += 1)}`;
  const loginFrom = (ip: string, email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  beforeAll(async () => {
    t = await startIntegrationApp();
    testDb = t.testDb;
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits password guessing per account across IPs, with Retry-After', async () => {
    const user = await createTestUser(t.context);
    for (let i = 0; i < 10; i += 1) expect((await loginFrom(freshIp(), user.email, 'wrong')).statusCode).toBe(401);
    const limited = await loginFrom(freshIp(), user.email, user.password);
    expect([limited.statusCode, limited.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    const metrics = await t.app.inject('/metrics');
    expect(metrics.body).toMatch(/rate_limit_hits_total\{[^}]*limit="login_account"[^}]*\} [1-9]/);
  });

  it('limits attempts per IP across accounts', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1)
      statuses.push((await loginFrom(ip, `nobody-${i}@example.org`, 'whatever')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expectRetryAfter(await loginFrom(ip, 'nobody@example.org', 'whatever'), 15 * 60);
  });

  it('limits sign-ups per IP', async () => {
    const ip = freshIp();
    const responses = [];
    for (let i = 0; i < 11; i += 1) {
      responses.push(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-up',
          payload: { email: `spam-${i}@example.org`, password: 'a fine passphrase', name: 'Spam' },
          remoteAddress: ip,
        }),
      );
    }
    expect(responses.map((r) => r.statusCode)).toEqual([...Array(10).fill(202), 429]);
    expectRetryAfter(responses[10]!, 60 * 60);
  });

  it('limits forgot-password per IP across addresses, with Retry-After', async () => {
    const ip = freshIp();
    const responses = [];
    for (let i = 0; i < 11; i += 1) {
      responses.push(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password/forgot',
          payload: { email: `someone-${i}@example.org` },
          remoteAddress: ip,
        }),
      );
    }
    expect(responses.map((r) => r.statusCode)).toEqual([...Array(10).fill(202), 429]);
    expectRetryAfter(responses[10]!, 60 * 60);
    // The resend endpoint shares the budget: the same address cannot switch to it to keep spraying.
    const resend = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-email/resend',
      payload: { email: 'someone-else@example.org' },
      remoteAddress: ip,
    });
    expectRetryAfter(resend, 60 * 60);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/forgot',
      payload: { email: 'someone-0@example.org' },
      remoteAddress: freshIp(),
    });
    expect(other.statusCode).toBe(202);
  });

  it('forgot-password answers 202 for known and unknown addresses alike, and stays 202 past the per-address limit', async () => {
    const user = await createTestUser(t.context);
    for (const email of [user.email, 'unknown@example.org', user.email, user.email, user.email, user.email]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password/forgot',
        payload: { email },
        remoteAddress: freshIp(),
      });
      expect([response.statusCode, response.body]).toEqual([202, '{"status":"accepted"}']);
    }
    // Links are issued after the response (auth-enumeration.test.ts): wait for all three, then
    // make sure no fourth follows.
    const resetLinks = async () =>
      (
        await testDb.database.db
          .selectFrom('account_tokens')
          .select('id')
          .where('user_id', '=', user.id)
          .where('purpose', '=', 'RESET_PASSWORD')
          .execute()
      ).length;
    await vi.waitFor(async () => expect(await resetLinks()).toBe(3), { timeout: 5000, interval: 50 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await resetLinks()).toBe(3);
  });

  it('does not reveal registered e-mails by message or timing', async () => {
    const user = await createTestUser(t.context);
    const unknown = await loginFrom(freshIp(), 'not-registered@example.org', 'some password');
    const wrong = await loginFrom(freshIp(), user.email, 'some password');
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.json()).toEqual(wrong.json());

    // Both paths pay one argon2id verification; without the dummy hash the unknown path would be
    // ~50x faster. Medians of interleaved samples, with a wide margin for a noisy machine.
    const sample = async (email: string) => {
      const started = process.hrtime.bigint();
      await loginFrom(freshIp(), email, 'some password');
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const known: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      known.push(await sample(user.email));
      missing.push(await sample(`missing-${i}@example.org`));
    }
    const ratio = median(missing) / median(known);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('a login storm past the hashing capacity degrades to quick 503s, not a queue', async () => {
    const stormy = await startIntegrationApp({ PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE_MAX: '2' });
    try {
      const user = await createTestUser(stormy.context);
      const timed = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const started = performance.now();
          const response = await stormy.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: user.email, password: `wrong-${i}` },
            remoteAddress: freshIp(),
          });
          return { response, ms: performance.now() - started };
        }),
      );
      const responses = timed.map((r) => r.response);
      const overloaded = responses.filter((r) => r.statusCode === 503);
      // inject() interleaves the requests with their Redis round trips, so not all 20 reach the
      // hasher at once; what matters is that those past 1 running + 2 waiting are refused.
      expect(overloaded.length).toBeGreaterThanOrEqual(5);
      expect(overloaded[0]!.json().error.code).toBe('OVERLOADED');
      expect(overloaded[0]!.headers['retry-after']).toBeDefined();
      expect(responses.filter((r) => r.statusCode === 401).length).toBeGreaterThanOrEqual(3);

      // Refused at once, not after waiting in a queue: every 503 comes back before the slowest
      // admitted login (which waited for the hashes ahead of it). The absolute bound is far below
      // a client's timeout but loose enough for a loaded 2-core CI machine.
      const slowest = (status: number) =>
        Math.max(...timed.filter((r) => r.response.statusCode === status).map((r) => r.ms));
      expect(slowest(503)).toBeLessThan(slowest(401));
      expect(slowest(503)).toBeLessThan(5000);
    } finally {
      await stormy.close();
    }
  });
});
