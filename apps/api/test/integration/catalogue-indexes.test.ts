import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupancyQuery } from '../../src/modules/availability/occupancy-query.js';
import { listClosures } from '../../src/modules/closures/list-closures.js';
import { listExperiences } from '../../src/modules/experiences/list-experiences.js';
import type { AppContext } from '../../src/platform/context.js';
import type { DB } from '../../src/platform/db/schema.js';
import { typeParsers } from '../../src/platform/db/type-parsers.js';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/services.js';
import { insertExperience } from '../support/catalogue.js';

/**
 * Proof that the catalogue's filters and the availability statement can use their indexes, on real
 * PostgreSQL. Experiences get a few thousand analysed rows; the other tables stay tiny, where the
 * planner would rightly read them whole, so `enable_seqscan = off` (inside the transaction only)
 * leaves a sequential scan only where no index applies, which is what these assertions look for. The queries are the ones the use-cases send,
 * recorded through Kysely's log.
 */
describe('catalogue indexes (EXPLAIN on PostgreSQL)', () => {
  let testDb: TestDatabase;
  let recording: Kysely<DB>;
  const recorded: CompiledQuery[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const pool = new pg.Pool({
      connectionString: testDb.url,
      max: 2,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    recording = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        if (event.level === 'query') recorded.push(event.query);
      },
    });
    await insertExperience(recording, { name_pt: 'Trilha das Araucárias' });
    // A catalogue large enough for the planner's statistics to mean something.
    await sql`
      insert into experiences (category, name_pt, description_pt, capacity, price_cents, active)
      select (array['HOSTING', 'LABORATORY'])[1 + g % 2], 'Experiência ' || g, 'Descrição número ' || g, 10, 1000, g % 4 <> 0
      from generate_series(1, 3000) as g`.execute(recording);
    await sql`analyze experiences`.execute(recording);
  });
  afterAll(async () => {
    await recording.destroy();
    await testDb.drop();
  });

  async function plansOf(run: () => Promise<unknown>): Promise<string[]> {
    recorded.length = 0;
    await run();
    // A page and its count run at once and are logged as they finish: the page is put first.
    const queries = [...recorded];
    const isCount = (index: number) => /^select count\(/i.test(queries[index]?.sql.trim() ?? '');
    if (isCount(0) && queries.length > 1 && !isCount(1)) queries.unshift(...queries.splice(1, 1));
    return recording.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const plans: string[] = [];
      for (const query of queries) {
        const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
        );
        plans.push(result.rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return plans;
    });
  }

  const context = () => ({ database: { db: recording } }) as unknown as AppContext;
  const page = { page: 1, pageSize: 20 };

  it('public catalogue: active experiences in name order through experiences_active_order_idx', async () => {
    const [list, count] = await plansOf(() => listExperiences(context(), undefined, page));
    expect(list).toContain('experiences_active_order_idx');
    expect(list).not.toMatch(/Seq Scan on experiences/);
    expect(count).not.toMatch(/Seq Scan on experiences/);
  });

  it('category filter through experiences_category_active_idx (or the order index)', async () => {
    const [list] = await plansOf(() => listExperiences(context(), undefined, { ...page, category: 'TRAIL' }));
    expect(list).toMatch(/experiences_(category_active|active_order)_idx/);
    expect(list).not.toMatch(/Seq Scan on experiences/);
  });

  it('text search through the GIN index experiences_search_idx', async () => {
    const [list, count] = await plansOf(() => listExperiences(context(), undefined, { ...page, q: 'arauc' }));
    expect(list).toContain('experiences_search_idx');
    expect(count).toContain('experiences_search_idx');
  });

  it('the covers of a page through experience_images_position_key', async () => {
    const plans = await plansOf(() => listExperiences(context(), undefined, page));
    expect(plans.at(-1)).toContain('experience_images_position_key');
  });

  it('availability: booking lines by (experience, end date), bookings by key, closures by (experience, end)', async () => {
    const ids = ['6b1f5a8e-0000-4000-8000-000000000001', '6b1f5a8e-0000-4000-8000-000000000002'];
    const [plan] = await plansOf(() => occupancyQuery(ids, '2030-01-01', '2030-03-03').execute(recording));
    expect(plan).toContain('booking_lines_experience_dates_idx');
    expect(plan).toContain('bookings_pkey');
    expect(plan).toMatch(/closures_(experience_ends_on|ends_on)_idx/);
    for (const table of ['booking_lines', 'bookings', 'closures', 'experiences']) {
      expect(plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
    }
  });

  it('upcoming closures through closures_ends_on_idx', async () => {
    const [list] = await plansOf(() => listClosures(context(), undefined, page));
    expect(list).toContain('closures_ends_on_idx');
  });

  it('bookings by status (the staff inbox of the next issue) through bookings_status_idx', async () => {
    const [plan] = await plansOf(() =>
      recording.selectFrom('bookings').select('id').where('status', '=', 'CREATED').orderBy('created_at').execute(),
    );
    expect(plan).toContain('bookings_status_idx');
  });

  it('every foreign key of every table leads an index (deletes and joins never scan the child)', async () => {
    const unindexed = await sql<{ table: string; constraint: string }>`
      select c.conrelid::regclass::text as table, c.conname as constraint
      from pg_constraint c
      where c.contype = 'f'
        and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and i.indpred is null
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )`.execute(recording);
    expect(unindexed.rows).toEqual([]);
  });
});
