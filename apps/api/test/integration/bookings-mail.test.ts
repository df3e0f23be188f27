import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience, multipartBody } from '../support/catalogue.js';
import { dayLine, inDays, postBooking } from '../support/bookings.js';

const pdf = readFileSync(new URL('../fixtures/uploads/tiny.pdf', import.meta.url));

function uploadProof(t: IntegrationApp, session: LoggedIn, id: string, message?: string) {
  const body = multipartBody(
    { field: 'file', name: 'comprovante.pdf', type: 'application/pdf', bytes: pdf },
    message === undefined ? { kind: 'PAYMENT_PROOF' } : { kind: 'PAYMENT_PROOF', message },
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/bookings/${id}/documents`,
    payload: body.payload,
    headers: { ...body.headers, ...session.headers },
  });
}

function fire(t: IntegrationApp, session: LoggedIn, id: string, payload: { event: string; message?: string }) {
  return t.app.inject({ method: 'POST', url: `/api/v1/bookings/${id}/transitions`, payload, headers: session.headers });
}

describe('booking e-mails (PostgreSQL + Redis + SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  let owner: LoggedIn;
  let ownerEmail: string;
  let staff: LoggedIn;
  let staffEmail: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://promata.example' });
    const user = await createTestUser(t.context);
    await t.testDb.database.db.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
    ownerEmail = user.email;
    owner = await login(t.app, user);
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    staffEmail = admin.email;
    staff = await loginWithMfa(t.app, admin);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('tells staff of a new booking and the owner of each step in their language, with the .ics on approval', async () => {
    const experienceId = await insertExperience(t.testDb.database.db, { name_pt: 'Cabana', name_en: 'Cabin' });
    const created = await postBooking(t.app, owner, { lines: [dayLine(experienceId, inDays(9), 2)] });
    const id: string = created.json().id;
    const reference = id.slice(0, 8).toUpperCase();
    const alert = await sink.waitFor((m) => m.to.includes(staffEmail) && m.subject.includes(reference));
    expect(alert.links).toContain(`https://promata.example/staff/bookings/${id}`);

    const approve = await t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/transitions`,
      payload: { event: 'APPROVE', message: 'See you soon!\nBring boots.' },
      headers: staff.headers,
    });
    expect(approve.statusCode).toBe(200);
    const mail = await sink.waitFor((m) => m.to.includes(ownerEmail) && m.subject.includes('confirmed'));
    expect(mail.subject).toBe(`Booking ${reference}: confirmed`);
    expect(mail.text).toContain('> See you soon!\n> Bring boots.');
    expect(mail.links).toContain(`https://promata.example/bookings/${id}`);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]!.contentType).toBe('text/calendar');
    const ics = parsed.attachments[0]!.content.toString('utf8');
    expect(ics).toContain('SUMMARY:Pró-Mata: Cabin');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${inDays(9).replace(/-/g, '')}`);

    sink.clear();
    const requested = await fire(t, owner, id, { event: 'REQUEST_CANCELLATION', message: 'Mudamos de planos.' });
    expect(requested.statusCode).toBe(200);
    const staffAlert = await sink.waitFor(
      (m) => m.to.includes(staffEmail) && m.subject.startsWith('Pedido de cancelamento'),
    );
    expect(staffAlert.text).toContain('Mensagem do responsável:\n> Mudamos de planos.');
    const ownerMail = await sink.waitFor((m) => m.to.includes(ownerEmail));
    expect(ownerMail.subject).toBe(`Booking ${reference}: cancellation requested`);
    // The owner's own words are not mailed back to them as the team's.
    expect(ownerMail.text).not.toContain('Mudamos de planos.');
    expect(ownerMail.text).not.toContain('Message from the team');
    expect((await simpleParser(ownerMail.raw)).attachments).toHaveLength(0);
  });

  it("alerts staff of a payment proof with the owner's note, and tells the owner without quoting it back", async () => {
    const experienceId = await insertExperience(t.testDb.database.db, { name_pt: 'Cabana', name_en: 'Cabin' });
    const id: string = (await postBooking(t.app, owner, { lines: [dayLine(experienceId, inDays(12), 1)] })).json().id;
    const reference = id.slice(0, 8).toUpperCase();
    expect((await fire(t, staff, id, { event: 'REQUEST_PAYMENT', message: 'Pix até sexta.' })).statusCode).toBe(200);
    const requested = await sink.waitFor((m) => m.to.includes(ownerEmail) && m.subject.includes(reference));
    expect(requested.subject).toBe(`Booking ${reference}: waiting for payment`);
    expect(requested.text).toContain('Message from the team:\n> Pix até sexta.');

    sink.clear();
    const sent = await uploadProof(t, owner, id, 'Pago pelo Pix às 10h.');
    expect(sent.json()).toMatchObject({ transitioned: true, booking: { status: 'PAYMENT_SENT' } });
    const alert = await sink.waitFor((m) => m.to.includes(staffEmail) && m.subject.includes(reference));
    expect(alert.subject).toBe(`Comprovante de pagamento recebido: ${reference}`);
    expect(alert.text).toContain('Mensagem do responsável:\n> Pago pelo Pix às 10h.');
    expect(alert.links).toContain(`https://promata.example/staff/bookings/${id}`);
    const ownerMail = await sink.waitFor((m) => m.to.includes(ownerEmail) && m.subject.includes(reference));
    expect(ownerMail.subject).toBe(`Booking ${reference}: payment proof sent`);
    expect(ownerMail.text).not.toContain('Pago pelo Pix');
  });
});

