import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtMain, freePort, startBuiltApp, type BuiltApp } from '../../../test-support/built-app.js';
import { requireTool, run } from '../support/tools.js';
import { alertRules, dashboardQueries, monitoringRoot, rulesDir, ruleFileNames } from './support/monitoring-files.js';
import { pgbouncerSources, unscrapableNames } from './support/pgbouncer-sources.js';
import { exposedNames, startProcess, waitForHttp, type Started } from './support/processes.js';
import { metricNames } from './support/promql-names.js';

// The quality bar of the dashboards and alerts: every metric name they use is one that the real
// exporters (Debian packages) and the real API expose, and every dashboard query returns data
// from a real Prometheus scraping them. Everything starts on free loopback ports and is stopped.

const tools = {
  prometheus: requireTool('prometheus', 'apt-get install prometheus'),
  node: requireTool('prometheus-node-exporter', 'apt-get install prometheus-node-exporter'),
  postgres: requireTool('prometheus-postgres-exporter', 'apt-get install prometheus-postgres-exporter'),
  redis: requireTool('prometheus-redis-exporter', 'apt-get install prometheus-redis-exporter'),
  pgbouncer: requireTool('pgbouncer', 'apt-get install pgbouncer'),
  psql: requireTool('psql', 'apt-get install postgresql-client'),
  redisCli: requireTool('redis-cli', 'apt-get install redis-tools'),
  runuser: requireTool('runuser', 'apt-get install util-linux'),
};

// Synthesised by Prometheus for every target, not exposed by any process.
const prometheusSeries = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);
const queryJob = (expr: string) => /job="([^"]+)"/.exec(expr)?.[1];

// The API sheds load (503 OVERLOADED) when its event loop lags, which a busy shared CI machine
// causes; this test is about metric names, not load shedding.
const relaxedShedding = { MAX_EVENT_LOOP_DELAY_MS: '60000', MAX_EVENT_LOOP_UTILIZATION: '1' };

type Target = { job: string; url: string; token?: string };
/** The API's metrics are scraped as in the Swarm: with METRICS_TOKEN as a bearer credential. */
const metricsToken = `metrics-${randomBytes(12).toString('hex')}`;
const started: Started[] = [];
let app: BuiltApp | undefined;
let workDir = '';
let prometheusUrl = '';
let pgbouncerPort = 0;
const targets: Target[] = [];
const scraped = new Map<string, Set<string>>();
// `npm test` provides PostgreSQL and Redis (scripts/test-services.mjs); run alone, the machine's.
const postgresUrl = new URL(process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
function exporterDsn(): string {
  const dsn = new URL(postgresUrl);
  dsn.searchParams.set('sslmode', 'disable');
  return dsn.toString();
}
// One key of our own, so redis_db_keys has a database to report.
const redisKey = `${process.env.TEST_REDIS_PREFIX ?? 'promata-test:monitoring:'}${randomBytes(4).toString('hex')}`;

async function exercise(base: string, visitorPassword: string): Promise<void> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const login = await post('/api/v1/auth/login', { email: 'visitante@demo.promata.local', password: visitorPassword });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const experiences = (await (await fetch(`${base}/api/v1/experiences?category=HOSTING`)).json()) as {
    items: { id: string }[];
  };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  // The booking panels count 201s of POST /bookings and answers of POST /bookings/:id/transitions.
  const booking = await post(
    '/api/v1/bookings',
    { lines: [{ experienceId: experiences.items[0]?.id, startDate: day(40), endDate: day(41), people: 1 }] },
    { authorization: `Bearer ${accessToken}`, 'idempotency-key': crypto.randomUUID() },
  );
  expect(booking.status, await booking.clone().text()).toBe(201);
  const { id } = (await booking.json()) as { id: string };
  const cancel = await post(
    `/api/v1/bookings/${id}/transitions`,
    { event: 'CANCEL' },
    { authorization: `Bearer ${accessToken}` },
  );
  expect(cancel.status, await cancel.clone().text()).toBeLessThan(500);
  await fetch(`${base}/api/v1/bookings`).then((r) => r.arrayBuffer());
  // forgot_account allows 3 an hour: the 4th request counts in rate_limit_hits_total.
  for (let i = 0; i < 4; i += 1) await post('/api/v1/auth/password/forgot', { email: 'nobody@monitoring.test' });
}

async function startPgBouncer(): Promise<void> {
  const dir = join(workDir, 'pgbouncer');
  pgbouncerPort = await freePort();
  mkdirSync(dir);
  writeFileSync(join(dir, 'users.txt'), '"postgres" ""\n');
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `postgres = host=${postgresUrl.hostname} port=${postgresUrl.port || '5432'} dbname=postgres`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${pgbouncerPort}`,
      'unix_socket_dir =',
      // Loopback-only throwaway instance; the real one uses SCRAM + auth_query.
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'admin_users = postgres',
      'stats_users = postgres',
      'pool_mode = transaction',
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root: its files belong to the postgres user.
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  for (const path of [workDir, dir, join(dir, 'users.txt'), join(dir, 'pgbouncer.ini')])
    chownSync(path, Number(uid.stdout), Number(gid.stdout));
  const pgbouncer = startProcess('pgbouncer', tools.runuser, [
    '-u',
    'postgres',
    '--',
    tools.pgbouncer,
    join(dir, 'pgbouncer.ini'),
  ]);
  started.push(pgbouncer);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const probe = await pgbouncerShow('VERSION');
    if (probe.code === 0) return;
    if (pgbouncer.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PgBouncer did not start:\n${pgbouncer.output()}`);
}

