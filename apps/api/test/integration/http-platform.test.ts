import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '@promata/contracts';
import { openDatabase } from '../../src/platform/db/database.js';
import { createRedisStore } from '../../src/platform/kv/redis-store.js';
import { AppError } from '../../src/platform/http/app-error.js';
import { buildTestApp, type TestApp } from '../../../../test-support/test-app.js';
import {
  createTestDatabase,
  requireTestEnv,
  testRedisPrefix,
  type TestDatabase,
} from '../../../../test-support/services.js';
import { memoryLogger } from '../../../../test-support/memory-logger.js';

/** Routes that exist only in this test, to drive the shared platform behaviour. */
const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/test/echo',
    {
      schema: {
        body: z.object({ name: z.string().min(2), count: z.number().int().positive() }),
        response: { 200: z.object({ name: z.string(), count: z.number() }) },
      },
    },
    // Returns more than the schema declares: the serializer must drop it.
    async (request) => ({ ...request.body, password: 'leak', internal: true }),
  );
  app.get('/test/boom', async () => {
    throw new Error('connection string postgres://admin:hunter2@db failed at line 42');
  });
  app.get('/test/refused', async () => {
    throw new AppError(409, 'CONFLICT', { reason: 'ALREADY_DONE' });
  });
};

describe('HTTP platform on real PostgreSQL and Redis', () => {
  let testDb: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const kv = createRedisStore({
      url: requireTestEnv('TEST_REDIS_URL'),
      keyPrefix: testRedisPrefix(),
      logger: memoryLogger().logger,
    });
    t = await buildTestApp({ database: testDb.database, kv }, {}, (app) => void app.register(probeRoutes));
    expect(await kv.waitUntilConnected(5000)).toBe(true);
  });
  afterAll(async () => {
    await t.app.close();
    await t.context.kv.close();
    await testDb.drop();
  });

  it('answers liveness and readiness with both dependencies up', async () => {
    expect((await t.app.inject('/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'up', redis: 'up' } });
  });

  it('describes the platform at /api/v1/info', async () => {
    const info = (await t.app.inject('/api/v1/info')).json();
    expect(info).toMatchObject({
      name: 'Pró-Mata',
      environment: 'test',
      storage: { database: 'postgres', sessions: 'redis' },
    });
    expect(Number.isNaN(Date.parse(info.time))).toBe(false);
  });

  it('validates bodies against the route schema with a 400 listing each field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'x', count: -1 } });
    expect(response.statusCode).toBe(400);
    const body = errorResponseSchema.parse(response.json());
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const issues = (body.error.details as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(issues).toEqual(['body.count', 'body.name']);
  });

  it('serialises responses through the schema, dropping undeclared fields', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/test/echo', payload: { name: 'Ana', count: 2 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Ana', count: 2 });
  });

  it('answers malformed JSON, wrong media types and oversized bodies with 4xx codes', async () => {
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect([badJson.statusCode, badJson.json().error.code]).toEqual([400, 'INVALID_JSON']);
    const xml = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect([xml.statusCode, xml.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      payload: { name: 'x'.repeat(1_100_000), count: 1 },
    });
    expect([huge.statusCode, huge.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('hides internal errors from the client and logs them with the request id', async () => {
    const response = await t.app.inject({ url: '/test/boom', headers: { 'x-request-id': 'trace-123' } });
    expect(response.statusCode).toBe(500);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.json().error.code).toBe('INTERNAL_ERROR');
    expect(response.body).not.toMatch(/hunter2|line 42|at .*\.ts/);
    const logged = t.logs.lines().find((line) => line.msg === 'request failed' && line.reqId === 'trace-123');
    expect(logged).toBeDefined();
  });

  it('passes use-case refusals through with their code and details', async () => {
    const response = await t.app.inject('/test/refused');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_DONE' } });
  });

  it('answers in the language the client asks for, pt-BR by default', async () => {
    const pt = await t.app.inject('/api/v1/nothing-here');
    const en = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(pt.statusCode).toBe(404);
    expect(pt.json().error).toEqual({ code: 'NOT_FOUND', message: 'Recurso não encontrado.' });
    expect(en.json().error).toEqual({ code: 'NOT_FOUND', message: 'Resource not found.' });
  });

  it('replaces request ids that are not safe to log', async () => {
    const response = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const { headers } = await t.app.inject('/api/v1/info');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes OpenAPI 3 generated from the route schemas, and Swagger UI', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready', '/api/v1/info']));
    expect(doc.paths['/api/v1/info'].get.responses['200'].content['application/json'].schema.properties).toHaveProperty(
      'storage',
    );
    const ui = await t.app.inject('/docs');
    expect(ui.statusCode).toBeLessThan(400);
    const page = ui.statusCode === 200 ? ui : await t.app.inject(ui.headers.location as string);
    expect(page.body).toContain('swagger');
  });

  it('exposes Prometheus metrics: process, request durations by route template, pool gauges', async () => {
    await t.app.inject('/health/live');
    const metrics = await t.app.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
    expect(metrics.body).toMatch(
      /http_request_duration_seconds_count\{[^}]*method="GET",route="\/health\/live",status_code="200"\} \d+/,
    );
    expect(metrics.body).toMatch(/db_pool_connections\{[^}]*state="total"[^}]*\} \d+/);
    expect(metrics.body).not.toMatch(/route="\/api\/v1\/nothing-here"/);
  });
});

