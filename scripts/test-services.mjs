// Finds (or starts) the PostgreSQL and Redis servers the integration tests talk to, and cleans up
// after them: a fresh database per run (tests create more with the same prefix) and a fresh Redis
// key prefix, all removed at the end. Every lookup takes its environment, PATH and folders as
// parameters, so scripts/test/test-services.test.ts can drive each branch for real.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';

export const localPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
export const localRedisUrl = 'redis://127.0.0.1:6379';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
async function waitFor(check, timeoutMs, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

export async function pgAnswers(pg, url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const serverBinaries = ['initdb', 'postgres', 'pg_ctl'];

/**
 * Folders that may hold PostgreSQL's server binaries, best first: Debian's versioned folders
 * (outside PATH, newest first), `pg_config --bindir` (any packaging or a source build), then PATH.
 * An `initdb` on PATH may be a symlink into the real folder, so it counts where it points.
 */
export function postgresBinDirCandidates({ path = process.env.PATH ?? '', debianBase = '/usr/lib/postgresql' } = {}) {
  const debian = existsSync(debianBase)
    ? readdirSync(debianBase)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debianBase, version, 'bin'))
    : [];
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8', env: { ...process.env, PATH: path } });
  const fromPgConfig = pgConfig.status === 0 ? [pgConfig.stdout.trim()] : [];
  const onPath = path
    .split(':')
    .filter((dir) => dir !== '' && existsSync(join(dir, 'initdb')))
    .flatMap((dir) => [dir, dirname(realpathSync(join(dir, 'initdb')))]);
  return [...new Set([...debian, ...fromPgConfig, ...onPath])];
}

/** The first candidate folder holding all of initdb, postgres and pg_ctl, or undefined. */
export function findPostgresBinDir(search = {}) {
  return postgresBinDirCandidates(search).find((dir) => serverBinaries.every((name) => existsSync(join(dir, name))));
}

/** An unprivileged account to run a throwaway cluster: PostgreSQL refuses to run as root. */
function clusterUser() {
  if (userInfo().uid !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    if (spawnSync('id', ['-u', name]).status === 0) return name;
  }
  throw new Error('Running as root and no unprivileged user (postgres, nobody) exists to run PostgreSQL');
}

function asUser(user, command, args) {
  return user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
}

/**
 * Starts a throwaway cluster in a new temporary folder (under `tmpRoot`) and waits until it
 * answers. Returns undefined when no server binaries are installed. Whatever goes wrong after the
 * folder exists, the server is stopped and the folder removed before the error propagates.
 */
