import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { withTimeout } from '../lifecycle/with-timeout.js';
import { lockEmbeddedDatabase, type EmbeddedLock } from './embedded-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';
import { typeParsers } from './type-parsers.js';

export type DatabaseKind = 'embedded' | 'postgres';

export type PoolStats = { total: number; idle: number; waiting: number };

/** The application's handle on its database, whichever engine runs underneath. */
export type Database = {
  kind: DatabaseKind;
  db: Kysely<DB>;
  ping(timeoutMs?: number): Promise<void>;
  poolStats(): PoolStats;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolMax: number; statementTimeoutMs: number; applicationName?: string }
  | { kind: 'embedded'; dataDir: string | 'memory' };

const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function openPostgres(options: Extract<DatabaseOptions, { kind: 'postgres' }>): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
    statement_timeout: options.statementTimeoutMs,
    application_name: options.applicationName ?? 'promata-api',
    types: pgTypes,
  });
  // An idle client losing its server (failover, restart) must not crash the process; the pool
  // discards it and the next checkout reconnects.
  pool.on('error', () => undefined);
  // Same for a client that is checked out but between queries (inside a transaction) when its
  // connection drops: pg emits 'error' on the client, and with no listener Node kills the process.
  // The pending or next query on it rejects instead, and the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    ping: (timeoutMs = 2000) =>
      withTimeout(
        sql`select 1`.execute(db).then(() => undefined),
        timeoutMs,
        'PostgreSQL',
      ),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

async function openEmbedded(options: Extract<DatabaseOptions, { kind: 'embedded' }>): Promise<Database> {
  let dataDir: string | undefined;
  let lock: EmbeddedLock | undefined;
  if (options.dataDir !== 'memory') {
    mkdirSync(options.dataDir, { recursive: true });
    dataDir = join(options.dataDir, 'pglite');
    // Before PGlite touches the folder: a second process on it would corrupt it.
    lock = await lockEmbeddedDatabase(options.dataDir);
  }
  try {
    // PGlite (a WebAssembly PostgreSQL) is loaded only for the embedded database: a replica on
    // PostgreSQL never pays for it. pglite-dialect.ts imports its types only, so this is the one load.
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(dataDir, { parsers: typeParsers });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return {
      kind: 'embedded',
      db,
      ping: (timeoutMs = 2000) =>
        withTimeout(
          sql`select 1`.execute(db).then(() => undefined),
          timeoutMs,
          'PGlite',
        ),
      poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
      close: async () => {
        try {
          await db.destroy();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Opens PostgreSQL when a URL is configured, otherwise the embedded PGlite under DATA_DIR. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options) : openEmbedded(options);
}