function pgbouncerShow(what: string) {
  return run(
    tools.psql,
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(pgbouncerPort),
      '-U',
      'postgres',
      '-d',
      'pgbouncer',
      '-A',
      '-F',
      '\t',
      '-c',
      `SHOW ${what}`,
    ],
    {
      timeoutMs: 5_000,
    },
  );
}

async function startExporter(job: string, name: string, command: string, args: string[], env = {}): Promise<void> {
  const port = await freePort();
  const exporter = startProcess(name, command, [...args.map((a) => a.replace('PORT', String(port)))], env);
  started.push(exporter);
  const url = `http://127.0.0.1:${port}/metrics`;
  await waitForHttp(url, exporter);
  targets.push({ job, url });
}

beforeAll(async () => {
  if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npm run build -w apps/api\` first`);
  workDir = mkdtempSync(join(tmpdir(), 'promata-monitoring-'));
  const set = await run(tools.redisCli, ['-u', redisUrl, 'set', redisKey, '1', 'EX', '300']);
  if (set.code !== 0) throw new Error(`redis-cli set failed: ${set.output}`);
  const [startedApp] = await Promise.all([
    // Generous: the embedded database and demo seed take seconds, more on a busy machine.
    startBuiltApp({ BOOKING_JOBS_INTERVAL_MS: '500', METRICS_TOKEN: metricsToken, ...relaxedShedding }, 90_000),
    startPgBouncer(),
    startExporter('node', 'node_exporter', tools.node, ['--web.listen-address=127.0.0.1:PORT']),
    startExporter(
      'postgres',
      'postgres_exporter',
      tools.postgres,
      [
        '--web.listen-address=127.0.0.1:PORT',
        `--extend.query-path=${join(monitoringRoot, 'postgres-exporter', 'queries.yaml')}`,
      ],
      { DATA_SOURCE_NAME: exporterDsn() },
    ),
    startExporter('redis', 'redis_exporter', tools.redis, [
      '-web.listen-address',
      '127.0.0.1:PORT',
      '-redis.addr',
      redisUrl,
    ]),
  ]);
  app = startedApp;
  const password = /Demo visitor:\s+\S+\s+password: (\S+)/.exec(app.output())?.[1];
  if (!password) throw new Error(`The demo visitor's password was not printed:\n${app.output()}`);
  await exercise(app.url, password);
  expect((await fetch(`${app.url}/metrics`)).status, 'metrics without the token').toBe(401);
  targets.push({ job: 'api', url: `${app.url}/metrics`, token: metricsToken });
  // One booking job batch has run by now (every 500 ms), so its counter exists.
  await new Promise((resolve) => setTimeout(resolve, 600));

  for (const target of targets) {
    const response = await fetch(target.url, {
      headers: target.token ? { authorization: `Bearer ${target.token}` } : {},
    });
    expect(response.status, target.url).toBe(200);
    scraped.set(target.job, exposedNames(await response.text()));
  }

  const port = await freePort();
  prometheusUrl = `http://127.0.0.1:${port}`;
  const scrapeConfigs = targets.map((t) => {
    const url = new URL(t.url);
    return [
      `  - job_name: ${t.job}`,
      `    metrics_path: ${url.pathname}`,
      ...(t.token ? [`    authorization: { credentials: '${t.token}' }`] : []),
      `    static_configs:`,
      `      - targets: ['${url.host}']`,
      ...(t.job === 'postgres' ? [`        labels: { role: primary }`] : []),
    ].join('\n');
  });
  writeFileSync(
    join(workDir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'rule_files:',
      ...ruleFileNames().map((file) => `  - ${join(rulesDir, file)}`),
      'scrape_configs:',
      `  - job_name: prometheus`,
      `    static_configs: [{ targets: ['127.0.0.1:${port}'] }]`,
      ...scrapeConfigs,
      '',
    ].join('\n'),
  );
  const prometheus = startProcess('prometheus', tools.prometheus, [
    `--config.file=${join(workDir, 'prometheus.yml')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    `--storage.tsdb.path=${join(workDir, 'tsdb')}`,
  ]);
  started.push(prometheus);
  await waitForHttp(`${prometheusUrl}/-/ready`, prometheus, 20_000);
  // rate() needs two samples of every target: wait for the third scrape round.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const result = await query('min(count_over_time(up[1m])) >= 3');
    if (result.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Prometheus did not scrape its targets three times:\n${prometheus.output()}`);
}, 150_000);

