import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceUser } from './exec.js';

// Every secret of the rehearsal is generated fresh into its own 0600 file owned by the one account
// that reads it, and passed on by path (*_FILE, auth_file, passfile): never on a command line.

export type SecretName =
  'postgres' | 'app' | 'replication' | 'pgbouncerAuth' | 'monitor' | 'pgbouncerAdmin' | 'pgbouncerStats' | 'redis';

export type SecretFiles = Record<SecretName, string>;

const secretNames: readonly SecretName[] = [
  'postgres',
  'app',
  'replication',
  'pgbouncerAuth',
  'monitor',
  'pgbouncerAdmin',
  'pgbouncerStats',
  'redis',
];

/** Writes `content` to a file only `owner` can read. */
export function writePrivateFile(path: string, content: string, owner?: ServiceUser): void {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
  if (owner && process.getuid?.() === 0) chownSync(path, owner.uid, owner.gid);
}

/** Generates the password files (hex: no character needs escaping in a URL, ini or passfile). */
export function generateSecrets(dir: string): SecretFiles {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = {} as SecretFiles;
  for (const name of secretNames) {
    files[name] = join(dir, `${name}.password`);
    writePrivateFile(files[name], randomBytes(24).toString('hex'));
  }
  return files;
}
