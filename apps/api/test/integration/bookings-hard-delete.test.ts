import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, loginWithMfa, type LoggedIn } from '../../../../test-support/accounts.js';
import { startIntegrationApp, type IntegrationApp } from '../../../../test-support/test-app.js';
import { insertExperience, multipartBody } from '../support/catalogue.js';
import { inDays, participant, postBooking } from '../support/bookings.js';

const pdf = readFileSync(new URL('../fixtures/uploads/tiny.pdf', import.meta.url));
const reference = (id: string) => id.slice(0, 8).toUpperCase();

/** DESIGN.md §2: ROOT hard-deletes bookings; for everyone else the booking stays, and the route does not exist. */
describe('hard delete of a booking by ROOT (PostgreSQL + Redis + local storage)', () => {
  let t: IntegrationApp;
  let ana: LoggedIn;
  let anaId: string;
  let bruno: LoggedIn;
  let admin: LoggedIn;
  let root: LoggedIn;
  let rootId: string;
  let rootNoMfa: LoggedIn;
  let hostingId: string;
  let keyCount = 0;
  const db = () => t.testDb.database.db;
  const night = inDays(10);
  const line = (people: number) => ({ experienceId: hostingId, startDate: night, endDate: inDays(11), people });

  const remove = (session: LoggedIn | undefined, id: string, payload: object) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}`,
      payload,
      headers: session?.headers ?? {},
    });
  const fire = (session: LoggedIn, id: string, event: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/transitions`,
      payload: { event },
      headers: session.headers,
    });
  const upload = (session: LoggedIn, id: string) => {
    const body = multipartBody(
      { field: 'file', name: 'ficha.pdf', type: 'application/pdf', bytes: pdf },
      { kind: 'BOOKING_DOCUMENT' },
    );
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/bookings/${id}/documents`,
      payload: body.payload,
      headers: { ...body.headers, ...session.headers },
    });
  };
  const remaining = async () => {
    const response = await t.app.inject({
      url: `/api/v1/experiences/${hostingId}/availability?from=${night}&to=${night}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json().days[0].remaining as number;
  };

  /** Ana's booking of the whole night with everything a booking can have: people, a file, a timeline, a key. */
  async function fullBooking(people = 3) {
    const created = await postBooking(
      t.app,
      ana,
      { lines: [line(people)], participants: Array.from({ length: people }, (_, n) => participant(n + 1)) },
      { 'idempotency-key': `hard-delete-${(keyCount += 1)}-${Date.now()}` },
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await upload(ana, id)).statusCode).toBe(201);
    expect((await fire(admin, id, 'REQUEST_PAYMENT')).statusCode).toBe(200);
    const document = await db()
      .selectFrom('documents')
      .select(['id', 'storage_key'])
      .where('booking_id', '=', id)
      .executeTakeFirstOrThrow();
    const lineIds = (await db().selectFrom('booking_lines').select('id').where('booking_id', '=', id).execute()).map(
      (row) => row.id,
    );
    return { id, document, lineIds };
  }

  /** Rows of every table that hangs off a booking (the foreign keys of migrations 0004, 0006, 0009). */
  async function rowsOf(id: string, lineIds: string[]) {
    const count = async (table: string, column = 'booking_id') => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}
      `.execute(db());
      return rows[0]!.n;
    };
    const assigned = await db()
      .selectFrom('booking_participant_lines')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('line_id', 'in', lineIds)
      .executeTakeFirstOrThrow();
    return {
      bookings: await count('bookings', 'id'),
      lines: await count('booking_lines'),
      participants: await count('booking_participants'),
      assignments: Number(assigned.n),
      events: await count('booking_events'),
      keys: await count('booking_idempotency_keys'),
      documents: await count('documents'),
    };
  }
  const nothingLeft = { bookings: 0, lines: 0, participants: 0, assignments: 0, events: 0, keys: 0, documents: 0 };

  /** Whether the storage holds the key (the stream it opens is closed at once). */
  const isStored = async (key: string) => {
    const object = await t.context.storage.get(key);
    object?.body.destroy();
    return object !== undefined;
  };

  /** Stored document files on disk (sidecars aside): compared with the rows that point at them. */
  async function storedDocumentKeys() {
    const dir = join(t.context.config.DATA_DIR, 'files', 'documents');
    const names = await readdir(dir).catch(() => [] as string[]);
    return names.filter((name) => !name.includes('~')).map((name) => `documents/${name}`);
  }

  beforeAll(async () => {
    t = await startIntegrationApp({ DATABASE_POOL_MAX: '10' });
    const a = await createTestUser(t.context);
    anaId = a.id;
    ana = await login(t.app, a);
    bruno = await login(t.app, await createTestUser(t.context));
    admin = await loginWithMfa(t.app, await createTestUser(t.context, { role: 'ADMIN', mfa: true }));
    const r = await createTestUser(t.context, { role: 'ROOT', mfa: true });
    rootId = r.id;
    root = await loginWithMfa(t.app, r);
    rootNoMfa = await login(t.app, await createTestUser(t.context, { role: 'ROOT' }));
    hostingId = await insertExperience(db(), { category: 'HOSTING', capacity: 3, price_cents: 5000 });
  });
  afterAll(async () => t.close());

  it('erases the booking and everything under it, frees its places, audits it and removes its stored file', async () => {
    const { id, document, lineIds } = await fullBooking();
    expect(await rowsOf(id, lineIds)).toEqual({
      bookings: 1,
      lines: 1,
      participants: 3,
      assignments: 3,
      events: 2,
      keys: 1,
      documents: 1,
    });
    expect(await remaining()).toBe(0);
    expect((await postBooking(t.app, bruno, { lines: [line(1)] })).json().error.code).toBe('CAPACITY_EXCEEDED');
    expect(await isStored(document.storage_key)).toBe(true);

    // The reference is read out on the phone: any case will do.
    const response = await remove(root, id, { reference: reference(id).toLowerCase(), reason: 'Duplicada por engano' });
    expect([response.statusCode, response.body]).toEqual([204, '']);

    expect(await rowsOf(id, lineIds)).toEqual(nothingLeft);
    expect(await isStored(document.storage_key)).toBe(false);
    expect(await remaining()).toBe(3);
    for (const session of [root, admin, ana]) {
      for (const url of [`/api/v1/bookings/${id}`, `/api/v1/bookings/${id}/events`, `/api/v1/documents/${document.id}`])
        expect((await t.app.inject({ url, headers: session.headers })).statusCode).toBe(404);
    }
    const inbox = (await t.app.inject({ url: `/api/v1/bookings?q=${reference(id)}`, headers: admin.headers })).json();
    expect(inbox.total).toBe(0);
    expect((await remove(root, id, { reference: reference(id), reason: 'De novo' })).statusCode).toBe(404);

    const audit = await db()
      .selectFrom('audit_events')
      .select(['actor_id', 'action', 'target_type', 'data'])
      .where('target_id', '=', id)
      .where('action', '=', 'booking.hard_deleted')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: rootId,
      target_type: 'booking',
      data: {
        reference: reference(id),
        ownerId: anaId,
        status: 'PAYMENT_REQUESTED',
        reason: 'Duplicada por engano',
        totalCents: 15000,
        lines: 1,
        people: 3,
        participants: 3,
        documents: 1,
      },
    });
    // Nothing about the people who were on it.
    const trail = JSON.stringify(audit[0]!.data);
    for (const n of [1, 2, 3]) {
      expect(trail).not.toContain(participant(n).name);
      expect(trail).not.toContain(participant(n).document.number);
    }

    // The places are really free: the night sells again.
    const again = await postBooking(t.app, bruno, { lines: [line(3)] });
    expect(again.statusCode).toBe(201);
    const againId = again.json().id as string;
    expect((await remove(root, againId, { reference: reference(againId), reason: 'Limpeza' })).statusCode).toBe(204);
  });

  it('refuses a wrong or missing reference, a missing reason and unknown fields with 400 field errors, deleting nothing', async () => {
    const { id, lineIds } = await fullBooking(1);
    const before = await rowsOf(id, lineIds);
    const cases: [object, string, string][] = [
      [{ reference: 'ABCDEF12', reason: 'Teste' }, 'body.reference', 'reference_mismatch'],
      [{ reference: id, reason: 'Teste' }, 'body.reference', 'reference_mismatch'],
      [{ reason: 'Teste' }, 'body.reference', 'invalid_type'],
      [{ reference: reference(id), reason: '   ' }, 'body.reason', 'too_small'],
      [{ reference: reference(id) }, 'body.reason', 'invalid_type'],
      [{ reference: reference(id), reason: 'Teste', force: true }, 'body', 'unrecognized_keys'],
    ];
    for (const [payload, path, code] of cases) {
      const response = await remove(root, id, payload);
      expect(response.statusCode).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.issues).toEqual([expect.objectContaining({ path, code, message: expect.any(String) })]);
    }
    const english = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/bookings/${id}`,
      payload: { reference: 'ABCDEF12', reason: 'Teste' },
      headers: { ...root.headers, 'accept-language': 'en' },
    });
    expect(english.json().error.details.issues[0].message).toMatch(/[A-Za-z]/);
    expect(await rowsOf(id, lineIds)).toEqual(before);
    await remove(root, id, { reference: reference(id), reason: 'Limpeza do teste' });
  });

  it('is a 404 for ADMIN, the owner and another visitor (a 401 anonymous, a 403 to ROOT without MFA), deleting nothing', async () => {
    const { id, document, lineIds } = await fullBooking(1);
    const before = await rowsOf(id, lineIds);
    const body = { reference: reference(id), reason: 'Tentativa' };
    expect((await remove(admin, id, body)).statusCode).toBe(404);
    expect((await remove(ana, id, body)).statusCode).toBe(404);
    expect((await remove(bruno, id, body)).statusCode).toBe(404);
    expect((await remove(undefined, id, body)).statusCode).toBe(401);
    const noMfa = await remove(rootNoMfa, id, body);
    expect([noMfa.statusCode, noMfa.json().error.code]).toEqual([403, 'MFA_SETUP_REQUIRED']);
    expect(await rowsOf(id, lineIds)).toEqual(before);
    expect(await isStored(document.storage_key)).toBe(true);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await remove(root, unknown, { reference: '00000000', reason: 'x' })).statusCode).toBe(404);
    await remove(root, id, body);
  });

  it('keeps the deletion when a stored file cannot be removed, and logs the orphan', async () => {
    const { id, document, lineIds } = await fullBooking(1);
    // A directory where the file was: removing it fails for real, whoever runs the test.
    const path = join(t.context.config.DATA_DIR, 'files', document.storage_key);
    await rm(path);
    await mkdir(join(path, 'inside'), { recursive: true });
    const response = await remove(root, id, { reference: reference(id), reason: 'Arquivo preso' });
    expect(response.statusCode).toBe(204);
    expect(await rowsOf(id, lineIds)).toEqual(nothingLeft);
    const logged = t.logs.lines().find((line) => line.msg === 'stored files of a deleted booking could not be deleted');
    expect(logged).toMatchObject({ level: 50, keys: [document.storage_key] });
    await rm(path, { recursive: true });
  });

  it('a delete racing transitions, participant edits and uploads of the booking leaves no half-written rows or files', async () => {
    for (let round = 0; round < 10; round += 1) {
      const { id, lineIds } = await fullBooking(1);
      const [deleted, transition, participants, uploaded] = await Promise.all([
        remove(root, id, { reference: reference(id), reason: `Corrida ${round}` }),
        fire(admin, id, 'CANCEL'),
        t.app.inject({
          method: 'PUT',
          url: `/api/v1/bookings/${id}/participants`,
          payload: { participants: [participant(9)] },
          headers: admin.headers,
        }),
        upload(admin, id),
      ]);
      expect(deleted.statusCode).toBe(204);
      expect([200, 404, 409]).toContain(transition.statusCode);
      expect([200, 404, 409]).toContain(participants.statusCode);
      expect([201, 404, 409]).toContain(uploaded.statusCode);
      expect(await rowsOf(id, lineIds)).toEqual(nothingLeft);
    }
    // Every stored document file still has its row, and every row its file: no orphans either way.
    const rows = await db().selectFrom('documents').select('storage_key').where('booking_id', 'is not', null).execute();
    expect((await storedDocumentKeys()).sort()).toEqual(rows.map((row) => row.storage_key).sort());
    expect(await remaining()).toBe(3);
  });
});
