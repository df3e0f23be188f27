import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';
import { dayLine, inDays, postBooking } from '../support/bookings.js';
import { addDays } from '../../src/modules/availability/calendar-date.js';

const trail = { category: 'TRAIL', trail_duration_minutes: 60, trail_difficulty: 'LIGHT', trail_length_km: 2 } as const;

describe('POST /bookings/quote: the price a booking would get, nothing written (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let guest: LoggedIn;
  let guestId: string;
  let professor: LoggedIn;
  const db = () => t.testDb.database.db;
  const counts = async () => {
    const { rows } = await sql<{ bookings: number; lines: number; keys: number }>`
      select (select count(*) from bookings)::int as bookings, (select count(*) from booking_lines)::int as lines,
        (select count(*) from booking_idempotency_keys)::int as keys`.execute(db());
    return rows[0]!;
  };
  const quote = (session: LoggedIn, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings/quote',
      payload: payload as object,
      headers: session.headers,
    });

  beforeAll(async () => {
    t = await startIntegrationApp();
    const g = await createTestUser(t.context);
    guestId = g.id;
    guest = await login(t.app, g);
    professor = await login(t.app, await createTestUser(t.context, { role: 'PROFESSOR' }));
  });
  afterAll(async () => t.close());

  const snapshot = (body: {
    totalCents: number;
    lines: {
      experienceId: string;
      startDate: string;
      endDate: string;
      people: number;
      unitPriceCents: number;
      totalCents: number;
    }[];
  }) => ({
    totalCents: body.totalCents,
    lines: body.lines.map(({ experienceId, startDate, endDate, people, unitPriceCents, totalCents }) => ({
      experienceId,
      startDate,
      endDate,
      people,
      unitPriceCents,
      totalCents,
    })),
  });

  it('quotes lodging per night as the created booking snapshots it, writing nothing', async () => {
    const hostingId = await insertExperience(db(), { category: 'HOSTING', capacity: 10, price_cents: 9000 });
    const trailId = await insertExperience(db(), { ...trail, price_cents: 2550 });
    const lines = [
      { experienceId: hostingId, startDate: inDays(40), endDate: inDays(43), people: 2 },
      dayLine(trailId, inDays(41), 3),
    ];
    const before = await counts();
    const quoted = await quote(guest, { lines });
    expect(quoted.statusCode).toBe(200);
    expect(quoted.json()).toMatchObject({
      totalCents: 61650,
      lines: [{ nights: 3, totalCents: 54000 }, { totalCents: 7650 }],
    });
    expect(quoted.json().lines[1]).not.toHaveProperty('nights');
    expect(await counts()).toEqual(before);

    const created = await postBooking(t.app, guest, { lines });
    expect(created.statusCode).toBe(201);
    expect(snapshot(quoted.json())).toEqual(snapshot(created.json()));
  });

  it('exempts a professor where the experience says so, like the booking', async () => {
    const labId = await insertExperience(db(), {
      category: 'LABORATORY',
      price_cents: 5000,
      professor_price_rule: 'EXEMPT',
      requires_verified_professor: true,
    });
    const paysId = await insertExperience(db(), { ...trail, price_cents: 3000 });
    const lines = [dayLine(labId, inDays(8), 4), dayLine(paysId, inDays(8), 2)];
    const quoted = await quote(professor, { lines });
    expect(quoted.statusCode).toBe(200);
    expect(quoted.json().lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([0, 6000]);
    const created = await postBooking(t.app, professor, { lines });
    expect(snapshot(quoted.json())).toEqual(snapshot(created.json()));
    // The same lines for a guest: the laboratory is refused as the booking would be.
    const refused = await quote(guest, { lines });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.issues).toContainEqual(
      expect.objectContaining({ path: 'body.lines.0.experienceId', code: 'requires_verified_professor' }),
    );
  });

  it('answers 409 CAPACITY_EXCEEDED for a full day, writing and counting nothing', async () => {
    const experienceId = await insertExperience(db(), { ...trail, capacity: 5 });
    const date = inDays(15);
    await insertBooking(db(), guestId, 'APPROVED', [{ experienceId, start: date, end: addDays(date, 1), people: 5 }]);
    const before = await counts();
    const metric = () => t.context.metrics.registry.getSingleMetricAsString('booking_capacity_rejections_total');
    const rejections = await metric();
    const response = await quote(guest, { lines: [dayLine(experienceId, date, 1)] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'CAPACITY_EXCEEDED',
      details: { days: [{ experienceId, date, capacity: 5, remaining: 0, requested: 1 }] },
    });
    expect(await counts()).toEqual(before);
    expect(await metric()).toBe(rejections);
  });

  it('refuses the fields create refuses (participants are not part of a quote)', async () => {
    const experienceId = await insertExperience(db(), trail);
    const response = await quote(guest, { lines: [dayLine(experienceId, inDays(9), 1)], participants: [] });
    expect(response.statusCode).toBe(400);
  });
});
