import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import type { TestDatabase } from '../../../../test-support/services.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';
import { createTestUser, login, loginWithMfa } from '../../../../test-support/accounts.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/uploads/${name}`, import.meta.url));

function multipart(field: string, fileName: string, bytes: Buffer, declaredType: string) {
  const boundary = `----promata${randomUUID()}`;
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${declaredType}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('professor verification and LGPD rights (PostgreSQL, Redis, SMTP, local storage)', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let t: IntegrationApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startIntegrationApp({ SMTP_URL: sink.url, UPLOAD_MAX_BYTES: '200000' });
    testDb = t.testDb;
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('request → staff are mailed → queue → staff preview the document → approve → user mailed and becomes PROFESSOR', async () => {
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    const adminSession = await loginWithMfa(t.app, admin);
    const guest = await createTestUser(t.context);
    const guestSession = await login(t.app, guest);

    const disguised = multipart('document', 'credential.pdf', fixture('page.html'), 'application/pdf');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: disguised.payload,
      headers: { ...disguised.headers, ...guestSession.headers },
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);

    const upload = multipart('document', '../../etc/credencial.pdf', fixture('tiny.pdf'), 'application/octet-stream');
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: upload.payload,
      headers: { ...upload.headers, ...guestSession.headers },
    });
    expect([sent.statusCode, sent.json()]).toEqual([202, { status: 'PENDING' }]);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: upload.payload,
      headers: { ...upload.headers, ...guestSession.headers },
    });
    expect(again.statusCode).toBe(409);
    await sink.waitFor((m) => m.to.includes(admin.email) && m.text.includes(guest.email));

    const queue = (await t.app.inject({ url: '/api/v1/professor-requests', headers: adminSession.headers })).json();
    const entry = queue.items.find((item: { user: { id: string } }) => item.user.id === guest.id);
    expect(entry).toMatchObject({ status: 'PENDING', user: { email: guest.email } });

    const preview = await t.app.inject({ url: `/api/v1/documents/${entry.documentId}`, headers: adminSession.headers });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(preview.headers['content-security-policy']).toContain('sandbox');
    expect(preview.rawPayload.equals(fixture('tiny.pdf'))).toBe(true);
    expect(String(preview.headers['content-disposition'])).not.toContain('/');
    expect(
      (await t.app.inject({ url: `/api/v1/documents/${entry.documentId}`, headers: guestSession.headers })).statusCode,
    ).toBe(200);

    const decide = (decision: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${guest.id}/professor-verification`,
        payload: { decision, message: 'Bem-vinda!\nQualquer dúvida, fale conosco.' },
        headers: adminSession.headers,
      });
    const [first, second] = await Promise.all([decide('APPROVE'), decide('REJECT')]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([204, 409]);
    const approved = first.statusCode === 204;
    const mail = await sink.waitFor((m) => m.to.includes(guest.email) && m.text.includes('Bem-vinda!'));
    expect(mail.subject).toBeTruthy();

    const relogin = await login(t.app, guest);
    const me = (await t.app.inject({ url: '/api/v1/me', headers: relogin.headers })).json();
    expect(me).toMatchObject(
      approved ? { role: 'PROFESSOR', professorStatus: 'APPROVED' } : { role: 'GUEST', professorStatus: 'REJECTED' },
    );
    const audit = await testDb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('actor_id', '=', admin.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain(approved ? 'professor.approved' : 'professor.rejected');
  });

  it('export gives the caller all their data and no secrets; deletion anonymises, erases files and signs out', async () => {
    const guest = await createTestUser(t.context);
    const session = await login(t.app, guest);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: {
        phone: '+55 51 99999-0000',
        document: { type: 'CPF', number: '529.982.247-25' },
        birthDate: '1990-05-17',
        address: { street: 'Av. Ipiranga', number: '6681', city: 'Porto Alegre', state: 'RS', country: 'br' },
        gender: 'FEMALE',
      },
      headers: session.headers,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().document).toEqual({ type: 'CPF', number: '52998224725' });
    expect(patched.json().address).toMatchObject({ city: 'Porto Alegre', country: 'BR' });
    expect((await t.app.inject({ url: '/api/v1/me', headers: session.headers })).json().document).toEqual({
      type: 'CPF',
      number: '52998224725',
    });
    const badCpf = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { document: { type: 'CPF', number: '529.982.247-24' } },
      headers: session.headers,
    });
    expect([badCpf.statusCode, badCpf.json().error.details.issues[0].path]).toEqual([400, 'body.document.number']);
    const upload = multipart('document', 'id.png', fixture('tiny.png'), 'image/png');
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: upload.payload,
      headers: { ...upload.headers, ...session.headers },
    });

    const exported = await t.app.inject({ url: '/api/v1/me/export', headers: session.headers });
    expect(exported.headers['content-disposition']).toContain('promata-my-data.json');
    const data = exported.json();
    expect(data.profile).toMatchObject({
      email: guest.email,
      phone: '+55 51 99999-0000',
      document: { type: 'CPF', number: '52998224725' },
    });
    expect(data.sessions).toHaveLength(1);
    expect(data.documents).toHaveLength(1);
    expect(data.professorRequests).toHaveLength(1);
    expect(exported.body).not.toMatch(/argon2|password_hash|mfa_secret|token_hash|code_hash/);

    const wrong = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: 'not mine' },
      headers: session.headers,
    });
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const storageKey = (
      await testDb.database.db
        .selectFrom('documents')
        .select('storage_key')
        .where('owner_id', '=', guest.id)
        .executeTakeFirstOrThrow()
    ).storage_key;
    expect(await t.context.storage.get(storageKey)).toBeDefined();

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      payload: { password: guest.password },
      headers: session.headers,
    });
    expect(deleted.statusCode).toBe(204);
    await sink.waitFor((m) => m.to.includes(guest.email) && /LGPD/.test(m.text));

    const row = await testDb.database.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', guest.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      active: false,
      phone: null,
      document_number: null,
      birth_date: null,
      password_hash: null,
      name: 'Removed user',
    });
    expect(row.email).toBe(`removed-${guest.id}@anonymised.invalid`);
    expect(row.anonymised_at).not.toBeNull();
    expect(await t.context.storage.get(storageKey)).toBeUndefined();
    expect(
      await testDb.database.db.selectFrom('documents').select('id').where('owner_id', '=', guest.id).execute(),
    ).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/me', headers: session.headers })).statusCode).toBe(401);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: guest.email, password: guest.password },
    });
    expect(relogin.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('exposes account metrics: logins by result, MFA failures, active sessions', async () => {
    const admin = await createTestUser(t.context, { role: 'ADMIN', mfa: true });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: admin.password, totp: '000000' },
    });
    await loginWithMfa(t.app, admin);
    const body = (await t.app.inject('/metrics')).body;
    expect(body).toMatch(/auth_logins_total\{[^}]*result="success"[^}]*\} [1-9]/);
    expect(body).toMatch(/auth_logins_total\{[^}]*result="mfa_invalid"[^}]*\} [1-9]/);
    expect(body).toMatch(/auth_mfa_failures_total\{[^}]*\} [1-9]/);
    const active = Number(/auth_sessions_active\{[^}]*\} (\d+)/.exec(body)?.[1]);
    expect(active).toBe(await t.context.sessions.countLive());
    expect(active).toBeGreaterThan(0);
  });
});
