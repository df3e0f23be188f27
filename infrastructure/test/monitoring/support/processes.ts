import { spawn, type ChildProcess } from 'node:child_process';

// Long-running tools the monitoring tests start for real (exporters, PgBouncer, Prometheus): each
// is stopped by its own pid, and its output is kept to explain a failure.

export type Started = { name: string; child: ChildProcess; output(): string; stop(): Promise<void> };

export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd?: string,
): Started {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`spawn error: ${error.message}\n`)));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    name,
    child,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200, failing with the process output if it exits or times out. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`${started.name} exited with ${started.child.exitCode}:\n${started.output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${started.name} did not answer ${url} within ${timeoutMs} ms:\n${started.output()}`);
}

/** Metric names (sample names: histogram _bucket/_sum/_count included) of a text exposition. */
export function exposedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{|\s)/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}
