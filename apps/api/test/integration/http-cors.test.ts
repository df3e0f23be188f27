import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/platform/kv/memory-store.js';
import { buildTestApp } from '../../../../test-support/test-app.js';
import { createTestDatabase } from '../../../../test-support/services.js';

// CORS is off unless CORS_ORIGINS lists origins (http-platform.test.ts checks the default):
// a web app on another origin may then call the API with credentials, and nobody else may.

describe('CORS from CORS_ORIGINS', () => {
  it('answers a listed origin with the CORS headers, preflight included, and an unlisted one without', async () => {
    const testDb = await createTestDatabase();
    const t = await buildTestApp(
      { database: testDb.database, kv: createMemoryStore() },
      { CORS_ORIGINS: 'https://a.example, https://c.example' },
    );
    const preflight = (origin: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/auth/login',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    try {
      const allowed = await preflight('https://a.example');
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://a.example');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      expect(String(allowed.headers['access-control-allow-methods'])).toContain('POST');
      expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');

      const read = await t.app.inject({ url: '/api/v1/info', headers: { origin: 'https://c.example' } });
      expect(read.statusCode).toBe(200);
      expect(read.headers['access-control-allow-origin']).toBe('https://c.example');
      expect(read.headers['access-control-allow-credentials']).toBe('true');
      expect(String(read.headers['access-control-expose-headers'])).toContain('retry-after');
      expect(String(read.headers.vary).toLowerCase()).toContain('origin');

      const refused = await preflight('https://b.example');
      // Without Access-Control-Allow-Origin the browser refuses, whatever else is sent.
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      const foreign = await t.app.inject({ url: '/api/v1/info', headers: { origin: 'https://a.example.evil' } });
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await t.app.close();
      await testDb.drop();
    }
  });
});
