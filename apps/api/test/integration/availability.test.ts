import type { AvailabilityDay } from '@promata/contracts';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAvailability } from '../../src/modules/availability/compute-availability.js';
import { findExperienceById } from '../../src/modules/experiences/experience-repository.js';
import type { BookingStatus, NewExperience } from '../../src/platform/db/schema.js';
import { createTestUser, loginWithMfa } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';

type Expected = Record<string, { remaining: number; reason?: string; closures?: string[] }>;
type Scenario = {
  name: string;
  /** The instant "now": its São Paulo date is today. */
  now: string;
  experience: Partial<NewExperience>;
  bookings?: { status: BookingStatus; start: string; end: string; people: number }[];
  closures?: { own: boolean; startsOn: string; endsOn: string; reason: string }[];
  range: [string, string];
  expect: Expected;
};

const trail = { category: 'TRAIL', trail_duration_minutes: 60, trail_difficulty: 'LIGHT', trail_length_km: 2 } as const;

const scenarios: Scenario[] = [
  {
    name: 'only holding bookings count (every state but REJECTED, CANCELED, EXPIRED)',
    now: '2025-01-30T15:00:00Z',
    experience: { ...trail, capacity: 10 },
    bookings: [
      { status: 'CREATED', start: '2025-01-31', end: '2025-02-01', people: 3 },
      { status: 'COMPLETED', start: '2025-01-31', end: '2025-02-01', people: 1 },
      { status: 'APPROVED', start: '2025-02-01', end: '2025-02-02', people: 2 },
      { status: 'CANCEL_REQUESTED', start: '2025-02-01', end: '2025-02-02', people: 1 },
      { status: 'PAYMENT_REJECTED', start: '2025-02-01', end: '2025-02-02', people: 1 },
      { status: 'CANCELED', start: '2025-02-01', end: '2025-02-02', people: 5 },
      { status: 'REJECTED', start: '2025-02-01', end: '2025-02-02', people: 5 },
      { status: 'EXPIRED', start: '2025-02-01', end: '2025-02-02', people: 5 },
    ],
    range: ['2025-01-29', '2025-02-02'],
    expect: {
      '2025-01-29': { remaining: 10, reason: 'PAST' },
      '2025-01-30': { remaining: 10 },
      '2025-01-31': { remaining: 6 },
      '2025-02-01': { remaining: 6 },
      '2025-02-02': { remaining: 10 },
    },
  },
  {
    name: 'lodging counts nights [check-in, check-out) across a month end',
    now: '2025-02-20T12:00:00Z',
    experience: { category: 'HOSTING', capacity: 8 },
    bookings: [
      { status: 'APPROVED', start: '2025-02-27', end: '2025-03-02', people: 4 },
      { status: 'PEOPLE_SENT', start: '2025-03-01', end: '2025-03-03', people: 2 },
    ],
    range: ['2025-02-26', '2025-03-03'],
    expect: {
      '2025-02-26': { remaining: 8 },
      '2025-02-27': { remaining: 4 },
      '2025-02-28': { remaining: 4 },
      '2025-03-01': { remaining: 2 },
      '2025-03-02': { remaining: 6 },
      '2025-03-03': { remaining: 8 },
    },
  },
  {
    name: 'a stay across the new year, with "today" taken in São Paulo (already next day in UTC)',
    // 22:30 on 29 December in São Paulo, 01:30 on the 30th in UTC: the 29th is still bookable.
    now: '2025-12-30T01:30:00Z',
    experience: { category: 'HOSTING', capacity: 5 },
    bookings: [{ status: 'PAYMENT_SENT', start: '2025-12-30', end: '2026-01-02', people: 5 }],
    range: ['2025-12-28', '2026-01-02'],
    expect: {
      '2025-12-28': { remaining: 5, reason: 'PAST' },
      '2025-12-29': { remaining: 5 },
      '2025-12-30': { remaining: 0 },
      '2025-12-31': { remaining: 0 },
      '2026-01-01': { remaining: 0 },
      '2026-01-02': { remaining: 5 },
    },
  },
  {
    name: 'the day São Paulo skipped midnight (DST began 2018-11-04) is one ordinary day',
    now: '2018-11-01T12:00:00Z',
    experience: { category: 'HOSTING', capacity: 6 },
    bookings: [{ status: 'APPROVED', start: '2018-11-03', end: '2018-11-05', people: 2 }],
    range: ['2018-11-02', '2018-11-06'],
    expect: {
      '2018-11-02': { remaining: 6 },
      '2018-11-03': { remaining: 4 },
      '2018-11-04': { remaining: 4 },
      '2018-11-05': { remaining: 6 },
      '2018-11-06': { remaining: 6 },
    },
  },
  {
    name: 'week days, offering window, minimum notice and maximum advance',
    now: '2025-01-30T12:00:00Z', // Thursday
    experience: {
      category: 'LABORATORY',
      capacity: 4,
      week_days: [1, 2, 3, 4, 5],
      offer_until: '2025-02-28',
      min_notice_days: 2,
      max_advance_days: 7,
    },
    range: ['2025-01-30', '2025-03-01'],
    expect: {
      '2025-01-30': { remaining: 4, reason: 'NOTICE' },
      '2025-01-31': { remaining: 4, reason: 'NOTICE' },
      '2025-02-01': { remaining: 4, reason: 'WEEK_DAY' },
      '2025-02-03': { remaining: 4 },
      '2025-02-06': { remaining: 4 },
      '2025-02-07': { remaining: 4, reason: 'ADVANCE' },
      '2025-02-28': { remaining: 4, reason: 'ADVANCE' },
      '2025-03-01': { remaining: 4, reason: 'OUTSIDE_WINDOW' },
    },
  },
  {
    name: "closures of the experience and of the whole reserve (never another experience's)",
    now: '2025-01-30T12:00:00Z',
    experience: { ...trail, capacity: 3 },
    closures: [
      { own: true, startsOn: '2025-02-03', endsOn: '2025-02-04', reason: 'Manutenção da trilha' },
      { own: false, startsOn: '2025-02-04', endsOn: '2025-02-05', reason: 'Reserva fechada' },
    ],
    range: ['2025-02-02', '2025-02-06'],
    expect: {
      '2025-02-02': { remaining: 3 },
      '2025-02-03': { remaining: 3, reason: 'CLOSED', closures: ['Manutenção da trilha'] },
      '2025-02-04': { remaining: 3, reason: 'CLOSED', closures: ['Manutenção da trilha', 'Reserva fechada'] },
      '2025-02-05': { remaining: 3, reason: 'CLOSED', closures: ['Reserva fechada'] },
      '2025-02-06': { remaining: 3 },
    },
  },
  {
    name: 'an event: its days in São Paulo, seats for the whole event',
    now: '2025-01-30T12:00:00Z',
    experience: {
      category: 'EVENT',
      capacity: 30,
      // 21:00 on 14 Feb to 17:00 on 15 Feb in São Paulo.
      event_starts_at: new Date('2025-02-15T00:00:00Z'),
      event_ends_at: new Date('2025-02-15T20:00:00Z'),
    },
    bookings: [
      { status: 'APPROVED', start: '2025-02-14', end: '2025-02-16', people: 10 },
      { status: 'CANCELED', start: '2025-02-14', end: '2025-02-16', people: 8 },
    ],
    range: ['2025-02-13', '2025-02-16'],
    expect: {
      '2025-02-13': { remaining: 20, reason: 'OUTSIDE_WINDOW' },
      '2025-02-14': { remaining: 20 },
      '2025-02-15': { remaining: 20 },
      '2025-02-16': { remaining: 20, reason: 'OUTSIDE_WINDOW' },
    },
  },
];

