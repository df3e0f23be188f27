import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runApiCli, startApiReplica, writeApiSecrets } from './api.js';
import { exec, freePort, isAlive, mustExec, ownedDir, serviceUser, spawnDaemon, stopPid, waitUntil } from './exec.js';
import { startExporters, startPrometheusAndAlertmanager } from './monitoring.js';
import { startNginx } from './nginx.js';
import { repoRoot } from './paths.js';
import { createStandby, initCluster, makeCluster, psql, runInitSql, startCluster, stopCluster } from './postgres.js';
import { startBouncer, writeBouncerConfig } from './pgbouncer.js';
import { startRedis, writeRedisConfig } from './redis.js';
import { generateSecrets, writePrivateFile } from './secrets.js';
import { readState, stateFile, writeState, type StackState } from './state.js';

// `up`, `down` and `status` of the loopback rehearsal. Every process runs as an unprivileged
// account, listens on 127.0.0.1 on a port the OS gave, and is recorded in state.json as soon as it
// starts, so `down` can always stop what a failed `up` left running.

export const apiReplicaCount = 2;

const users = () => ({
  postgres: serviceUser('postgres'),
  redis: serviceUser('redis'),
  prometheus: serviceUser('prometheus'),
  web: serviceUser('www-data'),
  app: serviceUser('nobody'),
});

const say = (text: string) => process.stdout.write(`${text}\n`);

async function ensureBuilt(): Promise<void> {
  const built = ['apps/api/dist/main.js', 'apps/api/dist/cli.js', 'apps/web/dist/index.html'].every((file) =>
    existsSync(join(repoRoot, file)),
  );
  if (built) return;
  say('Building the app (npm run build)…');
  await mustExec('npm', ['run', 'build', '--silent'], { cwd: repoRoot, timeoutMs: 600_000 });
}

async function allocatePorts(): Promise<Record<string, number>> {
  const names = [
    'primary',
    'standby',
    'bouncer',
    'redis',
    'smtp',
    'webhook',
    'proxy',
    'prometheus',
    'alertmanager',
    'nodeExporter',
    'postgresExporterPrimary',
    'postgresExporterStandby',
    'pgbouncerExporter',
    'redisExporter',
    ...Array.from({ length: apiReplicaCount }, (_, i) => `api${i + 1}`),
  ];
  const ports: Record<string, number> = {};
  for (const name of names) {
    let port = await freePort();
    // freePort releases the port at once; never hand the same one out twice.
    while (Object.values(ports).includes(port)) port = await freePort();
    ports[name] = port;
  }
  return ports;
}

