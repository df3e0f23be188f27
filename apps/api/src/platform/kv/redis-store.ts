import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { serviceUnavailable } from '../http/app-error.js';
import { withTimeout } from '../lifecycle/with-timeout.js';
import type { KeyValueStore } from './key-value-store.js';

/** GET, compare, SET with expiry: one script, so nothing runs between the read and the write. */
const compareAndSetScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', tonumber(ARGV[3]))
  return 1
end
return 0`;

export type RedisStoreOptions = { url: string; keyPrefix: string; logger: Logger };

/**
 * Redis behind the KeyValueStore interface. The offline queue is disabled: while Redis is down a
 * command fails at once (readiness turns 503, logins fail cleanly) instead of piling up in memory
 * until clients time out. ioredis keeps reconnecting in the background.
 */
export function createRedisStore({ url, keyPrefix, logger }: RedisStoreOptions): KeyValueStore {
  const redis = new Redis(url, {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // Reconnection repeats the same error every retry; log each distinct one once.
    if (error.message !== lastError) logger.warn({ err: error }, 'Redis connection error');
    lastError = error.message;
  });
  redis.on('ready', () => {
    if (lastError) logger.info('Redis connection restored');
    lastError = '';
  });

  return refuseWhileDown(redis, {
    kind: 'redis',
    get: (key) => redis.get(key),
    async set(key, value, options = {}) {
      const { ttlSeconds, onlyIfAbsent } = options;
      let result: string | null;
      if (ttlSeconds !== undefined && onlyIfAbsent) result = await redis.set(key, value, 'EX', ttlSeconds, 'NX');
      else if (ttlSeconds !== undefined) result = await redis.set(key, value, 'EX', ttlSeconds);
      else if (onlyIfAbsent) result = await redis.set(key, value, 'NX');
      else result = await redis.set(key, value);
      return result === 'OK';
    },
    delete: (...keys) => (keys.length === 0 ? Promise.resolve(0) : redis.del(...keys)),
    async increment(key, ttlSeconds) {
      const [[incrError, value] = [], [expireError] = []] =
        (await redis.multi().incr(key).expire(key, ttlSeconds, 'NX').exec()) ?? [];
      if (incrError ?? expireError) throw incrError ?? expireError;
      return Number(value);
    },
    ttl: (key) => redis.ttl(key),
    async compareAndSet(key, expected, next, ttlSeconds) {
      const swapped = await redis.eval(compareAndSetScript, 1, key, expected, next, String(ttlSeconds));
      return swapped === 1;
    },
    async addToSet(key, ...members) {
      if (members.length > 0) await redis.sadd(key, ...members);
    },
    async removeFromSet(key, ...members) {
      if (members.length > 0) await redis.srem(key, ...members);
    },
    setMembers: (key) => redis.smembers(key),
    async addScored(key, score, member) {
      await redis.zadd(key, score, member);
    },
    async removeScored(key, ...members) {
      if (members.length > 0) await redis.zrem(key, ...members);
    },
    async countScoredAbove(key, minExclusive) {
      const results = await redis.multi().zremrangebyscore(key, '-inf', minExclusive).zcard(key).exec();
      const [countError, count] = results?.[1] ?? [new Error('Redis transaction aborted'), 0];
      if (countError) throw countError;
      return Number(count);
    },
    async waitUntilConnected(timeoutMs) {
      if (redis.status === 'ready') return true;
      return new Promise<boolean>((resolve) => {
        const onReady = () => finish(true);
        const timer = setTimeout(() => finish(false), timeoutMs);
        const finish = (connected: boolean) => {
          clearTimeout(timer);
          redis.off('ready', onReady);
          resolve(connected);
        };
        redis.once('ready', onReady);
      });
    },
    async ping(timeoutMs = 2000) {
      await withTimeout(redis.ping(), timeoutMs, 'Redis');
    },
    async close() {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  });
}

/**
 * While the connection is not ready, a failed command means "Redis is down", not a bug: callers
 * (login, sessions, rate limits) then answer 503 SERVICE_UNAVAILABLE with Retry-After instead of a
 * 500. Errors Redis itself returns while connected pass through unchanged.
 */
function refuseWhileDown(redis: Redis, store: KeyValueStore): KeyValueStore {
  const wrapped: Record<string, unknown> = { ...store };
  for (const [name, member] of Object.entries(store)) {
    if (typeof member !== 'function' || name === 'close' || name === 'waitUntilConnected') continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (member as (...callArgs: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        if (redis.status !== 'ready') throw serviceUnavailable();
        throw error;
      }
    };
  }
  return wrapped as KeyValueStore;
}
