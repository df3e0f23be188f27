import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Shared by the infrastructure tests: where the repository is, and how to run the real tools
// (terraform, promtool, ansible-lint, nginx...) and see what they said. A missing tool throws,
// so the test fails with what to install instead of passing silently.

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const infraRoot = join(repoRoot, 'infrastructure');

export type RunResult = { code: number; stdout: string; stderr: string; output: string };

const searchPath = () => [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin'];

/** Absolute path of a command, or a thrown error naming the Debian package (or how) to get it. */
export function requireTool(command: string, howToInstall: string): string {
  const found = searchPath()
    .map((dir) => join(dir, command))
    .find((path) => existsSync(path));
  if (!found) throw new Error(`${command} is not installed: ${howToInstall}`);
  return found;
}

/** Runs a command to completion; never throws on a non-zero exit (the test asserts on it). */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk;
      output += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr, output }));
    // A command may exit before reading its input; that is its answer, not an error here.
    child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
