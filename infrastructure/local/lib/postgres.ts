import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec, mustExec, ownedDir, type ServiceUser } from './exec.js';
import { pgHbaConf, postgresBinDir, postgresConf, postgresInitSql } from './paths.js';
import { writePrivateFile, type SecretFiles } from './secrets.js';

// A PostgreSQL cluster of the rehearsal: the committed postgresql.conf and pg_hba.conf, with only
// what differs on loopback given at start (port, address, socket directory, memory).

export type Cluster = { name: string; dataDir: string; port: number; logFile: string; socketDir: string };

const pgBin = (tool: string) => join(postgresBinDir(), tool);

/** Arguments for pg_ctl -o: the committed files plus the per-place overrides. */
function serverOptions(cluster: Cluster, overrides: string[]): string {
  return [
    `-c config_file=${postgresConf}`,
    `-c hba_file=${pgHbaConf}`,
    `-c port=${cluster.port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${cluster.socketDir}'`,
    // Several clusters share this machine with others: keep them small.
    '-c shared_buffers=64MB',
    '-c effective_cache_size=256MB',
    '-c max_wal_size=256MB',
    '-c wal_keep_size=64MB',
    ...overrides.map((setting) => `-c ${setting}`),
  ].join(' ');
}

export function makeCluster(root: string, name: string, port: number, owner: ServiceUser): Cluster {
  const base = ownedDir(join(root, name), owner);
  return { name, dataDir: join(base, 'data'), port, logFile: join(base, 'postgres.log'), socketDir: base };
}

/** initdb with SCRAM for every connection; the superuser password comes from its secret file. */
export async function initCluster(cluster: Cluster, secrets: SecretFiles, owner: ServiceUser): Promise<void> {
  const pwfile = join(cluster.socketDir, 'initdb.pw');
  writePrivateFile(pwfile, readFileSync(secrets.postgres, 'utf8'), owner);
  try {
    await mustExec(
      pgBin('initdb'),
      ['-D', cluster.dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8'],
      { user: owner, env: { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** `overrides` are extra settings (name=value), e.g. no synchronous standby for a lone primary. */
export async function startCluster(cluster: Cluster, owner: ServiceUser, overrides: string[] = []): Promise<void> {
  await mustExec(
    pgBin('pg_ctl'),
    ['start', '-w', '-t', '60', '-D', cluster.dataDir, '-l', cluster.logFile, '-o', serverOptions(cluster, overrides)],
    { user: owner },
  );
}

/** mode fast: a clean shutdown; immediate: what a crash looks like to clients and the standby. */
export async function stopCluster(cluster: Cluster, owner: ServiceUser, mode: 'fast' | 'immediate' = 'fast') {
  if (!existsSync(join(cluster.dataDir, 'postmaster.pid'))) return;
  await exec(pgBin('pg_ctl'), ['stop', '-w', '-t', '60', '-m', mode, '-D', cluster.dataDir], { user: owner });
}

/** psql as the superuser over TCP (SCRAM), returning unaligned tuples-only output. */
export async function psql(
  cluster: { port: number },
  secrets: SecretFiles,
  sql: string,
  options: { database?: string; user?: 'postgres' | 'promata'; env?: Record<string, string> } = {},
): Promise<string> {
  const role = options.user ?? 'postgres';
  const password = readFileSync(role === 'postgres' ? secrets.postgres : secrets.app, 'utf8');
  const output = await mustExec(
    'psql',
    [
      '-X',
      '-q',
      '-At',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      '127.0.0.1',
      '-p',
      String(cluster.port),
      '-U',
      role,
      '-d',
      options.database ?? 'postgres',
      '-c',
      sql,
    ],
    { env: { PGPASSWORD: password, PGCONNECT_TIMEOUT: '5', ...options.env } },
  );
  return output.trim();
}

/** Runs the committed init SQL (roles, database, auth_query function) as the superuser. */
export async function runInitSql(cluster: Cluster, secrets: SecretFiles): Promise<void> {
  await mustExec(
    'psql',
    [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      '127.0.0.1',
      '-p',
      String(cluster.port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-f',
      postgresInitSql,
    ],
    {
      env: {
        PGPASSWORD: readFileSync(secrets.postgres, 'utf8'),
        PROMATA_APP_PASSWORD_FILE: secrets.app,
        PROMATA_REPLICATION_PASSWORD_FILE: secrets.replication,
        PROMATA_PGBOUNCER_PASSWORD_FILE: secrets.pgbouncerAuth,
        PROMATA_MONITOR_PASSWORD_FILE: secrets.monitor,
      },
    },
  );
}

/**
 * The streaming standby: pg_basebackup -R (writes primary_conninfo and standby.signal) creating
 * the physical slot (-C -S) so the primary keeps the WAL the standby has not received yet.
 */
export async function createStandby(
  primary: Cluster,
  standby: Cluster,
  secrets: SecretFiles,
  owner: ServiceUser,
  slot = 'standby1',
): Promise<void> {
  // The standby reconnects with this passfile after every primary restart, so it stays in place.
  const passfile = join(standby.socketDir, 'replication.pgpass');
  writePrivateFile(passfile, `*:*:*:replicator:${readFileSync(secrets.replication, 'utf8')}\n`, owner);
  await mustExec(
    pgBin('pg_basebackup'),
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'replicator',
      '-D',
      standby.dataDir,
      '-R',
      '-C',
      '-S',
      slot,
      '-X',
      'stream',
      '--checkpoint=fast',
    ],
    { user: owner, env: { PGPASSFILE: passfile } },
  );
}