afterAll(async () => {
  await Promise.all([...started.map((s) => s.stop()), app?.stop()]);
  await run(tools.redisCli, ['-u', redisUrl, 'del', redisKey]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function query(expr: string): Promise<unknown[]> {
  const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await response.json()) as { status: string; error?: string; data?: { result: unknown[] } };
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error ?? response.status}`);
  return body.data?.result ?? [];
}

describe('metric names used by the alerts and dashboards', () => {
  const referenced = new Map<string, string[]>();
  const remember = (name: string, where: string) => referenced.set(name, [...(referenced.get(name) ?? []), where]);
  for (const rule of alertRules()) for (const name of metricNames(rule.expr)) remember(name, `alert ${rule.alert}`);
  for (const q of dashboardQueries())
    for (const name of metricNames(q.expr)) remember(name, `${q.dashboard}: ${q.panel}`);

  it('reads names out of PromQL conservatively', () => {
    expect(
      metricNames(
        'sum by (le, route) (rate(http_request_duration_seconds_bucket{job="api", route!="/metrics"}[5m])) / on (instance) group_left (x) up offset 5m > 0.9 and time() - 1e9 < bool 2',
      ),
    ).toEqual(['http_request_duration_seconds_bucket', 'up']);
    expect(metricNames('absent(up{job="api"} == 1) or vector(0)')).toEqual(['up']);
    expect(referenced.size).toBeGreaterThan(50);
  });

  it('are all exposed by the real API and exporters (PgBouncer by its console columns, Traefik by allow-list)', async () => {
    const exposed = new Set([...scraped.values()].flatMap((names) => [...names]));
    const missing = [...referenced.keys()].filter(
      (name) =>
        !exposed.has(name) && !prometheusSeries.has(name) && !(name in pgbouncerSources) && !(name in unscrapableNames),
    );
    expect(missing.map((name) => `${name} (${referenced.get(name)?.join('; ')})`)).toEqual([]);
    // Every exception is used, and they stay exceptions: a handful at most.
    for (const name of [...Object.keys(pgbouncerSources), ...Object.keys(unscrapableNames)])
      expect(referenced.has(name), `${name} is listed but unused`).toBe(true);
    expect(Object.keys(unscrapableNames).length).toBeLessThanOrEqual(2);
  });

  it('PgBouncer has every console column and row the pgbouncer_exporter names come from', async () => {
    const shows = new Map<string, string>();
    for (const command of ['POOLS', 'DATABASES', 'LISTS', 'CONFIG']) {
      const result = await pgbouncerShow(command);
      expect(result.code, result.output).toBe(0);
      shows.set(command, result.stdout);
    }
    for (const [name, source] of Object.entries(pgbouncerSources)) {
      if (source.kind === 'exporter') continue;
      const [header = '', ...rows] = (shows.get(source.command) ?? '').trim().split('\n');
      if (source.kind === 'column') expect(header.split('\t'), name).toContain(source.column);
      else
        expect(
          rows.map((row) => row.split('\t')[0]),
          name,
        ).toContain(source.key);
    }
  });

  it('gives the replication metrics a value while no standby is connected (so the alert can fire)', () => {
    for (const column of [
      'is_standby',
      'streaming_standbys',
      'replay_lag_bytes',
      'replay_lag_seconds',
      'wal_receiver_streaming',
      'inactive_slots',
    ])
      expect(scraped.get('postgres')?.has(`promata_pg_replication_${column}`), column).toBe(true);
  });
});

describe('a real Prometheus scraping them', () => {
  it('evaluates every alert rule without errors', async () => {
    const response = await fetch(`${prometheusUrl}/api/v1/rules?type=alert`);
    const body = (await response.json()) as {
      data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] };
    };
    const rules = body.data.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.name).sort()).toEqual(
      alertRules()
        .map((r) => r.alert)
        .sort(),
    );
    expect(rules.filter((r) => r.health !== 'ok').map((r) => `${r.name}: ${r.health} ${r.lastError ?? ''}`)).toEqual(
      [],
    );
  });

  it('returns data for every dashboard query whose target runs here', async () => {
    const jobs = new Set(targets.map((t) => t.job));
    const queries = dashboardQueries();
    const runnable = queries.filter((q) => jobs.has(queryJob(q.expr) ?? ''));
    // Only PgBouncer (exporter not packaged, see pgbouncer-sources.ts) is skipped.
    expect(queries.filter((q) => !runnable.includes(q)).every((q) => queryJob(q.expr) === 'pgbouncer')).toBe(true);
    const empty: string[] = [];
    await Promise.all(
      runnable.map(async (q) => {
        if ((await query(q.expr)).length === 0) empty.push(`${q.dashboard} / ${q.panel}: ${q.expr}`);
      }),
    );
    expect(empty).toEqual([]);
  });

  it('fires PostgresReplicationNotStreaming for a primary without a streaming standby', async () => {
    // This machine's PostgreSQL has no standby: the rule's condition holds (it fires after `for`).
    const pending = await query('ALERTS{alertname="PostgresReplicationNotStreaming"}');
    expect(pending).toHaveLength(1);
  });
});
