import { spawn, execFileSync } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';

// Process plumbing of the rehearsal: run a tool to completion, start a daemon as an unprivileged
// user with its output in a log file, find free loopback ports, wait for things to come up.

export type ExecResult = { code: number; stdout: string; stderr: string };
export type ServiceUser = { name: string; uid: number; gid: number };
export type ExecOptions = {
  user?: ServiceUser;
  env?: Record<string, string | undefined>;
  /** false: the child sees only `env` (plus PATH), nothing of this process's environment. */
  inheritEnv?: boolean;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
};

/** uid/gid of a system account; PostgreSQL and PgBouncer refuse to run as root. */
export function serviceUser(name: string): ServiceUser {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { name, uid, gid };
}

const childEnv = (options: Pick<ExecOptions, 'env' | 'inheritEnv'>) =>
  options.inheritEnv === false ? { PATH: process.env.PATH, ...options.env } : { ...process.env, ...options.env };

const identity = (user: ServiceUser | undefined) =>
  user && process.getuid?.() === 0 ? { uid: user.uid, gid: user.gid } : {};

/** Runs a command to completion; never throws on a non-zero exit. */
export function exec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? '/',
      env: childEnv(options),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      ...identity(options.user),
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Like exec, but a non-zero exit throws with the command's output (for set-up steps). */
export async function mustExec(command: string, args: string[], options: ExecOptions = {}): Promise<string> {
  const result = await exec(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** Starts a long-running process in its own session, output appended to logFile; returns its pid. */
export function spawnDaemon(
  command: string,
  args: string[],
  options: Pick<ExecOptions, 'user' | 'env' | 'inheritEnv' | 'cwd'> & { logFile: string },
): number {
  const log = openSync(options.logFile, 'a');
  try {
    const child = spawn(command, args, {
      cwd: options.cwd ?? '/',
      env: childEnv(options),
      stdio: ['ignore', log, log],
      detached: true,
      ...identity(options.user),
    });
    if (child.pid === undefined) throw new Error(`could not start ${command}`);
    child.unref();
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** A port the OS considers free on 127.0.0.1 (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true; throws naming `what` after timeoutMs. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError})` : ''}`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after graceMs; resolves once the process is gone. */
export async function stopPid(pid: number, graceMs = 10_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(50);
}

/** A directory owned by `owner` (mode 0700): the data or run folder of one service. */
export function ownedDir(path: string, owner: ServiceUser, mode = 0o700): string {
  mkdirSync(path, { recursive: true, mode });
  if (process.getuid?.() === 0) chownSync(path, owner.uid, owner.gid);
  return path;
}
