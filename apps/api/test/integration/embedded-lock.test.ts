import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { EmbeddedDatabaseLockedError, lockEmbeddedDatabase } from '../../src/platform/db/embedded-lock.js';
import { builtMain, startBuiltApp } from '../../../../test-support/built-app.js';

// PGlite corrupts a data folder two processes open at once; DATA_DIR/pglite.lock prevents it.
// Creating a PGlite folder takes seconds, so only the cases about opening it create one.
const slow = 120_000;

const builtCli = join(builtMain, '..', 'cli.js');
const dirs: string[] = [];
const opened: Database[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promata-lock-'));
  dirs.push(dir);
  return dir;
}

async function open(dir: string): Promise<Database> {
  const database = await openDatabase({ kind: 'embedded', dataDir: dir });
  opened.push(database);
  return database;
}

async function refusal(dir: string): Promise<EmbeddedDatabaseLockedError> {
  const error: unknown = await openDatabase({ kind: 'embedded', dataDir: dir }).then(
    (database) => database.close().then(() => new Error('the second open was not refused')),
    (reason: unknown) => reason,
  );
  if (error instanceof EmbeddedDatabaseLockedError) return error;
  throw error;
}

afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((database) => database.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database lock', () => {
  it(
    'refuses a second open of the same folder until the first closes; the data survives the reopen',
    async () => {
      const dir = dataDir();
      const first = await open(dir);
      await sql`create table kept (note text)`.execute(first.db);
      await sql`insert into kept values ('still here')`.execute(first.db);
      expect(readFileSync(join(dir, 'pglite.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));

      const refused = await refusal(dir);
      expect(refused.pid).toBe(process.pid);
      expect(refused.message).toContain(`in use by process ${process.pid}`);

      await first.close();
      expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
      const second = await open(dir);
      const { rows } = await sql<{ note: string }>`select note from kept`.execute(second.db);
      expect(rows).toEqual([{ note: 'still here' }]);
    },
    slow,
  );

  it("refuses the operators' CLI while this process holds the folder, naming this process", async () => {
    const dir = dataDir();
    const lock = await lockEmbeddedDatabase(dir);
    const cli = spawnSync(process.execPath, [builtCli, 'db:migrate'], {
      env: { PATH: process.env.PATH, DATA_DIR: dir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`The embedded database is in use by process ${process.pid}`);
    // Refused before PGlite touched the folder.
    expect(existsSync(join(dir, 'pglite'))).toBe(false);
    lock.release();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
  });

  it(
    'refuses while the running server holds the folder, and is free once the server stops on SIGTERM',
    async () => {
      const dir = dataDir();
      const app = await startBuiltApp({ DATA_DIR: dir, DEMO_SEED: 'off' }, slow / 2);
      try {
        const refused = await refusal(dir);
        expect(refused.pid).toBe(app.process.pid);
      } finally {
        expect(await app.stop('SIGTERM')).toBe(0);
      }
      expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);
      const database = await open(dir);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(database.db);
      expect(rows[0]!.n).toBeGreaterThan(0);
    },
    slow,
  );

  it('takes over a stale lock: a dead owner, a pid reused by a newer process, a lock left empty', async () => {
    const finished = spawnSync(process.execPath, ['-e', '']);
    const stale = [`${finished.pid}\n\n`, `${process.pid}\n1\n`, ''];
    for (const content of stale) {
      const dir = dataDir();
      const lockPath = join(dir, 'pglite.lock');
      writeFileSync(lockPath, content);
      // An empty lock is only abandoned once it is older than a write takes.
      if (content === '') utimesSync(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const lock = await lockEmbeddedDatabase(dir);
      expect(readFileSync(lockPath, 'utf8').split('\n')[0], JSON.stringify(content)).toBe(String(process.pid));
      lock.release();
      expect(existsSync(lockPath)).toBe(false);
    }
  });
});
