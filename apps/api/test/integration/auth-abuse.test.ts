import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import type { TestDatabase } from '../../../../test-support/services.js';
import { createTestUser } from '../../../../test-support/accounts.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
  });

  it('limits sign-ups per IP', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email: `spam-${i}@example.org`, password: 'a fine passphrase', name: 'Spam' },
        remoteAddress: ip,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([...Array(10).fill(202), 429]);
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
    const tokens = await testDb.database.db
      .selectFrom('account_tokens')
      .select('id')
      .where('user_id', '=', user.id)
      .where('purpose', '=', 'RESET_PASSWORD')
      .execute();
    expect(tokens).toHaveLength(3);
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
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          stormy.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: user.email, password: `wrong-${i}` },
            remoteAddress: freshIp(),
          }),
        ),
      );
      const overloaded = responses.filter((r) => r.statusCode === 503);
      // inject() interleaves the requests with their Redis round trips, so not all 20 reach the
      // hasher at once; what matters is that those past 1 running + 2 waiting are refused.
      expect(overloaded.length).toBeGreaterThanOrEqual(5);
      expect(overloaded[0]!.json().error.code).toBe('OVERLOADED');
      expect(overloaded[0]!.headers['retry-after']).toBeDefined();
      expect(responses.filter((r) => r.statusCode === 401).length).toBeGreaterThanOrEqual(3);
    } finally {
      await stormy.close();
    }
  });
});
