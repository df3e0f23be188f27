import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: a second process on the same data folder corrupts it (the
 * server and the operators' CLI both open DATA_DIR/pglite). One lock file next to it, created
 * exclusively, holds the owner's pid and start time; a lock whose process is gone, or whose pid
 * now belongs to a newer process, is stale and taken over.
 */
export type EmbeddedLock = { path: string; release(): void };

export class EmbeddedDatabaseLockedError extends Error {
  constructor(
    readonly pid: number,
    readonly lockPath: string,
  ) {
    super(
      `The embedded database is in use by process ${pid} (lock file ${lockPath}). ` +
        'Only one process may open it at a time: stop that process (`npm start` or an `npm run promata` command) ' +
        'and try again, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'EmbeddedDatabaseLockedError';
  }
}

type LockOwner = { pid: number; startedAt: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The kernel's start time of a process (Linux), to tell a reused pid from the lock's owner. */
function processStartTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  const [pidText, startedAt = ''] = text.split('\n');
  const pid = Number(pidText);
  return Number.isInteger(pid) && pid > 0 ? { pid, startedAt } : undefined;
}

function ownerIsRunning(owner: LockOwner | undefined): owner is LockOwner {
  if (!owner || !isAlive(owner.pid)) return false;
  return owner.startedAt === '' || owner.startedAt === processStartTime(owner.pid);
}

function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function ageMs(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : 0;
}

function removeIfUnchanged(path: string, content: string) {
  try {
    if (readLock(path) === content) unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Removes a stale lock under a short-lived guard file, so two processes finding the same stale
 * lock cannot both remove it — the slower one would delete the faster one's fresh lock. A guard
 * left by a process that died inside this window counts as abandoned after a few seconds.
 */
function takeOverStaleLock(path: string, staleContent: string) {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ageMs(guard) > 5000) removeIfUnchanged(guard, '');
    return;
  }
  try {
    removeIfUnchanged(path, staleContent);
  } finally {
    closeSync(fd);
    unlinkSync(guard);
  }
}

/** Takes the lock of the embedded database under `dataDir`, or refuses naming the owner's pid. */
export async function lockEmbeddedDatabase(dataDir: string): Promise<EmbeddedLock> {
  const path = join(dataDir, 'pglite.lock');
  const content = `${process.pid}\n${processStartTime(process.pid)}\n`;
  for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      const release = () => {
        process.off('exit', release);
        removeIfUnchanged(path, content);
      };
      // A process that exits without closing (a failed start) leaves no lock behind either.
      process.once('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = readLock(path);
    if (existing === undefined) continue;
    const owner = parseOwner(existing);
    if (ownerIsRunning(owner)) throw new EmbeddedDatabaseLockedError(owner.pid, path);
    // Unreadable for a moment while its owner writes it; unreadable for long, its owner died
    // between creating and writing it. Either way a dead owner's lock is taken over.
    if (owner || ageMs(path) > 2000) takeOverStaleLock(path, existing);
    await sleep(20);
  }
  throw new Error(`Could not take the embedded database lock ${path}: other processes keep racing for it`);
}
