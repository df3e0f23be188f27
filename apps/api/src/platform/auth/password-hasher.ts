import { hash, verify } from '@node-rs/argon2';
import { overloaded } from '../http/app-error.js';

/** `Algorithm.Argon2id`; the binding declares it as a const enum, which isolated modules cannot read. */
const argon2id = 2;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration (m = 19 MiB, t = 2,
 * p = 1). @node-rs/argon2 runs on libuv's thread pool, off the event loop.
 */
export const argon2Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** False for a wrong password or a malformed hash. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Costs the same as verifying a real hash: used when there is no account, so timing tells nothing. */
  verifyAgainstNothing(password: string): Promise<void>;
};

/**
 * Bounds hashing: at most `concurrency` hashes run, at most `queueMax` wait. Past that the caller
 * gets 503 OVERLOADED at once, so a login storm sheds load in milliseconds instead of queueing
 * requests until clients time out (each hash holds ~19 MiB and tens of milliseconds of CPU).
 */
export function createPasswordHasher(options: { concurrency: number; queueMax: number }): PasswordHasher {
  let running = 0;
  const waiting: (() => void)[] = [];
  let dummyHash: Promise<string> | undefined;

  const bounded = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= options.concurrency) {
      if (waiting.length >= options.queueMax) throw overloaded(2);
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };

  const verifyHash = (passwordHash: string, password: string) =>
    bounded(() => verify(passwordHash, password).catch(() => false));

  return {
    hash: (password) => bounded(() => hash(password, argon2Options)),
    verify: verifyHash,
    async verifyAgainstNothing(password) {
      dummyHash ??= hash('not-a-real-account-password', argon2Options);
      await verifyHash(await dummyHash, password);
    },
  };
}

/** Unbounded hashing for operator paths (demo seed, CLI) that never face request load. */
export const hashPassword = (password: string) => hash(password, argon2Options);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);