describe('availability (PostgreSQL)', () => {
  let t: IntegrationApp;
  let ownerId: string;
  const db = () => t.testDb.database.db;

  beforeAll(async () => {
    t = await startIntegrationApp();
    ownerId = (await createTestUser(t.context)).id;
  });
  afterAll(() => t.close());

  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const experienceId = await insertExperience(db(), scenario.experience);
      const other = await insertExperience(db(), { category: 'HOSTING' });
      for (const booking of scenario.bookings ?? []) {
        await insertBooking(db(), ownerId, booking.status, [{ experienceId, ...booking }]);
      }
      for (const closure of scenario.closures ?? []) {
        await db()
          .insertInto('closures')
          .values({
            experience_id: closure.own ? experienceId : null,
            starts_on: closure.startsOn,
            ends_on: closure.endsOn,
            reason_pt: closure.reason,
          })
          .execute();
      }
      // Noise that must not count: another experience's bookings and closure on the same days.
      await insertBooking(db(), ownerId, 'APPROVED', [
        { experienceId: other, start: scenario.range[0], end: scenario.range[1], people: 1 },
      ]);
      await db()
        .insertInto('closures')
        .values({ experience_id: other, starts_on: scenario.range[0], ends_on: scenario.range[1], reason_pt: 'x' })
        .execute();

      const experience = (await findExperienceById(db(), experienceId))!;
      const [from, to] = scenario.range;
      // The session's time zone must not matter: only calendar dates are computed in SQL.
      const days = await db()
        .transaction()
        .execute(async (trx) => {
          await sql`set local timezone = 'Pacific/Kiritimati'`.execute(trx);
          return (await computeAvailability(trx, [experience], { from, to }, new Date(scenario.now))).days.get(
            experienceId,
          )!;
        });

      const dates = days.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates[0]).toBe(from);
      expect(dates.at(-1)).toBe(to);
      const byDate = new Map(days.map((d) => [d.date, d]));
      for (const [date, expected] of Object.entries(scenario.expect)) {
        const day = byDate.get(date) as AvailabilityDay;
        expect({ date, remaining: day.remaining, reason: day.reason, open: day.open }).toEqual({
          date,
          remaining: expected.remaining,
          reason: expected.reason,
          open: expected.reason === undefined,
        });
        expect(day.closures?.map((c) => c.reason.pt)).toEqual(expected.closures);
        expect(day.capacity).toBe(experience.capacity);
      }
    });
  }

  it('computes 62 days of several experiences in one SQL statement', async () => {
    const ids = [await insertExperience(db()), await insertExperience(db(), { ...trail })];
    const experiences = await Promise.all(ids.map(async (id) => (await findExperienceById(db(), id))!));
    let statements = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const { days } = await computeAvailability(
      db().withPlugin(counter),
      experiences,
      { from: '2025-03-01', to: '2025-05-01' },
      new Date('2025-02-01T12:00:00Z'),
    );
    expect(statements).toBe(1);
    expect(ids.map((id) => days.get(id)!.length)).toEqual([62, 62]);
  });

  describe('GET /experiences/:id/availability', () => {
    it('answers up to 62 days and refuses more, or a reversed range, with field errors', async () => {
      const id = await insertExperience(db());
      const get = (query: string) => t.app.inject({ url: `/api/v1/experiences/${id}/availability?${query}` });
      const ok = await get('from=2030-01-01&to=2030-03-03');
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ experienceId: id, category: 'HOSTING', timeZone: 'America/Sao_Paulo' });
      expect(ok.json().days).toHaveLength(62);

      for (const query of ['from=2030-01-01&to=2030-03-04', 'from=2030-01-02&to=2030-01-01', 'from=2030-01-01']) {
        const refused = await get(query);
        expect(refused.statusCode).toBe(400);
        expect(refused.json().error.details.issues[0].path).toMatch(/^querystring\./);
      }
      expect((await get('from=2030-02-30&to=2030-03-01')).statusCode).toBe(400);
    });

    it('hides inactive experiences from the public, not from staff, and caches for 15 s', async () => {
      const id = await insertExperience(db(), { active: false });
      const url = `/api/v1/experiences/${id}/availability?from=2030-01-01&to=2030-01-05`;
      expect((await t.app.inject({ url })).statusCode).toBe(404);
      const admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
      const staff = await t.app.inject({ url, headers: admin.headers });
      expect(staff.statusCode).toBe(200);
      expect(staff.headers['cache-control']).toBe('private, no-store');

      await db().updateTable('experiences').set({ active: true }).where('id', '=', id).execute();
      const first = await t.app.inject({ url });
      expect(first.headers['cache-control']).toBe('public, max-age=15');
      const etag = first.headers.etag as string;
      const again = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      expect([again.statusCode, again.body]).toEqual([304, '']);

      await insertBooking(db(), ownerId, 'CREATED', [
        { experienceId: id, start: '2030-01-02', end: '2030-01-03', people: 1 },
      ]);
      const changed = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      expect(changed.statusCode).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect(changed.json().days[1]).toMatchObject({ date: '2030-01-02', remaining: 9 });
    });
  });
});
