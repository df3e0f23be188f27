import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAvailability } from '../../src/modules/availability/compute-availability.js';
import { findExperienceById } from '../../src/modules/experiences/experience-repository.js';
import { listExperiences } from '../../src/modules/experiences/list-experiences.js';
import { createHighlight } from '../../src/modules/highlights/create-highlight.js';
import { orderHighlights } from '../../src/modules/highlights/order-highlights.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import type { AppContext } from '../../src/platform/context.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrator.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';

/**
 * The catalogue's SQL (folding search, day series, deferrable reorders, advisory locks) on the
 * embedded PGlite default, so a laptop install behaves like production.
 */
describe('catalogue on the embedded database (PGlite)', () => {
  let embedded: Database;
  let context: AppContext;
  let actor: Actor;

  beforeAll(async () => {
    embedded = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    await migrate(embedded.db);
    context = { database: embedded } as unknown as AppContext;
    const user = await embedded.db
      .insertInto('users')
      .values({ email: 'staff@example.org', name: 'Staff', role: 'ADMIN' })
      .returning('id')
      .executeTakeFirstOrThrow();
    actor = { userId: user.id, role: 'ADMIN', sessionId: 's', mfaVerified: true };
  });
  afterAll(() => embedded.close());

  it('searches without accents, by prefix, in both languages', async () => {
    const id = await insertExperience(embedded.db, { name_pt: 'Trilha das Araucárias', name_en: 'Pine Walk' });
    for (const q of ['trilha das araucarias', 'ARAUC', 'pine']) {
      const page = await listExperiences(context, undefined, { page: 1, pageSize: 20, q });
      expect(page.items.map((i) => i.id)).toContain(id);
    }
  });

  it('computes availability with the same numbers as PostgreSQL', async () => {
    const id = await insertExperience(embedded.db, { category: 'HOSTING', capacity: 6 });
    await insertBooking(embedded.db, actor.userId, 'APPROVED', [
      { experienceId: id, start: '2018-11-03', end: '2018-11-05', people: 2 },
    ]);
    await insertBooking(embedded.db, actor.userId, 'EXPIRED', [
      { experienceId: id, start: '2018-11-03', end: '2018-11-05', people: 3 },
    ]);
    await embedded.db
      .insertInto('closures')
      .values({ starts_on: '2018-11-05', ends_on: '2018-11-05', reason_pt: 'Fechado' })
      .execute();
    const experience = (await findExperienceById(embedded.db, id))!;
    const { days } = await computeAvailability(
      embedded.db,
      [experience],
      { from: '2018-11-02', to: '2018-11-05' },
      new Date('2018-11-01T12:00:00Z'),
    );
    expect(days.get(id)!.map((d) => [d.date, d.remaining, d.reason ?? 'open'])).toEqual([
      ['2018-11-02', 6, 'open'],
      ['2018-11-03', 4, 'open'],
      ['2018-11-04', 4, 'open'],
      ['2018-11-05', 6, 'CLOSED'],
    ]);
  });

  it('appends highlights up to the cap and reorders them in one statement', async () => {
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) {
      ids.push(
        (
          await createHighlight(context, actor, {
            slot: 'LABORATORY',
            title: { pt: title, en: null },
            description: { pt: '', en: null },
            experienceId: null,
          })
        ).id,
      );
    }
    await expect(
      createHighlight(context, actor, {
        slot: 'LABORATORY',
        title: { pt: 'D', en: null },
        description: { pt: '', en: null },
        experienceId: null,
      }),
    ).rejects.toMatchObject({ statusCode: 409, details: { reason: 'SLOT_FULL' } });
    const ordered = await orderHighlights(context, actor, { slot: 'LABORATORY', ids: [ids[1]!, ids[2]!, ids[0]!] });
    expect(ordered.map((h) => [h.id, h.position])).toEqual([
      [ids[1], 1],
      [ids[2], 2],
      [ids[0], 3],
    ]);
  });
});