export async function startThrowawayPostgres(pg, { search = {}, tmpRoot = tmpdir(), readyTimeoutMs = 10_000 } = {}) {
  const bin = findPostgresBinDir(search);
  if (!bin) return undefined;
  const user = clusterUser();
  const dir = mkdtempSync(join(tmpRoot, 'promata-pg-'));
  const data = join(dir, 'data');
  let child;
  let exited = Promise.resolve();
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (running()) {
      // pg_ctl asks for a fast shutdown through the pid file, which the server writes a moment
      // after it starts (a failed start may stop it sooner); signals to runuser are the fallback.
      await waitFor(() => existsSync(join(data, 'postmaster.pid')) || !running(), 5000);
      const [stopCmd, stopArgs] = asUser(user, join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-t', '20']);
      spawnSync(stopCmd, stopArgs, { stdio: 'ignore' });
      if (!(await waitFor(() => !running(), 5000))) child.kill('SIGTERM');
      if (!(await waitFor(() => !running(), 5000))) child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    chmodSync(dir, 0o700);
    if (user) {
      const uid = Number(spawnSync('id', ['-u', user]).stdout.toString());
      const gid = Number(spawnSync('id', ['-g', user]).stdout.toString());
      chownSync(dir, uid, gid);
    }
    const [initCmd, initArgs] = asUser(user, join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
    ]);
    if (spawnSync(initCmd, initArgs, { stdio: 'ignore' }).status !== 0) throw new Error(`initdb (${bin}) failed`);
    const port = await freePort();
    const [runCmd, runArgs] = asUser(user, join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
    ]);
    child = spawn(runCmd, runArgs, { stdio: 'ignore' });
    exited = new Promise((resolve) => child.once('exit', resolve));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const answered = await waitFor(async () => !running() || (await pgAnswers(pg, url)), readyTimeoutMs, 100);
    if (!running()) throw new Error(`The throwaway PostgreSQL (${bin}) exited at start`);
    if (!answered) throw new Error(`The throwaway PostgreSQL (${bin}) did not answer within ${readyTimeoutMs} ms`);
    return { url, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const noPostgres =
  'No PostgreSQL for the integration tests: set TEST_DATABASE_URL, run one on 127.0.0.1:5432 (trust auth, user postgres), ' +
  'or install it so the tests can start their own: apt-get install postgresql ' +
  '(looked for initdb, postgres and pg_ctl in /usr/lib/postgresql/*/bin, `pg_config --bindir` and PATH)';

/**
 * TEST_DATABASE_URL, else PostgreSQL on 127.0.0.1:5432, else a throwaway cluster; then a fresh
 * database for the run. `options` replaces the environment and the places searched (tests).
 */
export async function providePostgres(pg, runId, options = {}) {
  const { env = process.env, localUrl = localPostgresUrl, search, tmpRoot, readyTimeoutMs } = options;
  let adminUrl = env.TEST_DATABASE_URL;
  let stopServer;
  if (adminUrl) {
    if (!(await pgAnswers(pg, adminUrl)))
      throw new Error(`TEST_DATABASE_URL is set but PostgreSQL does not answer there`);
  } else if (await pgAnswers(pg, localUrl)) {
    adminUrl = localUrl;
  } else {
    const started = await startThrowawayPostgres(pg, { search, tmpRoot, readyTimeoutMs });
    if (!started) throw new Error(noPostgres);
    adminUrl = started.url;
    stopServer = started.stop;
  }
  const prefix = `promata_test_${runId}`;
  try {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${prefix}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stopServer?.();
    throw error;
  }
  const withDatabase = (name) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    env: { TEST_DATABASE_URL: withDatabase(prefix), TEST_DATABASE_ADMIN_URL: adminUrl, TEST_DATABASE_PREFIX: prefix },
    async cleanup() {
      try {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        const { rows } = await client.query(`select datname from pg_database where datname like $1`, [`${prefix}%`]);
        for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
        await client.end();
      } finally {
        await stopServer?.();
      }
    },
  };
}

export function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.end();
      // +PONG, or -NOAUTH when a password is needed (then TEST_REDIS_URL must carry it).
      resolve(data.toString().startsWith('+PONG'));
    });
  });
}

/** TEST_REDIS_URL, else Redis on 127.0.0.1:6379, else a throwaway `redis-server` from PATH. */
export async function provideRedis(Redis, runId, options = {}) {
  const { env = process.env, localUrl = localRedisUrl, path = process.env.PATH ?? '' } = options;
  const spawnEnv = { ...process.env, PATH: path };
  let url = env.TEST_REDIS_URL;
  let child;
  if (url) {
    if (!(await redisAnswers(url))) throw new Error('TEST_REDIS_URL is set but Redis does not answer PING there');
  } else if (await redisAnswers(localUrl)) {
    url = localUrl;
  } else if (spawnSync('redis-server', ['--version'], { stdio: 'ignore', env: spawnEnv }).status === 0) {
    const port = await freePort();
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    child = spawn('redis-server', args, { stdio: 'ignore', env: spawnEnv });
    url = `redis://127.0.0.1:${port}`;
    if (!(await waitFor(() => redisAnswers(url), 5000))) {
      child.kill();
      throw new Error(`The throwaway redis-server did not answer on port ${port} within 5 s`);
    }
  } else {
    throw new Error(
      'No Redis for the integration tests: set TEST_REDIS_URL, run one on 127.0.0.1:6379, or install it so the tests can start their own: apt-get install redis-server',
    );
  }
  const prefix = `promata-test:${runId}:`;
  return {
    env: { TEST_REDIS_URL: url, TEST_REDIS_PREFIX: prefix },
    async cleanup() {
      try {
        const redis = new Redis(url);
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
        await redis.quit();
      } finally {
        child?.kill();
      }
    },
  };
}

export function provideChromium(env = process.env) {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path} for the browser tests: install Debian's (apt-get install chromium) or set CHROMIUM_PATH. ` +
        '`npx playwright install` cannot download browsers here, and is not needed.',
    );
  }
  return { env: { CHROMIUM_PATH: path } };
}