describe('readiness with a dependency down', () => {
  it('answers 503 naming Redis when Redis is unreachable, and the database when it is', async () => {
    const testDb = await createTestDatabase({ migrate: false });
    const deadRedis = createRedisStore({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger: memoryLogger().logger });
    const t = await buildTestApp({ database: testDb.database, kv: deadRedis });
    try {
      const response = await t.app.inject('/health/ready');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', checks: { database: 'up', redis: 'down' } });
      expect((await t.app.inject('/health/live')).statusCode).toBe(200);
      await testDb.database.close();
      expect((await t.app.inject('/health/ready')).json().checks).toEqual({ database: 'down', redis: 'down' });
    } finally {
      await t.app.close();
      await deadRedis.close();
      await testDb.drop();
    }
  });
});

describe('metrics behind METRICS_TOKEN', () => {
  it('answers the scraper with the token (not taken for a session) and nobody without it', async () => {
    const testDb = await createTestDatabase();
    const kv = createRedisStore({
      url: requireTestEnv('TEST_REDIS_URL'),
      keyPrefix: testRedisPrefix(),
      logger: memoryLogger().logger,
    });
    const t = await buildTestApp({ database: testDb.database, kv }, { METRICS_TOKEN: 'scrape-token-0123456789abcdef' });
    try {
      const scraped = await t.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer scrape-token-0123456789abcdef' },
      });
      expect(scraped.statusCode, scraped.body).toBe(200);
      expect(scraped.body).toContain('http_request_duration_seconds');
      expect((await t.app.inject('/metrics')).statusCode).toBe(401);
      const wrong = await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer not-the-token' } });
      expect(wrong.statusCode).toBe(401);
      // On the API a bearer that is no access token is still refused, as before.
      const api = await t.app.inject({
        url: '/api/v1/me',
        headers: { authorization: 'Bearer scrape-token-0123456789abcdef' },
      });
      expect(api.statusCode).toBe(401);
    } finally {
      await t.app.close();
      await kv.close();
      await testDb.drop();
    }
  });
});

describe('requests while a backing service is down', () => {
  it('answer 503 SERVICE_UNAVAILABLE with Retry-After, never a 500, for Redis and for PostgreSQL', async () => {
    const testDb = await createTestDatabase();
    const deadRedis = createRedisStore({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger: memoryLogger().logger });
    const deadDatabase = await openDatabase({
      kind: 'postgres',
      url: 'postgres://promata@127.0.0.1:1/promata',
      poolMax: 2,
      statementTimeoutMs: 1000,
    });
    const noRedis = await buildTestApp({ database: testDb.database, kv: deadRedis });
    const liveKv = createRedisStore({
      url: requireTestEnv('TEST_REDIS_URL'),
      keyPrefix: testRedisPrefix(),
      logger: memoryLogger().logger,
    });
    const noDatabase = await buildTestApp({ database: deadDatabase, kv: liveKv });
    try {
      const login = await noRedis.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'accept-language': 'en' },
        payload: { email: 'someone@example.org', password: 'Trilha-das-araucarias-2025' },
      });
      expect(login.statusCode, login.body).toBe(503);
      expect(login.headers['retry-after']).toBe('2');
      expect(login.json()).toEqual({
        error: { code: 'SERVICE_UNAVAILABLE', message: 'Service temporarily unavailable. Try again in a moment.' },
      });

      const list = await noDatabase.app.inject({ url: '/api/v1/experiences' });
      expect(list.statusCode, list.body).toBe(503);
      expect(list.json().error.code).toBe('SERVICE_UNAVAILABLE');
      expect(list.body).not.toMatch(/ECONNREFUSED|at .*\.js/);
    } finally {
      await noRedis.app.close();
      await noDatabase.app.close();
      await deadRedis.close();
      await liveKv.close();
      await deadDatabase.close();
      await testDb.drop();
    }
  });
});
