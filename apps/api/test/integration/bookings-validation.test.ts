import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience } from '../support/catalogue.js';
import { weekDayOf } from '../../src/modules/availability/calendar-date.js';
import { dayLine, inDays, participant, postBooking } from '../support/bookings.js';

const trail = { category: 'TRAIL', trail_duration_minutes: 60, trail_difficulty: 'LIGHT', trail_length_km: 2 } as const;

describe('POST /bookings refuses bad input (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let guest: LoggedIn;
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
    t = await startIntegrationApp();
    guest = await login(t.app, await createTestUser(t.context));
  });
  afterAll(async () => t.close());

  describe('bad input: 400 with field errors (413 PAYLOAD_TOO_LARGE above the body limit), nothing written', () => {
    let trailId: string;
    let eventId: string;
    let labId: string;
    let closedId: string;
    let calendarId: string;
    beforeAll(async () => {
      trailId = await insertExperience(db(), { ...trail, capacity: 10 });
      const starts = new Date(`${inDays(30)}T13:00:00Z`);
      eventId = await insertExperience(db(), {
        category: 'EVENT',
        capacity: 100,
        event_starts_at: starts,
        event_ends_at: new Date(starts.getTime() + 30 * 3_600_000),
      });
      labId = await insertExperience(db(), { category: 'LABORATORY', requires_verified_professor: true });
      closedId = await insertExperience(db(), { ...trail, min_notice_days: 3 });
      await db()
        .insertInto('closures')
        .values({ experience_id: closedId, starts_on: inDays(10), ends_on: inDays(10), reason_pt: 'Obras' })
        .execute();
      // Offered until day 40, at most 30 days ahead, and never on the week day of day 7.
      calendarId = await insertExperience(db(), {
        ...trail,
        offer_until: inDays(40),
        max_advance_days: 30,
        week_days: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== weekDayOf(inDays(7))),
      });
    });
    const ok = () => dayLine(trailId, inDays(7), 2);
    const cases: [string, () => unknown, number, string, string?][] = [
      ['no lines', () => ({ lines: [] }), 400, 'body.lines'],
      ['negative people', () => ({ lines: [{ ...ok(), people: -1 }] }), 400, 'body.lines.0.people'],
      ['fractional people', () => ({ lines: [{ ...ok(), people: 1.5 }] }), 400, 'body.lines.0.people'],
      ['too many people', () => ({ lines: [{ ...ok(), people: 501 }] }), 400, 'body.lines.0.people'],
      ['end before start', () => ({ lines: [{ ...ok(), endDate: inDays(6) }] }), 400, 'body.lines.0.endDate'],
      ['not a date', () => ({ lines: [{ ...ok(), startDate: '2030-02-30' }] }), 400, 'body.lines.0.startDate'],
      ['a past day', () => ({ lines: [dayLine(trailId, inDays(-2), 1)] }), 400, 'body.lines.0.startDate', 'day_past'],
      [
        'unknown experience',
        () => ({ lines: [{ ...ok(), experienceId: randomUUID() }] }),
        400,
        'body.lines.0.experienceId',
        'unknown_experience',
      ],
      [
        'a two-day trail line',
        () => ({ lines: [{ ...ok(), endDate: inDays(9) }] }),
        400,
        'body.lines.0.endDate',
        'single_day',
      ],
      [
        'an event line that is not the event',
        () => ({ lines: [dayLine(eventId, inDays(30), 2)] }),
        400,
        'body.lines.0.startDate',
        'event_dates',
      ],
      [
        'a professors-only laboratory booked by a visitor',
        () => ({ lines: [dayLine(labId, inDays(7), 1)] }),
        400,
        'body.lines.0.experienceId',
        'requires_verified_professor',
      ],
      [
        'a closed day',
        () => ({ lines: [dayLine(closedId, inDays(10), 1)] }),
        400,
        'body.lines.0.startDate',
        'day_closed',
      ],
      [
        'short notice',
        () => ({ lines: [dayLine(closedId, inDays(1), 1)] }),
        400,
        'body.lines.0.startDate',
        'day_notice',
      ],
      [
        'duplicated participant documents',
        () => ({ lines: [ok()], participants: [participant(1), participant(1)] }),
        400,
        'body.participants.1.document',
      ],
      [
        'an invalid CPF',
        () => ({
          lines: [ok()],
          participants: [{ ...participant(1), document: { type: 'CPF', number: '123.456.789-00' } }],
        }),
        400,
        'body.participants.0.document.number',
      ],
      [
        'more participants than people',
        () => ({ lines: [ok()], participants: [participant(1), participant(2), participant(3)] }),
        400,
        'body.participants',
      ],
      [
        'a participant on a line that does not exist',
        () => ({ lines: [ok()], participants: [participant(1, [1])] }),
        400,
        'body.participants.0.lines',
      ],
      [
        'a day the experience is not offered on that week day',
        () => ({ lines: [dayLine(calendarId, inDays(7), 1)] }),
        400,
        'body.lines.0.startDate',
        'day_week_day',
      ],
      [
        'a day after the offering window',
        () => ({ lines: [dayLine(calendarId, inDays(41), 1)] }),
        400,
        'body.lines.0.startDate',
        'day_outside_window',
      ],
      [
        'a day beyond the maximum advance',
        () => ({ lines: [dayLine(calendarId, inDays(31), 1)] }),
        400,
        'body.lines.0.startDate',
        'day_advance',
      ],
      ['an empty line', () => ({ lines: [{}] }), 400, 'body.lines.0.experienceId'],
      ['11 lines', () => ({ lines: Array.from({ length: 11 }, ok) }), 400, 'body.lines'],
      [
        '501 participants (under the body limit)',
        () => ({ lines: [ok()], participants: Array.from({ length: 501 }, (_, i) => participant(i + 1)) }),
        400,
        'body.participants',
      ],
      ['4,001 characters of notes', () => ({ lines: [ok()], notes: 'x'.repeat(4001) }), 400, 'body.notes'],
      ['an unknown field', () => ({ lines: [ok()], price: 0 }), 400, 'body'],
      // Above BODY_LIMIT_BYTES the body is never read, so there are no field errors to give (ADR 0046).
      [
        'a body above BODY_LIMIT_BYTES: 413 PAYLOAD_TOO_LARGE',
        () => ({ lines: [ok()], notes: 'x'.repeat(1_100_000) }),
        413,
        '',
      ],
    ];
    it.each(cases)('%s', async (_name, body, status, path, code) => {
      const before = await bookingCount();
      const response = await postBooking(t.app, guest, body());
      expect(response.statusCode).toBe(status);
      if (status === 400) {
        const issues = response.json().error.details.issues as { path: string; code: string }[];
        expect(issues.map((i) => i.path)).toContain(path);
        if (code) expect(issues.map((i) => i.code)).toContain(code);
      } else {
        expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
        expect(response.json().error.details?.issues).toBeUndefined();
      }
      expect(await bookingCount()).toBe(before);
    });

    it('an invalid Idempotency-Key header', async () => {
      const response = await postBooking(t.app, guest, { lines: [ok()] }, { 'idempotency-key': 'no' });
      expect(response.json().error.details.issues[0].path).toBe('headers.idempotency-key');
    });
  });
});
