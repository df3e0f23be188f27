import { Agent, request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { drainAndClose } from '../../src/platform/lifecycle/graceful-shutdown.js';
import { createMemoryStore } from '../../src/platform/kv/memory-store.js';
import { buildTestApp, type TestApp } from '../../../../test-support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/services.js';

/** A route that holds its request until the test lets it go. */
function gatedRoute(app: FastifyInstance) {
  const waiting: (() => void)[] = [];
  app.get('/test/slow', async () => {
    await new Promise<void>((resolve) => waiting.push(resolve));
    return { done: true };
  });
  return {
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
    count: () => waiting.length,
  };
}

async function until(condition: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Busy-waits: what a CPU-bound request does to every other request of the process. */
function blockEventLoop(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // spin
  }
}

describe('load shedding and graceful shutdown (real sockets)', () => {
  let testDb: TestDatabase;
  let t: TestApp | undefined;

  afterEach(async () => {
    if (t && !t.context.lifecycle.draining) await t.app.close();
    await testDb?.drop();
  });

  it('refuses requests past the in-flight limit with 503 OVERLOADED and Retry-After, but keeps probes up', async () => {
    testDb = await createTestDatabase();
    let gate!: ReturnType<typeof gatedRoute>;
    t = await buildTestApp(
      { database: testDb.database, kv: createMemoryStore() },
      { MAX_IN_FLIGHT_REQUESTS: '2' },
      (app) => {
        gate = gatedRoute(app);
      },
    );
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const held = [fetch(`${url}/test/slow`), fetch(`${url}/test/slow`)];
    await until(() => gate.count() === 2);

    const refused = await fetch(`${url}/api/v1/info`, { headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('OVERLOADED');
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    // Exempt by route, not by the exact URL: a probe with a query string is still a probe.
    expect((await fetch(`${url}/health/live?probe=alb`)).status).toBe(200);

    gate.release();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
    expect((await fetch(`${url}/api/v1/info`)).status).toBe(200);
  });

  it('sheds requests with 503 OVERLOADED and Retry-After while the event loop is blocked, but keeps probes up', async () => {
    testDb = await createTestDatabase();
    let handled = 0;
    t = await buildTestApp(
      { database: testDb.database, kv: createMemoryStore() },
      { MAX_EVENT_LOOP_DELAY_MS: '200' },
      (app) => {
        app.get('/test/work', async () => ({ handled: ++handled }));
      },
    );
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    expect((await fetch(`${url}/test/work`)).status).toBe(200);

    // The delay is sampled once a second as the mean of the period. The first block makes a
    // sample due; the second fills the next period almost alone, so its mean is ~half a second.
    blockEventLoop(1100);
    await new Promise((resolve) => setImmediate(resolve));
    blockEventLoop(1100);

    const refused = await fetch(`${url}/test/work`, { headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toEqual({
      error: { code: 'OVERLOADED', message: 'The server is overloaded. Try again in a moment.' },
    });
    expect(handled).toBe(1);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect((await fetch(`${url}/health/ready?probe=alb`)).status).toBe(200);
    expect((await fetch(`${url}/metrics?format=text`)).status).toBe(200);

    // Once a calm period has been sampled, requests are served again.
    await until(() => !t!.app.isUnderPressure(), 5000);
    expect((await fetch(`${url}/test/work`)).status).toBe(200);
  });

  it('on shutdown turns readiness 503, finishes in-flight requests, then stops accepting and closes the pool', async () => {
    testDb = await createTestDatabase();
    let gate!: ReturnType<typeof gatedRoute>;
    t = await buildTestApp(
      { database: testDb.database, kv: createMemoryStore() },
      { SHUTDOWN_GRACE_MS: '300' },
      (app) => {
        gate = gatedRoute(app);
      },
    );
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${url}/test/slow`);
    await until(() => gate.count() === 1);

    const shutdown = drainAndClose(t.app, t.context);
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('unavailable');

    gate.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await shutdown;

    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    await expect(testDb.database.ping(500)).rejects.toThrow();
  });

  it('closes keep-alive connections that were busy when shutdown began, instead of waiting out their timeout', async () => {
    testDb = await createTestDatabase();
    let gate!: ReturnType<typeof gatedRoute>;
    t = await buildTestApp({ database: testDb.database, kv: createMemoryStore() }, {}, (app) => {
      gate = gatedRoute(app);
    });
    const url = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
    // A proxy's pooled connection: kept open after each answer.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        httpRequest({ host: url.hostname, port: url.port, path, agent }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        })
          .on('error', reject)
          .end();
      });
    try {
      const inFlight = get('/test/slow');
      await until(() => gate.count() === 1);
      const started = Date.now();
      const shutdown = drainAndClose(t.app, t.context);
      await new Promise((resolve) => setTimeout(resolve, 100));
      gate.release();
      expect(await inFlight).toBe(200);
      await shutdown;
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      agent.destroy();
    }
  });
});
