import type { AvailabilityResponse, Closure } from '@promata/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDateAt } from '../../src/modules/availability/calendar-date.js';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';

type Edited = Closure & { overlappingBookings: number };

// PATCH /api/v1/closures/:id. The in-process read cache is on (with its longest TTL, longer than
// one test) so that an edit showing up in the public availability proves the write emptied it.

describe('editing closures (PostgreSQL)', () => {
  let t: IntegrationApp;
  let admin: LoggedIn;
  const db = () => t.testDb.database.db;
  const today = () => calendarDateAt(new Date());
  const as = (session: LoggedIn | undefined, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, payload, ...(session ? { headers: session.headers } : {}) });
  const newClosure = async (values: { experienceId?: string; startsOn: string; endsOn: string }) => {
    const created = await as(admin, 'POST', '/api/v1/closures', { ...values, reason: { pt: 'Manejo', en: 'Upkeep' } });
    expect(created.statusCode).toBe(201);
    return created.json<Edited>();
  };
  const stored = (id: string) => db().selectFrom('closures').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await startIntegrationApp({ PUBLIC_READ_CACHE_MS: '15000' });
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
  });
  afterAll(() => t.close());

  it('changes the days, the scope and the reason, counts the bookings of the new period and audits it', async () => {
    const owner = await createTestUser(t.context);
    const trail = await insertExperience(db());
    const start = addDays(today(), 30);
    await insertBooking(db(), owner.id, 'APPROVED', [
      { experienceId: trail, start: addDays(start, 5), end: addDays(start, 6), people: 2 },
    ]);
    const closure = await newClosure({ startsOn: start, endsOn: addDays(start, 1) });
    expect(closure.overlappingBookings).toBe(0);

    const edited = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, {
      experienceId: trail,
      endsOn: addDays(start, 5),
      reason: { pt: 'Ponte em obras', en: 'Bridge works' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Edited>()).toEqual({
      ...closure,
      experienceId: trail,
      endsOn: addDays(start, 5),
      reason: { pt: 'Ponte em obras', en: 'Bridge works' },
      overlappingBookings: 1,
    });
    expect(await stored(closure.id)).toMatchObject({
      experience_id: trail,
      starts_on: start,
      ends_on: addDays(start, 5),
      reason_pt: 'Ponte em obras',
    });

    // Only the English reason cleared (a blank translation is none); back to the whole reserve.
    const partial = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, {
      experienceId: null,
      reason: { pt: 'Ponte em obras', en: ' ' },
    });
    expect(partial.json<Edited>()).toMatchObject({ experienceId: null, reason: { pt: 'Ponte em obras', en: null } });

    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'data'])
      .where('target_id', '=', closure.id)
      .orderBy('id')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['closure.created', 'closure.updated', 'closure.updated']);
    expect(audit[1]?.data).toMatchObject({
      fields: ['experienceId', 'endsOn', 'reason'],
      before: { experienceId: null, startsOn: start, endsOn: addDays(start, 1) },
      after: { experienceId: trail, startsOn: start, endsOn: addDays(start, 5) },
    });
  });

  it('refuses a period that would end before it starts, checked on the merged closure (400 body.endsOn)', async () => {
    const start = addDays(today(), 40);
    const closure = await newClosure({ startsOn: start, endsOn: addDays(start, 2) });
    const refusals = [
      // Both dates in the request: the contract refuses it.
      { startsOn: addDays(start, 3), endsOn: start },
      // One date only: reversed against the stored other one.
      { endsOn: addDays(start, -1) },
      { startsOn: addDays(start, 3) },
    ];
    for (const body of refusals) {
      const refused = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(refused.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['body.endsOn']);
    }
    const unknownExperience = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, {
      experienceId: '00000000-0000-4000-8000-000000000000',
    });
    expect([unknownExperience.statusCode, unknownExperience.json().error.details.issues[0].path]).toEqual([
      400,
      'body.experienceId',
    ]);
    const blankReason = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, { reason: { pt: ' ' } });
    expect(blankReason.statusCode).toBe(400);
    const unknownField = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, { createdAt: start });
    expect(unknownField.statusCode).toBe(400);

    // Nothing of it was stored, nor audited.
    expect(await stored(closure.id)).toMatchObject({
      starts_on: start,
      ends_on: addDays(start, 2),
      reason_pt: 'Manejo',
    });
    const updates = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', closure.id)
      .where('action', '=', 'closure.updated')
      .execute();
    expect(updates).toHaveLength(0);
  });

  it('answers 404 for an unknown closure and to callers who are not staff, 401 without a session', async () => {
    const start = addDays(today(), 50);
    const closure = await newClosure({ startsOn: start, endsOn: start });
    const unknown = await as(admin, 'PATCH', '/api/v1/closures/00000000-0000-4000-8000-000000000000', {
      endsOn: start,
    });
    expect(unknown.statusCode).toBe(404);

    const guest = await login(t.app, await createTestUser(t.context));
    const professor = await login(t.app, await createTestUser(t.context, { role: 'PROFESSOR' }));
    for (const session of [guest, professor]) {
      const hidden = await as(session, 'PATCH', `/api/v1/closures/${closure.id}`, { endsOn: addDays(start, 9) });
      expect(hidden.statusCode).toBe(404);
    }
    expect(
      (await as(undefined, 'PATCH', `/api/v1/closures/${closure.id}`, { endsOn: addDays(start, 9) })).statusCode,
    ).toBe(401);
    expect((await stored(closure.id)).ends_on).toBe(start);
  });

  it('is what visitors see at once: the availability and the public list follow the edit', async () => {
    const lodge = await insertExperience(db(), { name_pt: 'Casa da mata' });
    const start = addDays(today(), 20);
    const from = addDays(start, -1);
    const to = addDays(start, 6);
    const availability = async () => {
      const response = await t.app.inject({ url: `/api/v1/experiences/${lodge}/availability?from=${from}&to=${to}` });
      expect(response.statusCode).toBe(200);
      return response.json<AvailabilityResponse>().days;
    };
    const closedDays = async () =>
      (await availability()).filter((day) => day.reason === 'CLOSED').map((day) => day.date);
    const closure = await newClosure({ experienceId: lodge, startsOn: start, endsOn: addDays(start, 1) });
    expect(await closedDays()).toEqual([start, addDays(start, 1)]);
    const publicList = async () =>
      (await t.app.inject({ url: `/api/v1/closures?experienceId=${lodge}` })).json<{ items: Closure[] }>().items;
    expect((await publicList()).map((item) => item.reason.pt)).toContain('Manejo');

    const edited = await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, {
      startsOn: addDays(start, 3),
      endsOn: addDays(start, 5),
      reason: { pt: 'Dedetização', en: 'Pest control' },
    });
    expect(edited.statusCode).toBe(200);
    expect(await closedDays()).toEqual([addDays(start, 3), addDays(start, 4), addDays(start, 5)]);
    const day = (await availability()).find((candidate) => candidate.date === addDays(start, 3));
    expect(day?.closures).toEqual([{ id: closure.id, reason: { pt: 'Dedetização', en: 'Pest control' } }]);
    expect((await publicList()).find((item) => item.id === closure.id)?.reason.pt).toBe('Dedetização');

    // Moved to another experience: this one opens again.
    const other = await insertExperience(db());
    expect((await as(admin, 'PATCH', `/api/v1/closures/${closure.id}`, { experienceId: other })).statusCode).toBe(200);
    expect(await closedDays()).toEqual([]);
  });
});
