import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, calendarDateAt } from '../../src/modules/availability/calendar-date.js';
import { createTestUser, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertBooking, insertExperience, insertImageRow, multipartBody } from '../support/catalogue.js';

type Highlight = { id: string; slot: string; position: number; experience: { id: string } | null };

describe('highlights and closures (PostgreSQL)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  const db = () => t.testDb.database.db;
  const as = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: admin.headers });
  const slotOf = async (slot: string) =>
    db()
      .selectFrom('highlights')
      .select(['id', 'position'])
      .where('slot', '=', slot as 'TRAIL')
      .orderBy('position')
      .execute();

  beforeAll(async () => {
    t = await startIntegrationApp();
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
  });
  afterAll(() => t.close());

  describe('highlights', () => {
    beforeEach(async () => {
      await db().deleteFrom('highlights').execute();
    });

    it('caps the carousel at 5 even when staff add at the same moment (409 SLOT_FULL)', async () => {
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          as('POST', '/api/v1/highlights', { slot: 'CAROUSEL', title: { pt: `N${i}` } }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([201, 201, 201, 201, 201, 409, 409, 409]);
      const refused = responses.find((r) => r.statusCode === 409)!.json().error;
      expect(refused.details).toEqual({ reason: 'SLOT_FULL', slot: 'CAROUSEL', max: 5 });
      expect((await slotOf('CAROUSEL')).map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
      const category = await Promise.all(
        Array.from({ length: 4 }, () => as('POST', '/api/v1/highlights', { slot: 'TRAIL', title: { pt: 'T' } })),
      );
      expect(category.filter((r) => r.statusCode === 201)).toHaveLength(3);
    });

    it('is capped by the table itself: concurrent raw writers that skip the lock cannot pass 3 per category', async () => {
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          db()
            .transaction()
            .execute(async (trx) => {
              await sql`
                insert into highlights (slot, position, title_pt)
                values ('EVENT', (select coalesce(max(position), 0) + 1 from highlights where slot = 'EVENT'), ${`R${i}`})`.execute(
                trx,
              );
              await sql`select pg_sleep(0.02)`.execute(trx);
            }),
        ),
      );
      const rows = await slotOf('EVENT');
      expect(rows.length).toBeLessThanOrEqual(3);
      expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(rows.length);
      expect(new Set(rows.map((r) => r.position)).size).toBe(rows.length);
      await expect(
        db().insertInto('highlights').values({ slot: 'EVENT', position: 4, title_pt: 'x' }).execute(),
      ).rejects.toThrow(/highlights_position_cap/);
      await expect(
        db().insertInto('highlights').values({ slot: 'CAROUSEL', position: 6, title_pt: 'x' }).execute(),
      ).rejects.toThrow(/highlights_position_cap/);
    });

    it('reorders a slot atomically, refuses a stale order and keeps positions dense on moves and deletes', async () => {
      const ids: string[] = [];
      for (const title of ['A', 'B', 'C']) {
        ids.push((await as('POST', '/api/v1/highlights', { slot: 'HOSTING', title: { pt: title } })).json().id);
      }
      const reordered = await as('PUT', '/api/v1/highlights/order', { slot: 'HOSTING', ids: [ids[2], ids[0], ids[1]] });
      expect(reordered.statusCode).toBe(200);
      expect(reordered.json().items.map((h: Highlight) => [h.id, h.position])).toEqual([
        [ids[2], 1],
        [ids[0], 2],
        [ids[1], 3],
      ]);
      const stale = await as('PUT', '/api/v1/highlights/order', { slot: 'HOSTING', ids: [ids[0], ids[1]] });
      expect([stale.statusCode, stale.json().error.details.reason]).toEqual([409, 'HIGHLIGHTS_CHANGED']);
      expect((await slotOf('HOSTING')).map((r) => r.id)).toEqual([ids[2], ids[0], ids[1]]);

      // Full target slot: the move is refused and nothing changes.
      for (const title of ['X', 'Y', 'Z'])
        await as('POST', '/api/v1/highlights', { slot: 'EVENT', title: { pt: title } });
      const full = await as('PATCH', `/api/v1/highlights/${ids[0]}`, { slot: 'EVENT' });
      expect([full.statusCode, full.json().error.details.reason]).toEqual([409, 'SLOT_FULL']);
      expect((await slotOf('HOSTING')).map((r) => r.id)).toEqual([ids[2], ids[0], ids[1]]);

      const moved = await as('PATCH', `/api/v1/highlights/${ids[0]}`, { slot: 'CAROUSEL', title: { pt: 'Movido' } });
      expect(moved.json()).toMatchObject({ slot: 'CAROUSEL', position: 1, title: { pt: 'Movido', en: null } });
      expect((await slotOf('HOSTING')).map((r) => [r.id, r.position])).toEqual([
        [ids[2], 1],
        [ids[1], 2],
      ]);
      expect((await as('DELETE', `/api/v1/highlights/${ids[2]}`)).statusCode).toBe(204);
      expect((await slotOf('HOSTING')).map((r) => [r.id, r.position])).toEqual([[ids[1], 1]]);
    });

    it('hides from the public a highlight linking to an inactive experience; serves its picture publicly', async () => {
      const hiddenExperience = await insertExperience(db(), { active: false });
      const visibleExperience = await insertExperience(db());
      // Public highlights need a picture: this one shows its experience's cover (ADR 0044).
      await insertImageRow(db(), visibleExperience, 1);
      const hidden = (
        await as('POST', '/api/v1/highlights', { slot: 'TRAIL', title: { pt: 'h' }, experienceId: hiddenExperience })
      ).json();
      const shown = (
        await as('POST', '/api/v1/highlights', { slot: 'TRAIL', title: { pt: 's' }, experienceId: visibleExperience })
      ).json();
      const unknown = await as('POST', '/api/v1/highlights', {
        slot: 'TRAIL',
        title: { pt: 'u' },
        experienceId: '00000000-0000-4000-8000-000000000000',
      });
      expect([unknown.statusCode, unknown.json().error.details.issues[0].path]).toEqual([400, 'body.experienceId']);

      const publicList = await t.app.inject({ url: '/api/v1/highlights' });
      expect(publicList.json().items.map((h: Highlight) => h.id)).toEqual([shown.id]);
      expect(publicList.headers['cache-control']).toBe('public, max-age=60');
      const staffList = await t.app.inject({ url: '/api/v1/highlights', headers: admin.headers });
      expect(staffList.json().items.map((h: Highlight) => h.id)).toEqual([hidden.id, shown.id]);

      const png = readFileSync(new URL('../fixtures/uploads/tiny.png', import.meta.url));
      const body = multipartBody({ field: 'file', name: 'banner.png', type: 'image/png', bytes: png });
      const withImage = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/highlights/${shown.id}/image`,
        payload: body.payload,
        headers: { ...body.headers, ...admin.headers },
      });
      expect(withImage.statusCode).toBe(200);
      const image = withImage.json().image;
      expect(image).toMatchObject({ width: 2, height: 2 });
      const served = await t.app.inject({ url: image.variants.card.url });
      expect([served.statusCode, served.headers['content-type']]).toEqual([200, 'image/webp']);
    });
  });

  describe('closures', () => {
    const today = () => calendarDateAt(new Date());

    it('validates dates and the experience', async () => {
      const reversed = await as('POST', '/api/v1/closures', {
        startsOn: '2030-01-02',
        endsOn: '2030-01-01',
        reason: { pt: 'x' },
      });
      expect(reversed.json().error.details.issues[0].path).toBe('body.endsOn');
      const unknown = await as('POST', '/api/v1/closures', {
        experienceId: '00000000-0000-4000-8000-000000000000',
        startsOn: '2030-01-01',
        endsOn: '2030-01-01',
        reason: { pt: 'x' },
      });
      expect([unknown.statusCode, unknown.json().error.details.issues[0].path]).toEqual([400, 'body.experienceId']);
      const noReason = await as('POST', '/api/v1/closures', {
        startsOn: '2030-01-01',
        endsOn: '2030-01-01',
        reason: { pt: ' ' },
      });
      expect(noReason.statusCode).toBe(400);
      await expect(
        db()
          .insertInto('closures')
          .values({ starts_on: '2030-01-02', ends_on: '2030-01-01', reason_pt: 'x' })
          .execute(),
      ).rejects.toThrow(/closures_dates/);
    });

    it('lists upcoming closures for visitors (not past ones, not those of inactive experiences), and counts affected bookings', async () => {
      const owner = await createTestUser(t.context);
      const active = await insertExperience(db());
      const inactive = await insertExperience(db(), { active: false });
      const soon = addDays(today(), 10);
      await insertBooking(db(), owner.id, 'APPROVED', [
        { experienceId: active, start: soon, end: addDays(soon, 2), people: 2 },
      ]);
      await insertBooking(db(), owner.id, 'CANCELED', [
        { experienceId: active, start: soon, end: addDays(soon, 1), people: 2 },
      ]);

      const created = await as('POST', '/api/v1/closures', {
        experienceId: active,
        startsOn: addDays(soon, 1),
        endsOn: addDays(soon, 3),
        reason: { pt: 'Manejo da trilha', en: 'Trail maintenance' },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        experienceId: active,
        reason: { en: 'Trail maintenance' },
        overlappingBookings: 1,
      });
      const reserve = (
        await as('POST', '/api/v1/closures', { startsOn: soon, endsOn: soon, reason: { pt: 'Feriado' } })
      ).json();
      expect(reserve).toMatchObject({ experienceId: null, overlappingBookings: 1 });
      await as('POST', '/api/v1/closures', {
        experienceId: inactive,
        startsOn: soon,
        endsOn: soon,
        reason: { pt: 'x' },
      });
      await db()
        .insertInto('closures')
        .values({ starts_on: addDays(today(), -5), ends_on: addDays(today(), -1), reason_pt: 'Passado' })
        .execute();

      const visitors = await t.app.inject({ url: '/api/v1/closures' });
      const reasons = visitors.json().items.map((c: { reason: { pt: string } }) => c.reason.pt);
      expect(reasons).toEqual(['Feriado', 'Manejo da trilha']);
      expect(visitors.headers['cache-control']).toBe('public, max-age=60');
      const staff = await t.app.inject({ url: '/api/v1/closures', headers: admin.headers });
      expect(staff.json().total).toBe(3);
      const ofOne = await t.app.inject({ url: `/api/v1/closures?experienceId=${active}` });
      expect(ofOne.json().items.map((c: { reason: { pt: string } }) => c.reason.pt)).toEqual([
        'Feriado',
        'Manejo da trilha',
      ]);

      expect((await as('DELETE', `/api/v1/closures/${reserve.id}`)).statusCode).toBe(204);
      expect((await as('DELETE', `/api/v1/closures/${reserve.id}`)).statusCode).toBe(404);
      const audit = await db()
        .selectFrom('audit_events')
        .select('action')
        .where('target_id', '=', reserve.id)
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['closure.created', 'closure.deleted']);
    });
  });
});
