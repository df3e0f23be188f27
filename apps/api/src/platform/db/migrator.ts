import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { defaultMigrationsDir } from '../config/package-paths.js';
import type { DB } from './schema.js';

export type Migration = { version: string; sql: string; checksum: string };

const migrationFile = /^(\d{4}_[a-z0-9_]+)\.sql$/;
/** Any constant works; it only has to be the same for every replica so they migrate one at a time. */
const migrationLockKey = 7_246_351_001;

export function readMigrations(dir = defaultMigrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((name) => migrationFile.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return {
        version: name.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export class MigrationDriftError extends Error {
  constructor(version: string) {
    super(`Migration ${version} was changed after it was applied; add a new migration instead of editing it`);
    this.name = 'MigrationDriftError';
  }
}

/**
 * Applies pending migrations in one transaction under an advisory lock: replicas starting together
 * wait for each other, and a failing migration leaves the schema exactly as it was.
 */
export async function migrate(db: Kysely<DB>, migrations = readMigrations()): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${migrationLockKey})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      version text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const applied = new Map(
      (await trx.selectFrom('schema_migrations').select(['version', 'checksum']).execute()).map((row) => [
        row.version,
        row.checksum,
      ]),
    );
    const pending: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) throw new MigrationDriftError(migration.version);
        continue;
      }
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, checksum: migration.checksum })
        .execute();
      pending.push(migration.version);
    }
    return pending;
  });
}
