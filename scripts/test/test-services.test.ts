import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTestEnv } from '../../test-support/services.js';
import {
  findPostgresBinDir,
  freePort,
  postgresBinDirCandidates,
  provideChromium,
  providePostgres,
  provideRedis,
} from '../test-services.mjs';

// The services `npm test` provides, exercised for real: the server this run found stands in for
// "TEST_DATABASE_URL" / "127.0.0.1", dead ports for servers that do not answer, empty folders
// for machines where nothing is installed, and the installed binaries for throwaway clusters.

const runId = () => `t${randomBytes(4).toString('hex')}`;
const scratch: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // PostgreSQL runs as an unprivileged user when the tests run as root: it must reach the folder.
  chmodSync(dir, 0o755);
  scratch.push(dir);
  return dir;
}

/** Processes whose command line mentions `text` (a throwaway server still running from it). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return cmdline.includes(text) ? [cmdline] : [];
      } catch {
        return [];
      }
    });
}

async function databasesLike(adminUrl: string, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1 order by 1',
      [`${prefix}%`],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

let adminUrl = '';
let redisUrl = '';
let deadPostgres = '';
let deadRedis = '';
/** A machine with nothing installed: no Debian folders, an empty PATH. */
let nothing: { path: string; debianBase: string };
/** A machine whose only PostgreSQL is an initdb symlink on PATH (a source build, another distro). */
let pathOnly: { path: string; debianBase: string };
let realBinDir = '';

