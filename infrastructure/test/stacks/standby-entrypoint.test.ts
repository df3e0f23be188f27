import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../images/http.js';
import { infraRoot, run } from '../support/tools.js';

// The data stack's standby entrypoint, run for real against a throwaway primary on loopback that
// uses the stack's own postgresql.conf and pg_hba.conf: it must create the slot, clone with
// pg_basebackup, and come up streaming with no password in its data directory.

const configDir = join(infraRoot, 'docker', 'config', 'postgres');
const script = join(infraRoot, 'docker', 'config', 'postgres-swarm', 'standby-entrypoint.sh');

/** The newest PostgreSQL ≥ 15 server binaries of the Debian layout. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((version) => version >= 15 && existsSync(join(root, String(version), 'bin', 'initdb')))
        .sort((a, b) => b - a)
    : [];
  if (versions.length === 0)
    throw new Error('PostgreSQL 15+ server binaries are missing: apt-get install postgresql-15');
  return join(root, String(versions[0]), 'bin');
}

const bin = postgresBin();
// PostgreSQL refuses to run as root: drop to the postgres user when we are root (CI, this machine).
const asRoot = userInfo().uid === 0;
const as = (command: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

let dir = '';
let primaryPort = 0;
let standbyPort = 0;
let standby: ChildProcess | undefined;
let standbyLog = '';
const superPassword = randomBytes(18).toString('base64url');
// A colon and a backslash: the passfile must escape them.
const replicationPassword = `r:${randomBytes(12).toString('base64url')}\\x`;

const serverOptions = (port: number) => [
  '-c',
  `config_file=${join(configDir, 'postgresql.conf')}`,
  '-c',
  `hba_file=${join(configDir, 'pg_hba.conf')}`,
  '-c',
  `port=${port}`,
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  `unix_socket_directories=${dir}`,
  // The shared file sizes memory for a B2s node; two test clusters on a shared machine need little.
  '-c',
  'shared_buffers=32MB',
  '-c',
  'max_wal_size=256MB',
];

async function sql(port: number, query: string, options: { local?: boolean } = {}): Promise<string> {
  const [command, args] = as(join(bin, 'psql'), [
    '-X',
    '-A',
    '-t',
    '-v',
    'ON_ERROR_STOP=1',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-d',
    'postgres',
    '-c',
    query,
  ]);
  const result = await run(command, args, {
    env: {
      PGPASSWORD: superPassword,
      PGCONNECT_TIMEOUT: '5',
      // Setup commits before any standby exists, like the primary's first start in the stack.
      PGOPTIONS: options.local ? '-c synchronous_commit=local' : undefined,
    },
    timeoutMs: 20_000,
  });
  if (result.code !== 0) throw new Error(`psql on ${port} failed: ${result.output}`);
  return result.stdout.trim();
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} within ${timeoutMs} ms; standby output:\n${standbyLog}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'promata-standby-'));
  chmodSync(dir, 0o700);
  const owner = asRoot
    ? {
        uid: Number((await run('id', ['-u', 'postgres'])).stdout),
        gid: Number((await run('id', ['-g', 'postgres'])).stdout),
      }
    : undefined;
  const owned = (path: string) => owner && chownSync(path, owner.uid, owner.gid);
  owned(dir);
  for (const [name, content] of [
    ['superuser-password', `${superPassword}\n`],
    ['replication-password', replicationPassword],
  ] as const) {
    writeFileSync(join(dir, name), content, { mode: 0o600 });
    owned(join(dir, name));
  }

  [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const initdb = await run(
    ...as(join(bin, 'initdb'), [
      '-D',
      join(dir, 'primary'),
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${join(dir, 'superuser-password')}`,
      '--no-sync',
    ]),
    { timeoutMs: 60_000 },
  );
  expect(initdb.code, initdb.output).toBe(0);
  const start = await run(
    ...as(join(bin, 'pg_ctl'), [
      '-D',
      join(dir, 'primary'),
      '-l',
      join(dir, 'primary.log'),
      '-w',
      '-t',
      '30',
      '-o',
      serverOptions(primaryPort).join(' '),
      'start',
    ]),
    { timeoutMs: 40_000 },
  );
  expect(start.code, start.output + readFileSync(join(dir, 'primary.log'), 'utf8')).toBe(0);
  const quoted = replicationPassword.replace(/'/g, "''");
  await sql(primaryPort, `CREATE ROLE replicator LOGIN REPLICATION PASSWORD '${quoted}'`, { local: true });
  await sql(primaryPort, 'CREATE TABLE bookings_probe (id int primary key)', { local: true });

  const [command, args] = as('sh', [script, ...serverOptions(standbyPort)]);
  standby = spawn(command, args, {
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      PGDATA: join(dir, 'standby'),
      PRIMARY_HOST: '127.0.0.1',
      PRIMARY_PORT: String(primaryPort),
      REPLICATION_SLOT: 'standby_1',
      REPLICATION_PASSWORD_FILE: join(dir, 'replication-password'),
      REPLICATION_PASSFILE: join(dir, 'replication.pgpass'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  standby.stdout?.on('data', (chunk: Buffer) => (standbyLog += chunk));
  standby.stderr?.on('data', (chunk: Buffer) => (standbyLog += chunk));
  // pg_basebackup's own WAL stream also shows as streaming: wait for the standby server itself.
  await waitFor(
    'the standby did not come up streaming',
    async () =>
      (await sql(standbyPort, 'select pg_is_in_recovery()')) === 't' &&
      (await sql(primaryPort, "select active from pg_replication_slots where slot_name = 'standby_1'")) === 't',
    60_000,
  );
}, 120_000);

afterAll(async () => {
  if (!dir) return;
  for (const cluster of ['standby', 'primary']) {
    if (existsSync(join(dir, cluster, 'postmaster.pid'))) {
      await run(...as(join(bin, 'pg_ctl'), ['-D', join(dir, cluster), '-m', 'immediate', '-w', 'stop']), {
        timeoutMs: 30_000,
      });
    }
  }
  if (standby && standby.exitCode === null) standby.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('standby entrypoint (data stack)', () => {
  it('streams from the primary through the physical replication slot', async () => {
    expect(
      await sql(
        primaryPort,
        "select slot_type || ' ' || active from pg_replication_slots where slot_name = 'standby_1'",
      ),
    ).toBe('physical true');
    expect(await sql(standbyPort, 'select pg_is_in_recovery()')).toBe('t');
    // postgresql.conf asks for a synchronous standby: this commit returns only because it streams.
    await sql(primaryPort, 'insert into bookings_probe values (42)');
    await waitFor(
      'the row did not reach the standby',
      async () => (await sql(standbyPort, 'select count(*) from bookings_probe where id = 42')) === '1',
      10_000,
    );
    expect(standbyLog).toContain('clone complete');
  });

  it('keeps the password out of the data directory (primary_conninfo names the passfile)', () => {
    const auto = readFileSync(join(dir, 'standby', 'postgresql.auto.conf'), 'utf8');
    expect(auto).toContain("primary_slot_name = 'standby_1'");
    expect(auto).toMatch(/primary_conninfo = '[^']*passfile=/);
    expect(auto).not.toContain('password=');
    expect(auto).not.toContain(replicationPassword);
    expect(existsSync(join(dir, 'standby', 'standby.signal'))).toBe(true);
  });
});