/** Starts the whole topology; on any failure stops what it started and rethrows. */
export async function up(runDir: string): Promise<StackState> {
  const existing = readState(runDir);
  if (existing && existing.processes.some((p) => isAlive(p.pid))) {
    throw new Error(`a rehearsal is already running (${stateFile(runDir)}); run \`npm run stack:local -- down\` first`);
  }
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true, mode: 0o755 });
  await ensureBuilt();
  const u = users();
  const ports = await allocatePorts();
  const secrets = generateSecrets(join(runDir, 'secrets'));
  const state: StackState = {
    runDir,
    startedAt: new Date().toISOString(),
    secrets,
    clusters: {
      primary: makeCluster(runDir, 'pg-primary', ports.primary!, u.postgres),
      standby: makeCluster(runDir, 'pg-standby', ports.standby!, u.postgres),
    },
    ports,
    processes: [],
    files: {},
    apiReplicas: [],
  };
  writeState(state);
  const record = (name: string, pid: number) => {
    state.processes.push({ name, pid });
    writeState(state);
  };
  const p = (name: string) => ports[name]!;
  try {
    say('PostgreSQL primary…');
    const { primary, standby } = state.clusters;
    await initCluster(primary, secrets, u.postgres);
    await startCluster(primary, u.postgres);
    await runInitSql(primary, secrets);
    say('PostgreSQL standby (pg_basebackup, slot standby1)…');
    await createStandby(primary, standby, secrets, u.postgres);
    await startCluster(standby, u.postgres);
    await waitUntil(
      'the standby to stream synchronously',
      async () => (await psql(primary, secrets, 'select sync_state from pg_stat_replication')) === 'quorum',
      30_000,
    );

    say('PgBouncer and Redis…');
    const bouncer = writeBouncerConfig(
      ownedDir(join(runDir, 'pgbouncer'), u.postgres),
      p('bouncer'),
      p('primary'),
      secrets,
      u.postgres,
    );
    state.files.pgbouncerDatabases = bouncer.databasesFile;
    record('pgbouncer', await startBouncer(bouncer, secrets, u.postgres));
    const redis = writeRedisConfig(ownedDir(join(runDir, 'redis'), u.redis), p('redis'), secrets, u.redis);
    state.files.redisConf = redis.conf;
    record('redis', await startRedis(redis, secrets, u.redis));

    say('Mail sink and alert webhook receiver…');
    const helpers = ownedDir(join(runDir, 'helpers'), u.app, 0o755);
    state.files.webhookLog = join(helpers, 'webhook.jsonl');
    state.files.mailLog = join(helpers, 'mail.jsonl');
    const helper = (file: string, port: number, log: string) =>
      spawnDaemon(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'infrastructure', 'local', 'helpers', file), String(port), log],
        {
          user: u.app,
          cwd: repoRoot,
          logFile: join(helpers, `${file}.log`),
          inheritEnv: false,
        },
      );
    record('smtp-sink', helper('smtp-sink.ts', p('smtp'), state.files.mailLog));
    record('webhook-receiver', helper('webhook-receiver.ts', p('webhook'), state.files.webhookLog));

    say('Migrations (one-shot, direct to the primary)…');
    const apiSecrets = writeApiSecrets(
      join(runDir, 'api-secrets'),
      secrets,
      {
        bouncer: p('bouncer'),
        primary: p('primary'),
        redis: p('redis'),
        smtp: p('smtp'),
      },
      u.app,
    );
    const cliDir = ownedDir(join(runDir, 'api-cli'), u.app);
    const migrated = await runApiCli(['db:migrate'], apiSecrets, u.app, cliDir);
    if (migrated.code !== 0) throw new Error(`db:migrate failed:\n${migrated.stderr || migrated.stdout}`);
    const seeded = await runApiCli(['db:seed-demo'], apiSecrets, u.app, cliDir);
    if (seeded.code !== 0) throw new Error(`db:seed-demo failed:\n${seeded.stderr || seeded.stdout}`);
    // The demo accounts (their passwords are printed by the seed) are for the failure tests only.
    state.files.demoAccounts = join(runDir, 'secrets', 'demo-accounts.txt');
    writePrivateFile(state.files.demoAccounts, seeded.stdout);

    say(`API replicas (${apiReplicaCount})…`);
    const publicUrl = `http://127.0.0.1:${p('proxy')}`;
    const replicas = Array.from({ length: apiReplicaCount }, (_, i) => ({
      name: `api${i + 1}`,
      port: p(`api${i + 1}`),
    }));
    await Promise.all(
      replicas.map(async (replica) => {
        const pid = await startApiReplica(
          replica.name,
          replica.port,
          publicUrl,
          apiSecrets,
          u.app,
          join(runDir, 'api'),
        );
        record(replica.name, pid);
        state.apiReplicas.push({ ...replica, pid });
        writeState(state);
      }),
    );

    say('nginx (reverse proxy)…');
    record(
      'nginx',
      await startNginx(
        ownedDir(join(runDir, 'nginx'), u.web),
        p('proxy'),
        replicas.map((r) => r.port),
        u.web,
      ),
    );

    say('Exporters, Prometheus, Alertmanager…');
    const monitoringPorts = {
      prometheus: p('prometheus'),
      alertmanager: p('alertmanager'),
      webhook: p('webhook'),
      api: replicas.map((r) => r.port),
      nodeExporter: p('nodeExporter'),
      postgresExporterPrimary: p('postgresExporterPrimary'),
      postgresExporterStandby: p('postgresExporterStandby'),
      pgbouncerExporter: p('pgbouncerExporter'),
      redisExporter: p('redisExporter'),
    };
    for (const started of await startExporters(
      join(runDir, 'exporters'),
      {
        ...monitoringPorts,
        primary: p('primary'),
        standby: p('standby'),
        bouncer: p('bouncer'),
        redis: p('redis'),
      },
      secrets,
      u.prometheus,
    )) {
      record(started.name, started.pid);
    }
    for (const started of await startPrometheusAndAlertmanager(
      join(runDir, 'monitoring'),
      monitoringPorts,
      u.prometheus,
    )) {
      record(started.name, started.pid);
    }
    return state;
  } catch (error) {
    say(`Start failed; stopping what was started. Logs stay in ${runDir} until \`down\`.`);
    await stopAll(state);
    throw error;
  }
}

/** Stops every process of the state (reverse start order) and both PostgreSQL clusters. */
async function stopAll(state: StackState): Promise<void> {
  for (const process of [...state.processes].reverse()) await stopPid(process.pid, 15_000);
  const postgres = serviceUser('postgres');
  await Promise.all([stopCluster(state.clusters.primary, postgres), stopCluster(state.clusters.standby, postgres)]);
}

export async function down(runDir: string): Promise<void> {
  const state = readState(runDir);
  if (state) await stopAll(state);
  rmSync(runDir, { recursive: true, force: true });
}

export function endpoints(state: StackState): string[] {
  const port = state.ports;
  const line = (name: string, url: string) => `  ${name.padEnd(26)} ${url}`;
  return [
    line('web + API (nginx)', `http://127.0.0.1:${port.proxy}/  (/api, /health, /docs)`),
    ...state.apiReplicas.map((r) => line(`API replica ${r.name}`, `http://127.0.0.1:${r.port}/health/ready`)),
    line('PgBouncer', `postgres://promata@127.0.0.1:${port.bouncer}/promata`),
    line('PostgreSQL primary', `127.0.0.1:${port.primary}`),
    line('PostgreSQL standby', `127.0.0.1:${port.standby}`),
    line('Redis', `127.0.0.1:${port.redis}`),
    line('Prometheus', `http://127.0.0.1:${port.prometheus}/`),
    line('Alertmanager', `http://127.0.0.1:${port.alertmanager}/`),
    line('alert webhook log', state.files.webhookLog ?? ''),
    line('passwords', `${state.runDir}/secrets (0600, root only)`),
  ];
}

export async function status(runDir: string): Promise<string[]> {
  const state = readState(runDir);
  if (!state) return ['No rehearsal is running.'];
  const processes = state.processes.map(
    (p) => `  ${p.name.padEnd(26)} pid ${p.pid} ${isAlive(p.pid) ? 'running' : 'STOPPED'}`,
  );
  const clusters = await Promise.all(
    (['primary', 'standby'] as const).map(async (name) => {
      const cluster = state.clusters[name];
      const ready = await exec('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(cluster.port)]);
      return `  postgres ${name.padEnd(17)} port ${cluster.port} ${ready.code === 0 ? 'accepting' : 'DOWN'}`;
    }),
  );
  return [
    `Rehearsal started ${state.startedAt}`,
    'Endpoints:',
    ...endpoints(state),
    'Processes:',
    ...clusters,
    ...processes,
  ];
}
