import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import type { BookingStatus } from '../../src/platform/db/schema.js';
import { insertBooking, insertExperience } from '../support/catalogue.js';
import { dayLine, inDays, postBooking } from '../support/bookings.js';

describe('staff price adjustments (PostgreSQL + Redis + SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  let ownerId: string;
  let ownerEmail: string;
  let owner: LoggedIn;
  let englishOwner: { id: string; email: string; session: LoggedIn };
  let staff: LoggedIn;
  let staffId: string;
  let stranger: LoggedIn;
  const db = () => t.testDb.database.db;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://promata.example',
      DATABASE_POOL_MAX: '12',
    });
    const user = await createTestUser(t.context);
    ownerId = user.id;
    ownerEmail = user.email;
    owner = await login(t.app, user);
    const english = await createTestUser(t.context);
    await db().updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
    englishOwner = { id: english.id, email: english.email, session: await login(t.app, english) };
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    staffId = admin.id;
    staff = await loginWithMfa(t.app, admin);
    stranger = await login(t.app, await createTestUser(t.context));
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** A booking made through the API (so the server quoted it): two lines of 2 and 1 people at R$ 10,00. */
  async function quotedBooking(session: LoggedIn = owner) {
    const first = await insertExperience(db(), { name_pt: 'Cabana da Mata', name_en: 'Forest Cabin' });
    const second = await insertExperience(db());
    const created = await postBooking(t.app, session, {
      lines: [dayLine(first, inDays(20), 2), dayLine(second, inDays(21), 1)],
    });
    expect(created.statusCode).toBe(201);
    const booking = created.json();
    return { id: booking.id as string, lineIds: booking.lines.map((l: { id: string }) => l.id) as string[] };
  }

  const adjust = (session: LoggedIn, bookingId: string, lineId: string, payload: object, language = 'pt-BR') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${bookingId}/lines/${lineId}/price-adjustments`,
      payload,
      headers: { ...session.headers, 'accept-language': language },
    });
  const cancel = (bookingId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${bookingId}/transitions`,
      payload: { event: 'CANCEL' },
      headers: staff.headers,
    });
  const adjustmentsOf = (bookingId: string) =>
    db()
      .selectFrom('booking_price_adjustments')
      .selectAll()
      .where('booking_id', '=', bookingId)
      .orderBy('event_id')
      .execute();
  const eventsOf = (bookingId: string) =>
    db().selectFrom('booking_events').selectAll().where('booking_id', '=', bookingId).orderBy('id').execute();
  const linesOf = (bookingId: string) =>
    db()
      .selectFrom('booking_lines')
      .select(['id', 'total_cents', 'quoted_total_cents'])
      .where('booking_id', '=', bookingId)
      .orderBy('position')
      .execute();
  const storedTotal = async (bookingId: string) =>
    (await db().selectFrom('bookings').select('total_cents').where('id', '=', bookingId).executeTakeFirstOrThrow())
      .total_cents;
  /** Whatever happened, the stored total is the sum of the lines. */
  async function expectTotalIsSumOfLines(bookingId: string) {
    const lines = await linesOf(bookingId);
    expect(await storedTotal(bookingId)).toBe(lines.reduce((sum, l) => sum + l.total_cents, 0));
  }

  it('changes the line and the booking total, keeps the quote, and logs the timeline and the audit', async () => {
    const { id, lineIds } = await quotedBooking();
    const [first, second] = lineIds as [string, string];
    expect(await storedTotal(id)).toBe(3000);

    const response = await adjust(staff, id, first, { totalCents: 1500, reason: '  Desconto para escola pública.  ' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.adjustment).toMatchObject({
      lineId: first,
      fromTotalCents: 2000,
      toTotalCents: 1500,
      reason: 'Desconto para escola pública.',
      actor: { id: staffId },
    });
    expect(body.booking.totalCents).toBe(2500);
    expect(body.booking.status).toBe('CREATED');
    expect(body.booking.lines[0]).toMatchObject({ id: first, totalCents: 1500, quotedTotalCents: 2000 });
    expect(body.booking.lines[1]).toMatchObject({ id: second, totalCents: 1000, quotedTotalCents: 1000 });

    // The owner sees the price now owed and, in the timeline, who changed it, how and why.
    const seen = await t.app.inject({ url: `/api/v1/bookings/${id}`, headers: owner.headers });
    expect(seen.json()).toMatchObject({ totalCents: 2500, lines: [{ totalCents: 1500, quotedTotalCents: 2000 }, {}] });
    const timeline = (await t.app.inject({ url: `/api/v1/bookings/${id}/events`, headers: owner.headers })).json();
    expect(timeline.items.map((e: { event: string }) => e.event)).toEqual(['CREATE', 'PRICE_ADJUSTED']);
    expect(timeline.items[0].priceAdjustment).toBeNull();
    expect(timeline.items[1]).toMatchObject({
      id: body.adjustment.id,
      fromStatus: 'CREATED',
      toStatus: 'CREATED',
      actorRole: 'STAFF',
      actor: { id: staffId },
      message: 'Desconto para escola pública.',
      priceAdjustment: {
        lineId: first,
        experienceName: { pt: 'Cabana da Mata', en: 'Forest Cabin' },
        fromTotalCents: 2000,
        toTotalCents: 1500,
      },
    });

    const audit = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('target_id', '=', id)
      .where('action', '=', 'booking.price_adjusted')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: staffId, target_type: 'booking' });
    expect(audit[0]!.data).toEqual({
      lineId: first,
      eventId: body.adjustment.id,
      fromTotalCents: 2000,
      toTotalCents: 1500,
    });

    // A second adjustment starts from the first's price; the quote is still the creation's.
    const again = await adjust(staff, id, first, { totalCents: 2600, reason: 'Inclui o almoço.' });
    expect(again.json().adjustment).toMatchObject({ fromTotalCents: 1500, toTotalCents: 2600 });
    expect(again.json().booking).toMatchObject({ totalCents: 3600, lines: [{ quotedTotalCents: 2000 }, {}] });
    await expectTotalIsSumOfLines(id);
  });

  it('keeps the quote and the adjustment records in the database whatever code writes', async () => {
    const { id, lineIds } = await quotedBooking();
    expect((await adjust(staff, id, lineIds[0]!, { totalCents: 0, reason: 'Isenção.' })).statusCode).toBe(201);
    await expect(
      sql`update booking_lines set quoted_total_cents = 1 where id = ${lineIds[0]!}`.execute(db()),
    ).rejects.toThrow(/never changes/);
    await expect(
      sql`update booking_price_adjustments set to_total_cents = 5 where booking_id = ${id}`.execute(db()),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`insert into booking_events (booking_id, event, from_status, to_status, actor_role)
          values (${id}, 'PRICE_ADJUSTED', 'CREATED', 'CREATED', 'STAFF')`.execute(db()),
    ).rejects.toThrow(/booking_events_price_adjusted_reason/);
    expect((await linesOf(id))[0]).toMatchObject({ total_cents: 0, quoted_total_cents: 2000 });
  });

  it('e-mails the owner the new price and the reason in their language', async () => {
    const { id, lineIds } = await quotedBooking();
    const reference = id.slice(0, 8).toUpperCase();
    sink.clear();
    expect((await adjust(staff, id, lineIds[0]!, { totalCents: 1550, reason: 'Desconto de grupo.' })).statusCode).toBe(
      201,
    );
    const pt = await sink.waitFor((m) => m.to.includes(ownerEmail) && m.subject.includes(reference));
    expect(pt.subject).toBe(`Reserva ${reference}: preço ajustado`);
    expect(pt.text).toContain('“Cabana da Mata”');
    expect(pt.text).toMatch(/Preço anterior: R\$\s20,00/);
    expect(pt.text).toMatch(/Novo preço: R\$\s15,50/);
    expect(pt.text).toMatch(/Novo total da reserva: R\$\s25,50/);
    expect(pt.text).toContain('Motivo informado pela equipe:\n> Desconto de grupo.');
    expect(pt.links).toContain(`https://promata.example/bookings/${id}`);

    const english = await quotedBooking(englishOwner.session);
    const enReference = english.id.slice(0, 8).toUpperCase();
    await adjust(staff, english.id, english.lineIds[0]!, { totalCents: 2500, reason: 'Guided walk added.' });
    const en = await sink.waitFor((m) => m.to.includes(englishOwner.email) && m.subject.includes(enReference));
    expect(en.subject).toBe(`Booking ${enReference}: price adjusted`);
    expect(en.text).toContain('“Forest Cabin”');
    expect(en.text).toContain('Previous price: R$20.00');
    expect(en.text).toContain('New price: R$25.00');
    expect(en.text).toContain('Reason given by the team:\n> Guided walk added.');
  });

  it('serialises an adjustment with a concurrent CANCEL: either it came first, or it is refused', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round += 1) {
      const { id, lineIds } = await quotedBooking();
      const [adjusted, canceled] = await Promise.all([
        adjust(staff, id, lineIds[0]!, { totalCents: 1234, reason: `Rodada ${round}` }),
        cancel(id),
      ]);
      expect(canceled.statusCode).toBe(200);
      const events = await eventsOf(id);
      const adjustments = await adjustmentsOf(id);
      if (adjusted.statusCode === 201) {
        outcomes.add('adjusted first');
        // Recorded while the booking was still open, before the cancellation.
        expect(events.map((e) => [e.event, e.to_status])).toEqual([
          ['CREATE', 'CREATED'],
          ['PRICE_ADJUSTED', 'CREATED'],
          ['CANCEL', 'CANCELED'],
        ]);
        expect(adjustments).toHaveLength(1);
        expect((await linesOf(id))[0]!.total_cents).toBe(1234);
      } else {
        outcomes.add('canceled first');
        expect([adjusted.statusCode, adjusted.json().error.details]).toEqual([
          409,
          { reason: 'BOOKING_CLOSED', status: 'CANCELED' },
        ]);
        expect(events.map((e) => e.event)).toEqual(['CREATE', 'CANCEL']);
        expect(adjustments).toHaveLength(0);
        expect((await linesOf(id))[0]!.total_cents).toBe(2000);
      }
      await expectTotalIsSumOfLines(id);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('chains concurrent adjustments of one line: each starts from the price the previous one set', async () => {
    const { id, lineIds } = await quotedBooking();
    const targets = [1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800];
    const responses = await Promise.all(
      targets.map((totalCents) => adjust(staff, id, lineIds[0]!, { totalCents, reason: `Para ${totalCents}` })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(targets.map(() => 201));
    const adjustments = await adjustmentsOf(id);
    expect(adjustments).toHaveLength(targets.length);
    expect(adjustments[0]!.from_total_cents).toBe(2000);
    for (let i = 1; i < adjustments.length; i += 1) {
      expect(adjustments[i]!.from_total_cents).toBe(adjustments[i - 1]!.to_total_cents);
    }
    expect((await linesOf(id))[0]).toMatchObject({
      total_cents: adjustments.at(-1)!.to_total_cents,
      quoted_total_cents: 2000,
    });
    await expectTotalIsSumOfLines(id);
  });

  it.each(['REJECTED', 'CANCELED', 'EXPIRED', 'COMPLETED'] as const)(
    'refuses a %s booking with 409 BOOKING_CLOSED and writes nothing',
    async (status: BookingStatus) => {
      const experienceId = await insertExperience(db());
      const id = await insertBooking(db(), ownerId, status, [
        { experienceId, start: inDays(5), end: inDays(6), people: 2 },
      ]);
      const [line] = await linesOf(id);
      const response = await adjust(staff, id, line!.id, { totalCents: 10, reason: 'Tarde demais.' });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'BOOKING_CLOSED', status } });
      expect(await eventsOf(id)).toHaveLength(0);
      expect(await adjustmentsOf(id)).toHaveLength(0);
      expect((await linesOf(id))[0]!.total_cents).toBe(2000);
    },
  );

  it('refuses the price the line already has with 409 PRICE_UNCHANGED', async () => {
    const { id, lineIds } = await quotedBooking();
    const response = await adjust(staff, id, lineIds[1]!, { totalCents: 1000, reason: 'Nada muda.' });
    expect([response.statusCode, response.json().error.details]).toEqual([
      409,
      { reason: 'PRICE_UNCHANGED', totalCents: 1000 },
    ]);
    expect(await adjustmentsOf(id)).toHaveLength(0);
  });

  it('answers bad input with 400 and field errors in the caller language, and writes nothing', async () => {
    const { id, lineIds } = await quotedBooking();
    const cases: [object, string[]][] = [
      [{ totalCents: -1, reason: 'x' }, ['body.totalCents']],
      [{ totalCents: 10.5, reason: 'x' }, ['body.totalCents']],
      [{ totalCents: '1000', reason: 'x' }, ['body.totalCents']],
      [{ totalCents: 100_000_001, reason: 'x' }, ['body.totalCents']],
      [{ totalCents: 1000, reason: '   ' }, ['body.reason']],
      [{ totalCents: 1000, reason: 'x'.repeat(501) }, ['body.reason']],
      [{ totalCents: 1000 }, ['body.reason']],
      [{ reason: 'x' }, ['body.totalCents']],
      [{ totalCents: 1000, reason: 'x', status: 'APPROVED' }, ['body']],
    ];
    for (const [payload, paths] of cases) {
      const response = await adjust(staff, id, lineIds[0]!, payload);
      expect([response.statusCode, response.json().error.code], JSON.stringify(payload)).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      const issues: { path: string; message: string }[] = response.json().error.details.issues;
      expect(issues.map((i) => i.path)).toEqual(paths);
    }
    const blank = await adjust(staff, id, lineIds[0]!, { totalCents: 1000, reason: ' ' }, 'pt-BR');
    expect(blank.json().error.details.issues[0].message).toBe('Campo obrigatório.');
    const negative = await adjust(staff, id, lineIds[0]!, { totalCents: -5, reason: 'x' }, 'en');
    expect(negative.json().error.details.issues[0].message).toBe('Use a value of at least 0.');
    const badLine = await adjust(staff, id, 'not-a-uuid', { totalCents: 1000, reason: 'x' });
    expect(badLine.statusCode).toBe(400);

    expect((await eventsOf(id)).map((e) => e.event)).toEqual(['CREATE']);
    expect(await adjustmentsOf(id)).toHaveLength(0);
    expect((await linesOf(id)).map((l) => l.total_cents)).toEqual([2000, 1000]);
  });

  it('answers 404 for an unknown line, another booking’s line, an unknown booking, the owner and other guests', async () => {
    const { id, lineIds } = await quotedBooking();
    const other = await quotedBooking();
    const payload = { totalCents: 1, reason: 'Teste.' };
    const attempts = [
      await adjust(staff, id, randomUUID(), payload),
      await adjust(staff, id, other.lineIds[0]!, payload),
      await adjust(staff, randomUUID(), lineIds[0]!, payload),
      await adjust(owner, id, lineIds[0]!, payload),
      await adjust(stranger, id, lineIds[0]!, payload),
    ];
    expect(attempts.map((r) => [r.statusCode, r.json().error.code])).toEqual(attempts.map(() => [404, 'NOT_FOUND']));
    for (const bookingId of [id, other.id]) {
      expect(await adjustmentsOf(bookingId)).toHaveLength(0);
      expect((await linesOf(bookingId)).map((l) => l.total_cents)).toEqual([2000, 1000]);
    }
  });
});
