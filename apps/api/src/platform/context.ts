import type { Logger } from 'pino';
import { createSessionStore, type SessionStore } from '../modules/auth/session-store.js';
import { createPasswordHasher, type PasswordHasher } from './auth/password-hasher.js';
import type { Config } from './config/load-config.js';
import { resolveSecrets, type Secrets } from './config/secrets.js';
import type { Database } from './db/database.js';
import { createRateLimiter, type RateLimiter } from './http/rate-limiter.js';
import type { KeyValueStore } from './kv/key-value-store.js';
import type { Mailer } from './mail/mailer.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import type { ObjectStorage } from './storage/object-storage.js';

/**
 * What route plugins and use-cases receive: the configuration and the shared services of this
 * process. Built once at start and passed down explicitly, never imported as globals, so tests
 * build the same app against their own databases.
 */
export type AppContext = {
  config: Config;
  logger: Logger;
  database: Database;
  kv: KeyValueStore;
  mailer: Mailer;
  storage: ObjectStorage;
  secrets: Secrets;
  metrics: Metrics;
  sessions: SessionStore;
  passwords: PasswordHasher;
  rateLimiter: RateLimiter;
  version: string;
  /** Set when SIGTERM arrives: readiness turns 503 so load balancers stop sending new work. */
  lifecycle: { draining: boolean };
};

export type Connections = Pick<AppContext, 'config' | 'logger' | 'database' | 'kv' | 'mailer' | 'storage' | 'version'>;

/** Derives the per-process services from the open connections; the single place they are wired. */
export function createAppContext(connections: Connections): AppContext {
  const { config, kv, database } = connections;
  const sessions = createSessionStore(kv, config.REFRESH_TOKEN_TTL_DAYS * 86_400);
  const metrics = createMetrics({ poolStats: database.poolStats, liveSessions: sessions.countLive });
  return {
    ...connections,
    secrets: resolveSecrets(config),
    metrics,
    sessions,
    passwords: createPasswordHasher({
      concurrency: config.PASSWORD_HASH_CONCURRENCY,
      queueMax: config.PASSWORD_HASH_QUEUE_MAX,
    }),
    rateLimiter: createRateLimiter(kv, (rule) => metrics.rateLimitHits.inc({ limit: rule.name })),
    lifecycle: { draining: false },
  };
}
