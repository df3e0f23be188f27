import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience } from '../support/catalogue.js';
import { dayLine, inDays, postBooking } from '../support/bookings.js';

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
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/transitions`,
      payload: { event: 'REQUEST_CANCELLATION' },
      headers: owner.headers,
    });
    await sink.waitFor((m) => m.to.includes(staffEmail) && m.subject.startsWith('Pedido de cancelamento'));
    const ownerMail = await sink.waitFor((m) => m.to.includes(ownerEmail));
    expect(ownerMail.subject).toBe(`Booking ${reference}: cancellation requested`);
  });
});
