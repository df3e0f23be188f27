import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../../../test-support/accounts.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { runBookingJobs, startBookingJobRunner } from '../../src/modules/bookings/booking-jobs.js';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import type { BookingStatus } from '../../src/platform/db/schema.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';
import { inDays } from '../support/bookings.js';

describe('booking jobs: expire and complete, safe with several replicas (PostgreSQL)', () => {
  let t: IntegrationApp;
  let replica: Database;
  let userId: string;
  let experienceId: string;
  const db = () => t.testDb.database.db;

  async function seed(count: number, status: BookingStatus, values: { deadlineMs?: number; endsIn?: number }) {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = await insertBooking(db(), userId, status, [
        { experienceId, start: inDays(-5), end: inDays(-4), people: 1 },
      ]);
      await db()
        .updateTable('bookings')
        .set({
          payment_deadline: values.deadlineMs === undefined ? null : new Date(Date.now() + values.deadlineMs),
          starts_on: inDays(-5),
          ends_on: values.endsIn === undefined ? inDays(-4) : inDays(values.endsIn),
        })
        .where('id', '=', id)
        .execute();
      ids.push(id);
    }
    return ids;
  }

  beforeAll(async () => {
    t = await startIntegrationApp({ DATABASE_POOL_MAX: '10' });
    // A second process's pool on the same database: the other replica.
    replica = await openDatabase({ kind: 'postgres', url: t.testDb.url, poolMax: 5, statementTimeoutMs: 10_000 });
    userId = (await createTestUser(t.context)).id;
    experienceId = await insertExperience(db(), { capacity: 1000 });
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('two runners at once move every due booking exactly once and leave the others alone', async () => {
    const expiring = [
      ...(await seed(40, 'PAYMENT_REQUESTED', { deadlineMs: -60_000 })),
      ...(await seed(20, 'PAYMENT_REJECTED', { deadlineMs: -1_000 })),
    ];
    const notYet = await seed(10, 'PAYMENT_REQUESTED', { deadlineMs: 3_600_000 });
    const completing = await seed(40, 'APPROVED', { endsIn: 0 });
    const future = await seed(10, 'APPROVED', { endsIn: 3 });

    const other = { ...t.context, database: replica };
    const [a, b] = await Promise.all([runBookingJobs(t.context, new Date(), 7), runBookingJobs(other, new Date(), 7)]);
    expect(a.expire + b.expire).toBe(60);
    expect(a.complete + b.complete).toBe(40);

    const events = await sql<{ booking_id: string; n: number; event: string }>`
      select booking_id, count(*)::int as n, min(event) as event from booking_events group by booking_id`.execute(db());
    const byBooking = new Map(events.rows.map((r) => [r.booking_id, r]));
    for (const id of expiring) expect(byBooking.get(id)).toMatchObject({ n: 1, event: 'EXPIRE' });
    for (const id of completing) expect(byBooking.get(id)).toMatchObject({ n: 1, event: 'COMPLETE' });
    for (const id of [...notYet, ...future]) expect(byBooking.has(id)).toBe(false);

    const statuses = await db().selectFrom('bookings').select(['id', 'status']).execute();
    const status = new Map(statuses.map((r) => [r.id, r.status]));
    expect(new Set(expiring.map((id) => status.get(id)))).toEqual(new Set(['EXPIRED']));
    expect(new Set(completing.map((id) => status.get(id)))).toEqual(new Set(['COMPLETED']));
    const system = await db().selectFrom('booking_events').select(['actor_id', 'actor_role']).distinct().execute();
    expect(system).toEqual([{ actor_id: null, actor_role: 'SYSTEM' }]);

    expect(await runBookingJobs(t.context)).toEqual({ expire: 0, complete: 0, remind: 0 });
    const metrics = await t.context.metrics.registry.getSingleMetricAsString('booking_job_runs_total');
    expect(metrics).toMatch(/booking_job_runs_total\{job="expire",result="ok",service="promata-api"\} [1-9]/);
  });

  it('reminds owners of confirmed visits starting within two days, once, whatever the number of runners', async () => {
    const starting = async (status: BookingStatus, inDaysFromToday: number) => {
      const start = inDays(inDaysFromToday);
      const id = await insertBooking(db(), userId, status, [
        { experienceId, start, end: inDays(inDaysFromToday + 1), people: 1 },
      ]);
      await db()
        .updateTable('bookings')
        .set({ starts_on: start, ends_on: inDays(inDaysFromToday + 1) })
        .where('id', '=', id)
        .execute();
      return id;
    };
    const due = [await starting('APPROVED', 1), await starting('APPROVED', 2), await starting('PAYMENT_APPROVED', 1)];
    const notDue = [await starting('APPROVED', 3), await starting('CREATED', 1), await starting('APPROVED', 0)];
    const other = { ...t.context, database: replica };
    const [a, b] = await Promise.all([runBookingJobs(t.context, new Date(), 1), runBookingJobs(other, new Date(), 1)]);
    expect(a.remind + b.remind).toBe(3);
    const rows = await db().selectFrom('bookings').select(['id', 'reminded_at']).execute();
    const reminded = new Set(rows.filter((r) => r.reminded_at !== null).map((r) => r.id));
    expect(due.every((id) => reminded.has(id))).toBe(true);
    expect(notDue.some((id) => reminded.has(id))).toBe(false);
    expect((await runBookingJobs(t.context)).remind).toBe(0);
  });

  it('the runner works on its timer and stops cleanly', async () => {
    const [id] = await seed(1, 'PAYMENT_REQUESTED', { deadlineMs: -1_000 });
    const runner = startBookingJobRunner(t.context, 20);
    await expect
      .poll(
        async () =>
          (await db().selectFrom('bookings').select('status').where('id', '=', id!).executeTakeFirst())?.status,
      )
      .toBe('EXPIRED');
    await runner.stop();
  });
});

describe('booking jobs e-mail the owner of each booking they move or remind, in their language (SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  let experienceId: string;
  const db = () => t.testDb.database.db;

  async function ownerIn(locale: 'pt-BR' | 'en') {
    const user = await createTestUser(t.context);
    await db().updateTable('users').set({ locale }).where('id', '=', user.id).execute();
    return user;
  }
  async function booking(userId: string, status: BookingStatus, startsIn: number, values: { deadlineMs?: number }) {
    const [start, end] = [inDays(startsIn), inDays(startsIn + 1)];
    const id = await insertBooking(db(), userId, status, [{ experienceId, start, end, people: 1 }]);
    await db()
      .updateTable('bookings')
      .set({
        starts_on: start,
        ends_on: end,
        payment_deadline: values.deadlineMs === undefined ? null : new Date(Date.now() + values.deadlineMs),
      })
      .where('id', '=', id)
      .execute();
    return { id, reference: id.slice(0, 8).toUpperCase() };
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://promata.example' });
    experienceId = await insertExperience(db(), { capacity: 1000 });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('EXPIRE, COMPLETE and the reminder each reach the owner in pt-BR or en', async () => {
    const ana = await ownerIn('pt-BR');
    const john = await ownerIn('en');
    const expiringPt = await booking(ana.id, 'PAYMENT_REQUESTED', 10, { deadlineMs: -60_000 });
    const expiringEn = await booking(john.id, 'PAYMENT_REJECTED', 10, { deadlineMs: -60_000 });
    const completingPt = await booking(ana.id, 'APPROVED', -2, {});
    const completingEn = await booking(john.id, 'APPROVED', -2, {});
    const remindedPt = await booking(ana.id, 'APPROVED', 2, {});
    const remindedEn = await booking(john.id, 'PAYMENT_APPROVED', 1, {});

    expect(await runBookingJobs(t.context)).toEqual({ expire: 2, complete: 2, remind: 2 });

    const mailTo = (email: string, reference: string) =>
      sink.waitFor((m) => m.to.includes(email.toLowerCase()) && m.text.includes(reference));
    expect((await mailTo(ana.email, expiringPt.reference)).subject).toBe(
      `Reserva ${expiringPt.reference}: expirada por falta de pagamento`,
    );
    expect((await mailTo(john.email, expiringEn.reference)).subject).toBe(
      `Booking ${expiringEn.reference}: expired (no payment)`,
    );
    expect((await mailTo(ana.email, completingPt.reference)).subject).toBe(
      `Reserva ${completingPt.reference}: concluída`,
    );
    expect((await mailTo(john.email, completingEn.reference)).subject).toBe(
      `Booking ${completingEn.reference}: completed`,
    );
    const reminderPt = await mailTo(ana.email, remindedPt.reference);
    expect(reminderPt.subject).toBe(`Sua visita ao Pró-Mata começa em ${inDays(2).split('-').reverse().join('/')}`);
    expect(reminderPt.links).toContain(`https://promata.example/bookings/${remindedPt.id}`);
    const reminderEn = await mailTo(john.email, remindedEn.reference);
    expect(reminderEn.subject).toBe(`Your visit to Pró-Mata starts on ${inDays(1)}`);

    // Mails carry no team message (the system fired them) and each booking is mailed once.
    for (const mail of sink.messages) expect(mail.text).not.toMatch(/Mensagem da equipe|Message from the team/);
    expect(await runBookingJobs(t.context)).toEqual({ expire: 0, complete: 0, remind: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.messages).toHaveLength(6);
  });
});
