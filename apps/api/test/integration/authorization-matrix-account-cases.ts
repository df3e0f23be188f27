import { randomUUID } from 'node:crypto';
import {
  all,
  multipartPdf,
  ownerOrStaff,
  signedIn,
  staffOnly,
  type Case,
  type MatrixFixtures,
} from './authorization-matrix-support.js';

/** Rows of the routes outside /api/ (operations, docs, web app), and of accounts, sessions, users and documents. */
export function accountCases(f: MatrixFixtures): Record<string, Case> {
  return {
    // The matrix app has METRICS_TOKEN set: a session's access token is not the scraper's token.
    'GET /metrics': { request: async () => ({}), expect: all(401) },
    'GET /health/live': { request: async () => ({}), expect: all(200) },
    'GET /health/ready': { request: async () => ({}), expect: all(200) },
    'GET /docs': { request: async () => ({}), expect: all(200) },
    'GET /docs/json': { request: async () => ({}), expect: all(200) },
    'GET /docs/yaml': { request: async () => ({}), expect: all(200) },
    // Swagger UI's static index only redirects to /docs.
    'GET /docs/static/index.html': { request: async () => ({}), expect: all(302) },
    'GET /docs/static/swagger-initializer.js': { request: async () => ({}), expect: all(200) },
    'GET /docs/static/*': { request: async () => ({ url: '/docs/static/swagger-ui.css' }), expect: all(200) },
    // The web app's index and client routes; API-looking paths under /* are 404 (web-app tests).
    'GET /': { request: async () => ({}), expect: all(200) },
    // @fastify/static declares one route per built file; the matrix's build has only this one.
    'GET /index.html': { request: async () => ({}), expect: all(200) },
    'GET /*': { request: async () => ({ url: '/account/profile' }), expect: all(200) },
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
        const user = await f.fresh();
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
      // Devices are their owner's alone: staff end sessions by deactivating the account instead.
      request: async (cell) => ({ url: `/api/v1/me/sessions/${await f.sessionOf(cell)}` }),
      expect: signedIn(404, { owner: 204 }),
    },
    'GET /api/v1/me/export': { request: async () => ({}), expect: signedIn(200) },
    'DELETE /api/v1/me': {
      request: async ({ user }) => ({ payload: { password: user?.password ?? 'x' } }),
      expect: signedIn(204),
    },
    'POST /api/v1/me/professor-request': {
      request: async () => multipartPdf(),
      expect: signedIn(409, { owner: 202, guest: 202 }),
    },
    'GET /api/v1/documents/:id': {
      request: async (cell) => ({ url: `/api/v1/documents/${(await f.professorRequest(cell)).documentId}` }),
      expect: ownerOrStaff(200),
    },

    'GET /api/v1/users': { request: async () => ({}), expect: staffOnly(200) },
    'POST /api/v1/users': {
      request: async () => ({ payload: { email: `${randomUUID()}@example.org`, name: 'Invited', role: 'GUEST' } }),
      expect: staffOnly(201),
    },
    'PATCH /api/v1/users/:id': {
      request: async () => ({ url: `/api/v1/users/${(await f.fresh()).id}`, payload: { active: false } }),
      expect: staffOnly(200),
    },
    'DELETE /api/v1/users/:id': {
      request: async () => ({ url: `/api/v1/users/${(await f.fresh()).id}` }),
      expect: staffOnly(204),
    },
    'POST /api/v1/users/:id/professor-verification': {
      // Deciding one's own request is a staff power: the applicant gets 404 like everyone else.
      request: async (cell) => ({
        url: `/api/v1/users/${(await f.professorRequest(cell)).guest.id}/professor-verification`,
        payload: { decision: 'APPROVE' },
      }),
      expect: staffOnly(204),
    },
    'GET /api/v1/professor-requests': { request: async () => ({}), expect: staffOnly(200) },
  };
}
