import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux x86 and arm). */
const ticksPerSecond = 100;

/** User + system CPU time of a process in milliseconds, or undefined once it is gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14, stime 15 (1-based over the whole line).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Resident set size of a process in bytes (VmRSS), or undefined once it is gone. */
export function rssBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pids of the PostgreSQL backends serving one database. Their title is "postgres: [cluster: ]user db
 * host(port) state" (Debian adds the cluster name), so the database is one of the words.
 */
export function backendPids(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (title.startsWith('postgres: ') && title.split(' ').includes(database)) pids.push(Number(entry));
    } catch {
      // the process ended while we listed
    }
  }
  return pids;
}

export type ProcessSample = { serverCpuMs: number; postgresCpuMs: number; rssPeakBytes: number };

/**
 * Samples one server process and the PostgreSQL backends of one database while a scenario runs:
 * peak RSS of the server, CPU of the server and of the backends. Backends that appear during the
 * run count from zero (they started inside it); one that ends keeps its last sampled time.
 */
export function startProcessSampler(serverPid: number, database: string, intervalMs = 200) {
  const serverStart = cpuMs(serverPid) ?? 0;
  const backendStart = new Map(backendPids(database).map((pid) => [pid, cpuMs(pid) ?? 0]));
  const backendLast = new Map(backendStart);
  let rssPeak = rssBytes(serverPid) ?? 0;
  const sample = () => {
    rssPeak = Math.max(rssPeak, rssBytes(serverPid) ?? 0);
    for (const pid of backendPids(database)) {
      const cpu = cpuMs(pid);
      if (cpu !== undefined) backendLast.set(pid, cpu);
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): ProcessSample {
      clearInterval(timer);
      sample();
      let postgresCpuMs = 0;
      for (const [pid, last] of backendLast) postgresCpuMs += last - (backendStart.get(pid) ?? 0);
      return { serverCpuMs: (cpuMs(serverPid) ?? serverStart) - serverStart, postgresCpuMs, rssPeakBytes: rssPeak };
    },
  };
}
