import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { sql, type KyselyPlugin, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import {
  bookingCountsQuery,
  bookingPageQuery,
  type BookingListQuery,
} from '../../src/modules/bookings/list-bookings-queries.js';
import { listBookings } from '../../src/modules/bookings/list-bookings.js';
import type { Actor } from '../../src/platform/auth/policy.js';
import { insertExperience, multipartBody } from '../support/catalogue.js';
import { dayLine, inDays, participant, postBooking } from '../support/bookings.js';

const pdf = readFileSync(new URL('../fixtures/uploads/tiny.pdf', import.meta.url));

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
};
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The executed plan's scans of `table`: how, through which index, and how many rows each read. */
async function scansOf(db: QueryExecutorProvider, query: RawBuilder<unknown>, table: string) {
  const result = await sql<{
    'QUERY PLAN': [{ Plan: PlanNode }];
  }>`explain (analyze, costs off, timing off, format json) ${query}`.execute(db);
  return nodesOf(result.rows[0]!['QUERY PLAN'][0].Plan)
    .filter((node) => node['Relation Name'] === table)
    .map((node) => ({
      type: node['Node Type'],
      index: node['Index Name'],
      // EXPLAIN shows per-loop averages; rows a filter dropped were read all the same.
      read: (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'],
    }));
}

describe('booking reads, participants, documents and calendar (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let ana: LoggedIn;
  let anaId: string;
  let bruno: LoggedIn;
  let staff: LoggedIn;
  let staffId: string;
  let trailId: string;
  let hostingId: string;
  const ids: string[] = [];
  const db = () => t.testDb.database.db;
  const get = (session: LoggedIn, url: string) => t.app.inject({ url, headers: session.headers });
  const fire = (session: LoggedIn, id: string, event: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/transitions`,
      payload: { event },
      headers: session.headers,
    });
  const upload = (session: LoggedIn, id: string, fields: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/documents`,
      ...(() => {
        const body = multipartBody(
          { field: 'file', name: 'comprovante.pdf', type: 'application/pdf', bytes: pdf },
          fields,
        );
        return { payload: body.payload, headers: { ...body.headers, ...session.headers } };
      })(),
    });

  beforeAll(async () => {
    t = await startIntegrationApp();
    const a = await createTestUser(t.context, { email: `ana-${Date.now()}@test.promata.example` });
    anaId = a.id;
    ana = await login(t.app, a);
    bruno = await login(t.app, await createTestUser(t.context));
    const s = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    staffId = s.id;
    staff = await loginWithMfa(t.app, s);
    trailId = await insertExperience(db(), {
      category: 'TRAIL',
      trail_duration_minutes: 60,
      trail_difficulty: 'LIGHT',
      trail_length_km: 2,
      capacity: 50,
    });
    hostingId = await insertExperience(db(), { category: 'HOSTING', capacity: 50, price_cents: 10000 });
    const bodies = [
      { lines: [dayLine(trailId, inDays(5), 2)] },
      { lines: [{ experienceId: hostingId, startDate: inDays(20), endDate: inDays(22), people: 3 }] },
      { lines: [dayLine(trailId, inDays(30), 1), dayLine(trailId, inDays(31), 1)] },
    ];
    for (const body of bodies) ids.push((await postBooking(t.app, ana, body)).json().id);
    ids.push((await postBooking(t.app, bruno, { lines: [dayLine(hostingId, inDays(6), 1)] })).json().id);
    expect((await fire(staff, ids[0]!, 'APPROVE')).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('lists own bookings to a visitor and everyone’s to staff, with counts per status', async () => {
    const own = (await get(ana, '/api/v1/bookings')).json();
    expect(own.total).toBe(3);
    expect(own.items.map((b: { id: string }) => b.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(own.counts).toEqual({ CREATED: 2, APPROVED: 1 });
    expect(own.items[1]).toMatchObject({ people: 3, totalCents: 60000, startDate: inDays(20), endDate: inDays(22) });
    // Two lines of one trail list it once; each experience says its category (lodging reads by check-out).
    expect(own.items[0].experiences).toEqual([expect.objectContaining({ id: trailId, category: 'TRAIL' })]);
    expect(own.items[1].experiences).toEqual([expect.objectContaining({ id: hostingId, category: 'HOSTING' })]);

    const all = (await get(staff, '/api/v1/bookings?pageSize=2')).json();
    expect([all.total, all.items.length, all.counts]).toEqual([4, 2, { CREATED: 3, APPROVED: 1 }]);
    const approved = (await get(staff, '/api/v1/bookings?status=APPROVED')).json();
    expect([approved.total, approved.items[0].id, approved.counts.CREATED]).toEqual([1, ids[0], 3]);
    const byExperience = (await get(staff, `/api/v1/bookings?experienceId=${hostingId}`)).json();
    expect(byExperience.items.map((b: { id: string }) => b.id).sort()).toEqual([ids[1], ids[3]].sort());
    const byDates = (await get(staff, `/api/v1/bookings?from=${inDays(21)}&to=${inDays(30)}`)).json();
    expect(byDates.items.map((b: { id: string }) => b.id).sort()).toEqual([ids[1], ids[2]].sort());
    const byEmail = (await get(staff, '/api/v1/bookings?q=ana-')).json();
    expect(byEmail.total).toBe(3);
    const byId = (await get(staff, `/api/v1/bookings?q=${ids[3]!.slice(0, 8)}`)).json();
    expect(byId.items.map((b: { id: string }) => b.id)).toEqual([ids[3]]);
    const oldest = (await get(staff, '/api/v1/bookings?status=CREATED&order=oldest')).json();
    expect(oldest.items.map((b: { id: string }) => b.id)).toEqual([ids[1], ids[2], ids[3]]);
    const empty = (await get(staff, '/api/v1/bookings?page=9')).json();
    expect([empty.items, empty.total]).toEqual([[], 4]);

    const exported = (await get(ana, '/api/v1/me/export')).json();
    expect(exported.bookings.map((b: { id: string }) => b.id)).toEqual(ids.slice(0, 3));
    expect(exported.bookings[0].timeline.map((e: { event: string }) => e.event)).toEqual(['CREATE', 'APPROVE']);
  });

  it('reads a page of the inbox in two SQL statements (page, counts), whatever the page size', async () => {
    let statements = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const context = { ...t.context, database: { ...t.context.database, db: db().withPlugin(counter) } };
    const actor: Actor = { userId: staffId, role: 'ADMIN', sessionId: 's', mfaVerified: true };
    const page = await listBookings(context, actor, { page: 1, pageSize: 100, q: 'a', from: inDays(0) });
    expect(page.items.length).toBeGreaterThan(0);
    expect(statements).toBe(2);
  });

  it("answers 404 for another user's booking, timeline, participants, documents and calendar", async () => {
    const id = ids[1]!;
    const stored = await upload(ana, id, { kind: 'BOOKING_DOCUMENT' });
    expect(stored.statusCode).toBe(201);
    const documentId = stored.json().document.id;
    const attempts = [
      get(bruno, `/api/v1/bookings/${id}`),
      get(bruno, `/api/v1/bookings/${id}/events`),
      get(bruno, `/api/v1/bookings/${id}/calendar.ics`),
      get(bruno, `/api/v1/documents/${documentId}`),
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/bookings/${id}/participants`,
        payload: { participants: [] },
        headers: bruno.headers,
      }),
      upload(bruno, id, { kind: 'BOOKING_DOCUMENT' }),
      fire(bruno, id, 'REQUEST_CANCELLATION'),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(404);
    expect((await get(ana, `/api/v1/documents/${documentId}`)).statusCode).toBe(200);
    expect((await get(staff, `/api/v1/documents/${documentId}`)).statusCode).toBe(200);
    const detail = (await get(ana, `/api/v1/bookings/${id}`)).json();
    expect(detail.documents).toMatchObject([{ id: documentId, kind: 'BOOKING_DOCUMENT' }]);
  });

  it('replaces participants atomically while the owner may, and checks them against the lines', async () => {
    const id = ids[2]!;
    const put = (session: LoggedIn, participants: unknown[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/bookings/${id}/participants`,
        payload: { participants },
        headers: session.headers,
      });
    const saved = await put(ana, [participant(1, [0, 1])]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().participants).toMatchObject([{ name: 'Participante 1', lines: [0, 1] }]);
    const tooMany = await put(ana, [participant(1, [0]), participant(2, [0])]);
    expect(tooMany.statusCode).toBe(400);
    const duplicated = await put(ana, [participant(1, [0]), participant(1, [1])]);
    expect(duplicated.json().error.details.issues[0].path).toBe('body.participants.1.document');
    expect((await get(ana, `/api/v1/bookings/${id}`)).json().participants).toHaveLength(1);

    expect((await fire(staff, id, 'APPROVE')).statusCode).toBe(200);
    const locked = await put(ana, []);
    expect([locked.statusCode, locked.json().error.details.reason]).toEqual([409, 'PARTICIPANTS_LOCKED']);
    expect((await put(staff, [participant(3, [1])])).statusCode).toBe(200);
  });

  it('a payment proof sent while payment is awaited fires SEND_PAYMENT_PROOF with the file attached', async () => {
    const id = ids[1]!;
    expect((await fire(staff, id, 'REQUEST_PAYMENT')).statusCode).toBe(200);
    expect((await upload(ana, id, { kind: 'RECEIPT' })).statusCode).toBe(400);
    const sent = await upload(ana, id, { kind: 'PAYMENT_PROOF', message: 'Pix feito' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ transitioned: true, booking: { status: 'PAYMENT_SENT' } });
    const timeline = (await get(ana, `/api/v1/bookings/${id}/events`)).json().items;
    expect(timeline.at(-1)).toMatchObject({
      event: 'SEND_PAYMENT_PROOF',
      documentId: sent.json().document.id,
      message: 'Pix feito',
      actor: { id: anaId },
    });
    expect((await fire(staff, id, 'CANCEL')).statusCode).toBe(200);
    const closed = await upload(ana, id, { kind: 'BOOKING_DOCUMENT' });
    expect([closed.statusCode, closed.json().error.details.reason]).toEqual([409, 'BOOKING_CLOSED']);
  });

  it('serves the booking as an .ics file to its owner', async () => {
    const response = await get(ana, `/api/v1/bookings/${ids[0]}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(response.body).toContain(`DTSTART;VALUE=DATE:${inDays(5).replace(/-/g, '')}`);
    expect(response.body).toContain('STATUS:CONFIRMED');
  });

  it('a re-downloaded .ics after a status change replaces the event: same UID, higher SEQUENCE, CANCELLED', async () => {
    const id: string = (await postBooking(t.app, ana, { lines: [dayLine(trailId, inDays(12), 1)] })).json().id;
    const eventOf = async () => {
      const response = await get(ana, `/api/v1/bookings/${id}/calendar.ics`);
      expect(response.statusCode).toBe(200);
      const [vevent] = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent');
      const modified = vevent!.getFirstPropertyValue('last-modified') as ICAL.Time;
      return {
        uid: vevent!.getFirstPropertyValue('uid'),
        sequence: vevent!.getFirstPropertyValue('sequence'),
        status: vevent!.getFirstPropertyValue('status'),
        modified: modified.toJSDate().getTime(),
      };
    };
    const first = await eventOf();
    expect(first).toMatchObject({ sequence: 0, status: 'TENTATIVE' });
    expect((await fire(staff, id, 'APPROVE')).statusCode).toBe(200);
    const approved = await eventOf();
    expect(approved).toMatchObject({ uid: first.uid, sequence: 1, status: 'CONFIRMED' });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // LAST-MODIFIED has whole seconds
    expect((await fire(staff, id, 'CANCEL')).statusCode).toBe(200);
    const cancelled = await eventOf();
    expect(cancelled).toMatchObject({ uid: first.uid, sequence: 2, status: 'CANCELLED' });
    expect(cancelled.modified).toBeGreaterThan(approved.modified);
  });

  it('erasing an account (LGPD) removes the participants it listed and its notes, and keeps the bookings', async () => {
    const user = await createTestUser(t.context);
    const session = await login(t.app, user);
    const created = await postBooking(t.app, session, {
      lines: [dayLine(trailId, inDays(15), 2)],
      participants: [participant(21), participant(22)],
      notes: 'Meu telefone é 51 99999-0000',
    });
    const id = created.json().id;
    const erased = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: user.password },
      headers: session.headers,
    });
    expect(erased.statusCode).toBe(204);
    const row = await db()
      .selectFrom('bookings')
      .select(['notes', 'total_cents'])
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row).toMatchObject({ notes: null });
    const people = await db().selectFrom('booking_participants').select('id').where('booking_id', '=', id).execute();
    expect(people).toEqual([]);
    expect((await get(staff, `/api/v1/bookings/${id}`)).json().lines[0].people).toBe(2);
  });

  it('reads an inbox page through an index, not every booking, on a history of 20,000 bookings', async () => {
    const staffActor: Actor = { userId: staffId, role: 'ADMIN', sessionId: 's', mfaVerified: true };
    const ownActor: Actor = { userId: anaId, role: 'GUEST', sessionId: 's', mfaVerified: false };
    const page = (extra: Partial<BookingListQuery> = {}): BookingListQuery => ({ page: 1, pageSize: 20, ...extra });
    class RolledBack extends Error {}
    // The history is inserted, analysed and explained in one transaction rolled back at the end,
    // so the other tests of this file keep their small dataset. enable_seqscan stays on: the
    // planner must prefer the index on its own, as it does in production.
    await db()
      .transaction()
      .execute(async (trx) => {
        await sql`insert into users (email, name)
          select 'history-' || i || '@test.promata.example', 'Pessoa ' || i from generate_series(1, 1000) i`.execute(
          trx,
        );
        // 20 bookings for each of 1,000 users plus 2,000 for ana, newest first one every 37 minutes,
        // spread over the statuses as an inbox of a few years is.
        await sql`insert into bookings (user_id, status, total_cents, starts_on, ends_on, created_at)
          select coalesce(u.id, ${anaId}::uuid),
            (array['CREATED', 'APPROVED', 'COMPLETED', 'CANCELED', 'EXPIRED', 'PAYMENT_SENT'])[1 + i % 6],
            1000, current_date + (i % 400) - 200, current_date + (i % 400) - 199,
            now() - interval '1 day' - i * interval '37 minutes'
          from generate_series(1, 22000) i
          left join (select id, row_number() over (order by id) as n from users where email like 'history-%') u
            on i <= 20000 and u.n = 1 + i % 1000`.execute(trx);
        await sql`insert into booking_lines (booking_id, experience_id, start_date, end_date, people, unit_price_cents, total_cents)
          select b.id, ${trailId}::uuid, b.starts_on, b.ends_on, 1, 1000, 1000
          from bookings b where b.starts_on is not null
            and not exists (select 1 from booking_lines l where l.booking_id = b.id)`.execute(trx);
        await sql`analyze users, bookings, booking_lines`.execute(trx);

        const cases: [string, Actor, BookingListQuery][] = [
          ['staff inbox', staffActor, page()],
          ['staff inbox, oldest first', staffActor, page({ order: 'oldest' })],
          ['staff inbox, page 3', staffActor, page({ page: 3 })],
          ['staff inbox, one status', staffActor, page({ status: 'APPROVED' })],
          ['own bookings', ownActor, page()],
          ['own bookings, one status', ownActor, page({ status: 'CREATED' })],
        ];
        for (const [label, actor, query] of cases) {
          const bookings = await scansOf(trx, bookingPageQuery(actor, query), 'bookings');
          const read = bookings.reduce((sum, scan) => sum + scan.read, 0);
          const bound = query.page * query.pageSize;
          // A page reads about offset + pageSize index entries (+ a few for the id tie-break and,
          // for a status tab, the rows of other statuses of the same user); every booking is 22,000.
          const users = await scansOf(trx, bookingPageQuery(actor, query), 'users');
          const plan = `${label}: bookings ${JSON.stringify(bookings)}, users ${JSON.stringify(users)}`;
          expect(
            bookings.map((scan) => scan.type),
            plan,
          ).toEqual([expect.stringMatching(/^Index (Only )?Scan$/)]);
          expect(read, plan).toBeLessThanOrEqual(bound * 8);
          // The owner is read for the page's rows only, by primary key.
          expect(
            users.map((scan) => scan.type),
            plan,
          ).not.toContain('Seq Scan');
          expect(
            users.reduce((sum, scan) => sum + scan.read, 0),
            plan,
          ).toBeLessThanOrEqual(query.pageSize);
        }
        // Own counts use the owner's index; staff counts read bookings only, never users.
        const ownCounts = await scansOf(trx, bookingCountsQuery(ownActor, page()), 'bookings');
        expect(ownCounts.map((scan) => scan.type)).not.toContain('Seq Scan');
        expect(await scansOf(trx, bookingCountsQuery(staffActor, page()), 'users')).toEqual([]);
        const listed = await listBookings(
          { ...t.context, database: { ...t.context.database, db: trx } },
          staffActor,
          page(),
        );
        expect(listed.total).toBeGreaterThan(22_000);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  });
});
