import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ownedDir, serviceUser, stopPid } from '../../local/lib/exec.js';
import {
  makeCluster,
  initCluster,
  runInitSql,
  startCluster,
  stopCluster,
  type Cluster,
} from '../../local/lib/postgres.js';
import { startBouncer, writeBouncerConfig, type Bouncer } from '../../local/lib/pgbouncer.js';
import { generateSecrets, type SecretFiles } from '../../local/lib/secrets.js';
import { requireTool } from '../support/tools.js';

// The committed data-service configs started for real on free loopback ports, in a temporary
// folder that the test removes: PostgreSQL (+ init SQL) and PgBouncer in front of it.

export type DataFixture = {
  root: string;
  secrets: SecretFiles;
  postgresUser: ReturnType<typeof serviceUser>;
  primary: Cluster;
  bouncer: Bouncer;
  /** A new, empty cluster folder on a free port (restore target, standby), stopped with the rest. */
  cluster(name: string): Promise<Cluster>;
  stop(): Promise<void>;
};

export function requireDataTools(): void {
  requireTool('psql', 'apt-get install postgresql-client');
  requireTool('pgbouncer', 'apt-get install pgbouncer');
  requireTool('redis-server', 'apt-get install redis-server');
  requireTool('setpriv', 'apt-get install util-linux');
}

export async function startDataFixture(prefix: string): Promise<DataFixture> {
  requireDataTools();
  const root = mkdtempSync(join(tmpdir(), `promata-${prefix}-`));
  chmodSync(root, 0o755);
  const postgresUser = serviceUser('postgres');
  const secrets = generateSecrets(join(root, 'secrets'));
  const clusters: Cluster[] = [];
  let bouncerPid: number | undefined;
  const cluster = async (name: string) => {
    const created = makeCluster(root, name, await freePort(), postgresUser);
    clusters.push(created);
    return created;
  };
  const fixture: Partial<DataFixture> = { root, secrets, postgresUser, cluster };
  fixture.stop = async () => {
    if (bouncerPid) await stopPid(bouncerPid, 5000);
    await Promise.all(clusters.map((c) => stopCluster(c, postgresUser, 'immediate')));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const primary = await cluster('primary');
    await initCluster(primary, secrets, postgresUser);
    // Alone, a primary with synchronous_standby_names set would make every write wait.
    await startCluster(primary, postgresUser, ["synchronous_standby_names=''"]);
    await runInitSql(primary, secrets);
    const bouncerDir = ownedDir(join(root, 'pgbouncer'), postgresUser);
    const bouncer = writeBouncerConfig(bouncerDir, await freePort(), primary.port, secrets, postgresUser);
    bouncerPid = await startBouncer(bouncer, secrets, postgresUser);
    return { ...(fixture as DataFixture), primary, bouncer };
  } catch (error) {
    await fixture.stop();
    throw error;
  }
}
