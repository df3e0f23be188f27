import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/platform/kv/redis-store.js';
import { buildTestApp, type TestApp } from '../../../../test-support/test-app.js';
import {
  createTestDatabase,
  requireTestEnv,
  testRedisPrefix,
  type TestDatabase,
} from '../../../../test-support/services.js';
import { memoryLogger } from '../../../../test-support/memory-logger.js';
import { createTestUser, login, totpCode, type LoggedIn, type TestUser } from '../../../../test-support/accounts.js';
import { accountCases } from './authorization-matrix-account-cases.js';
import { catalogueCases } from './authorization-matrix-catalogue-cases.js';
import { callers, matrixFixtures, type Caller, type Case, type Cell } from './authorization-matrix-support.js';

/**
 * Every route (the API's and the operations endpoints outside it) × every kind of caller, with the
 * status each must get. The table is checked against the app's route list: a new route fails this
 * test until it has a row. Rows live in the *-cases files; this file runs them.
 */
const metricsToken = 'scraper-token-for-the-matrix';
const f = matrixFixtures();
const matrix: Record<string, Case> = { ...accountCases(f), ...catalogueCases(f) };

describe('authorisation matrix (every route × every caller, PostgreSQL + Redis)', () => {
  let testDb: TestDatabase;
  let t: TestApp;

  const fresh = async (role: TestUser['role'] = 'GUEST') => createTestUser(t.context, { role });

  async function callerCell(caller: Caller): Promise<Cell> {
    if (caller === 'anonymous') return { caller };
    const role =
      caller === 'owner' || caller === 'guest'
        ? 'GUEST'
        : caller === 'professor'
          ? 'PROFESSOR'
          : caller === 'root'
            ? 'ROOT'
            : 'ADMIN';
    const mfa = caller === 'admin' || caller === 'root';
    const user = await createTestUser(t.context, { role, mfa });
    const session = await login(t.app, user, mfa ? totpCode(user.totpSecret!) : undefined);
    return { caller, user, session };
  }

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const kv = createRedisStore({
      url: requireTestEnv('TEST_REDIS_URL'),
      keyPrefix: testRedisPrefix(),
      logger: memoryLogger().logger,
    });
    await kv.waitUntilConnected(5000);
    // The web app is served too (from a one-file build), so its routes are in the table as well.
    const webDist = mkdtempSync(join(tmpdir(), 'promata-matrix-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Pró-Mata</title>');
    t = await buildTestApp(
      { database: testDb.database, kv },
      { METRICS_TOKEN: metricsToken, SERVE_WEB: 'true', WEB_DIST_DIR: webDist },
    );
    f.use(t);
  });
  afterAll(async () => {
    await t.app.close();
    await t.context.kv.close();
    await testDb.drop();
  });

  it('has a row for every route, and no row for a route that does not exist', () => {
    const routes = t.app.routeAccess.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(matrix).sort()).toEqual(routes);
  });

  it('routes outside /api/ are recorded with their access, and /metrics opens to the scraper token only', async () => {
    const outside = t.app.routeAccess.filter((r) => !r.url.startsWith('/api/'));
    expect(outside.map((r) => r.url)).toEqual(expect.arrayContaining(['/metrics', '/health/live', '/docs/json']));
    expect(new Set(outside.map((r) => r.access))).toEqual(new Set(['public']));
    const scrape = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${metricsToken}` } });
    expect(scrape.statusCode).toBe(200);
  });

  for (const [route, testCase] of Object.entries(matrix)) {
    it(route, async () => {
      const [method, path] = route.split(' ') as [InjectOptions['method'], string];
      const results: Partial<Record<Caller, number>> = {};
      for (const caller of callers) {
        const cell = await callerCell(caller);
        const { url, headers, ...rest } = await testCase.request(cell);
        const response = await t.app.inject({
          method,
          url: url ?? path,
          ...rest,
          headers: { ...(headers as Record<string, string> | undefined), ...(cell.session?.headers ?? {}) },
          remoteAddress: `198.51.100.${callers.indexOf(caller) + 1}`,
        });
        results[caller] = response.statusCode;
      }
      expect(results).toEqual(testCase.expect);
    });
  }

  it('ADMIN manages visitors and professors but never ROOT or other ADMINs; nobody changes their own role', async () => {
    const admin = await callerCell('admin');
    const root = await callerCell('root');
    const otherAdmin = await fresh('ADMIN');
    const aRoot = await fresh('ROOT');
    const patch = (session: LoggedIn, id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: session.headers });

    expect((await patch(admin.session!, otherAdmin.id, { active: false })).statusCode).toBe(403);
    expect((await patch(admin.session!, aRoot.id, { role: 'GUEST' })).statusCode).toBe(403);
    expect((await patch(admin.session!, (await fresh()).id, { role: 'ADMIN' })).statusCode).toBe(403);
    expect((await patch(admin.session!, admin.user!.id, { role: 'ROOT' })).statusCode).toBe(403);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: `${randomUUID()}@example.org`, name: 'X', role: 'ADMIN' },
      headers: admin.session!.headers,
    });
    expect(invite.statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${aRoot.id}`, headers: admin.session!.headers }))
        .statusCode,
    ).toBe(403);

    expect((await patch(root.session!, otherAdmin.id, { role: 'GUEST' })).statusCode).toBe(200);
    expect((await patch(root.session!, root.user!.id, { role: 'GUEST' })).statusCode).toBe(403);
    expect((await patch(root.session!, randomUUID(), { active: false })).statusCode).toBe(404);
  });

  it('a user can never raise their own role or verification state through their profile', async () => {
    const guest = await callerCell('guest');
    for (const payload of [
      { role: 'ADMIN' },
      { emailVerified: true },
      { email: 'other@example.org' },
      { name: 'Ok', role: 'ROOT' },
    ]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        payload,
        headers: guest.session!.headers,
      });
      expect([response.statusCode, response.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const me = await t.app.inject({ url: '/api/v1/me', headers: guest.session!.headers });
    expect(me.json()).toMatchObject({ role: 'GUEST', email: guest.user!.email });
  });
});
