import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { addDays, reserveToday } from './dataset/calendar.js';
import type { Dataset } from './dataset/dataset-types.js';
import { generateDataset } from './dataset/generate-dataset.js';
import { insertDataset } from './dataset/insert-dataset.js';
import { countStatements, runScenario, type LoadSettings } from './load/run-scenario.js';
import { scenarioSpecs, type ScenarioSpec } from './load/scenario-specs.js';
import type { BenchReport, ContentionCheck, DatasetSummary, ScenarioResult } from './report/bench-types.js';
import { apiEnvironment, generateSecrets } from './setup/api-env.js';
import { login, staffTokenWithMfa } from './setup/sign-in.js';
import { createBenchServices, serverVersions, type BenchServices } from './system/bench-services.js';
import { machineInfo } from './system/machine-info.js';
import { startServerProcess, type ServerProcess } from './system/server-process.js';
import { startSmtpDiscard } from './system/smtp-discard.js';
import { startStatementCountingProxy } from './system/statement-counting-proxy.js';

export type ApiBenchOptions = {
  repoRoot: string;
  seed: number;
  load: LoadSettings;
  countRequests: number;
  /** 'web': only the API with the dataset for the web part (`npm run bench:web`), no load scenarios. */
  mode: 'all' | 'web';
};

/** The API's password hashing parameters (apps/api/src/platform/auth/password-hasher.ts, argon2id). */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function loadDataset(services: BenchServices, dataset: Dataset, password: string): Promise<DatasetSummary> {
  const started = Date.now();
  await insertDataset(services.client, dataset, await hash(password, argon2Options));
  return {
    seed: dataset.seed,
    experiences: dataset.experiences.length,
    users: dataset.users.length,
    bookings: dataset.bookings.length,
    lines: dataset.lines.length,
    participants: dataset.participants.length,
    events: dataset.events.length,
    loadSeconds: (Date.now() - started) / 1000,
  };
}

/** Places held on the contended day after the run, and the bookings that hold them, read by SQL. */
async function checkContention(
  services: BenchServices,
  dataset: Dataset,
  result: ScenarioResult,
): Promise<ContentionCheck> {
  const { experienceId, date, capacity } = dataset.plan.contended;
  const held = await services.client.query<{ places: string; bookings: string }>(
    `select coalesce(sum(l.people), 0) as places, count(distinct b.id) as bookings
       from booking_lines l join bookings b on b.id = l.booking_id
      where l.experience_id = $1 and l.start_date <= $2::date and l.end_date > $2::date
        and b.status not in ('REJECTED', 'CANCELED', 'EXPIRED')`,
    [experienceId, date],
  );
  const placesTaken = Number(held.rows[0]!.places);
  // Counted in the database: a booking answered just after the measured seconds ended is accepted too.
  const accepted = Number(held.rows[0]!.bookings);
  return {
    capacity,
    accepted,
    refused: result.statusCounts['409'] ?? 0,
    placesTaken,
    overbooked: placesTaken > capacity,
  };
}

async function runBaselines(specs: ScenarioSpec[], options: ApiBenchOptions): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [id, file] of [
    ['node-http', 'node-http-hello.mjs'],
    ['fastify', 'fastify-hello.mjs'],
  ] as const) {
    const server = await startServerProcess(
      join(options.repoRoot, 'bench/src/baselines', file),
      {},
      { readyPath: '/' },
    );
    try {
      log(`measuring ${id}`);
      results.push(
        await runScenario(
          server.url,
          specs.find((s) => s.id === id)!,
          options.load,
          { pid: server.pid },
        ),
      );
    } finally {
      await server.stop();
    }
  }
  return results;
}

/**
 * The whole API part of `npm run bench`: baselines, a fresh database with the seeded dataset, a
 * statement-count pass through a counting proxy, then every scenario under load against the
 * production build. Everything it created (database, Redis keys, processes) is removed at the end.
 */
