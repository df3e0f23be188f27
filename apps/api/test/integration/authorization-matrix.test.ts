import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/platform/kv/redis-store.js';
import { buildTestApp, type TestApp } from '../../../../test-support/test-app.js';
import {
  createTestDatabase,
  requireTestEnv,
  testRedisPrefix,
  type TestDatabase,
} from '../../../../test-support/services.js';
import { memoryLogger } from '../../../../test-support/memory-logger.js';
import { createTestUser, login, totpCode, type LoggedIn, type TestUser } from '../../../../test-support/accounts.js';
import { insertBooking, insertExperience, insertImageRow, multipartBody } from '../support/catalogue.js';
import { dayLine, inDays } from '../support/bookings.js';

/**
 * Every API route × every kind of caller, with the status each must get. The table is checked
 * against the app's route list: a new route fails this test until it has a row.
 */
const callers = ['anonymous', 'guest', 'professor', 'adminNoMfa', 'admin', 'root'] as const;
type Caller = (typeof callers)[number];
type Cell = { user?: TestUser; session?: LoggedIn };
type Case = {
  request: (cell: Cell) => Promise<Omit<InjectOptions, 'method' | 'url'> & { url?: string }>;
  expect: Record<Caller, number>;
};

const pdf = readFileSync(new URL('../fixtures/uploads/tiny.pdf', import.meta.url));
const pngFixture = new URL('../fixtures/uploads/tiny.png', import.meta.url);
const webpFixture = new URL('../fixtures/uploads/tiny.webp', import.meta.url);

