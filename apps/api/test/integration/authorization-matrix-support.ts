import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { createTestUser, login, type LoggedIn, type TestUser } from '../../../../test-support/accounts.js';
import type { TestApp } from '../../../../test-support/test-app.js';
import { insertBooking, insertExperience, insertImageRow, multipartBody } from '../support/catalogue.js';
import { inDays } from '../support/bookings.js';

/**
 * The callers of the authorisation matrix. `owner` is a GUEST who owns the resource a row is
 * about (their booking, document, session); `guest` is another GUEST, for whom it does not exist.
 */
export const callers = ['anonymous', 'owner', 'guest', 'professor', 'adminNoMfa', 'admin', 'root'] as const;
export type Caller = (typeof callers)[number];
export type Cell = { caller: Caller; user?: TestUser; session?: LoggedIn };
export type Expected = Record<Caller, number>;
export type Case = {
  request: (cell: Cell) => Promise<Omit<InjectOptions, 'method' | 'url'> & { url?: string }>;
  expect: Expected;
};

export const all = (status: number): Expected => Object.fromEntries(callers.map((c) => [c, status])) as Expected;
export const signedIn = (status: number, overrides: Partial<Expected> = {}): Expected => ({
  ...all(status),
  anonymous: 401,
  ...overrides,
});
export const staffOnly = (status: number): Expected => ({
  anonymous: 401,
  owner: 404,
  guest: 404,
  professor: 404,
  adminNoMfa: 403,
  admin: status,
  root: status,
});
/** An owned resource: its owner and staff with MFA succeed, for everybody else it does not exist. */
export const ownerOrStaff = (status: number): Expected => ({
  anonymous: 401,
  owner: status,
  guest: 404,
  professor: 404,
  adminNoMfa: 404,
  admin: status,
  root: status,
});
export const seenByStaffOnly: Expected = { ...all(404), admin: 200, root: 200 };

const fixture = (name: string) => readFileSync(new URL(`../fixtures/uploads/${name}`, import.meta.url));
export const pdf = fixture('tiny.pdf');
export const multipartPdf = () =>
  multipartBody({ field: 'document', name: 'credential.pdf', type: 'application/pdf', bytes: pdf });
export const multipartPng = () =>
  multipartBody({ field: 'file', name: 'photo.png', type: 'image/png', bytes: fixture('tiny.png') });

/**
 * Rows ask for their resources through these, once the app runs (`use` is called in beforeAll):
 * the table itself is built at collection time, one `it` per row.
 */
export function matrixFixtures() {
  let current: TestApp | undefined;
  const app = () => {
    if (!current) throw new Error('matrixFixtures().use(app) was not called');
    return current;
  };
  const db = () => app().context.database.db;
  const fresh = async (role: TestUser['role'] = 'GUEST') => createTestUser(app().context, { role });

  /** The cell's own user and session for the owner column; a new GUEST, signed in, for every other. */
  const ownerOf = async (cell: Cell): Promise<{ user: TestUser; session: LoggedIn }> => {
    if (cell.caller === 'owner') return { user: cell.user!, session: cell.session! };
    const user = await fresh();
    return { user, session: await login(app().app, user) };
  };
  const experience = (active = true) => insertExperience(db(), { active });

  return {
    use(testApp: TestApp) {
      current = testApp;
    },
    app,
    db,
    fresh,
    ownerOf,
    experience,
    /** A professor request of the row's owner: the guest and their credential document id. */
    async professorRequest(cell: Cell) {
      const owner = await ownerOf(cell);
      const body = multipartPdf();
      const upload = await app().app.inject({
        method: 'POST',
        url: '/api/v1/me/professor-request',
        payload: body.payload,
        headers: { ...body.headers, ...owner.session.headers },
      });
      if (upload.statusCode !== 202) throw new Error(`professor request failed: ${upload.body}`);
      const doc = await db()
        .selectFrom('documents')
        .select('id')
        .where('owner_id', '=', owner.user.id)
        .executeTakeFirstOrThrow();
      return { guest: owner.user, documentId: doc.id };
    },
    /** Another signed-in device of the row's owner (its id is the access token's `sid`). */
    async sessionOf(cell: Cell) {
      const device = await login(app().app, (await ownerOf(cell)).user);
      const claims = JSON.parse(Buffer.from(device.accessToken.split('.')[1]!, 'base64url').toString());
      return claims.sid as string;
    },
    /** A booking of the row's owner, ten days ahead. */
    async booking(cell: Cell, status: 'CREATED' | 'PEOPLE_REQUESTED' = 'CREATED') {
      const owner = await ownerOf(cell);
      return insertBooking(db(), owner.user.id, status, [
        { experienceId: await experience(), start: inDays(10), end: inDays(11), people: 1 },
      ]);
    },
    /** A gallery picture with stored bytes (of an inactive experience: staff only). */
    async storedImage(active: boolean) {
      const imageId = await insertImageRow(db(), await experience(active), 1);
      await app().context.storage.put(`images/${imageId}/w480.webp`, fixture('tiny.webp'), 'image/webp');
      return imageId;
    },
    /** A highlight alone in the carousel (the slot caps would refuse a seventh). */
    async loneHighlight() {
      await db().deleteFrom('highlights').execute();
      const row = await db()
        .insertInto('highlights')
        .values({ slot: 'CAROUSEL', position: 1, title_pt: 'Destaque' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async closure() {
      const row = await db()
        .insertInto('closures')
        .values({ starts_on: '2030-03-01', ends_on: '2030-03-01', reason_pt: 'Chuva' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type MatrixFixtures = ReturnType<typeof matrixFixtures>;
