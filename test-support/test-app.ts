import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/platform/config/load-config.js';
import type { AppContext } from '../apps/api/src/platform/context.js';
import type { Database } from '../apps/api/src/platform/db/database.js';
import type { KeyValueStore } from '../apps/api/src/platform/kv/key-value-store.js';
import { memoryLogger } from './memory-logger.js';

export type TestApp = { app: FastifyInstance; context: AppContext; logs: ReturnType<typeof memoryLogger> };

/**
 * The real application on the given database and store, configured from `env` exactly as the
 * process would be (defaults for the rest), without listening: use `app.inject` or `app.listen`.
 * `extend` adds test-only routes before the app is sealed.
 */
export async function buildTestApp(
  deps: { database: Database; kv: KeyValueStore },
  env: Record<string, string> = {},
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', SERVE_WEB: 'false', LOG_LEVEL: 'info', ...env });
  const context: AppContext = { config, ...deps, version: '0.0.0-test', lifecycle: { draining: false } };
  const logs = memoryLogger();
  const app = await buildApp(context, logs.logger);
  extend?.(app);
  await app.ready();
  return { app, context, logs };
}
