import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { addDays } from '../../src/modules/availability/calendar-date.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';
import { cpfFrom, dayLine, inDays, participant, postBooking } from '../support/bookings.js';

const trail = { category: 'TRAIL', trail_duration_minutes: 60, trail_difficulty: 'LIGHT', trail_length_km: 2 } as const;

describe('POST /bookings: rules, quote, capacity and idempotency (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let guest: LoggedIn;
  let guestId: string;
  let professor: LoggedIn;
  const db = () => t.testDb.database.db;
  const bookingCount = async () =>
    Number(
      (
        await db()
          .selectFrom('bookings')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startIntegrationApp({ DATABASE_POOL_MAX: '10' });
    const g = await createTestUser(t.context);
    guestId = g.id;
    guest = await login(t.app, g);
    professor = await login(t.app, await createTestUser(t.context, { role: 'PROFESSOR' }));
  });
  afterAll(async () => t.close());

  it('sells exactly the last 20 places of a day to 200 concurrent requests, never more', async () => {
    const experienceId = await insertExperience(db(), { ...trail, capacity: 50 });
    const date = inDays(20);
    await insertBooking(db(), guestId, 'APPROVED', [{ experienceId, start: date, end: addDays(date, 1), people: 30 }]);
    const sessions = await Promise.all(
      Array.from({ length: 8 }, async () => login(t.app, await createTestUser(t.context))),
    );
    // Mixed sizes 1–3; the last 20 ask for one place so the day can be filled to the last seat.
    const people = Array.from({ length: 200 }, (_, i) => (i >= 180 ? 1 : (i % 3) + 1));
    const responses = await Promise.all(
      people.map((n, i) =>
        postBooking(t.app, sessions[i % sessions.length]!, { lines: [dayLine(experienceId, date, n)] }),
      ),
    );

    const sold = responses.reduce((sum, r, i) => sum + (r.statusCode === 201 ? people[i]! : 0), 0);
    const statuses = new Set(responses.map((r) => r.statusCode));
    expect([...statuses].sort()).toEqual([201, 409]);
    expect(sold).toBe(20);
    for (const [i, response] of responses.entries()) {
      if (response.statusCode !== 409) continue;
      const { error } = response.json();
      expect(error.code).toBe('CAPACITY_EXCEEDED');
      const [day] = error.details.days;
      expect(day).toMatchObject({ experienceId, date, capacity: 50, requested: people[i] });
      expect(day.remaining).toBeLessThan(people[i]!);
    }
    const stored = await sql<{ people: number }>`
      select coalesce(sum(l.people), 0)::int as people from booking_lines l join bookings b on b.id = l.booking_id
      where l.experience_id = ${experienceId} and b.status not in ('REJECTED', 'CANCELED', 'EXPIRED')`.execute(db());
    expect(stored.rows[0]!.people).toBe(50);
    const availability = await t.app.inject({
      url: `/api/v1/experiences/${experienceId}/availability?from=${date}&to=${date}`,
    });
    expect(availability.json().days[0].remaining).toBe(0);
    const refused = responses.filter((r) => r.statusCode === 409).length;
    const counter = await t.context.metrics.registry.getSingleMetricAsString('booking_capacity_rejections_total');
    expect(counter).toMatch(
      new RegExp(`booking_capacity_rejections_total\\{service="promata-api"\\} ${refused}$`, 'm'),
    );
    // Every accepted booking is a transition from nothing to CREATED (the bookings dashboard's rate).
    const created = responses.filter((r) => r.statusCode === 201).length;
    const transitions = await t.context.metrics.registry.getSingleMetricAsString('booking_transitions_total');
    expect(transitions).toMatch(
      new RegExp(`booking_transitions_total\\{[^}]*from="none"[^}]*to="CREATED"[^}]*\\} ${created}$`, 'm'),
    );
  }, 60_000);

  it('refuses a booking over capacity with the offending days, counting its own lines together', async () => {
    const experienceId = await insertExperience(db(), { ...trail, capacity: 4 });
    const date = inDays(5);
    const before = await bookingCount();
    const response = await postBooking(t.app, guest, {
      lines: [
        dayLine(experienceId, date, 3),
        dayLine(experienceId, date, 2),
        dayLine(experienceId, addDays(date, 1), 4),
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'CAPACITY_EXCEEDED',
      details: { days: [{ experienceId, date, capacity: 4, remaining: 4, requested: 5 }] },
    });
    expect(await bookingCount()).toBe(before);
  });

  describe('quote', () => {
    it('prices lodging per person per night, snapshots it, and keeps the snapshot after a price change', async () => {
      const hostingId = await insertExperience(db(), { category: 'HOSTING', capacity: 10, price_cents: 9000 });
      const trailId = await insertExperience(db(), { ...trail, price_cents: 2550 });
      const response = await postBooking(t.app, guest, {
        lines: [
          { experienceId: hostingId, startDate: inDays(40), endDate: inDays(43), people: 2 },
          dayLine(trailId, inDays(41), 3),
        ],
        participants: [participant(7, [0, 1]), participant(8, [1])],
        notes: '  Chegamos à noite  ',
      });
      expect(response.statusCode).toBe(201);
      const booking = response.json();
      expect(booking).toMatchObject({
        status: 'CREATED',
        totalCents: 9000 * 2 * 3 + 2550 * 3,
        startDate: inDays(40),
        endDate: inDays(43),
        notes: 'Chegamos à noite',
        allowedEvents: ['REQUEST_CANCELLATION'],
      });
      expect(
        booking.lines.map((l: { unitPriceCents: number; totalCents: number }) => [l.unitPriceCents, l.totalCents]),
      ).toEqual([
        [9000, 54000],
        [2550, 7650],
      ]);
      expect(booking.participants[0]).toMatchObject({
        lines: [0, 1],
        document: { type: 'CPF', number: cpfFrom('100000007') },
      });

      await db().updateTable('experiences').set({ price_cents: 1 }).where('id', 'in', [hostingId, trailId]).execute();
      const again = await t.app.inject({ url: `/api/v1/bookings/${booking.id}`, headers: guest.headers });
      expect(again.json().lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([54000, 7650]);
      expect(again.json().totalCents).toBe(61650);

      const events = await t.app.inject({ url: `/api/v1/bookings/${booking.id}/events`, headers: guest.headers });
      expect(events.json().items).toMatchObject([
        { event: 'CREATE', fromStatus: null, toStatus: 'CREATED', actorRole: 'OWNER' },
      ]);
    });

    it('exempts a professor where the rule says so, and lets them book a professors-only laboratory', async () => {
      const labId = await insertExperience(db(), {
        category: 'LABORATORY',
        price_cents: 5000,
        professor_price_rule: 'EXEMPT',
        requires_verified_professor: true,
      });
      const paysId = await insertExperience(db(), { ...trail, price_cents: 3000 });
      const response = await postBooking(t.app, professor, {
        lines: [dayLine(labId, inDays(8), 4), dayLine(paysId, inDays(8), 2)],
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([0, 6000]);
      expect(response.json().totalCents).toBe(6000);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers the first booking to a retry, and refuses the key with another body', async () => {
      const experienceId = await insertExperience(db(), { ...trail, capacity: 30 });
      const body = { lines: [dayLine(experienceId, inDays(12), 2)] };
      const key = randomUUID();
      const first = await postBooking(t.app, guest, body, { 'idempotency-key': key });
      const second = await postBooking(t.app, guest, body, { 'idempotency-key': key });
      expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
      expect(second.json().id).toBe(first.json().id);
      expect(second.headers['idempotent-replayed']).toBe('true');
      const other = await postBooking(
        t.app,
        guest,
        { lines: [dayLine(experienceId, inDays(12), 3)] },
        {
          'idempotency-key': key,
        },
      );
      expect([other.statusCode, other.json().error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      // The key belongs to its user: another user's same key is another booking.
      const stranger = await postBooking(t.app, professor, body, { 'idempotency-key': key });
      expect(stranger.json().id).not.toBe(first.json().id);
      const rows = await db()
        .selectFrom('booking_lines')
        .select('booking_id')
        .where('experience_id', '=', experienceId)
        .execute();
      expect(rows).toHaveLength(2);
    });

    it('makes one booking of 10 concurrent requests with the same key', async () => {
      const experienceId = await insertExperience(db(), { ...trail, capacity: 30 });
      const body = { lines: [dayLine(experienceId, inDays(13), 1)] };
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => postBooking(t.app, guest, body, { 'idempotency-key': key })),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
      expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
      const rows = await db()
        .selectFrom('booking_lines')
        .select('booking_id')
        .where('experience_id', '=', experienceId)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('lets a refused request be retried with the same key (only successes are remembered)', async () => {
      const experienceId = await insertExperience(db(), { ...trail, capacity: 1 });
      const key = randomUUID();
      const body = { lines: [dayLine(experienceId, inDays(14), 2)] };
      expect((await postBooking(t.app, guest, body, { 'idempotency-key': key })).statusCode).toBe(409);
      await db().updateTable('experiences').set({ capacity: 2 }).where('id', '=', experienceId).execute();
      expect((await postBooking(t.app, guest, body, { 'idempotency-key': key })).statusCode).toBe(201);
    });
  });
});
