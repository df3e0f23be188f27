import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/platform/config/load-config.js';
import { createAppContext, type AppContext } from '../apps/api/src/platform/context.js';
import type { Database } from '../apps/api/src/platform/db/database.js';
import type { KeyValueStore } from '../apps/api/src/platform/kv/key-value-store.js';
import { createMailer } from '../apps/api/src/platform/mail/create-mailer.js';
import type { Mailer } from '../apps/api/src/platform/mail/mailer.js';
import { createObjectStorage } from '../apps/api/src/platform/storage/create-object-storage.js';
import { createRedisStore } from '../apps/api/src/platform/kv/redis-store.js';
import { memoryLogger } from './memory-logger.js';
import { createTestDatabase, requireTestEnv, testRedisPrefix, type TestDatabase } from './services.js';

export type TestApp = { app: FastifyInstance; context: AppContext; logs: ReturnType<typeof memoryLogger> };

/** Fixed test keys: tests never depend on a generated secrets file. */
const testSecrets = {
  JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
};

/**
 * The real application on the given database and store, configured from `env` exactly as the
 * process would be (defaults for the rest), without listening: use `app.inject` or `app.listen`.
 * Files and `.eml` mails go to a fresh temporary DATA_DIR unless `env` says otherwise; pass
 * `SMTP_URL` (e.g. from the SMTP sink) to receive mails. `extend` adds test-only routes.
 */
export async function buildTestApp(
  deps: { database: Database; kv: KeyValueStore; mailer?: Mailer },
  env: Record<string, string> = {},
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SERVE_WEB: 'false',
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'promata-test-app-')),
    // Tests write rows behind the API's back and read them back at once; the cache has its own test.
    PUBLIC_READ_CACHE_MS: '0',
    ...testSecrets,
    ...env,
  });
  const logs = memoryLogger();
  const context = createAppContext({
    config,
    logger: logs.logger,
    ...deps,
    mailer:
      deps.mailer ??
      createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dataDir: config.DATA_DIR, logger: logs.logger }),
    storage: createObjectStorage(config),
    version: '0.0.0-test',
  });
  const app = await buildApp(context, logs.logger);
  extend?.(app);
  await app.ready();
  return { app, context, logs };
}

export type IntegrationApp = TestApp & { testDb: TestDatabase; close(): Promise<void> };

/**
 * The usual integration setup: a fresh migrated PostgreSQL database, a Redis store under a fresh
 * key prefix, and the app on both. `close` releases all of it.
 */
export async function startIntegrationApp(env: Record<string, string> = {}): Promise<IntegrationApp> {
  // The app's pool size, as the process would configure it (concurrency tests want several connections).
  const testDb = await createTestDatabase(env.DATABASE_POOL_MAX ? { poolMax: Number(env.DATABASE_POOL_MAX) } : {});
  const kv = createRedisStore({
    url: requireTestEnv('TEST_REDIS_URL'),
    keyPrefix: testRedisPrefix(),
    logger: memoryLogger().logger,
  });
  if (!(await kv.waitUntilConnected(5000))) throw new Error('Redis did not connect within 5 s');
  const t = await buildTestApp({ database: testDb.database, kv }, env);
  return {
    ...t,
    testDb,
    async close() {
      await t.app.close();
      await t.context.mailer.close();
      await kv.close();
      await testDb.drop();
    },
  };
}