function multipartPdf(): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----promata${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="credential.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const all = (status: number): Record<Caller, number> =>
  Object.fromEntries(callers.map((c) => [c, status])) as Record<Caller, number>;
const signedIn = (status: number, overrides: Partial<Record<Caller, number>> = {}) => ({
  ...all(status),
  anonymous: 401,
  ...overrides,
});
const staffOnly = (status: number) => ({
  anonymous: 401,
  guest: 404,
  professor: 404,
  adminNoMfa: 403,
  admin: status,
  root: status,
});

describe('authorisation matrix (every route × every caller, PostgreSQL + Redis)', () => {
  let testDb: TestDatabase;
  let t: TestApp;

  const fresh = async (role: TestUser['role'] = 'GUEST') => createTestUser(t.context, { role });
  /** A guest with an open professor request (for the decision endpoint) and their document id. */
  const guestWithRequest = async () => {
    const guest = await fresh();
    const session = await login(t.app, guest);
    const body = multipartPdf();
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/professor-request',
      payload: body.payload,
      headers: { ...body.headers, ...session.headers },
    });
    if (upload.statusCode !== 202) throw new Error(`professor request failed: ${upload.body}`);
    const doc = await testDb.database.db
      .selectFrom('documents')
      .select('id')
      .where('owner_id', '=', guest.id)
      .executeTakeFirstOrThrow();
    return { guest, documentId: doc.id };
  };

  // Catalogue fixtures: an experience (inactive ones exist for staff only), a gallery picture with
  // stored bytes, a highlight alone in the carousel (the slot caps would refuse a seventh).
  const experience = (active = true) => insertExperience(testDb.database.db, { active });
  const storedImage = async (active: boolean) => {
    const imageId = await insertImageRow(testDb.database.db, await experience(active), 1);
    await t.context.storage.put(`images/${imageId}/w480.webp`, readFileSync(webpFixture), 'image/webp');
    return imageId;
  };
  const loneHighlight = async () => {
    await testDb.database.db.deleteFrom('highlights').execute();
    const row = await testDb.database.db
      .insertInto('highlights')
      .values({ slot: 'CAROUSEL', position: 1, title_pt: 'Destaque' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const multipartPng = () =>
    multipartBody({ field: 'file', name: 'photo.png', type: 'image/png', bytes: readFileSync(pngFixture) });
  /** Another guest's booking: staff with MFA may see and move it, nobody else learns it exists. */
  const othersBooking = async (status: 'CREATED' | 'PEOPLE_REQUESTED' = 'CREATED') =>
    insertBooking(testDb.database.db, (await fresh()).id, status, [
      { experienceId: await experience(), start: inDays(10), end: inDays(11), people: 1 },
    ]);
  const ownerOrStaff = { anonymous: 401, guest: 404, professor: 404, adminNoMfa: 404, admin: 200, root: 200 };
  const seenByStaffOnly = { anonymous: 404, guest: 404, professor: 404, adminNoMfa: 404, admin: 200, root: 200 };

  const matrix: Record<string, Case> = {
    'GET /api/v1/info': { request: async () => ({}), expect: all(200) },
    'POST /api/v1/auth/sign-up': {
      request: async () => ({
        payload: { email: `${randomUUID()}@example.org`, password: 'a fine passphrase', name: 'New' },
      }),
      expect: all(202),
    },
    'POST /api/v1/auth/verify-email': {
      request: async () => ({ payload: { token: 'x'.repeat(43) } }),
      expect: all(400),
    },
    'POST /api/v1/auth/login': {
      request: async () => {
        const user = await fresh();
        return { payload: { email: user.email, password: user.password } };
      },
      expect: all(200),
    },
    'POST /api/v1/auth/refresh': { request: async () => ({}), expect: all(401) },
    'POST /api/v1/auth/logout': { request: async () => ({ payload: {} }), expect: all(204) },
    'POST /api/v1/auth/verify-email/resend': {
      request: async () => ({ payload: { email: 'who@example.org' } }),
      expect: all(202),
    },
    'POST /api/v1/auth/password/forgot': {
      request: async () => ({ payload: { email: 'who@example.org' } }),
      expect: all(202),
    },
    'POST /api/v1/auth/password/reset': {
      request: async () => ({ payload: { token: 'y'.repeat(43), password: 'a fine passphrase' } }),
      expect: all(400),
    },
    'POST /api/v1/auth/password/change': {
      request: async ({ user }) => ({
        payload: { currentPassword: user?.password ?? 'x', newPassword: 'a changed passphrase' },
      }),
      expect: signedIn(204),
    },
    'POST /api/v1/auth/mfa/setup': { request: async () => ({}), expect: signedIn(200, { admin: 409, root: 409 }) },
    'POST /api/v1/auth/mfa/confirm': { request: async () => ({ payload: { code: '123456' } }), expect: signedIn(409) },
    'POST /api/v1/auth/mfa/recovery-codes': {
      request: async () => ({}),
      expect: signedIn(403, { admin: 200, root: 200 }),
    },
    'GET /api/v1/me': { request: async () => ({}), expect: signedIn(200) },
    'PATCH /api/v1/me': { request: async () => ({ payload: { name: 'Renamed' } }), expect: signedIn(200) },
    'GET /api/v1/me/sessions': { request: async () => ({}), expect: signedIn(200) },
    'DELETE /api/v1/me/sessions/:id': {
      // Another guest's session: it does not exist for anyone but its owner.
      request: async () => {
        const other = await fresh();
        await login(t.app, other);
        const [session] = await t.context.sessions.listForUser(other.id);
        return { url: `/api/v1/me/sessions/${session!.id}` };
      },
      expect: signedIn(404),
    },
    'GET /api/v1/me/export': { request: async () => ({}), expect: signedIn(200) },
    'DELETE /api/v1/me': {
      request: async ({ user }) => ({ payload: { password: user?.password ?? 'x' } }),
      expect: signedIn(204),
    },
    'POST /api/v1/me/professor-request': {
      request: async () => multipartPdf(),
      expect: signedIn(409, { guest: 202 }),
    },
    'GET /api/v1/documents/:id': {
      // Another guest's document: staff with MFA may read it, nobody else learns it exists.
      request: async () => ({ url: `/api/v1/documents/${(await guestWithRequest()).documentId}` }),
      expect: { anonymous: 401, guest: 404, professor: 404, adminNoMfa: 404, admin: 200, root: 200 },
    },
    'GET /api/v1/users': { request: async () => ({}), expect: staffOnly(200) },
    'POST /api/v1/users': {
      request: async () => ({ payload: { email: `${randomUUID()}@example.org`, name: 'Invited', role: 'GUEST' } }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/users/:id': {
      request: async () => ({ url: `/api/v1/users/${(await fresh()).id}`, payload: { active: false } }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/users/:id': {
      request: async () => ({ url: `/api/v1/users/${(await fresh()).id}` }),
      expect: staffOnly(204),
    },
    'POST /api/v1/users/:id/professor-verification': {
      request: async () => ({
        url: `/api/v1/users/${(await guestWithRequest()).guest.id}/professor-verification`,
        payload: { decision: 'APPROVE' },
      }),
      expect: staffOnly(204),
    },
    'GET /api/v1/professor-requests': { request: async () => ({}), expect: staffOnly(200) },
    'GET /api/v1/experiences': { request: async () => ({}), expect: all(200) },
    'GET /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await experience(false)}` }),
      expect: seenByStaffOnly,
    },
    'POST /api/v1/experiences': {
      request: async () => ({
        payload: { category: 'HOSTING', name: { pt: 'Cabana' }, capacity: 4, priceCents: 9000 },
      }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await experience()}`, payload: { capacity: 12 } }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/experiences/:id': {
      request: async () => ({ url: `/api/v1/experiences/${await experience()}` }),
      expect: staffOnly(204),
    },
    'GET /api/v1/experiences/:id/availability': {
      request: async () => ({
        url: `/api/v1/experiences/${await experience()}/availability?from=2030-01-01&to=2030-01-31`,
      }),
      expect: all(200),
    },
    'POST /api/v1/experiences/:id/images': {
      request: async () => ({ url: `/api/v1/experiences/${await experience()}/images`, ...multipartPng() }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/experiences/:id/images': {
      request: async () => {
        const id = await experience();
        const imageId = await insertImageRow(testDb.database.db, id, 1);
        return {
          url: `/api/v1/experiences/${id}/images`,
          payload: { images: [{ id: imageId, alt: { pt: 'Vista' } }] },
        };
      },
      expect: staffOnly(200),
    },
    'DELETE /api/v1/experiences/:id/images/:imageId': {
      request: async () => {
        const id = await experience();
        return { url: `/api/v1/experiences/${id}/images/${await insertImageRow(testDb.database.db, id, 1)}` };
      },
      expect: staffOnly(204),
    },
    'GET /api/v1/images/:imageId/:variant': {
      // A picture of an inactive experience; those of active ones are public (catalogue tests).
      request: async () => ({ url: `/api/v1/images/${await storedImage(false)}/w480` }),
      expect: seenByStaffOnly,
    },
    'GET /api/v1/closures': { request: async () => ({}), expect: all(200) },
    'POST /api/v1/closures': {
      request: async () => ({
        payload: { startsOn: '2030-02-01', endsOn: '2030-02-02', reason: { pt: 'Manutenção' } },
      }),
      expect: staffOnly(201),
    },
    'DELETE /api/v1/closures/:id': {
      request: async () => {
        const closure = await testDb.database.db
          .insertInto('closures')
          .values({ starts_on: '2030-03-01', ends_on: '2030-03-01', reason_pt: 'Chuva' })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { url: `/api/v1/closures/${closure.id}` };
      },
      expect: staffOnly(204),
    },
    'GET /api/v1/highlights': { request: async () => ({}), expect: all(200) },
    'POST /api/v1/highlights': {
      request: async () => {
        await testDb.database.db.deleteFrom('highlights').execute();
        return { payload: { slot: 'CAROUSEL', title: { pt: 'Novidade' } } };
      },
      expect: staffOnly(201),
    },
    'PUT /api/v1/highlights/order': {
      request: async () => ({ payload: { slot: 'CAROUSEL', ids: [await loneHighlight()] } }),
      expect: staffOnly(200),
    },
    'PATCH /api/v1/highlights/:id': {
      request: async () => ({
        url: `/api/v1/highlights/${await loneHighlight()}`,
        payload: { title: { pt: 'Outro' } },
      }),
      expect: staffOnly(200),
    },
    'PUT /api/v1/highlights/:id/image': {
      request: async () => ({ url: `/api/v1/highlights/${await loneHighlight()}/image`, ...multipartPng() }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/highlights/:id': {
      request: async () => ({ url: `/api/v1/highlights/${await loneHighlight()}` }),
      expect: staffOnly(204),
    },
    'POST /api/v1/bookings': {
      request: async () => ({ payload: { lines: [dayLine(await experience(), inDays(10), 1)] } }),
      expect: signedIn(201),
    },
    'POST /api/v1/bookings/quote': {
      request: async () => ({ payload: { lines: [dayLine(await experience(), inDays(10), 1)] } }),
      expect: signedIn(200),
    },
    'GET /api/v1/bookings/:id': {
      request: async () => ({ url: `/api/v1/bookings/${await othersBooking()}` }),
      expect: ownerOrStaff,
    },
    'GET /api/v1/bookings/:id/events': {
      request: async () => ({ url: `/api/v1/bookings/${await othersBooking()}/events` }),
      expect: ownerOrStaff,
    },
    'POST /api/v1/bookings/:id/transitions': {
      request: async () => ({
        url: `/api/v1/bookings/${await othersBooking()}/transitions`,
        payload: { event: 'CANCEL' },
      }),
      expect: ownerOrStaff,
    },
    'GET /api/v1/bookings': {
      request: async () => ({ url: '/api/v1/bookings?status=CREATED' }),
      expect: signedIn(200),
    },
    'PUT /api/v1/bookings/:id/participants': {
      request: async () => ({
        url: `/api/v1/bookings/${await othersBooking()}/participants`,
        payload: { participants: [] },
      }),
      expect: ownerOrStaff,
    },
    'POST /api/v1/bookings/:id/documents': {
      request: async () => ({
        url: `/api/v1/bookings/${await othersBooking()}/documents`,
        ...multipartBody(
          { field: 'file', name: 'doc.pdf', type: 'application/pdf', bytes: pdf },
          { kind: 'BOOKING_DOCUMENT' },
        ),
      }),
      expect: { ...ownerOrStaff, admin: 201, root: 201 },
    },
    'GET /api/v1/bookings/:id/calendar.ics': {
      request: async () => ({ url: `/api/v1/bookings/${await othersBooking()}/calendar.ics` }),
      expect: ownerOrStaff,
    },
    'GET /api/v1/dashboard': { request: async () => ({}), expect: staffOnly(200) },
    'GET /api/v1/reports/occupancy': {
      request: async () => ({ url: '/api/v1/reports/occupancy?from=2030-01-01&to=2030-12-31' }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/visitors': {
      request: async () => ({ url: '/api/v1/reports/visitors?from=2030-01-01&to=2030-12-31' }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/demographics': {
      request: async () => ({ url: '/api/v1/reports/demographics?from=2030-01-01&to=2030-12-31' }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/revenue': {
      request: async () => ({ url: '/api/v1/reports/revenue?from=2030-01-01&to=2030-12-31' }),
      expect: staffOnly(200),
    },
    'GET /api/v1/reports/bookings.csv': {
      request: async () => ({ url: '/api/v1/reports/bookings.csv?from=2030-01-01&to=2030-12-31' }),
      expect: staffOnly(200),
    },
    'GET /api/v1/audit': { request: async () => ({ url: '/api/v1/audit?targetType=booking' }), expect: staffOnly(200) },
  };

  async function callerCell(caller: Caller): Promise<Cell> {
    if (caller === 'anonymous') return {};
    const role =
      caller === 'guest' ? 'GUEST' : caller === 'professor' ? 'PROFESSOR' : caller === 'root' ? 'ROOT' : 'ADMIN';
    const mfa = caller === 'admin' || caller === 'root';
    const user = await createTestUser(t.context, { role, mfa });
    const session = await login(t.app, user, mfa ? totpCode(user.totpSecret!) : undefined);
    return { user, session };
  }

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const kv = createRedisStore({
      url: requireTestEnv('TEST_REDIS_URL'),
      keyPrefix: testRedisPrefix(),
      logger: memoryLogger().logger,
    });
    await kv.waitUntilConnected(5000);
    // Limits are exercised in auth-abuse.test.ts; here hundreds of logins come from one address.
    t = await buildTestApp({ database: testDb.database, kv });
  });
  afterAll(async () => {
    await t.app.close();
    await t.context.kv.close();
    await testDb.drop();
  });

  it('has a row for every API route, and no row for a route that does not exist', () => {
    const routes = t.app.routeAccess.map((r) => `${r.method} ${r.url}`).sort();
    expect(Object.keys(matrix).sort()).toEqual(routes);
  });

  for (const [route, testCase] of Object.entries(matrix)) {
    it(route, async () => {
      const [method, path] = route.split(' ') as [InjectOptions['method'], string];
      const results: Partial<Record<Caller, number>> = {};
      for (const caller of callers) {
        const cell = await callerCell(caller);
        const { url, headers, ...rest } = await testCase.request(cell);
        const response = await t.app.inject({
          method,
          url: url ?? path,
          ...rest,
          headers: { ...(headers as Record<string, string> | undefined), ...(cell.session?.headers ?? {}) },
          remoteAddress: `198.51.100.${callers.indexOf(caller) + 1}`,
        });
        results[caller] = response.statusCode;
      }
      expect(results).toEqual(testCase.expect);
    });
  }

  it('ADMIN manages visitors and professors but never ROOT or other ADMINs; nobody changes their own role', async () => {
    const admin = await callerCell('admin');
    const root = await callerCell('root');
    const otherAdmin = await fresh('ADMIN');
    const aRoot = await fresh('ROOT');
    const patch = (session: LoggedIn, id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers: session.headers });

    expect((await patch(admin.session!, otherAdmin.id, { active: false })).statusCode).toBe(403);
    expect((await patch(admin.session!, aRoot.id, { role: 'GUEST' })).statusCode).toBe(403);
    expect((await patch(admin.session!, (await fresh()).id, { role: 'ADMIN' })).statusCode).toBe(403);
    expect((await patch(admin.session!, admin.user!.id, { role: 'ROOT' })).statusCode).toBe(403);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: `${randomUUID()}@example.org`, name: 'X', role: 'ADMIN' },
      headers: admin.session!.headers,
    });
    expect(invite.statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/users/${aRoot.id}`, headers: admin.session!.headers }))
        .statusCode,
    ).toBe(403);

    expect((await patch(root.session!, otherAdmin.id, { role: 'GUEST' })).statusCode).toBe(200);
    expect((await patch(root.session!, root.user!.id, { role: 'GUEST' })).statusCode).toBe(403);
    expect((await patch(root.session!, randomUUID(), { active: false })).statusCode).toBe(404);
  });

  it('a user can never raise their own role or verification state through their profile', async () => {
    const guest = await callerCell('guest');
    for (const payload of [
      { role: 'ADMIN' },
      { emailVerified: true },
      { email: 'other@example.org' },
      { name: 'Ok', role: 'ROOT' },
    ]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        payload,
        headers: guest.session!.headers,
      });
      expect([response.statusCode, response.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const me = await t.app.inject({ url: '/api/v1/me', headers: guest.session!.headers });
    expect(me.json()).toMatchObject({ role: 'GUEST', email: guest.user!.email });
  });
});
