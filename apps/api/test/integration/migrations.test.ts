import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { migrate, MigrationDriftError, readMigrations } from '../../src/platform/db/migrator.js';
import type { DB } from '../../src/platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/services.js';

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
  column_default: string | null;
};

async function schemaOf(db: Kysely<DB>) {
  const columns = await sql<Column>`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = 'public'
    order by table_name, ordinal_position`.execute(db);
  // NOT NULL is compared through the columns: PostgreSQL 18 (PGlite) also lists it in pg_constraint.
  const constraints = await sql<{ conname: string; def: string }>`
    select conname, pg_get_constraintdef(oid) as def from pg_constraint
    where connamespace = 'public'::regnamespace and contype <> 'n' order by conname`.execute(db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`.execute(db);
  return { columns: columns.rows, constraints: constraints.rows, indexes: indexes.rows };
}

describe('migrations on PGlite and on real PostgreSQL', () => {
  let embedded: Database;
  let postgres: TestDatabase;

  beforeAll(async () => {
    embedded = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    postgres = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await embedded.close();
    await postgres.drop();
  });

  it('apply every migration on both engines, then find nothing to do', async () => {
    const all = readMigrations().map((m) => m.version);
    expect(all.length).toBeGreaterThan(0);
    expect(await migrate(embedded.db)).toEqual(all);
    expect(await migrate(postgres.database.db)).toEqual(all);
    expect(await migrate(embedded.db)).toEqual([]);
    expect(await migrate(postgres.database.db)).toEqual([]);
  });

  it('produce the same schema on both engines', async () => {
    const [a, b] = await Promise.all([schemaOf(embedded.db), schemaOf(postgres.database.db)]);
    expect(a.columns.length).toBeGreaterThan(10);
    expect(a).toEqual(b);
  });

  it('refuse a migration edited after it was applied', async () => {
    const [first, ...rest] = readMigrations();
    const edited = [{ ...first!, checksum: 'edited' }, ...rest];
    await expect(migrate(postgres.database.db, edited)).rejects.toBeInstanceOf(MigrationDriftError);
  });

  it('leave the schema untouched when a migration fails halfway', async () => {
    const broken = [
      ...readMigrations(),
      { version: '9998_ok_part', sql: 'create table half_done (id int);', checksum: 'a' },
      { version: '9999_broken', sql: 'create table nope (id int); select * from no_such_table;', checksum: 'b' },
    ];
    await expect(migrate(postgres.database.db, broken)).rejects.toThrow(/no_such_table/);
    const leftovers = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_name in ('half_done', 'nope')`.execute(
      postgres.database.db,
    );
    expect(leftovers.rows[0]?.n).toBe(0);
    const versions = await postgres.database.db.selectFrom('schema_migrations').select('version').execute();
    expect(versions.map((v) => v.version)).not.toContain('9998_ok_part');
  });

  it('let replicas starting together migrate one at a time', async () => {
    const fresh = await createTestDatabase({ migrate: false, poolMax: 4 });
    try {
      const results = await Promise.all([
        migrate(fresh.database.db),
        migrate(fresh.database.db),
        migrate(fresh.database.db),
      ]);
      const all = readMigrations().map((m) => m.version);
      expect(results.filter((applied) => applied.length > 0)).toEqual([all]);
    } finally {
      await fresh.drop();
    }
  });
});
