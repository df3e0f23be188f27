import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, loginWithMfa, login, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { addDays, calendarDateAt, weekDayOf } from '../../src/modules/availability/calendar-date.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';

const common = {
  name: { pt: 'Experiência', en: 'Experience' },
  description: { pt: 'Uma experiência na reserva.', en: null },
  capacity: 10,
  priceCents: 4500,
};
const valid = {
  TRAIL: {
    category: 'TRAIL',
    ...common,
    trail: { durationMinutes: 180, difficulty: 'MODERATE', lengthKm: 6.5 },
    whatToBring: { pt: 'Água', en: 'Water' },
  },
  HOSTING: { category: 'HOSTING', ...common, professorPriceRule: 'EXEMPT' },
  LABORATORY: { category: 'LABORATORY', ...common, requiresVerifiedProfessor: true, weekDays: [1, 2, 3, 4, 5] },
  EVENT: {
    category: 'EVENT',
    ...common,
    event: { startsAt: '2030-05-10T09:00:00-03:00', endsAt: '2030-05-11T17:00:00-03:00' },
  },
} as const;

/** Bad payloads and the field paths the 400 must name. */
const invalid: [string, object, string[]][] = [
  [
    'TRAIL without difficulty',
    { ...valid.TRAIL, trail: { durationMinutes: 60, lengthKm: 2 } },
    ['body.trail.difficulty'],
  ],
  ['TRAIL without its fields', { category: 'TRAIL', ...common }, ['body.trail']],
  [
    'TRAIL with a zero length',
    { ...valid.TRAIL, trail: { ...valid.TRAIL.trail, lengthKm: 0 } },
    ['body.trail.lengthKm'],
  ],
  [
    'EVENT ending before it starts',
    { ...valid.EVENT, event: { startsAt: '2030-05-10T09:00:00Z', endsAt: '2030-05-10T08:00:00Z' } },
    ['body.event.endsAt'],
  ],
  ['EVENT without dates', { category: 'EVENT', ...common }, ['body.event']],
  ['HOSTING with trail fields', { ...valid.HOSTING, trail: valid.TRAIL.trail }, ['body']],
  ['TRAIL asking for a verified professor', { ...valid.TRAIL, requiresVerifiedProfessor: true }, ['body']],
  ['an unknown category', { ...valid.HOSTING, category: 'SPA' }, ['body.category']],
  ['no Portuguese name', { ...valid.HOSTING, name: { en: 'Lodge' } }, ['body.name.pt']],
  [
    'no Portuguese description',
    { ...valid.HOSTING, description: { pt: '  ', en: 'A lodge.' } },
    ['body.description.pt'],
  ],
  [
    'no description at all',
    { category: 'HOSTING', name: common.name, capacity: 4, priceCents: 0 },
    ['body.description'],
  ],
  ['price in reais, not centavos', { ...valid.HOSTING, priceCents: 45.5 }, ['body.priceCents']],
  ['zero capacity', { ...valid.HOSTING, capacity: 0 }, ['body.capacity']],
  ['a week day 7', { ...valid.HOSTING, weekDays: [1, 7] }, ['body.weekDays.1']],
  ['a repeated week day', { ...valid.HOSTING, weekDays: [1, 1] }, ['body.weekDays']],
  [
    'a window ending before it starts',
    { ...valid.HOSTING, offerFrom: '2030-02-01', offerUntil: '2030-01-31' },
    ['body.offerUntil'],
  ],
  ['negative notice', { ...valid.HOSTING, minNoticeDays: -1 }, ['body.minNoticeDays']],
];

