import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, hostname, loadavg, totalmem } from 'node:os';
import type { MachineInfo } from '../report/bench-types.js';

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

/** What the report says about the machine, taken before the run starts loading it. */
export function machineInfo(repoRoot: string, versions: { postgres: string; redis: string }): MachineInfo {
  const [one, five, fifteen] = loadavg() as [number, number, number];
  return {
    host: hostname(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: totalmem() / 1024 ** 3,
    loadAverage: [one, five, fifteen],
    node: process.version,
    postgres: versions.postgres,
    redis: versions.redis,
    commit: git(['rev-parse', '--short=12', 'HEAD'], repoRoot) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no'], repoRoot) !== '',
    os: osName(),
  };
}

/** A file-name-safe host name for the report's file. */
export const reportHost = (host: string) =>
  host
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-|-$/g, '') || 'host';
