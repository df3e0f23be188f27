/**
 * The small key-value surface that sessions and rate limits need. Redis implements it in
 * production; an in-process map implements it for the embedded default, so features are written
 * once and tested against both (test/key-value-store.test.ts).
 */
export type KeyValueStoreKind = 'redis' | 'in-process';

export type SetOptions = {
  /** Expire the key after this many seconds. */
  ttlSeconds?: number;
  /** Only write when the key does not exist yet (SET NX); the result tells whether it was written. */
  onlyIfAbsent?: boolean;
};

export type KeyValueStore = {
  readonly kind: KeyValueStoreKind;
  get(key: string): Promise<string | null>;
  /** Returns false only when `onlyIfAbsent` was asked and the key already existed. */
  set(key: string, value: string, options?: SetOptions): Promise<boolean>;
  /** Deletes the keys and answers how many existed. */
  delete(...keys: string[]): Promise<number>;
  /** Adds one and answers the new value; the TTL is set when the counter is created (fixed window). */
  increment(key: string, ttlSeconds: number): Promise<number>;
  /** Seconds left before the key expires; -1 without expiry, -2 when it does not exist. */
  ttl(key: string): Promise<number>;
  /**
   * Atomically replaces the value only if it still equals `expected` (keeping `ttlSeconds`); answers
   * whether it did. Two requests racing with the same old value cannot both win.
   */
  compareAndSet(key: string, expected: string, next: string, ttlSeconds: number): Promise<boolean>;
  addToSet(key: string, ...members: string[]): Promise<void>;
  removeFromSet(key: string, ...members: string[]): Promise<void>;
  setMembers(key: string): Promise<string[]>;
  /** Sorted-set members scored by an expiry time (ms): used to count live items cheaply. */
  addScored(key: string, score: number, member: string): Promise<void>;
  removeScored(key: string, ...members: string[]): Promise<void>;
  /** Drops members scored at or below `minExclusive` and answers how many remain. */
  countScoredAbove(key: string, minExclusive: number): Promise<number>;
  /**
   * Resolves true once connected, false after the timeout: used at start so the first requests
   * do not fail while the connection is still being made. Never rejects.
   */
  waitUntilConnected(timeoutMs: number): Promise<boolean>;
  /** Rejects when the store does not answer within the timeout. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};
