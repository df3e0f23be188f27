import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtMain, startBuiltApp, type BuiltApp } from '../../../../test-support/built-app.js';
import {
  createTestDatabase,
  requireTestEnv,
  testRedisPrefix,
  type TestDatabase,
} from '../../../../test-support/services.js';

describe('the production build on the embedded defaults', () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(() => app.stop());

  it('is ready, serves the web app, the API, the docs and metrics from one URL', async () => {
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    const info = (await (await fetch(`${app.url}/api/v1/info`)).json()) as { storage: unknown };
    expect(info.storage).toEqual({ database: 'embedded', sessions: 'in-process' });

    const home = await fetch(`${app.url}/`);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const html = await home.text();
    expect(html).toContain('<div id="root">');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${app.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');

    // Client-side routes get the app; unknown API paths get a JSON 404.
    expect(await (await fetch(`${app.url}/experiences/some-trail`)).text()).toContain('<div id="root">');
    const apiMiss = await fetch(`${app.url}/api/v1/missing`);
    expect(apiMiss.status).toBe(404);
    expect(((await apiMiss.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');

    expect((await fetch(`${app.url}/docs/json`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/metrics`)).text()).toContain('http_request_duration_seconds');
  });

  it('seeded the demo on first start and told the operator how to log in, without logging the password', async () => {
    const output = app.output();
    const line = /Demo staff \(ADMIN\):\s+(\S+)\s+password: (\S+)/.exec(output);
    expect(line?.[1]).toBe('equipe@demo.promata.local');
    const password = line![2]!;
    expect(output.split('\n').filter((l) => l.includes(password))).toHaveLength(1);
  });

  it('drains and exits 0 on SIGTERM', async () => {
    const second = await startBuiltApp();
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(second.output()).not.toMatch(/shutdown (timed out|failed)/);
  });
});

describe('the production build restarted on the same DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'promata-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the embedded data after SIGTERM and does not seed the demo again', async () => {
    const experiencesTotal = async (url: string) =>
      ((await (await fetch(`${url}/api/v1/experiences`)).json()) as { total: number }).total;
    const first = await startBuiltApp({ DATA_DIR: dataDir }, 60_000);
    let guest: RegExpExecArray | null;
    let total: number;
    try {
      guest = /Demo visitor:\s+(\S+)\s+password: (\S+)/.exec(first.output());
      expect(guest).not.toBeNull();
      total = await experiencesTotal(first.url);
      expect(total).toBeGreaterThan(0);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);

    const second = await startBuiltApp({ DATA_DIR: dataDir }, 60_000);
    try {
      expect(second.output()).not.toContain('Demo staff');
      expect(await experiencesTotal(second.url)).toBe(total);
      // The visitor seeded by the first run still signs in with the password it printed.
      const login = await fetch(`${second.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: guest![1], password: guest![2] }),
      });
      expect(login.status, await login.clone().text()).toBe(200);
      expect(((await login.json()) as { accessToken?: string }).accessToken).toBeTruthy();
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
  }, 120_000);
});

describe('the production build against real PostgreSQL and Redis', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase({ migrate: false });
  });
  afterAll(() => testDb.drop());

  it('migrates on start, reports postgres + redis, and never seeds demo data there', async () => {
    const app = await startBuiltApp({
      NODE_ENV: 'production',
      DATABASE_URL: testDb.url,
      REDIS_URL: requireTestEnv('TEST_REDIS_URL'),
      REDIS_KEY_PREFIX: testRedisPrefix(),
      JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      // Never contacted by this test: nothing here sends mail.
      SMTP_URL: 'smtp://127.0.0.1:1',
      SERVE_WEB: 'false',
    });
    try {
      const info = (await (await fetch(`${app.url}/api/v1/info`)).json()) as { environment: string; storage: unknown };
      expect(info).toMatchObject({ environment: 'production', storage: { database: 'postgres', sessions: 'redis' } });
      const users = await testDb.database.db.selectFrom('users').select('id').execute();
      expect(users).toHaveLength(0);
      expect(app.output()).not.toContain(testDb.url);
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });

  it('refuses to start in production without DATABASE_URL, REDIS_URL and JWT_SECRET', () => {
    const result = spawnSync(process.execPath, [builtMain], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('DATABASE_URL: required when NODE_ENV=production');
    expect(result.stderr).toContain('REDIS_URL: required when NODE_ENV=production');
    expect(result.stderr).toContain('JWT_SECRET: required when NODE_ENV=production');
  });
});
