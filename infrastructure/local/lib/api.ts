import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, ownedDir, spawnDaemon, waitUntil, type ServiceUser } from './exec.js';
import { repoRoot } from './paths.js';
import { writePrivateFile, type SecretFiles } from './secrets.js';

// The API as production runs it: built code, NODE_ENV=production, secrets as *_FILE, migrations as
// a one-shot before the replicas, replicas that do not migrate and do not serve the web app.

export type ApiSecrets = Record<
  'databaseUrl' | 'redisUrl' | 'jwt' | 'dataKey' | 'smtpUrl' | 'directDatabaseUrl',
  string
>;

const cli = join(repoRoot, 'apps', 'api', 'dist', 'cli.js');
const main = join(repoRoot, 'apps', 'api', 'dist', 'main.js');

/** The API's secret files, readable only by the account the replicas run as. */
export function writeApiSecrets(
  dir: string,
  secrets: SecretFiles,
  ports: { bouncer: number; primary: number; redis: number; smtp: number },
  owner: ServiceUser,
): ApiSecrets {
  ownedDir(dir, owner);
  const read = (file: string) => readFileSync(file, 'utf8').trim();
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writePrivateFile(path, content, owner);
    return path;
  };
  return {
    databaseUrl: file('database-url', `postgres://promata:${read(secrets.app)}@127.0.0.1:${ports.bouncer}/promata`),
    directDatabaseUrl: file(
      'direct-database-url',
      `postgres://promata:${read(secrets.app)}@127.0.0.1:${ports.primary}/promata`,
    ),
    redisUrl: file('redis-url', `redis://:${read(secrets.redis)}@127.0.0.1:${ports.redis}`),
    jwt: file('jwt-secret', randomBytes(48).toString('base64url')),
    dataKey: file('data-encryption-key', randomBytes(32).toString('base64')),
    smtpUrl: file('smtp-url', `smtp://127.0.0.1:${ports.smtp}`),
  };
}

export function apiEnv(secrets: ApiSecrets, extra: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL_FILE: secrets.databaseUrl,
    REDIS_URL_FILE: secrets.redisUrl,
    JWT_SECRET_FILE: secrets.jwt,
    DATA_ENCRYPTION_KEY_FILE: secrets.dataKey,
    SMTP_URL_FILE: secrets.smtpUrl,
    // No METRICS_TOKEN: apps/api's auth guard (platform/auth/guard.ts) answers 401 to any
    // non-JWT bearer token before the /metrics handler sees it, so a token would lock Prometheus
    // out. The replicas listen on 127.0.0.1 only and nginx does not route /metrics.
    MIGRATE_ON_START: 'false',
    SERVE_WEB: 'false',
    DEMO_SEED: 'off',
    TRUST_PROXY: '1',
    // Readiness turns 503 for this long before the listener closes, so the proxy notices first.
    SHUTDOWN_GRACE_MS: '2000',
    SHUTDOWN_TIMEOUT_MS: '10000',
    ...extra,
  };
}

/** The one-shot migration, direct to the primary (not through PgBouncer), like the Swarm job. */
export async function runApiCli(args: string[], secrets: ApiSecrets, user: ServiceUser, dataDir: string) {
  const env = apiEnv(secrets, { DATA_DIR: dataDir });
  delete env.DATABASE_URL_FILE;
  return exec(process.execPath, [cli, ...args], {
    user,
    cwd: repoRoot,
    env: { ...env, DATABASE_URL_FILE: secrets.directDatabaseUrl, HOME: dataDir },
    inheritEnv: false,
    timeoutMs: 120_000,
  });
}

export async function startApiReplica(
  name: string,
  port: number,
  publicUrl: string,
  secrets: ApiSecrets,
  user: ServiceUser,
  runDir: string,
): Promise<number> {
  const dataDir = ownedDir(join(runDir, name), user);
  const pid = spawnDaemon(process.execPath, [main], {
    user,
    cwd: repoRoot,
    logFile: join(runDir, `${name}.log`),
    inheritEnv: false,
    env: apiEnv(secrets, { PORT: String(port), PUBLIC_URL: publicUrl, DATA_DIR: dataDir, HOME: dataDir }),
  });
  await waitUntil(
    `${name} readiness`,
    async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200,
    60_000,
    300,
  );
  return pid;
}
