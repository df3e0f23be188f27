import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the rehearsal finds the repository, the committed config files and the PostgreSQL binaries.

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const configRoot = join(repoRoot, 'infrastructure', 'docker', 'config');
export const scriptsRoot = join(repoRoot, 'infrastructure', 'scripts');
export const defaultRunDir = join(repoRoot, 'infrastructure', 'local', '.run');

export const postgresConf = join(configRoot, 'postgres', 'postgresql.conf');
export const pgHbaConf = join(configRoot, 'postgres', 'pg_hba.conf');
export const postgresInitSql = join(configRoot, 'postgres', 'init', '10-promata-roles.sql');
export const pgbouncerIni = join(configRoot, 'pgbouncer', 'pgbouncer.ini');
export const redisConf = join(configRoot, 'redis', 'redis.conf');

/** bin directory of the newest PostgreSQL ≥ 15 installed from Debian packages. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((version) => version >= 15 && existsSync(join(root, String(version), 'bin', 'postgres')))
        .sort((a, b) => b - a)
    : [];
  if (versions[0] === undefined) throw new Error('PostgreSQL ≥ 15 is not installed: apt-get install postgresql');
  return join(root, String(versions[0]), 'bin');
}
