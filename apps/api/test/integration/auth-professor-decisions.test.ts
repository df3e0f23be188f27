import { readFileSync } from 'node:fs';
import type { Locale } from '@promata/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { multipartBody } from '../support/catalogue.js';

/**
 * Each decision on its own (professor-and-privacy.test.ts races the two): the applicant is mailed
 * in their own language, with the staff member's message, and the role follows the decision.
 */
describe('professor verification decisions mail the applicant (PostgreSQL, Redis, SMTP)', () => {
  let sink: SmtpSink;
  let t: IntegrationApp;
  let staff: LoggedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url });
    staff = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** A GUEST reading in `locale` with an open request. */
  async function applicant(locale: Locale) {
    const user = await createTestUser(t.context);
    await t.testDb.database.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute();
    const session = await login(t.app, user);
    const body = multipartBody({
      field: 'document',
      name: 'credential.pdf',
      type: 'application/pdf',
      bytes: readFileSync(new URL('../fixtures/uploads/tiny.pdf', import.meta.url)),
    });
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: body.payload,
      headers: { ...body.headers, ...session.headers },
    });
    expect(sent.statusCode).toBe(202);
    return user;
  }

  const decide = (userId: string, decision: 'APPROVE' | 'REJECT', message: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${userId}/professor-verification`,
      payload: { decision, message },
      headers: staff.headers,
    });

  const profileOf = async (user: Awaited<ReturnType<typeof applicant>>) =>
    (await t.app.inject({ url: '/api/v1/me', headers: (await login(t.app, user)).headers })).json();

  it('a rejection mails the applicant in English with the message; the role stays GUEST', async () => {
    const user = await applicant('en');
    const message = 'The document is illegible; please send a clearer scan.';
    expect((await decide(user.id, 'REJECT', message)).statusCode).toBe(204);

    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe('About your professor verification request');
    expect(mail.text).toContain(message);
    expect(mail.html).toContain('clearer scan');
    expect(await profileOf(user)).toMatchObject({ role: 'GUEST', professorStatus: 'REJECTED' });
  });

  it('a rejection mails a Portuguese reader in Portuguese', async () => {
    const user = await applicant('pt-BR');
    expect((await decide(user.id, 'REJECT', 'Documento ilegível.')).statusCode).toBe(204);
    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe('Sobre o seu pedido de verificação de professor(a)');
    expect(mail.text).toContain('Documento ilegível.');
  });

  it('an approval mails the applicant in their language and makes them PROFESSOR', async () => {
    const portuguese = await applicant('pt-BR');
    expect((await decide(portuguese.id, 'APPROVE', 'Bem-vinda à reserva!')).statusCode).toBe(204);
    const mail = await sink.waitFor((m) => m.to.includes(portuguese.email));
    expect(mail.subject).toBe('Seu perfil de professor(a) foi aprovado');
    expect(mail.text).toContain('Bem-vinda à reserva!');
    expect(await profileOf(portuguese)).toMatchObject({ role: 'PROFESSOR', professorStatus: 'APPROVED' });

    const english = await applicant('en');
    expect((await decide(english.id, 'APPROVE', 'Welcome!')).statusCode).toBe(204);
    const englishMail = await sink.waitFor((m) => m.to.includes(english.email));
    expect(englishMail.subject).toBe('Your professor profile was approved');
  });

  it('a second decision on the same request is a conflict and mails nobody again', async () => {
    const user = await applicant('en');
    expect((await decide(user.id, 'REJECT', 'No.')).statusCode).toBe(204);
    await sink.waitFor((m) => m.to.includes(user.email));
    const again = await decide(user.id, 'APPROVE', 'Yes after all.');
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'CONFLICT']);
    expect(await profileOf(user)).toMatchObject({ role: 'GUEST', professorStatus: 'REJECTED' });
    expect(sink.messages.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });
});
