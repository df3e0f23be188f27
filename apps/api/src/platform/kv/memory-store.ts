import type { KeyValueStore, SetOptions } from './key-value-store.js';

type Entry = { value: string | Set<string> | Map<string, number>; expiresAt: number | undefined };

/**
 * The embedded default: one process, one map. Expired keys are dropped when read and swept
 * periodically so an idle store does not grow without bound.
 */
export function createMemoryStore(now: () => number = Date.now): KeyValueStore {
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const expiry = (ttlSeconds: number | undefined) => (ttlSeconds === undefined ? undefined : now() + ttlSeconds * 1000);
  const sweeper = setInterval(() => {
    for (const key of entries.keys()) live(key);
  }, 60_000);
  sweeper.unref();

  const setOf = (key: string): Set<string> | undefined => {
    const value = live(key)?.value;
    if (value === undefined) return undefined;
    if (!(value instanceof Set)) throw new Error(`Key ${key} does not hold a set`);
    return value;
  };
  const scoredOf = (key: string): Map<string, number> | undefined => {
    const value = live(key)?.value;
    if (value === undefined) return undefined;
    if (!(value instanceof Map)) throw new Error(`Key ${key} does not hold a sorted set`);
    return value;
  };

  return {
    kind: 'in-process',
    async get(key) {
      const value = live(key)?.value;
      if (value === undefined) return null;
      if (typeof value !== 'string') throw new Error(`Key ${key} does not hold a string`);
      return value;
    },
    async set(key, value, options: SetOptions = {}) {
      if (options.onlyIfAbsent && live(key)) return false;
      entries.set(key, { value, expiresAt: expiry(options.ttlSeconds) });
      return true;
    },
    async delete(...keys) {
      let count = 0;
      for (const key of keys) if (live(key) && entries.delete(key)) count += 1;
      return count;
    },
    async increment(key, ttlSeconds) {
      const entry = live(key);
      const next = entry ? Number(entry.value) + 1 : 1;
      entries.set(key, { value: String(next), expiresAt: entry ? entry.expiresAt : expiry(ttlSeconds) });
      return next;
    },
    async ttl(key) {
      const entry = live(key);
      if (!entry) return -2;
      if (entry.expiresAt === undefined) return -1;
      return Math.ceil((entry.expiresAt - now()) / 1000);
    },
    async compareAndSet(key, expected, next, ttlSeconds) {
      const entry = live(key);
      if (!entry || entry.value !== expected) return false;
      entries.set(key, { value: next, expiresAt: expiry(ttlSeconds) });
      return true;
    },
    async addToSet(key, ...members) {
      const set = setOf(key);
      if (set) for (const member of members) set.add(member);
      else entries.set(key, { value: new Set(members), expiresAt: undefined });
    },
    async removeFromSet(key, ...members) {
      const set = setOf(key);
      if (!set) return;
      for (const member of members) set.delete(member);
      if (set.size === 0) entries.delete(key);
    },
    async setMembers(key) {
      return [...(setOf(key) ?? [])];
    },
    async addScored(key, score, member) {
      const scored = scoredOf(key);
      if (scored) scored.set(member, score);
      else entries.set(key, { value: new Map([[member, score]]), expiresAt: undefined });
    },
    async removeScored(key, ...members) {
      const scored = scoredOf(key);
      for (const member of members) scored?.delete(member);
    },
    async countScoredAbove(key, minExclusive) {
      const scored = scoredOf(key);
      if (!scored) return 0;
      for (const [member, score] of scored) if (score <= minExclusive) scored.delete(member);
      return scored.size;
    },
    async waitUntilConnected() {
      return true;
    },
    async ping() {},
    async close() {
      clearInterval(sweeper);
      entries.clear();
    },
  };
}
