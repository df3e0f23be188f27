import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../kv/key-value-store.js';
import { rateLimited } from './app-error.js';

export type RateLimit = { name: string; limit: number; windowSeconds: number };

export type RateLimiter = {
  /** Counts one hit; throws 429 RATE_LIMITED with Retry-After once the window's limit is passed. */
  hit(rule: RateLimit, subject: string): Promise<void>;
  /** Counts one hit; answers false instead of throwing (for limits the client must not learn about). */
  tryHit(rule: RateLimit, subject: string): Promise<boolean>;
  reset(rule: RateLimit, subject: string): Promise<void>;
};

/**
 * Fixed-window counters in the key-value store (Redis in production, so every replica shares them).
 * Subjects (IPs, e-mails) are hashed so the store holds no personal data in clear.
 */
export function createRateLimiter(kv: KeyValueStore, onLimited?: (rule: RateLimit) => void): RateLimiter {
  const keyOf = (rule: RateLimit, subject: string) =>
    `rl:${rule.name}:${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`;
  const count = async (rule: RateLimit, subject: string) => {
    const key = keyOf(rule, subject);
    const hits = await kv.increment(key, rule.windowSeconds);
    return { key, over: hits > rule.limit };
  };
  return {
    async hit(rule, subject) {
      const { key, over } = await count(rule, subject);
      if (!over) return;
      onLimited?.(rule);
      const ttl = await kv.ttl(key);
      throw rateLimited(ttl > 0 ? ttl : rule.windowSeconds);
    },
    async tryHit(rule, subject) {
      const { over } = await count(rule, subject);
      if (over) onLimited?.(rule);
      return !over;
    },
    async reset(rule, subject) {
      await kv.delete(keyOf(rule, subject));
    },
  };
}