beforeAll(async () => {
  adminUrl = requireTestEnv('TEST_DATABASE_ADMIN_URL');
  redisUrl = requireTestEnv('TEST_REDIS_URL');
  deadPostgres = `postgres://postgres@127.0.0.1:${await freePort()}/postgres`;
  deadRedis = `redis://127.0.0.1:${await freePort()}`;
  const empty = tempDir('promata-empty-');
  nothing = { path: empty, debianBase: join(empty, 'no-such-folder') };
  const found = findPostgresBinDir();
  if (!found) throw new Error('these tests need the PostgreSQL server binaries (apt-get install postgresql)');
  realBinDir = found;
  const onPath = tempDir('promata-path-');
  symlinkSync(join(realBinDir, 'initdb'), join(onPath, 'initdb'));
  pathOnly = { path: onPath, debianBase: nothing.debianBase };
});
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('providePostgres', () => {
  it('prefers TEST_DATABASE_URL, gives the run a database of its own and drops every database of the run', async () => {
    const id = runId();
    const provided = await providePostgres(pg, id, { env: { TEST_DATABASE_URL: adminUrl }, localUrl: deadPostgres });
    expect(provided.env.TEST_DATABASE_ADMIN_URL).toBe(adminUrl);
    expect(provided.env.TEST_DATABASE_PREFIX).toBe(`promata_test_${id}`);
    expect(new URL(provided.env.TEST_DATABASE_URL).pathname).toBe(`/promata_test_${id}`);
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`create database promata_test_${id}_file1`);
    await client.end();
    expect(await databasesLike(adminUrl, `promata_test_${id}`)).toEqual([
      `promata_test_${id}`,
      `promata_test_${id}_file1`,
    ]);

    await provided.cleanup();
    expect(await databasesLike(adminUrl, `promata_test_${id}`)).toEqual([]);
  });

  it('uses the server on the local address when TEST_DATABASE_URL is unset, and never starts another', async () => {
    const provided = await providePostgres(pg, runId(), { env: {}, localUrl: adminUrl, search: nothing });
    expect(provided.env.TEST_DATABASE_ADMIN_URL).toBe(adminUrl);
    await provided.cleanup();
  });

  it('refuses a TEST_DATABASE_URL that does not answer instead of falling back to another server', async () => {
    await expect(
      providePostgres(pg, runId(), { env: { TEST_DATABASE_URL: deadPostgres }, localUrl: adminUrl }),
    ).rejects.toThrow('TEST_DATABASE_URL is set but PostgreSQL does not answer there');
  });

  it('names what to install when no server answers and no server binaries are installed', async () => {
    await expect(providePostgres(pg, runId(), { env: {}, localUrl: deadPostgres, search: nothing })).rejects.toThrow(
      /No PostgreSQL for the integration tests: .*apt-get install postgresql/,
    );
  });

  it('finds the server binaries through `pg_config --bindir` and through an initdb on PATH', () => {
    expect(findPostgresBinDir(nothing)).toBeUndefined();
    expect(findPostgresBinDir(pathOnly)).toBe(realBinDir);
    // A pg_config that is not Debian's, the only hint on an otherwise empty PATH.
    const withPgConfig = tempDir('promata-pgconfig-');
    writeFileSync(join(withPgConfig, 'pg_config'), `#!/bin/sh\necho '${realBinDir}'\n`, { mode: 0o755 });
    expect(postgresBinDirCandidates({ path: withPgConfig, debianBase: nothing.debianBase })).toEqual([realBinDir]);
    expect(findPostgresBinDir({ path: withPgConfig, debianBase: nothing.debianBase })).toBe(realBinDir);
  });

  it('starts a throwaway cluster from the binaries on PATH, and cleanup stops it and removes its folder', async () => {
    const tmpRoot = tempDir('promata-throwaway-');
    const provided = await providePostgres(pg, runId(), {
      env: {},
      localUrl: deadPostgres,
      search: pathOnly,
      tmpRoot,
    });
    const url = provided.env.TEST_DATABASE_URL;
    expect(new URL(url).port).not.toBe('5432');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    expect((await client.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await client.end();
    expect(processesMentioning(tmpRoot).length).toBeGreaterThan(0);

    await provided.cleanup();
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(processesMentioning(tmpRoot)).toEqual([]);
  });

  it('stops the throwaway server and removes its folder when it does not answer in time', async () => {
    const tmpRoot = tempDir('promata-throwaway-');
    await expect(
      providePostgres(pg, runId(), { env: {}, localUrl: deadPostgres, search: pathOnly, tmpRoot, readyTimeoutMs: 0 }),
    ).rejects.toThrow(/did not answer within 0 ms/);
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(processesMentioning(tmpRoot)).toEqual([]);
  });

  it('stops the throwaway server and removes its folder when the run database cannot be created', async () => {
    const tmpRoot = tempDir('promata-throwaway-');
    // A run id that is no SQL identifier: `create database` fails on the started server.
    await expect(
      providePostgres(pg, 'not-an-identifier', { env: {}, localUrl: deadPostgres, search: pathOnly, tmpRoot }),
    ).rejects.toThrow(/syntax error/);
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(processesMentioning(tmpRoot)).toEqual([]);
  });
});

describe('provideRedis', () => {
  it('prefers TEST_REDIS_URL and removes only the keys of its run', async () => {
    const id = runId();
    const provided = await provideRedis(Redis, id, { env: { TEST_REDIS_URL: redisUrl }, localUrl: deadRedis });
    expect(provided.env).toEqual({ TEST_REDIS_URL: redisUrl, TEST_REDIS_PREFIX: `promata-test:${id}:` });
    const redis = new Redis(redisUrl);
    try {
      await redis.set(`promata-test:${id}:a`, '1');
      await redis.set(`promata-test:${id}:nested:b`, '2');
      await redis.set(`promata-test:${id}x:other-run`, '3', 'EX', 60);
      await provided.cleanup();
      expect(await redis.exists(`promata-test:${id}:a`, `promata-test:${id}:nested:b`)).toBe(0);
      expect(await redis.get(`promata-test:${id}x:other-run`)).toBe('3');
    } finally {
      await redis.del(`promata-test:${id}x:other-run`);
      await redis.quit();
    }
  });

  it('refuses a TEST_REDIS_URL that does not answer instead of falling back', async () => {
    await expect(
      provideRedis(Redis, runId(), { env: { TEST_REDIS_URL: deadRedis }, localUrl: redisUrl }),
    ).rejects.toThrow('TEST_REDIS_URL is set but Redis does not answer PING there');
  });

  it('uses the local address when TEST_REDIS_URL is unset, and names what to install when nothing answers', async () => {
    const local = await provideRedis(Redis, runId(), { env: {}, localUrl: redisUrl, path: nothing.path });
    expect(local.env.TEST_REDIS_URL).toBe(redisUrl);
    await local.cleanup();
    await expect(provideRedis(Redis, runId(), { env: {}, localUrl: deadRedis, path: nothing.path })).rejects.toThrow(
      /No Redis for the integration tests: .*apt-get install redis-server/,
    );
  });
});

describe('provideChromium', () => {
  it('takes CHROMIUM_PATH and names the package when the browser is missing', () => {
    expect(provideChromium({ CHROMIUM_PATH: process.execPath }).env).toEqual({ CHROMIUM_PATH: process.execPath });
    expect(() => provideChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/apt-get install chromium/);
  });
});
