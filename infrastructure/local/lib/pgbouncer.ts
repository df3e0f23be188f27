import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mustExec, waitUntil, exec, type ServiceUser } from './exec.js';
import { pgbouncerIni } from './paths.js';
import { writePrivateFile, type SecretFiles } from './secrets.js';

// PgBouncer of the rehearsal: a generated top-level ini that %includes the committed one, then the
// loopback overrides, then the [databases] file that the failover script rewrites.

export type Bouncer = { dir: string; port: number; ini: string; databasesFile: string; pidFile: string };

export function databasesSection(host: string, port: number): string {
  return `[databases]\npromata = host=${host} port=${port} dbname=promata\n`;
}

export function writeBouncerConfig(
  dir: string,
  port: number,
  primaryPort: number,
  secrets: SecretFiles,
  owner: ServiceUser,
): Bouncer {
  const bouncer: Bouncer = {
    dir,
    port,
    ini: join(dir, 'pgbouncer.ini'),
    databasesFile: join(dir, 'databases.ini'),
    pidFile: join(dir, 'pgbouncer.pid'),
  };
  const secret = (file: string) => readFileSync(file, 'utf8').trim();
  writePrivateFile(
    join(dir, 'userlist.txt'),
    [
      `"pgbouncer_auth" "${secret(secrets.pgbouncerAuth)}"`,
      `"pgbouncer_admin" "${secret(secrets.pgbouncerAdmin)}"`,
      `"pgbouncer_stats" "${secret(secrets.pgbouncerStats)}"`,
      '',
    ].join('\n'),
    owner,
  );
  writePrivateFile(bouncer.databasesFile, databasesSection('127.0.0.1', primaryPort), owner);
  writeFileSync(
    bouncer.ini,
    [
      `%include ${pgbouncerIni}`,
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `auth_file = ${join(dir, 'userlist.txt')}`,
      `pidfile = ${bouncer.pidFile}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      // The machine's file descriptor limit (1024) is below what max_client_conn = 1000 needs.
      'max_client_conn = 500',
      `%include ${bouncer.databasesFile}`,
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  return bouncer;
}

/** Starts PgBouncer as a daemon (-d) and waits until its admin console answers. */
export async function startBouncer(bouncer: Bouncer, secrets: SecretFiles, owner: ServiceUser): Promise<number> {
  await mustExec('pgbouncer', ['-d', bouncer.ini], { user: owner, cwd: bouncer.dir });
  await waitUntil('PgBouncer', async () => (await bouncerAdmin(bouncer, secrets, 'SHOW VERSION')).code === 0, 15_000);
  return Number(readFileSync(bouncer.pidFile, 'utf8').trim());
}

/** A command on PgBouncer's admin console (RELOAD, PAUSE, SHOW ...). */
export function bouncerAdmin(bouncer: { port: number }, secrets: SecretFiles, command: string) {
  return exec(
    'psql',
    [
      '-X',
      '-At',
      '-h',
      '127.0.0.1',
      '-p',
      String(bouncer.port),
      '-U',
      'pgbouncer_admin',
      '-d',
      'pgbouncer',
      '-c',
      command,
    ],
    {
      env: { PGPASSWORD: readFileSync(secrets.pgbouncerAdmin, 'utf8'), PGCONNECT_TIMEOUT: '5' },
    },
  );
}
