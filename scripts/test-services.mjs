// Finds (or starts) the PostgreSQL and Redis servers the integration tests talk to, and cleans up
// after them: a fresh database per run (tests create more with the same prefix) and a fresh Redis
// key prefix, all removed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

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

async function pgAnswers(pg, url) {
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

export async function startThrowawayPostgres() {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) return undefined;
  const bin = join(base, version, 'bin');
  const user = clusterUser();
  const dir = mkdtempSync(join(tmpdir(), 'promata-pg-'));
  chmodSync(dir, 0o700);
  if (user) {
    const uid = Number(spawnSync('id', ['-u', user]).stdout.toString());
    const gid = Number(spawnSync('id', ['-g', user]).stdout.toString());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const [initCmd, initArgs] = asUser(user, join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-U',
    'postgres',
    '-A',
    'trust',
    '--no-sync',
  ]);
  if (spawnSync(initCmd, initArgs, { stdio: 'ignore' }).status !== 0) throw new Error('initdb failed');
  const [runCmd, runArgs] = asUser(user, join(bin, 'postgres'), [
    '-D',
    join(dir, 'data'),
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const child = spawn(runCmd, runArgs, { stdio: 'ignore', detached: false });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // Signals to runuser are not forwarded to the server; pg_ctl stops it by its pid file.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const [stopCmd, stopArgs] = asUser(user, join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), 'stop', '-m', 'fast']);
      spawnSync(stopCmd, stopArgs, { stdio: 'ignore' });
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function providePostgres(pg, runId) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer;
  if (adminUrl) {
    if (!(await pgAnswers(pg, adminUrl)))
      throw new Error(`TEST_DATABASE_URL is set but PostgreSQL does not answer there`);
  } else if (await pgAnswers(pg, 'postgres://postgres@127.0.0.1:5432/postgres')) {
    adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  } else {
    const started = await startThrowawayPostgres();
    if (!started) {
      throw new Error(
        'No PostgreSQL for the integration tests: set TEST_DATABASE_URL, run one on 127.0.0.1:5432 (trust auth, user postgres), ' +
          'or install it so the tests can start their own: apt-get install postgresql',
      );
    }
    for (let i = 0; i < 100 && !(await pgAnswers(pg, started.url)); i += 1) await sleep(100);
    adminUrl = started.url;
    stopServer = started.stop;
  }
  const prefix = `promata_test_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${prefix}`);
  await admin.end();
  const withDatabase = (name) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    env: { TEST_DATABASE_URL: withDatabase(prefix), TEST_DATABASE_ADMIN_URL: adminUrl, TEST_DATABASE_PREFIX: prefix },
    async cleanup() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      const { rows } = await client.query(`select datname from pg_database where datname like $1`, [`${prefix}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
      await client.end();
      await stopServer?.();
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

export async function provideRedis(Redis, runId) {
  let url = process.env.TEST_REDIS_URL;
  let child;
  if (url) {
    if (!(await redisAnswers(url))) throw new Error('TEST_REDIS_URL is set but Redis does not answer PING there');
  } else if (await redisAnswers('redis://127.0.0.1:6379')) {
    url = 'redis://127.0.0.1:6379';
  } else if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0) {
    const port = await freePort();
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && !(await redisAnswers(url)); i += 1) await sleep(50);
  } else {
    throw new Error(
      'No Redis for the integration tests: set TEST_REDIS_URL, run one on 127.0.0.1:6379, or install it so the tests can start their own: apt-get install redis-server',
    );
  }
  const prefix = `promata-test:${runId}:`;
  return {
    env: { TEST_REDIS_URL: url, TEST_REDIS_PREFIX: prefix },
    async cleanup() {
      const redis = new Redis(url);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
      child?.kill();
    },
  };
}

export function provideChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path} for the browser tests: install Debian's (apt-get install chromium) or set CHROMIUM_PATH. ` +
        '`npx playwright install` cannot download browsers here, and is not needed.',
    );
  }
  return { env: { CHROMIUM_PATH: path } };
}
