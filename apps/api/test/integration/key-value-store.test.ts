import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/platform/kv/key-value-store.js';
import { createMemoryStore } from '../../src/platform/kv/memory-store.js';
import { createRedisStore } from '../../src/platform/kv/redis-store.js';
import { memoryLogger } from '../../../../test-support/memory-logger.js';
import { requireTestEnv, testRedisPrefix } from '../../../../test-support/services.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same behaviour from both implementations: features are written once against the interface. */
describe.each([
  ['in-process', () => createMemoryStore()],
  [
    'redis',
    () =>
      createRedisStore({
        url: requireTestEnv('TEST_REDIS_URL'),
        keyPrefix: testRedisPrefix(),
        logger: memoryLogger().logger,
      }),
  ],
] as const)('KeyValueStore (%s)', (_kind, create) => {
  let store: KeyValueStore;
  beforeAll(async () => {
    store = create();
    expect(await store.waitUntilConnected(5000)).toBe(true);
  });
  afterAll(() => store.close());

  it('sets, gets and deletes strings', async () => {
    expect(await store.get('missing')).toBeNull();
    expect(await store.set('a', 'one')).toBe(true);
    expect(await store.get('a')).toBe('one');
    expect(await store.delete('a', 'missing')).toBe(1);
    expect(await store.get('a')).toBeNull();
  });

  it('writes only-if-absent once', async () => {
    expect(await store.set('nx', 'first', { onlyIfAbsent: true, ttlSeconds: 60 })).toBe(true);
    expect(await store.set('nx', 'second', { onlyIfAbsent: true })).toBe(false);
    expect(await store.get('nx')).toBe('first');
  });

  it('expires keys after their TTL', async () => {
    await store.set('short', 'x', { ttlSeconds: 1 });
    expect(await store.ttl('short')).toBeGreaterThan(0);
    expect(await store.ttl('nothing')).toBe(-2);
    await sleep(1100);
    expect(await store.get('short')).toBeNull();
  });

  it('counts in a fixed window: the TTL is set on creation and not extended', async () => {
    expect(await store.increment('hits', 60)).toBe(1);
    expect(await store.increment('hits', 600)).toBe(2);
    const ttl = await store.ttl('hits');
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('compares and sets atomically: of racing writers with the same expectation exactly one wins', async () => {
    await store.set('cas', 'v1', { ttlSeconds: 60 });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((next) => store.compareAndSet('cas', 'v1', next, 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(['a', 'b', 'c', 'd']).toContain(await store.get('cas'));
    expect(await store.compareAndSet('absent', 'x', 'y', 60)).toBe(false);
    expect(await store.get('absent')).toBeNull();
  });

  it('counts scored members above a threshold, pruning the rest', async () => {
    await store.addScored('z', 100, 'old');
    await store.addScored('z', 300, 'new');
    await store.addScored('z', 400, 'newer');
    await store.removeScored('z', 'newer');
    expect(await store.countScoredAbove('z', 200)).toBe(1);
    expect(await store.countScoredAbove('z', 50)).toBe(1);
    expect(await store.countScoredAbove('missing', 0)).toBe(0);
  });

  it('keeps sets of members', async () => {
    await store.addToSet('s', 'a', 'b', 'c');
    await store.removeFromSet('s', 'b');
    expect((await store.setMembers('s')).sort()).toEqual(['a', 'c']);
    await store.removeFromSet('s', 'a', 'c');
    expect(await store.setMembers('s')).toEqual([]);
  });
});

describe('Redis store while Redis is unreachable', () => {
  it('fails fast instead of queueing commands', async () => {
    const logs = memoryLogger();
    const store = createRedisStore({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger: logs.logger });
    expect(await store.waitUntilConnected(300)).toBe(false);
    const started = Date.now();
    await expect(store.ping(1000)).rejects.toThrow();
    await expect(store.get('k')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2500);
    await store.close();
  });
});
