import type { Kysely, KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { weekOf } from '../../src/modules/dashboard/week-of.js';
import { getDashboard } from '../../src/modules/dashboard/get-dashboard.js';
import { bookingsCsv } from '../../src/modules/reports/bookings-csv.js';
import { demographicsReport } from '../../src/modules/reports/demographics-report.js';
import { occupancyReport } from '../../src/modules/reports/occupancy-report.js';
import { revenueReport } from '../../src/modules/reports/revenue-report.js';
import { visitorsReport } from '../../src/modules/reports/visitors-report.js';
import type { AppContext } from '../../src/platform/context.js';
import type { BookingStatus, DB, Gender } from '../../src/platform/db/schema.js';
import { addDays } from '../../src/modules/availability/calendar-date.js';
import { insertExperience } from '../support/catalogue.js';
import { today } from '../support/bookings.js';

type Line = { experienceId: string; start: string; end: string; people: number };
type Person = { name: string; doc: 'CPF' | 'PASSPORT'; number: string; birth: string; gender: Gender };

/** A booking as the workflow would leave it (span, total, participants), with chosen timestamps. */
async function insertBooking(
  db: Kysely<DB>,
  spec: {
    userId: string;
    status: BookingStatus;
    lines: Line[];
    totalCents: number;
    createdAt?: string;
    updatedAt?: string;
    people?: Person[];
  },
): Promise<string> {
  const starts = spec.lines.map((l) => l.start).sort();
  const ends = spec.lines.map((l) => l.end).sort();
  const booking = await db
    .insertInto('bookings')
    .values({
      user_id: spec.userId,
      status: spec.status,
      total_cents: spec.totalCents,
      starts_on: starts[0]!,
      ends_on: ends[ends.length - 1]!,
      ...(spec.createdAt ? { created_at: spec.createdAt } : {}),
      ...(spec.updatedAt ? { updated_at: spec.updatedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('booking_lines')
    .values(
      spec.lines.map((line, position) => ({
        booking_id: booking.id,
        experience_id: line.experienceId,
        start_date: line.start,
        end_date: line.end,
        people: line.people,
        unit_price_cents: 0,
        total_cents: 0,
        position,
      })),
    )
    .execute();
  if (spec.people?.length) {
    await db
      .insertInto('booking_participants')
      .values(
        spec.people.map((p, position) => ({
          booking_id: booking.id,
          position,
          name: p.name,
          document_type: p.doc,
          document_number: p.number,
          birth_date: p.birth,
          gender: p.gender,
        })),
      )
      .execute();
  }
  return booking.id;
}

/** Counts the statements a use-case sends: the proof that a report does not loop over rows. */
function countingContext(context: AppContext): { context: AppContext; statements: () => number } {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return {
    context: { ...context, database: { ...context.database, db: context.database.db.withPlugin(counter) } },
    statements: () => statements,
  };
}

describe('dashboard, reports, CSV export and audit trail (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  let adminId: string;
  let root: LoggedIn;
  let guest: LoggedIn;
  let ownerId: string;
  const ex: Record<'house' | 'trail' | 'event' | 'lab', string> = { house: '', trail: '', event: '', lab: '' };
  const db = () => t.testDb.database.db;
  const get = (session: LoggedIn | undefined, url: string) => t.app.inject({ url, headers: session?.headers ?? {} });
  const march = 'from=2031-03-01&to=2031-04-30';

  beforeAll(async () => {
    t = await startIntegrationApp();
    const a = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    adminId = a.id;
    admin = await loginWithMfa(t.app, a);
    root = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ROOT', mfa: true }));
    guest = await login(t.app, await createTestUser(t.context));
    const owner = await createTestUser(t.context);
    ownerId = owner.id;
    await db().updateTable('users').set({ name: 'Ana "Lu", Luíza' }).where('id', '=', ownerId).execute();

    // Four experiences over March–April 2031 (1 March 2031 is a Saturday).
    ex.house = await insertExperience(db(), { name_pt: 'A Casa', category: 'HOSTING', capacity: 10 });
    ex.trail = await insertExperience(db(), {
      name_pt: 'B Trilha',
      category: 'TRAIL',
      capacity: 20,
      week_days: [0, 6],
      trail_duration_minutes: 90,
      trail_difficulty: 'LIGHT',
      trail_length_km: 3,
    });
    ex.event = await insertExperience(db(), {
      name_pt: 'C Evento',
      category: 'EVENT',
      capacity: 50,
      event_starts_at: new Date('2031-03-20T12:00:00Z'),
      event_ends_at: new Date('2031-03-21T20:00:00Z'),
    });
    ex.lab = await insertExperience(db(), {
      name_pt: 'D Laboratório',
      category: 'LABORATORY',
      capacity: 5,
      active: false,
    });
    await db()
      .insertInto('closures')
      .values([
        { experience_id: ex.house, starts_on: '2031-04-10', ends_on: '2031-04-11', reason_pt: 'Reforma' },
        { experience_id: null, starts_on: '2031-03-29', ends_on: '2031-03-29', reason_pt: 'Feriado' },
      ])
      .execute();

    const b1 = await insertBooking(db(), {
      userId: ownerId,
      status: 'APPROVED',
      lines: [{ experienceId: ex.house, start: '2031-03-05', end: '2031-03-08', people: 4 }],
      totalCents: 12000,
      createdAt: '2031-03-01T02:30:00Z', // 28 February, 23:30 in São Paulo
      people: [
        { name: '=HYPERLINK("http://x")', doc: 'CPF', number: '52998224725', birth: '1990-03-05', gender: 'FEMALE' },
        { name: 'João Açaí', doc: 'CPF', number: '11144477735', birth: '2020-03-06', gender: 'MALE' },
        { name: 'Noa', doc: 'PASSPORT', number: 'X1234567', birth: '2013-03-05', gender: 'NON_BINARY' },
        { name: 'Zé', doc: 'CPF', number: '39053344705', birth: '1960-01-01', gender: 'UNDISCLOSED' },
      ],
    });
    await insertBooking(db(), {
      userId: ownerId,
      status: 'CANCELED',
      lines: [{ experienceId: ex.house, start: '2031-03-06', end: '2031-03-07', people: 5 }],
      totalCents: 5000,
      createdAt: '2031-03-02T12:00:00Z',
      people: [{ name: 'Fora', doc: 'CPF', number: '52998224725', birth: '1980-01-01', gender: 'MALE' }],
    });
    await insertBooking(db(), {
      userId: ownerId,
      status: 'CREATED',
      lines: [{ experienceId: ex.trail, start: '2031-03-08', end: '2031-03-09', people: 10 }],
      totalCents: 20000,
      createdAt: '2031-03-03T12:00:00Z',
    });
    await insertBooking(db(), {
      userId: ownerId,
      status: 'PAYMENT_SENT',
      lines: [
        { experienceId: ex.event, start: '2031-03-20', end: '2031-03-22', people: 30 },
        { experienceId: ex.lab, start: '2031-03-21', end: '2031-03-22', people: 2 },
      ],
      totalCents: 150000,
      createdAt: '2031-03-10T12:00:00Z',
      people: [{ name: 'Mia', doc: 'PASSPORT', number: 'P7654321', birth: '2014-03-21', gender: 'FEMALE' }],
    });
    const b5 = await insertBooking(db(), {
      userId: ownerId,
      status: 'APPROVED',
      lines: [{ experienceId: ex.house, start: '2031-04-09', end: '2031-04-12', people: 2 }],
      totalCents: 6000,
      createdAt: '2031-04-01T12:00:00Z',
    });
    const approval = (bookingId: string, at: string) => ({
      booking_id: bookingId,
      event: 'APPROVE_PAYMENT',
      from_status: 'PAYMENT_SENT' as const,
      to_status: 'PAYMENT_APPROVED' as const,
      actor_id: adminId,
      actor_role: 'STAFF' as const,
      created_at: at,
    });
    await db()
      .insertInto('booking_events')
      .values([
        approval(b1, '2031-03-01T02:00:00Z'),
        approval(b5, '2031-04-02T12:00:00Z'),
        approval(b5, '2031-04-20T12:00:00Z'),
      ])
      .execute();
  });
  afterAll(async () => t?.close());

  it('occupancy: place-days offered (week days, closures, event days, inactive) and taken, per experience and month', async () => {
    const response = await get(admin, `/api/v1/reports/occupancy?${march}`);
    expect(response.statusCode).toBe(200);
    const rows = response
      .json()
      .rows.map((r: Record<string, unknown>) => [r.experienceId, r.month, r.capacity, r.taken, r.rate]);
    expect(rows).toEqual([
      [ex.house, '2031-03', 300, 12, 0.04],
      [ex.house, '2031-04', 280, 6, 6 / 280],
      [ex.trail, '2031-03', 180, 10, 10 / 180],
      [ex.trail, '2031-04', 160, 0, 0],
      [ex.event, '2031-03', 100, 60, 0.6],
      [ex.lab, '2031-03', 0, 2, null],
    ]);
  });

  it('visitors: people per category and month of arrival, released bookings left out', async () => {
    const response = await get(admin, `/api/v1/reports/visitors?${march}`);
    expect(response.json().rows).toEqual([
      { month: '2031-03', category: 'EVENT', people: 30 },
      { month: '2031-03', category: 'HOSTING', people: 4 },
      { month: '2031-03', category: 'LABORATORY', people: 2 },
      { month: '2031-03', category: 'TRAIL', people: 10 },
      { month: '2031-04', category: 'HOSTING', people: 2 },
    ]);
  });

  it('demographics: gender, age band on the first day (birthdays on the edge) and CPF vs passport', async () => {
    const body = (await get(admin, `/api/v1/reports/demographics?${march}`)).json();
    expect(body.total).toBe(5);
    expect(body.gender).toEqual([
      { gender: 'FEMALE', count: 2 },
      { gender: 'MALE', count: 1 },
      { gender: 'NON_BINARY', count: 1 },
      { gender: 'UNDISCLOSED', count: 1 },
    ]);
    expect(body.ageBand).toEqual([
      { band: '0-11', count: 1 },
      { band: '12-17', count: 1 },
      { band: '18-29', count: 1 },
      { band: '30-44', count: 1 },
      { band: '45-59', count: 0 },
      { band: '60+', count: 1 },
    ]);
    expect(body.nationality).toEqual([
      { nationality: 'BRAZILIAN', count: 3 },
      { nationality: 'FOREIGN', count: 2 },
    ]);
  });

  it('revenue: quoted and first approved payment per São Paulo month, zero months included', async () => {
    const body = (await get(admin, '/api/v1/reports/revenue?from=2031-02-01&to=2031-05-31')).json();
    expect(body.rows).toEqual([
      { month: '2031-02', quotedCents: 12000, quotedBookings: 1, approvedCents: 12000, approvedBookings: 1 },
      { month: '2031-03', quotedCents: 175000, quotedBookings: 3, approvedCents: 0, approvedBookings: 0 },
      { month: '2031-04', quotedCents: 6000, quotedBookings: 1, approvedCents: 6000, approvedBookings: 1 },
      { month: '2031-05', quotedCents: 0, quotedBookings: 0, approvedCents: 0, approvedBookings: 0 },
    ]);
  });

  it('each report is one SQL statement however many bookings exist', async () => {
    const range = { from: '2031-03-01', to: '2031-04-30' };
    const run = async () => {
      const counts: number[] = [];
      for (const report of [occupancyReport, visitorsReport, demographicsReport, revenueReport]) {
        const counted = countingContext(t.context);
        await report(counted.context, range);
        counts.push(counted.statements());
      }
      return counts;
    };
    expect(await run()).toEqual([1, 1, 1, 1]);
    const other = await createTestUser(t.context);
    for (let i = 0; i < 30; i += 1) {
      await insertBooking(db(), {
        userId: other.id,
        status: 'CANCELED',
        lines: [{ experienceId: ex.house, start: '2031-05-01', end: '2031-05-02', people: 1 }],
        totalCents: 0,
        createdAt: '2031-05-01T12:00:00Z',
        people: [{ name: `P${i}`, doc: 'CPF', number: '52998224725', birth: '1990-01-01', gender: 'FEMALE' }],
      });
    }
    expect(await run()).toEqual([1, 1, 1, 1]);
  });

  it('refuses reversed and over-long ranges with a code, accepts 24 months', async () => {
    const issue = async (query: string) => {
      const response = await get(admin, `/api/v1/reports/occupancy?${query}`);
      return [response.statusCode, response.json().error?.code, response.json().error?.details?.issues?.[0]?.code];
    };
    expect(await issue('from=2031-03-02&to=2031-03-01')).toEqual([400, 'VALIDATION_FAILED', 'range_reversed']);
    expect(await issue('from=2031-01-01&to=2033-01-01')).toEqual([400, 'VALIDATION_FAILED', 'range_too_long']);
    expect(await issue('from=2031-01-01&to=2032-12-31')).toEqual([200, undefined, undefined]);
    expect((await get(admin, '/api/v1/reports/bookings.csv?from=2030-01-01&to=2035-01-01')).statusCode).toBe(400);
    expect((await get(admin, '/api/v1/reports/revenue?from=2031-02-30&to=2031-03-01')).statusCode).toBe(400);
  });

  it('answers 401 to anonymous callers, 404 to visitors and 403 to staff without MFA (ADR 11)', async () => {
    const adminNoMfa = await login(t.app, await createTestUser(t.context, { role: 'ADMIN' }));
    for (const url of [
      '/api/v1/dashboard',
      `/api/v1/reports/occupancy?${march}`,
      `/api/v1/reports/bookings.csv?${march}`,
      '/api/v1/audit',
    ]) {
      const statuses = [
        (await get(undefined, url)).statusCode,
        (await get(guest, url)).statusCode,
        (await get(adminNoMfa, url)).statusCode,
        (await get(root, url)).statusCode,
      ];
      expect(statuses, url).toEqual([401, 404, 403, 200]);
    }
  });

  it('exports CSV: BOM, RFC 4180 quoting, UTF-8 accents, formula injection neutralised, dated attachment', async () => {
    const response = await get(admin, '/api/v1/reports/bookings.csv?from=2031-03-01&to=2031-03-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="promata-bookings-2031-03-01-to-2031-03-31.csv"',
    );
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('Jo\u00e3o A\u00e7a\u00ed', 'utf8'))).toBe(true);
    const records = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(records.pop()).toBe('');
    expect(records[0]).toBe(
      'booking_id,booking_status,booking_created_at,booking_starts_on,booking_ends_on,booking_total_cents,' +
        'owner_name,owner_email,experiences,participant_position,participant_name,participant_document_type,' +
        'participant_document_number,participant_birth_date,participant_gender',
    );
    // b1 (4 people), the canceled one (1), the trail without participants yet (1), the event (1).
    expect(records).toHaveLength(1 + 7);
    const first = records[1]!;
    expect(first).toMatch(/,APPROVED,2031-02-28T23:30:00,2031-03-05,2031-03-08,12000,"Ana ""Lu"", Luíza",/);
    expect(first).toContain(`,A Casa,1,"'=HYPERLINK(""http://x"")",CPF,52998224725,1990-03-05,FEMALE`);
    expect(records.some((r) => /,CREATED,.*,B Trilha,,,,,,$/.test(r))).toBe(true);
    expect(records.some((r) => r.includes(',C Evento; D Laboratório,1,Mia,PASSPORT,'))).toBe(true);
  });

  it('streams the export in keyset pages: the same bytes with tiny pages, one statement per page', async () => {
    const range = { from: '2031-03-01', to: '2031-03-31' };
    const whole = (await get(admin, '/api/v1/reports/bookings.csv?from=2031-03-01&to=2031-03-31')).rawPayload;
    const counted = countingContext(t.context);
    let text = '';
    for await (const chunk of bookingsCsv(counted.context.database.db, range, 2)) text += chunk;
    expect(Buffer.from(text, 'utf8').equals(whole)).toBe(true);
    // 7 records in pages of 2: 2 + 2 + 2 + 1 (a short page ends it).
    expect(counted.statements()).toBe(4);
  });

  it('dashboard: arrivals today and this week, waiting bookings oldest first, 30 days of places, professor queue', async () => {
    const day = today();
    const { weekStart, weekEnd } = weekOf(day);
    const otherDay = day === weekEnd ? weekStart : weekEnd;
    const lodge = await insertExperience(db(), { name_pt: 'Pousada', category: 'HOSTING', capacity: 8 });
    const closed = await insertExperience(db(), { name_pt: 'Fechada', capacity: 3, active: false });
    const now = Date.now();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
    const d1 = await insertBooking(db(), {
      userId: ownerId,
      status: 'CREATED',
      lines: [{ experienceId: lodge, start: day, end: addDays(day, 2), people: 3 }],
      totalCents: 0,
      updatedAt: hoursAgo(10.5),
    });
    const d2 = await insertBooking(db(), {
      userId: ownerId,
      status: 'PAYMENT_SENT',
      lines: [{ experienceId: lodge, start: otherDay, end: addDays(otherDay, 1), people: 2 }],
      totalCents: 0,
      updatedAt: hoursAgo(1.5),
    });
    await insertBooking(db(), {
      userId: ownerId,
      status: 'CANCELED',
      lines: [{ experienceId: lodge, start: day, end: addDays(day, 1), people: 5 }],
      totalCents: 0,
    });
    const d4 = await insertBooking(db(), {
      userId: ownerId,
      status: 'CANCEL_REQUESTED',
      lines: [{ experienceId: lodge, start: addDays(day, 20), end: addDays(day, 21), people: 1 }],
      totalCents: 0,
      updatedAt: hoursAgo(50.5),
    });
    for (const [hours, name] of [
      [30, 'first'],
      [2, 'second'],
    ] as const) {
      const user = await createTestUser(t.context, { email: `${name}-${now}@test.promata.example` });
      await db()
        .insertInto('professor_requests')
        .values({ user_id: user.id, created_at: hoursAgo(hours) })
        .execute();
    }

    const counted = countingContext(t.context);
    const direct = await getDashboard(counted.context, new Date(now));
    expect(counted.statements()).toBe(5);

    const response = await get(admin, '/api/v1/dashboard');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ today: day, weekStart, weekEnd });
    const ref = { id: lodge, name: { pt: 'Pousada', en: null }, category: 'HOSTING' };
    expect(body.arrivals.today).toEqual([{ experience: ref, people: 3, bookings: 1 }]);
    expect(body.arrivals.week).toEqual([{ experience: ref, people: 5, bookings: 2 }]);
    expect(body.waiting.counts).toEqual([
      { status: 'CREATED', count: 2 },
      { status: 'PEOPLE_SENT', count: 0 },
      { status: 'PAYMENT_SENT', count: 2 },
      { status: 'PAYMENT_APPROVED', count: 0 },
      { status: 'CANCEL_REQUESTED', count: 1 },
    ]);
    // The 2031 PAYMENT_SENT and CREATED bookings of the report fixture were never touched since insert (now).
    const waiting = body.waiting.oldest.map((b: { id: string; ageHours: number }) => [b.id, b.ageHours]);
    expect(waiting.slice(0, 3)).toEqual([
      [d4, 50],
      [d1, 10],
      [d2, 1],
    ]);
    expect(body.waiting.oldest[0]).toMatchObject({ status: 'CANCEL_REQUESTED', ownerName: 'Ana "Lu", Luíza' });
    const lodgeDays = body.occupancy.find((o: { experience: { id: string } }) => o.experience.id === lodge).days;
    expect(lodgeDays).toHaveLength(30);
    expect(lodgeDays[0]).toEqual({ date: day, capacity: 8, taken: 3 });
    expect(lodgeDays[1]).toEqual({ date: addDays(day, 1), capacity: 8, taken: 3 });
    expect(lodgeDays[2].taken).toBe(otherDay === addDays(day, 2) ? 2 : 0);
    expect(lodgeDays[20]).toEqual({ date: addDays(day, 20), capacity: 8, taken: 1 });
    expect(body.occupancy.some((o: { experience: { id: string } }) => o.experience.id === closed)).toBe(false);
    expect(body.professorRequests).toEqual({ count: 2, oldestAt: hoursAgo(30) });
    expect(direct.professorRequests.count).toBe(2);
  });

  it('audit: who did what and when with the actor name; entries about staff accounts are for ROOT only', async () => {
    const patchExperience = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/experiences/${ex.house}`,
      payload: { capacity: 11 },
      headers: admin.headers,
    });
    expect(patchExperience.statusCode).toBe(200);
    const visitor = await createTestUser(t.context);
    const otherAdmin = await createTestUser(t.context, { role: 'ADMIN' });
    const change = (session: LoggedIn, id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: session.headers });
    expect((await change(admin, visitor.id, { role: 'PROFESSOR' })).statusCode).toBe(200);
    expect((await change(root, otherAdmin.id, { active: false })).statusCode).toBe(200);

    const byExperience = (await get(admin, `/api/v1/audit?targetType=experience&targetId=${ex.house}`)).json();
    expect(byExperience).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(byExperience.items[0]).toMatchObject({
      action: 'experience.updated',
      targetType: 'experience',
      targetId: ex.house,
      actor: { id: adminId, name: 'Test ADMIN', role: 'ADMIN' },
    });
    expect(Date.now() - Date.parse(byExperience.items[0].createdAt)).toBeLessThan(60_000);

    const usersSeenBy = async (session: LoggedIn) =>
      (await get(session, '/api/v1/audit?targetType=user')).json().items.map((i: { targetId: string }) => i.targetId);
    expect(await usersSeenBy(admin)).toEqual([visitor.id]);
    expect(await usersSeenBy(root)).toEqual([otherAdmin.id, visitor.id]);

    const byActor = (await get(root, `/api/v1/audit?actorId=${adminId}`)).json();
    expect(byActor.items.map((i: { action: string }) => i.action)).toEqual(['user.changed', 'experience.updated']);
    expect((await get(admin, '/api/v1/audit?targetType=nope')).statusCode).toBe(400);
  });
});
