import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/api/src/platform/db/database.js';
import { migrate } from '../apps/api/src/platform/db/migrator.js';

/** Reads a variable that `npm test` provides; a clear message when a test runs outside it. */
export function requireTestEnv(
  name: 'TEST_DATABASE_ADMIN_URL' | 'TEST_DATABASE_PREFIX' | 'TEST_REDIS_URL' | 'TEST_REDIS_PREFIX',
): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests with \`npm test\`, which provides PostgreSQL and Redis`);
  return value;
}

export type TestDatabase = { url: string; name: string; database: Database; drop(): Promise<void> };

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireTestEnv('TEST_DATABASE_ADMIN_URL') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty PostgreSQL database for one test file (migrated unless told otherwise), on the
 * server `npm test` found. Its name carries the run's prefix, so the runner drops it even if the
 * test crashes before `drop`.
 */
export async function createTestDatabase(options: { migrate?: boolean; poolMax?: number } = {}): Promise<TestDatabase> {
  const name = `${requireTestEnv('TEST_DATABASE_PREFIX')}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(requireTestEnv('TEST_DATABASE_ADMIN_URL'));
  url.pathname = `/${name}`;
  const database = await openDatabase({
    kind: 'postgres',
    url: url.toString(),
    poolMax: options.poolMax ?? 5,
    statementTimeoutMs: 10_000,
    applicationName: 'promata-test',
  });
  if (options.migrate !== false) await migrate(database.db);
  return {
    url: url.toString(),
    name,
    database,
    async drop() {
      await database.close();
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** A Redis key prefix of its own for one test file, under the run's prefix the runner cleans up. */
export function testRedisPrefix(): string {
  return `${requireTestEnv('TEST_REDIS_PREFIX')}${randomBytes(4).toString('hex')}:`;
}
