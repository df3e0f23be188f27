import { randomUUID } from 'node:crypto';
import { bookingEvents, bookingStatuses, type BookingEvent, type BookingStatus } from '@promata/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { applyTransition, lockBooking } from '../../src/modules/bookings/apply-transition.js';
import { workflowRules, type WorkflowEffect } from '../../src/modules/bookings/booking-workflow.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';
import { cpfFrom, inDays } from '../support/bookings.js';

/**
 * DESIGN.md §2's workflow table, written out again from the document (not imported from the
 * module), and every (state, event, caller) triple checked against the running API.
 */
const open: BookingStatus[] = [
  'CREATED',
  'PEOPLE_REQUESTED',
  'PEOPLE_SENT',
  'PAYMENT_REQUESTED',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'PAYMENT_REJECTED',
  'APPROVED',
  'CANCEL_REQUESTED',
];
type By = 'OWNER' | 'STAFF' | 'SYSTEM';
const design: [BookingEvent, By, BookingStatus[], BookingStatus | 'PREVIOUS'][] = [
  ['APPROVE', 'STAFF', ['CREATED', 'PEOPLE_SENT', 'PAYMENT_REQUESTED', 'PAYMENT_APPROVED'], 'APPROVED'],
  ['REJECT', 'STAFF', ['CREATED', 'PEOPLE_SENT', 'PAYMENT_SENT'], 'REJECTED'],
  ['REQUEST_PEOPLE', 'STAFF', ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_APPROVED'], 'PEOPLE_REQUESTED'],
  ['SEND_PEOPLE', 'OWNER', ['PEOPLE_REQUESTED'], 'PEOPLE_SENT'],
  ['REQUEST_PAYMENT', 'STAFF', ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_REJECTED'], 'PAYMENT_REQUESTED'],
  ['SEND_PAYMENT_PROOF', 'OWNER', ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'], 'PAYMENT_SENT'],
  ['APPROVE_PAYMENT', 'STAFF', ['PAYMENT_SENT'], 'PAYMENT_APPROVED'],
  ['REJECT_PAYMENT', 'STAFF', ['PAYMENT_SENT'], 'PAYMENT_REJECTED'],
  ['REQUEST_CANCELLATION', 'OWNER', open.filter((s) => s !== 'CANCEL_REQUESTED'), 'CANCEL_REQUESTED'],
  ['APPROVE_CANCELLATION', 'STAFF', ['CANCEL_REQUESTED'], 'CANCELED'],
  ['REJECT_CANCELLATION', 'STAFF', ['CANCEL_REQUESTED'], 'PREVIOUS'],
  ['CANCEL', 'STAFF', open, 'CANCELED'],
  ['EXPIRE', 'SYSTEM', ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'], 'EXPIRED'],
  ['COMPLETE', 'SYSTEM', ['APPROVED'], 'COMPLETED'],
];
/**
 * Side effects per event, from DESIGN.md §2 and ADR 0020 (besides the status, the timeline and the
 * owner's mail, which every transition has).
 */
const designEffects: Partial<Record<BookingEvent, WorkflowEffect[]>> = {
  APPROVE: ['ATTACH_CALENDAR'],
  REQUEST_PAYMENT: ['SET_PAYMENT_DEADLINE'],
  SEND_PAYMENT_PROOF: ['ALERT_STAFF_PAYMENT_PROOF'],
  REQUEST_CANCELLATION: ['REMEMBER_PREVIOUS_STATUS', 'ALERT_STAFF_CANCELLATION_REQUEST'],
  APPROVE_CANCELLATION: ['FORGET_PREVIOUS_STATUS'],
  REJECT_CANCELLATION: ['FORGET_PREVIOUS_STATUS'],
  CANCEL: ['FORGET_PREVIOUS_STATUS'],
};
const effectsOf = (event: BookingEvent) => designEffects[event] ?? [];
const expected = (status: BookingStatus, event: BookingEvent, by: By) =>
  design.find(([e, b, from]) => e === event && b === by && from.includes(status));
const allowedFor = (status: BookingStatus, by: By) =>
  design.filter(([, b, from]) => b === by && from.includes(status)).map(([e]) => e);
/** What a rejected cancellation goes back to in these tests. */
const previous: BookingStatus = 'PAYMENT_SENT';

describe('booking workflow (PostgreSQL + Redis)', () => {
  let t: IntegrationApp;
  let ownerId: string;
  let owner: LoggedIn;
  let staff: LoggedIn;
  let stranger: LoggedIn;
  let experienceId: string;
  const db = () => t.testDb.database.db;

  /** A booking in `status` whose guards all pass: full participant list, a proof, a passed deadline, an ended stay. */
  async function bookingIn(status: BookingStatus): Promise<{ id: string; proofId: string }> {
    const id = await insertBooking(db(), ownerId, status, [
      { experienceId, start: inDays(-3), end: inDays(-2), people: 1 },
    ]);
    await db()
      .updateTable('bookings')
      .set({
        starts_on: inDays(-3),
        ends_on: inDays(-2),
        payment_deadline: new Date(Date.now() - 60_000),
        status_before_cancel_request: status === 'CANCEL_REQUESTED' ? previous : null,
      })
      .where('id', '=', id)
      .execute();
    const line = await db()
      .selectFrom('booking_lines')
      .select('id')
      .where('booking_id', '=', id)
      .executeTakeFirstOrThrow();
    const person = await db()
      .insertInto('booking_participants')
      .values({
        booking_id: id,
        position: 0,
        name: 'Ana',
        document_type: 'CPF',
        document_number: cpfFrom('529982247'),
        birth_date: '1990-01-01',
        gender: 'FEMALE',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('booking_participant_lines')
      .values({ participant_id: person.id, line_id: line.id })
      .execute();
    const proof = await db()
      .insertInto('documents')
      .values({
        owner_id: ownerId,
        booking_id: id,
        purpose: 'PAYMENT_PROOF',
        storage_key: `documents/${randomUUID()}`,
        content_type: 'application/pdf',
        size_bytes: 10,
        sha256: '0'.repeat(64),
        original_name: 'proof.pdf',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, proofId: proof.id };
  }

  const fire = (session: LoggedIn, id: string, event: BookingEvent, extra: object = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/transitions`,
      payload: { event, ...extra },
      headers: session.headers,
    });
  const statusOf = async (id: string) =>
    (await db().selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const eventsOf = (id: string) =>
    db().selectFrom('booking_events').selectAll().where('booking_id', '=', id).orderBy('id').execute();

  beforeAll(async () => {
    t = await startIntegrationApp({ DATABASE_POOL_MAX: '10' });
    const user = await createTestUser(t.context);
    ownerId = user.id;
    owner = await login(t.app, user);
    staff = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
    stranger = await login(t.app, await createTestUser(t.context));
    experienceId = await insertExperience(db(), { capacity: 100 });
  });
  afterAll(async () => t.close());

  for (const by of ['OWNER', 'STAFF'] as const) {
    it(`every (state, event) fired by ${by.toLowerCase()} does what the design table says`, async () => {
      const session = by === 'OWNER' ? owner : staff;
      for (const status of bookingStatuses) {
        for (const event of bookingEvents) {
          const { id, proofId } = await bookingIn(status);
          const response = await fire(
            session,
            id,
            event,
            event === 'SEND_PAYMENT_PROOF' ? { documentId: proofId } : {},
          );
          const rule = expected(status, event, by);
          const label = `${status} --${event}--> (${by})`;
          if (rule) {
            const to = rule[3] === 'PREVIOUS' ? previous : rule[3];
            expect([label, response.statusCode, response.json().status]).toEqual([label, 200, to]);
            const events = await eventsOf(id);
            expect(events.at(-1)).toMatchObject({
              event: event === 'REJECT_CANCELLATION' ? 'CANCEL_REJECTED' : event,
              from_status: status,
              to_status: to,
              actor_role: by,
            });
            expect(response.json().allowedEvents).toEqual(allowedFor(to, by));
            // The stored effects: bookingIn left a passed deadline, and a previous state only when CANCEL_REQUESTED.
            const row = await db()
              .selectFrom('bookings')
              .select(['payment_deadline', 'status_before_cancel_request'])
              .where('id', '=', id)
              .executeTakeFirstOrThrow();
            const effects = effectsOf(event);
            expect([label, row.payment_deadline!.getTime() > Date.now() + 4 * 86_400_000]).toEqual([
              label,
              effects.includes('SET_PAYMENT_DEADLINE'),
            ]);
            const remembered = effects.includes('REMEMBER_PREVIOUS_STATUS')
              ? status
              : effects.includes('FORGET_PREVIOUS_STATUS') || status !== 'CANCEL_REQUESTED'
                ? null
                : previous;
            expect([label, row.status_before_cancel_request]).toEqual([label, remembered]);
          } else {
            expect([label, response.statusCode, response.json().error.code]).toEqual([
              label,
              409,
              'INVALID_TRANSITION',
            ]);
            expect(response.json().error.details.allowed).toEqual(allowedFor(status, by));
            expect(await statusOf(id)).toBe(status);
            expect(await eventsOf(id)).toHaveLength(0);
          }
        }
      }
    }, 120_000);
  }

  it('every (state, event) fired by the system does what the design table says', async () => {
    for (const status of bookingStatuses) {
      for (const event of bookingEvents) {
        const { id } = await bookingIn(status);
        const outcome = await db()
          .transaction()
          .execute(async (trx) => {
            const booking = (await lockBooking(trx, id))!;
            return applyTransition(trx, booking, { event, roles: ['SYSTEM'], actorId: null, now: new Date() });
          })
          .then(
            (change) => change.to,
            (error: { code?: string }) => error.code,
          );
        const rule = expected(status, event, 'SYSTEM');
        expect([status, event, outcome]).toEqual([status, event, rule ? rule[3] : 'INVALID_TRANSITION']);
      }
    }
  }, 60_000);

  it('the table lists exactly the side effects of the design for every rule', () => {
    for (const rule of workflowRules) expect([rule.event, rule.effects]).toEqual([rule.event, effectsOf(rule.event)]);
    const ruleEvents = new Set(workflowRules.map((r) => r.event));
    for (const event of Object.keys(designEffects)) expect(ruleEvents).toContain(event);
  });

  it("another user's booking is 404 for every event; no state leads from a released state back to a holding one", async () => {
    const { id } = await bookingIn('CREATED');
    for (const event of bookingEvents) expect((await fire(stranger, id, event)).statusCode).toBe(404);
    const released: BookingStatus[] = ['REJECTED', 'CANCELED', 'EXPIRED'];
    for (const [, , from, to] of design) {
      if (from.some((s) => released.includes(s))) expect(released).toContain(to);
    }
  });

  it('guards: people only when the list is complete, a proof only with a payment proof of this booking, no early expiry', async () => {
    const people = await bookingIn('PEOPLE_REQUESTED');
    await db().deleteFrom('booking_participants').where('booking_id', '=', people.id).execute();
    const refused = await fire(owner, people.id, 'SEND_PEOPLE');
    expect(refused.json().error.details).toMatchObject({
      reason: 'PARTICIPANTS_INCOMPLETE',
      allowed: ['SEND_PEOPLE', 'REQUEST_CANCELLATION'],
    });

    const payment = await bookingIn('PAYMENT_REQUESTED');
    const other = await bookingIn('PAYMENT_REQUESTED');
    for (const extra of [{}, { documentId: other.proofId }, { documentId: randomUUID() }]) {
      const response = await fire(owner, payment.id, 'SEND_PAYMENT_PROOF', extra);
      expect(response.json().error.details.reason).toBe('PAYMENT_PROOF_REQUIRED');
    }
    const sent = await fire(owner, payment.id, 'SEND_PAYMENT_PROOF', { documentId: payment.proofId, message: 'Pix' });
    expect(sent.statusCode).toBe(200);
    expect((await eventsOf(payment.id)).at(-1)).toMatchObject({ document_id: payment.proofId, message: 'Pix' });
  });

  it('requesting payment sets a deadline; a cancellation request remembers where it came from', async () => {
    const { id } = await bookingIn('APPROVED');
    await db().updateTable('bookings').set({ payment_deadline: null }).where('id', '=', id).execute();
    const requested = await fire(staff, id, 'REQUEST_PAYMENT', { message: 'Pague até sexta' });
    const deadline = Date.parse(requested.json().paymentDeadline);
    expect(deadline - Date.now()).toBeGreaterThan(4 * 86_400_000);
    expect((await fire(owner, id, 'REQUEST_CANCELLATION')).json().status).toBe('CANCEL_REQUESTED');
    expect((await fire(staff, id, 'REJECT_CANCELLATION')).json().status).toBe('PAYMENT_REQUESTED');
    const timeline = await t.app.inject({ url: `/api/v1/bookings/${id}/events`, headers: owner.headers });
    expect(timeline.json().items.map((e: { event: string }) => e.event)).toEqual([
      'REQUEST_PAYMENT',
      'REQUEST_CANCELLATION',
      'CANCEL_REJECTED',
    ]);
    expect(timeline.json().items[0]).toMatchObject({ message: 'Pague até sexta', actorRole: 'STAFF' });
  });

  it('of a concurrent approve and reject of one booking exactly one wins, every time', async () => {
    const second = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
    for (let round = 0; round < 20; round += 1) {
      const { id } = await bookingIn('CREATED');
      const [approve, reject] = await Promise.all([fire(staff, id, 'APPROVE'), fire(second, id, 'REJECT')]);
      const codes = [approve.statusCode, reject.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const winner = approve.statusCode === 200 ? 'APPROVED' : 'REJECTED';
      expect(await statusOf(id)).toBe(winner);
      expect(await eventsOf(id)).toHaveLength(1);
    }
  });
});
