import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUser, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { selectHighlights } from '../../src/modules/highlights/highlight-repository.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrator.js';
import { insertExperience, insertImageRow, jpegOf, multipartBody } from '../support/catalogue.js';

type Picture = { id: string; width: number; height: number; variants: Record<string, { url: string }> };
type Highlight = {
  id: string;
  slot: string;
  title: { pt: string };
  image: Picture | null;
  imageSource: 'OWN' | 'EXPERIENCE_COVER' | null;
};

// Issue 4: the home page's highlights are "each with image". A highlight's own picture is uploaded
// after it is created, so the public list keeps only those with one, or whose linked experience
// has a cover to show instead (ADR 0044); staff see every highlight to complete it.
describe('public highlights need a picture (PostgreSQL)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  const db = () => t.testDb.database.db;
  const as = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: admin.headers });
  const publicList = async () => (await t.app.inject({ url: '/api/v1/highlights' })).json().items as Highlight[];
  const staffList = async () =>
    (await t.app.inject({ url: '/api/v1/highlights', headers: admin.headers })).json().items as Highlight[];
  const titles = (items: Highlight[]) => items.map((item) => item.title.pt);

  const addHighlight = async (slot: string, title: string, experienceId: string | null = null) => {
    const response = await as('POST', '/api/v1/highlights', { slot, title: { pt: title }, experienceId });
    expect(response.statusCode).toBe(201);
    return response.json() as Highlight;
  };
  const uploadTo = async (method: 'POST' | 'PUT', url: string) => {
    const body = multipartBody({ field: 'file', name: 'foto.jpg', type: 'image/jpeg', bytes: await jpegOf(400, 300) });
    const response = await t.app.inject({
      method,
      url,
      payload: body.payload,
      headers: { ...body.headers, ...admin.headers },
    });
    expect(response.statusCode).toBeLessThan(300);
    return response.json() as Picture;
  };

  beforeAll(async () => {
    t = await startIntegrationApp();
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await db().deleteFrom('highlights').execute();
  });

  it('shows visitors only highlights with their own picture or their experience’s cover; staff see all', async () => {
    const withCover = await insertExperience(db(), { name_pt: 'Com capa' });
    const cover = await uploadTo('POST', `/api/v1/experiences/${withCover}/images`);
    await uploadTo('POST', `/api/v1/experiences/${withCover}/images`); // position 2: not the cover
    const bare = await insertExperience(db(), { name_pt: 'Sem fotos' });
    const hiddenWithCover = await insertExperience(db(), { active: false });
    await insertImageRow(db(), hiddenWithCover, 1);

    await addHighlight('CAROUSEL', 'sem nada');
    await addHighlight('CAROUSEL', 'capa da experiência', withCover);
    await addHighlight('CAROUSEL', 'experiência sem fotos', bare);
    const own = await addHighlight('TRAIL', 'foto própria', bare);
    await uploadTo('PUT', `/api/v1/highlights/${own.id}/image`);
    const ownOverCover = await addHighlight('TRAIL', 'própria e capa', withCover);
    await uploadTo('PUT', `/api/v1/highlights/${ownOverCover.id}/image`);
    await addHighlight('TRAIL', 'capa de inativa', hiddenWithCover);

    const visible = await publicList();
    expect(visible.map((item) => [item.title.pt, item.imageSource])).toEqual([
      ['capa da experiência', 'EXPERIENCE_COVER'],
      ['foto própria', 'OWN'],
      ['própria e capa', 'OWN'],
    ]);
    expect(visible.every((item) => item.image !== null)).toBe(true);
    const fromCover = visible[0]!;
    expect(fromCover.image).toMatchObject({ id: cover.id, width: cover.width, height: cover.height });
    expect(visible[2]!.image!.id).not.toBe(cover.id);
    // The fallback is a public picture: visitors can load what the list points at.
    const served = await t.app.inject({ url: fromCover.image!.variants.card!.url });
    expect([served.statusCode, served.headers['content-type']]).toEqual([200, 'image/webp']);

    const all = await staffList();
    expect(titles(all)).toEqual([
      'sem nada',
      'capa da experiência',
      'experiência sem fotos',
      'foto própria',
      'própria e capa',
      'capa de inativa',
    ]);
    const source = (title: string) => all.find((item) => item.title.pt === title)!;
    expect([source('sem nada').image, source('sem nada').imageSource]).toEqual([null, null]);
    expect(source('experiência sem fotos').imageSource).toBeNull();
    expect(source('capa de inativa').imageSource).toBe('EXPERIENCE_COVER');
  });

  it('follows the experience’s gallery: a new cover shows at once, no picture left hides the highlight', async () => {
    const experience = await insertExperience(db());
    const first = await uploadTo('POST', `/api/v1/experiences/${experience}/images`);
    const second = await uploadTo('POST', `/api/v1/experiences/${experience}/images`);
    await addHighlight('HOSTING', 'pela capa', experience);
    const before = await t.app.inject({ url: '/api/v1/highlights' });
    expect(before.json().items.map((item: Highlight) => item.image?.id)).toEqual([first.id]);

    const arranged = await as('PATCH', `/api/v1/experiences/${experience}/images`, {
      images: [second, first].map((image) => ({ id: image.id, alt: { pt: '' } })),
    });
    expect(arranged.statusCode).toBe(200);
    const after = await t.app.inject({
      url: '/api/v1/highlights',
      headers: { 'if-none-match': String(before.headers.etag) },
    });
    // A changed answer, so a revalidating browser or proxy gets the new picture rather than a 304.
    expect(after.statusCode).toBe(200);
    expect(after.json().items.map((item: Highlight) => item.image?.id)).toEqual([second.id]);

    for (const image of [first, second]) {
      const deleted = await as('DELETE', `/api/v1/experiences/${experience}/images/${image.id}`);
      expect(deleted.statusCode).toBe(204);
    }
    expect(await publicList()).toEqual([]);
    expect(titles(await staffList())).toEqual(['pela capa']);

    // Unlinking has the same effect for a highlight that relied on a cover.
    const linked = await insertExperience(db());
    await insertImageRow(db(), linked, 1);
    const moved = await addHighlight('EVENT', 'desligado', linked);
    expect(titles(await publicList())).toEqual(['desligado']);
    expect((await as('PATCH', `/api/v1/highlights/${moved.id}`, { experienceId: null })).statusCode).toBe(200);
    expect(await publicList()).toEqual([]);
  });

  it('reads the highlights and their fallback pictures in one SQL statement, however many', async () => {
    for (const [index, slot] of ['CAROUSEL', 'CAROUSEL', 'CAROUSEL', 'TRAIL', 'HOSTING', 'EVENT'].entries()) {
      const experience = await insertExperience(db());
      await insertImageRow(db(), experience, 1);
      await addHighlight(slot, `destaque ${index}`, experience);
    }
    let statements = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const rows = await selectHighlights(db().withPlugin(counter), { publicOnly: true });
    expect(rows).toHaveLength(6);
    expect(statements).toBe(1);
  });
});

describe('public highlights need a picture (PGlite)', () => {
  let embedded: Database;
  beforeAll(async () => {
    embedded = await openDatabase({ kind: 'embedded', dataDir: 'memory' });
    await migrate(embedded.db);
  });
  afterAll(() => embedded.close());

  it('filters and falls back the same way on the embedded engine', async () => {
    const covered = await insertExperience(embedded.db);
    const coverId = await insertImageRow(embedded.db, covered, 1);
    const bare = await insertExperience(embedded.db);
    await embedded.db
      .insertInto('highlights')
      .values([
        { slot: 'CAROUSEL', position: 1, title_pt: 'capa', experience_id: covered },
        { slot: 'CAROUSEL', position: 2, title_pt: 'sem foto', experience_id: bare },
        { slot: 'CAROUSEL', position: 3, title_pt: 'sem link' },
      ])
      .execute();
    const visible = await selectHighlights(embedded.db, { publicOnly: true });
    expect(visible.map((row) => [row.title_pt, row.cover_id])).toEqual([['capa', coverId]]);
    expect(await selectHighlights(embedded.db)).toHaveLength(3);
  });
});