describe('experiences (PostgreSQL)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  let guest: LoggedIn;
  const db = () => t.testDb.database.db;
  const post = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/experiences', payload, headers: { ...admin.headers, ...headers } });

  beforeAll(async () => {
    t = await startIntegrationApp();
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
    guest = await login(t.app, await createTestUser(t.context));
  });
  afterAll(() => t.close());

  describe('per-category validation', () => {
    it.each(Object.entries(valid))('creates a valid %s (201)', async (category, payload) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({ category, name: { pt: 'Experiência', en: 'Experience' }, priceCents: 4500 });
      expect(body.trail === null).toBe(category !== 'TRAIL');
      expect(body.event === null).toBe(category !== 'EVENT');
      expect(body.requiresVerifiedProfessor).toBe(category === 'LABORATORY');
      if (category === 'EVENT') {
        expect(body.event).toEqual({ startsAt: '2030-05-10T12:00:00.000Z', endsAt: '2030-05-11T20:00:00.000Z' });
      }
      const stored = await t.app.inject({ url: `/api/v1/experiences/${body.id}` });
      expect(stored.json()).toEqual(body);
    });

    it.each(invalid)('refuses %s (400 with the field)', async (_name, payload, paths) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      const reported = error.details.issues.map((issue: { path: string }) => issue.path);
      for (const path of paths) expect(reported).toContain(path);
    });

    it("answers the refusal in the caller's language", async () => {
      const pt = await post({ category: 'TRAIL', ...common }, { 'accept-language': 'pt-BR' });
      const en = await post({ category: 'TRAIL', ...common }, { 'accept-language': 'en' });
      expect(pt.json().error.message).toMatch(/inválidos/);
      expect(en.json().error.message).toMatch(/invalid/);
    });

    it('validates a PATCH merged into the stored experience, and never changes the category', async () => {
      const event = (await post(valid.EVENT)).json();
      const patch = (payload: object) =>
        t.app.inject({ method: 'PATCH', url: `/api/v1/experiences/${event.id}`, payload, headers: admin.headers });
      const backwards = await patch({ event: { startsAt: '2030-05-10T09:00:00Z', endsAt: '2030-05-09T09:00:00Z' } });
      expect(backwards.json().error.details.issues[0].path).toBe('body.event.endsAt');
      expect((await patch({ trail: valid.TRAIL.trail })).statusCode).toBe(400);
      expect((await patch({ category: 'TRAIL' })).statusCode).toBe(400);
      expect((await patch({ offerFrom: '2030-06-01', offerUntil: '2030-05-01' })).statusCode).toBe(400);

      const changed = await patch({ capacity: 50, name: { pt: 'Curso', en: '' }, whatToBring: { pt: 'Caderno' } });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({
        capacity: 50,
        name: { pt: 'Curso', en: null },
        whatToBring: { pt: 'Caderno', en: null },
        event: event.event,
      });
      const audit = await db()
        .selectFrom('audit_events')
        .selectAll()
        .where('target_id', '=', event.id)
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['experience.created', 'experience.updated']);
    });
  });

  describe('public vs staff', () => {
    it('hides inactive experiences from the public and shows them to staff, uncached', async () => {
      const hidden = await insertExperience(db(), { active: false, name_pt: 'Oculta' });
      const shown = await insertExperience(db(), { name_pt: 'Visível' });
      const ids = (response: { json(): { items: { id: string }[] } }) => response.json().items.map((i) => i.id);
      const pageSize = '?pageSize=100';

      for (const headers of [{}, guest.headers]) {
        const list = await t.app.inject({ url: `/api/v1/experiences${pageSize}&active=false`, headers });
        expect(ids(list)).toContain(shown);
        expect(ids(list)).not.toContain(hidden);
        expect(list.headers['cache-control']).toBe('public, max-age=60');
        expect((await t.app.inject({ url: `/api/v1/experiences/${hidden}`, headers })).statusCode).toBe(404);
      }

      const staffList = await t.app.inject({ url: `/api/v1/experiences${pageSize}`, headers: admin.headers });
      expect(ids(staffList)).toEqual(expect.arrayContaining([hidden, shown]));
      expect(staffList.headers['cache-control']).toBe('private, no-store');
      expect(staffList.headers.etag).toBeUndefined();
      const inactiveOnly = await t.app.inject({
        url: `/api/v1/experiences${pageSize}&active=false`,
        headers: admin.headers,
      });
      expect(inactiveOnly.json().items.every((i: { active: boolean }) => !i.active)).toBe(true);
      const detail = await t.app.inject({ url: `/api/v1/experiences/${hidden}`, headers: admin.headers });
      expect([detail.statusCode, detail.json().active]).toEqual([200, false]);
      expect((await t.app.inject({ url: `/api/v1/experiences/${randomUUID()}` })).statusCode).toBe(404);
    });

    it('revalidates with the ETag: 304 until something changes', async () => {
      const id = await insertExperience(db(), { name_pt: 'Com cache' });
      const url = `/api/v1/experiences/${id}`;
      const first = await t.app.inject({ url });
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.vary).toMatch(/authorization/i);
      const same = await t.app.inject({ url, headers: { 'if-none-match': `"other", ${etag}` } });
      expect([same.statusCode, same.body]).toEqual([304, '']);
      await t.app.inject({ method: 'PATCH', url, payload: { priceCents: 1 }, headers: admin.headers });
      const changed = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      expect([changed.statusCode, changed.json().priceCents]).toEqual([200, 1]);
    });
  });

  describe('search, filters and paging', () => {
    let araucaria: string;
    beforeAll(async () => {
      araucaria = await insertExperience(db(), {
        category: 'TRAIL',
        name_pt: 'Trilha das Araucárias',
        name_en: 'Pine Walk',
        description_en: 'Through the araucaria forest.',
        trail_duration_minutes: 60,
        trail_difficulty: 'LIGHT',
        trail_length_km: 3,
      });
      await insertExperience(db(), { name_pt: 'Alojamento Ácido Ômega', description_pt: 'Perto da cachoeira.' });
    });
    const search = async (query: string) =>
      (await t.app.inject({ url: `/api/v1/experiences?pageSize=100&${query}` }))
        .json()
        .items.map((i: { id: string }) => i.id);

    it.each([
      ['q=trilha%20das%20araucarias'],
      ['q=TRILHA%20DAS%20ARAUCÁRIAS'],
      ['q=arauc'],
      ['q=araucaria%20forest'], // the English description, no accent there
      ['q=pine'],
      ['q=trilha&category=TRAIL'],
    ])('finds "Trilha das Araucárias" with %s', async (query) => {
      expect(await search(query)).toContain(araucaria);
    });

    it.each([['q=araucarias%20praia'], ['q=trilha&category=HOSTING'], ['q=rilha']])(
      'does not find it with %s',
      async (query) => {
        expect(await search(query)).not.toContain(araucaria);
      },
    );

    it('ignores punctuation instead of failing on tsquery syntax', async () => {
      const response = await t.app.inject({ url: '/api/v1/experiences?q=%27%20%7C%20%21%20%3A*%20%26' });
      expect(response.statusCode).toBe(200);
    });

    it('orders by name without accents then id, stably across pages, with a bounded page size', async () => {
      const all = await t.app.inject({ url: '/api/v1/experiences?pageSize=100' });
      const names = all.json().items.map((i: { name: { pt: string } }) => i.name.pt);
      const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect(names.map(fold)).toEqual([...names.map(fold)].sort());
      const total = all.json().total;
      const pages = [];
      for (let page = 1; page <= Math.ceil(total / 3); page += 1) {
        const response = await t.app.inject({ url: `/api/v1/experiences?pageSize=3&page=${page}` });
        expect(response.json()).toMatchObject({ page, pageSize: 3, total });
        pages.push(...response.json().items.map((i: { id: string }) => i.id));
      }
      expect(pages).toEqual(all.json().items.map((i: { id: string }) => i.id));
      expect((await t.app.inject({ url: '/api/v1/experiences?pageSize=101' })).statusCode).toBe(400);
    });

    it('keeps experiences with an open day with places in the date range', async () => {
      // A Monday and Tuesday a few weeks ahead (inside the default 365-day advance).
      let monday = addDays(calendarDateAt(new Date()), 14);
      while (weekDayOf(monday) !== 1) monday = addDays(monday, 1);
      const tuesday = addDays(monday, 1);
      const saturday = addDays(monday, 5);
      const owner = await createTestUser(t.context);
      const full = await insertExperience(db(), { name_pt: 'Lotada', capacity: 2 });
      const saturdaysOnly = await insertExperience(db(), { name_pt: 'Só sábados', week_days: [6] });
      const free = await insertExperience(db(), { name_pt: 'Livre' });
      await insertBooking(db(), owner.id, 'APPROVED', [
        { experienceId: full, start: monday, end: addDays(tuesday, 1), people: 2 },
      ]);
      const inRange = await search(`from=${monday}&to=${tuesday}`);
      expect(inRange).toContain(free);
      expect(inRange).not.toContain(full);
      expect(inRange).not.toContain(saturdaysOnly);
      expect(await search(`from=${monday}&to=${saturday}`)).toEqual(expect.arrayContaining([full, saturdaysOnly]));
      const tooLong = await t.app.inject({ url: `/api/v1/experiences?from=${monday}&to=${addDays(monday, 62)}` });
      expect(tooLong.statusCode).toBe(400);
    });
  });

  describe('deletion', () => {
    it('deletes a never-booked experience, and refuses (409) one that was booked: deactivate it instead', async () => {
      const unbooked = await insertExperience(db());
      const del = (id: string) =>
        t.app.inject({ method: 'DELETE', url: `/api/v1/experiences/${id}`, headers: admin.headers });
      expect((await del(unbooked)).statusCode).toBe(204);
      expect((await del(unbooked)).statusCode).toBe(404);

      const booked = await insertExperience(db());
      const owner = await createTestUser(t.context);
      await insertBooking(db(), owner.id, 'CANCELED', [
        { experienceId: booked, start: '2030-01-01', end: '2030-01-02', people: 1 },
      ]);
      const refused = await del(booked);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.details).toEqual({ reason: 'HAS_BOOKINGS', use: 'active' });
      const deactivated = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/experiences/${booked}`,
        payload: { active: false },
        headers: admin.headers,
      });
      expect(deactivated.json().active).toBe(false);
    });
  });
});
