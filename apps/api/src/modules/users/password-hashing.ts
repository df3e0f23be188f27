import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`; the binding declares it as a const enum, which isolated modules cannot read. */
const argon2id = 2;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration (m = 19 MiB, t = 2,
 * p = 1). @node-rs/argon2 runs on libuv's thread pool, off the event loop.
 */
export const argon2Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