describe('booking alerts to the staff inbox address (STAFF_INBOX_EMAIL, PostgreSQL + Redis + SMTP)', () => {
  const inbox = 'reservas@promata.example';
  let sink: SmtpSink;
  let t: IntegrationApp;
  let owner: LoggedIn;
  let adminEmail: string;
  let staff: LoggedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://promata.example',
      STAFF_INBOX_EMAIL: inbox,
    });
    owner = await login(t.app, await createTestUser(t.context));
    // An English-speaking admin: the inbox mail is still in pt-BR, and the admin gets none.
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    await t.testDb.database.db.updateTable('users').set({ locale: 'en' }).where('id', '=', admin.id).execute();
    adminEmail = admin.email;
    staff = await loginWithMfa(t.app, admin);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sends the new booking, payment proof and cancellation alerts to the inbox only, in pt-BR', async () => {
    const experienceId = await insertExperience(t.testDb.database.db);
    const id: string = (await postBooking(t.app, owner, { lines: [dayLine(experienceId, inDays(9), 2)] })).json().id;
    const reference = id.slice(0, 8).toUpperCase();
    const created = await sink.waitFor((m) => m.to.includes(inbox) && m.subject.startsWith('Nova reserva'));
    expect(created.subject).toBe(`Nova reserva: ${reference}`);
    expect(created.to).toEqual([inbox]);
    expect(created.text).toMatch(/^Olá!/);
    expect(created.links).toContain(`https://promata.example/staff/bookings/${id}`);

    expect((await fire(t, staff, id, { event: 'REQUEST_PAYMENT' })).statusCode).toBe(200);
    expect((await uploadProof(t, owner, id)).json().transitioned).toBe(true);
    await sink.waitFor((m) => m.to.includes(inbox) && m.subject === `Comprovante de pagamento recebido: ${reference}`);
    expect((await fire(t, owner, id, { event: 'REQUEST_CANCELLATION' })).statusCode).toBe(200);
    await sink.waitFor((m) => m.to.includes(inbox) && m.subject === `Pedido de cancelamento: ${reference}`);

    expect(sink.messages.filter((m) => m.to.includes(inbox))).toHaveLength(3);
    expect(sink.messages.filter((m) => m.to.includes(adminEmail))).toEqual([]);
  });
});
