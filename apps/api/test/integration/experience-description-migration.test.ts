import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { migrate, readMigrations } from '../../src/platform/db/migrator.js';
import type { DB } from '../../src/platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/services.js';

const target = '0008_experience_description_required';

/** Rows as the API allowed them before 0008: blank Portuguese descriptions among real ones. */
async function insertLegacyRows(db: Kysely<DB>): Promise<void> {
  await db
    .insertInto('experiences')
    .values([
      { category: 'HOSTING', name_pt: 'Cabana vazia', description_pt: '', capacity: 2, price_cents: 0 },
      {
        category: 'HOSTING',
        name_pt: 'Cabana em branco',
        description_pt: '   ',
        description_en: 'A cabin with an English text only.',
        capacity: 2,
        price_cents: 0,
      },
      { category: 'HOSTING', name_pt: 'Cabana descrita', description_pt: 'Perto do rio.', capacity: 2, price_cents: 0 },
    ])
    .execute();
}

// ADR 0044: 0008 gives blank Portuguese descriptions the Portuguese name, then the table refuses
// a blank one. Run on both engines from a database that has the rows 0008 must repair.
describe.each(['PGlite', 'PostgreSQL'] as const)('migration %s: pt-BR description required', (engine) => {
  let db: Kysely<DB>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    if (engine === 'PGlite') {
      const embedded: Database = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
      db = embedded.db;
      close = () => embedded.close();
    } else {
      const postgres: TestDatabase = await createTestDatabase({ migrate: false });
      db = postgres.database.db;
      close = () => postgres.drop();
    }
    expect(readMigrations().map((migration) => migration.version)).toContain(target);
    await migrate(
      db,
      readMigrations().filter((migration) => migration.version < target),
    );
    await insertLegacyRows(db);
    expect(await migrate(db)).toContain(target);
  });
  afterAll(() => close());

  it('fills blank Portuguese descriptions with the Portuguese name and keeps real ones', async () => {
    const rows = await db
      .selectFrom('experiences')
      .select(['name_pt', 'description_pt', 'description_en'])
      .orderBy('name_pt')
      .execute();
    expect(rows).toEqual([
      {
        name_pt: 'Cabana descrita',
        description_pt: 'Perto do rio.',
        description_en: null,
      },
      {
        name_pt: 'Cabana em branco',
        description_pt: 'Cabana em branco',
        description_en: 'A cabin with an English text only.',
      },
      { name_pt: 'Cabana vazia', description_pt: 'Cabana vazia', description_en: null },
    ]);
  });

  it('then refuses a blank or missing Portuguese description, whatever code writes it', async () => {
    const insert = (values: { description_pt: string }) =>
      db
        .insertInto('experiences')
        .values({ category: 'HOSTING', name_pt: 'Nova', capacity: 1, price_cents: 0, ...values })
        .execute();
    await expect(insert({ description_pt: ' \t ' })).rejects.toThrow(/experiences_description_pt_present/);
    // Without the column: the default is gone, so the NOT NULL refuses it.
    await expect(
      sql`insert into experiences (category, name_pt, capacity, price_cents) values ('HOSTING', 'Nova', 1, 0)`.execute(
        db,
      ),
    ).rejects.toThrow(/description_pt/);
    await expect(
      db.updateTable('experiences').set({ description_pt: '' }).where('name_pt', '=', 'Cabana descrita').execute(),
    ).rejects.toThrow(/experiences_description_pt_present/);
    await insert({ description_pt: 'Uma descrição.' });
  });
});