export async function runApiBench(
  options: ApiBenchOptions,
  afterLoad?: (api: ServerProcess, dataset: Dataset) => Promise<void>,
): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const runId = randomBytes(4).toString('hex');
  const services = await createBenchServices();
  const smtp = await startSmtpDiscard();
  const dataDir = mkdtempSync(join(tmpdir(), 'promata-bench-data-'));
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error: unknown) => log(`cleanup: ${String(error)}`));
    cleanups.length = 0;
    rmSync(dataDir, { recursive: true, force: true });
    await smtp.stop();
    await services.drop();
    log(`dropped ${services.databaseName} and the Redis keys ${services.redisKeyPrefix}*`);
  };
  // Ctrl-C or a CI timeout must not leave servers running or a database and keys behind.
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const machine = machineInfo(options.repoRoot, await serverVersions(services.client));
    log(
      `database ${services.databaseName}, Redis prefix ${services.redisKeyPrefix}, load average ${machine.loadAverage[0].toFixed(2)}`,
    );
    const dataset = generateDataset({ seed: options.seed, today: reserveToday() });
    const password = randomBytes(12).toString('base64url');
    const secrets = generateSecrets();
    const main = join(options.repoRoot, 'apps/api/dist/main.js');
    const env = (databaseUrl: string, shedding: 'capacity' | 'default' = 'capacity') =>
      apiEnvironment({
        databaseUrl,
        redisKeyPrefix: services.redisKeyPrefix,
        smtpUrl: smtp.url,
        dataDir,
        secrets,
        shedding,
      });

    if (options.mode === 'web') {
      const webEnv = env(services.databaseUrl);
      const api = await startServerProcess(main, webEnv, { readyPath: '/health/ready' });
      cleanups.push(() => api.stop());
      const datasetSummary = await loadDataset(services, dataset, password);
      await afterLoad?.(api, dataset);
      return {
        kind: 'api',
        startedAt,
        finishedAt: new Date().toISOString(),
        machine,
        dataset: datasetSummary,
        scenarios: [],
        contention: { capacity: 0, accepted: 0, refused: 0, placesTaken: 0, overbooked: false },
        notes: [],
      };
    }

    // The counting API reaches PostgreSQL through the proxy; it also runs the migrations.
    const proxy = await startStatementCountingProxy({
      host: '127.0.0.1',
      port: Number(new URL(services.databaseUrl).port),
    });
    cleanups.push(() => proxy.stop());
    const proxiedUrl = new URL(services.databaseUrl);
    proxiedUrl.port = String(proxy.port);
    const countingEnv = env(proxiedUrl.toString());
    const countingApi = await startServerProcess(main, countingEnv, { readyPath: '/health/ready' });
    cleanups.push(() => countingApi.stop());
    log('loading the dataset');
    const datasetSummary = await loadDataset(services, dataset, password);
    log(`dataset loaded in ${datasetSummary.loadSeconds.toFixed(1)} s`);

    const bookerTokens: string[] = [];
    for (const email of dataset.plan.bookerEmails.slice(0, 40))
      bookerTokens.push(await login(countingApi.url, email, password));
    const staffToken = await staffTokenWithMfa(countingApi.url, dataset.plan.staffEmails[0]!, password);
    const specs = scenarioSpecs(dataset.plan, { bookerTokens, staffToken, password }, runId);
    const apiSpecs = specs.filter((s) => s.server === 'api' && s.id !== 'experience-default-shedding');
    const sheddingSpec = specs.find((s) => s.id === 'experience-default-shedding')!;
    const contendedSpec = specs.find((s) => s.id === 'booking-contended')!;

    log('counting SQL statements per request');
    const statements = new Map<string, number>();
    contendedSpec.useDay?.(addDays(dataset.plan.contended.date, 1));
    for (const spec of apiSpecs)
      statements.set(spec.id, await countStatements(countingApi.url, spec, options.countRequests, proxy));
    await countingApi.stop();

    const baselines = await runBaselines(specs, options);

    const apiEnv = env(services.databaseUrl);
    const api = await startServerProcess(main, apiEnv, { readyPath: '/health/ready' });
    cleanups.push(() => api.stop());
    const results: ScenarioResult[] = [...baselines];
    let contention: ContentionCheck | undefined;
    for (const spec of apiSpecs) {
      log(`measuring ${spec.id}`);
      if (spec.useDay) spec.useDay(dataset.plan.contended.date);
      const result = await runScenario(api.url, spec, spec.useDay ? { ...options.load, warmupS: 0 } : options.load, {
        pid: api.pid,
        database: services.databaseName,
      });
      result.statementsPerRequest = statements.get(spec.id) ?? null;
      results.push(result);
      if (spec.id === 'booking-contended') contention = await checkContention(services, dataset, result);
    }
    await afterLoad?.(api, dataset);
    await api.stop();

    log('measuring experience detail with the default load shedding');
    const defaultEnv = env(services.databaseUrl, 'default');
    const defaultApi = await startServerProcess(main, defaultEnv, { readyPath: '/health/ready' });
    cleanups.push(() => defaultApi.stop());
    const shed = await runScenario(defaultApi.url, sheddingSpec, options.load, {
      pid: defaultApi.pid,
      database: services.databaseName,
    });
    shed.statementsPerRequest = statements.get('experience') ?? null;
    results.push(shed);
    const mailsSent = smtp.messages();
    return {
      kind: 'api',
      startedAt,
      finishedAt: new Date().toISOString(),
      machine,
      dataset: datasetSummary,
      scenarios: results,
      contention: contention!,
      notes: [
        `The API sent ${mailsSent.toLocaleString('en')} e-mails to the discarding SMTP server during the run (a staff alert per ADMIN for every new booking, ${dataset.plan.staffEmails.length} ADMINs).`,
        'Load shedding: the measured API runs with MAX_EVENT_LOOP_UTILIZATION=1 (its utilisation trigger off, ADR 0035) so the figures are its capacity; the in-flight cap (512) and the event-loop-delay trigger (1 s) keep their defaults. The last scenario repeats experience detail with every default to show what production does when saturated.',
        `autocannon, ${options.load.connections} connections, ${options.load.warmupS} s warm-up then ${options.load.durationS} s measured per scenario (the contended day has no warm-up: it would fill the day before the measurement); ${options.load.timeoutS} s client timeout.`,
        'Each server (node:http, Fastify, the API) runs alone in its own process; the API is `node apps/api/dist/main.js` with NODE_ENV=production, PostgreSQL and Redis on 127.0.0.1, a discarding SMTP server, DATABASE_POOL_MAX at its default (10), rate limits and load shedding at their defaults.',
        'RSS peak: VmRSS of the server process sampled every 200 ms during the measured seconds. CPU per request: utime+stime of the server process (/proc/<pid>/stat) over the measured seconds, divided by the answers; PostgreSQL likewise, summed over the backends serving the bench database (found by their process title), so other databases on the server do not count.',
        `SQL statements per request: a separate pass of ${options.countRequests} sequential requests per scenario against a second API process whose DATABASE_URL points at a TCP proxy that counts Query and Execute messages of the PostgreSQL protocol (pg_stat_statements is not loaded on the shared server, and pg_stat_database counts transactions, not statements, and flushes late).`,
        'Login storm: TRUST_PROXY=1 (as behind Traefik/ALB) and a new X-Forwarded-For address every 10 logins, over the 1,000 guest accounts; every 20th login uses a wrong password. The per-IP limit (30 per 15 min) and per-account limit (10 failures) therefore do not trigger: this is many users signing in at once, not one attacker; a 429 or 503 would count as answered.',
        'Free-capacity bookings: one day each, 2 people with their participants, a fresh Idempotency-Key per request, on 25 trail/laboratory experiences over 210 days that the dataset leaves empty.',
        'Contended day: every request books 1–3 people of one day of one trail; afterwards the places held (bookings in a holding state) are summed by SQL and compared with the capacity.',
      ],
    };
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await cleanUp();
  }
}
