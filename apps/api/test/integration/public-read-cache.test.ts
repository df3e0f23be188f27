import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, loginWithMfa } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience } from '../support/catalogue.js';

// The in-process micro-cache of anonymous public reads (platform/http/public-read-cache.ts), with
// a long TTL so that only invalidation, never expiry, can change an answer during the test.

describe('public read cache', () => {
  let t: IntegrationApp;
  const db = () => t.testDb.database.db;
  const names = async (headers: Record<string, string> = {}) =>
    (
      (await t.app.inject({ url: '/api/v1/experiences?pageSize=100', headers })).json() as {
        items: { name: { pt: string } }[];
      }
    ).items.map((item) => item.name.pt);

  beforeAll(async () => {
    t = await startIntegrationApp({ PUBLIC_READ_CACHE_MS: '15000' });
  });
  afterAll(async () => t.close());

  it('serves anonymous readers the same answer until a write goes through this process', async () => {
    await insertExperience(db(), { name_pt: 'Trilha antiga', active: true });
    const first = await t.app.inject({ url: '/api/v1/experiences?pageSize=100' });
    expect(first.statusCode).toBe(200);
    expect(await names()).toEqual(['Trilha antiga']);

    // A row written behind the API's back: anonymous readers keep the cached answer...
    await insertExperience(db(), { name_pt: 'Trilha nova', active: true });
    const cached = await t.app.inject({ url: '/api/v1/experiences?pageSize=100' });
    expect(cached.body).toBe(first.body);
    expect(cached.headers.etag).toBe(first.headers.etag);
    expect(cached.headers['cache-control']).toBe('public, max-age=60');
    const revalidated = await t.app.inject({
      url: '/api/v1/experiences?pageSize=100',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);

    // ...while a signed-in reader always runs the query.
    const staff = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
    expect(await names({ authorization: `Bearer ${staff.accessToken}` })).toEqual(
      expect.arrayContaining(['Trilha antiga', 'Trilha nova']),
    );

    // Any successful write through this process empties the cache.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/forgot',
      payload: { email: 'nobody@example.org' },
    });
    expect(write.statusCode).toBe(202);
    expect(await names()).toEqual(expect.arrayContaining(['Trilha antiga', 'Trilha nova']));
  });
});
