import type { Logger } from 'pino';
import type { Config } from './config/load-config.js';
import { apiVersion } from './config/package-paths.js';
import { createAppContext, type AppContext } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrator.js';
import type { KeyValueStore } from './kv/key-value-store.js';
import { createMemoryStore } from './kv/memory-store.js';
import { createRedisStore } from './kv/redis-store.js';
import { createMailer } from './mail/create-mailer.js';
import { createObjectStorage } from './storage/create-object-storage.js';

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({
        kind: 'postgres',
        url: config.DATABASE_URL,
        poolMax: config.DATABASE_POOL_MAX,
        statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      })
    : openDatabase({ kind: 'embedded', dataDir: config.DATA_DIR });
}

export function openConfiguredStore(config: Config, logger: Logger): KeyValueStore {
  return config.REDIS_URL
    ? createRedisStore({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, logger })
    : createMemoryStore();
}

/**
 * Opens the connections of one API process and applies pending migrations when configured to.
 * The returned context owns them: `closePlatform` releases everything.
 */
export async function openPlatform(config: Config, logger: Logger): Promise<AppContext> {
  const database = await openConfiguredDatabase(config);
  const kv = openConfiguredStore(config, logger);
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dataDir: config.DATA_DIR, logger });
  try {
    // A replica may start before Redis; it then serves with readiness 503 until Redis answers.
    if (!(await kv.waitUntilConnected(5000)))
      logger.warn('Redis is not reachable yet; readiness stays 503 until it is');
    if (config.MIGRATE_ON_START) {
      const applied = await migrate(database.db);
      if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
    }
  } catch (error) {
    await Promise.allSettled([database.close(), kv.close(), mailer.close()]);
    throw error;
  }
  const storage = createObjectStorage(config);
  return createAppContext({ config, logger, database, kv, mailer, storage, version: apiVersion() });
}

export async function closePlatform(context: AppContext): Promise<void> {
  await Promise.allSettled([context.database.close(), context.kv.close(), context.mailer.close()]);
}
