import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Role } from '@promata/contracts';
import type { KeyValueStore } from '../../platform/kv/key-value-store.js';

export type Session = {
  id: string;
  userId: string;
  role: Role;
  /** A second factor was proven when this session started (or MFA was set up in it). */
  mfaVerified: boolean;
  refreshHash: string;
  /** Hashes of refresh tokens already rotated away: presenting one means the token was stolen. */
  previousHashes: string[];
  device: string;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
};

export type NewSession = Pick<Session, 'userId' | 'role' | 'mfaVerified' | 'device' | 'ip'>;

export type RefreshOutcome =
  | { kind: 'rotated'; session: Session; refreshToken: string }
  | { kind: 'reused'; session: Session }
  | { kind: 'invalid' };

const sessionKey = (id: string) => `session:${id}`;
const userSessionsKey = (userId: string) => `user-sessions:${userId}`;
const liveSessionsKey = 'live-sessions';
const keptPreviousHashes = 20;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A refresh token is `<session id>.<secret>`; only the secret's hash is stored. */
function splitRefreshToken(token: string): { sessionId: string; secret: string } | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { sessionId: match[1]!, secret: match[2]! } : undefined;
}

/**
 * Sessions live in the key-value store (Redis in production), so any API replica can refresh or
 * revoke them and revocation is immediate: every authenticated request reads its session.
 */
export function createSessionStore(kv: KeyValueStore, ttlSeconds: number, now: () => Date = () => new Date()) {
  const save = async (session: Session) => {
    await kv.set(sessionKey(session.id), JSON.stringify(session), { ttlSeconds });
  };
  const expiresAt = () => now().getTime() + ttlSeconds * 1000;

  const store = {
    async get(id: string): Promise<Session | undefined> {
      const raw = await kv.get(sessionKey(id));
      return raw ? (JSON.parse(raw) as Session) : undefined;
    },

    async create(input: NewSession): Promise<{ session: Session; refreshToken: string }> {
      const secret = randomBytes(32).toString('base64url');
      const at = now().toISOString();
      const session: Session = {
        ...input,
        id: randomUUID(),
        refreshHash: hashSecret(secret),
        previousHashes: [],
        createdAt: at,
        lastUsedAt: at,
      };
      await save(session);
      await kv.addToSet(userSessionsKey(input.userId), session.id);
      await kv.addScored(liveSessionsKey, expiresAt(), session.id);
      return { session, refreshToken: `${session.id}.${secret}` };
    },

    /**
     * Rotates the refresh token. The swap is a compare-and-set on the stored record, so of two
     * requests presenting the same token only one rotates; the other is treated as reuse.
     */
    async refresh(token: string): Promise<RefreshOutcome> {
      const parts = splitRefreshToken(token);
      if (!parts) return { kind: 'invalid' };
      const raw = await kv.get(sessionKey(parts.sessionId));
      if (!raw) return { kind: 'invalid' };
      const session = JSON.parse(raw) as Session;
      const presented = hashSecret(parts.secret);
      if (session.previousHashes.some((hash) => sameHash(hash, presented))) return { kind: 'reused', session };
      if (!sameHash(session.refreshHash, presented)) return { kind: 'invalid' };

      const secret = randomBytes(32).toString('base64url');
      const rotated: Session = {
        ...session,
        refreshHash: hashSecret(secret),
        previousHashes: [session.refreshHash, ...session.previousHashes].slice(0, keptPreviousHashes),
        lastUsedAt: now().toISOString(),
      };
      const swapped = await kv.compareAndSet(sessionKey(session.id), raw, JSON.stringify(rotated), ttlSeconds);
      if (!swapped) return { kind: 'reused', session };
      await kv.addScored(liveSessionsKey, expiresAt(), session.id);
      return { kind: 'rotated', session: rotated, refreshToken: `${session.id}.${secret}` };
    },

    async update(id: string, change: Partial<Pick<Session, 'mfaVerified' | 'role'>>): Promise<Session | undefined> {
      const session = await store.get(id);
      if (!session) return undefined;
      const updated = { ...session, ...change };
      await save(updated);
      return updated;
    },

    async revoke(id: string): Promise<void> {
      const session = await store.get(id);
      await kv.delete(sessionKey(id));
      await kv.removeScored(liveSessionsKey, id);
      if (session) await kv.removeFromSet(userSessionsKey(session.userId), id);
    },

    /** Every live session of the user, dropping ids whose records already expired. */
    async listForUser(userId: string): Promise<Session[]> {
      const ids = await kv.setMembers(userSessionsKey(userId));
      const sessions: Session[] = [];
      const expired: string[] = [];
      for (const id of ids) {
        const session = await store.get(id);
        if (session) sessions.push(session);
        else expired.push(id);
      }
      if (expired.length > 0) await kv.removeFromSet(userSessionsKey(userId), ...expired);
      return sessions.sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt));
    },

    /** Logout everywhere, deactivation, role change, password reset. */
    async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
      const ids = (await kv.setMembers(userSessionsKey(userId))).filter((id) => id !== exceptSessionId);
      if (ids.length === 0) return 0;
      await kv.delete(...ids.map(sessionKey));
      await kv.removeScored(liveSessionsKey, ...ids);
      await kv.removeFromSet(userSessionsKey(userId), ...ids);
      return ids.length;
    },

    countLive: () => kv.countScoredAbove(liveSessionsKey, now().getTime()),
  };
  return store;
}

export type SessionStore = ReturnType<typeof createSessionStore>;
