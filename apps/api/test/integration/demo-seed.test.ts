import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/seed-demo.js';
import { seedDemoIfEmpty } from '../../src/modules/demo/start-demo.js';
import { createMemoryStore } from '../../src/platform/kv/memory-store.js';
import { buildTestApp, type TestApp } from '../../../../test-support/test-app.js';
import { verifyPassword } from '../../src/platform/auth/password-hasher.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrator.js';

describe('demo seed on the embedded database', () => {
  let embedded: Database;
  beforeAll(async () => {
    embedded = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    await migrate(embedded.db);
  });
  afterAll(() => embedded.close());

  it('seeds every category in both languages and two accounts with random argon2id passwords, once', async () => {
    const result = await seedDemo(embedded.db);
    if (!result.seeded) throw new Error('expected a seed');
    const experiences = await embedded.db.selectFrom('experiences').selectAll().execute();
    expect(new Set(experiences.map((e) => e.category))).toEqual(new Set(['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT']));
    expect(experiences.every((e) => e.name_pt && e.name_en && e.description_pt && e.description_en)).toBe(true);
    const events = experiences.filter((e) => e.category === 'EVENT');
    expect(events.every((e) => e.event_starts_at! > new Date())).toBe(true);

    const staff = await embedded.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', result.staff.email)
      .executeTakeFirstOrThrow();
    expect(staff.role).toBe('ADMIN');
    expect(staff.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(staff.password_hash!, result.staff.password)).toBe(true);
    expect(result.staff.password).not.toBe(result.guest.password);

    const highlights = await embedded.db.selectFrom('highlights').select(['slot', 'experience_id']).execute();
    expect(highlights.filter((h) => h.slot === 'CAROUSEL')).toHaveLength(2);
    expect(new Set(highlights.filter((h) => h.slot !== 'CAROUSEL').map((h) => h.slot))).toEqual(
      new Set(['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT']),
    );
    expect(highlights.every((h) => h.experience_id !== null)).toBe(true);

    expect(await seedDemo(embedded.db)).toEqual({ seeded: false });
    expect(await embedded.db.selectFrom('experiences').select('id').execute()).toHaveLength(experiences.length);
  });
});

describe('demo start on the embedded default', () => {
  let embedded: Database;
  let t: TestApp;
  beforeAll(async () => {
    embedded = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    await migrate(embedded.db);
    t = await buildTestApp({ database: embedded, kv: createMemoryStore() });
  });
  afterAll(async () => {
    await t.app.close();
    await embedded.close();
  });

  it('gives every experience a stored cover, so the home page has pictured highlights', async () => {
    const demo = await seedDemoIfEmpty(t.context, t.logs.logger);
    if (!demo) throw new Error('expected a seed');
    const covers = await embedded.db
      .selectFrom('experience_images')
      .select('experience_id')
      .where('position', '=', 1)
      .execute();
    expect(covers).toHaveLength(demo.experiences);

    const highlights = await t.app.inject({ method: 'GET', url: '/api/v1/highlights' });
    const items: { slot: string; image: { variants: { card: { url: string } } } | null }[] = highlights.json().items;
    expect(items.filter((h) => h.slot === 'CAROUSEL')).toHaveLength(2);
    expect(new Set(items.map((h) => h.slot))).toEqual(new Set(['CAROUSEL', 'TRAIL', 'HOSTING', 'LABORATORY', 'EVENT']));
    const picture = await t.app.inject({ method: 'GET', url: items[0]!.image!.variants.card.url });
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/webp');
    expect(picture.rawPayload.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });
});
