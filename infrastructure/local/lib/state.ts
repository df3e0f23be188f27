import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cluster } from './postgres.js';
import type { SecretFiles } from './secrets.js';

// What `up` started, written as it goes so `down` can stop everything even after a failed start.

export type ProcessRecord = { name: string; pid: number };

export type StackState = {
  runDir: string;
  startedAt: string;
  secrets: SecretFiles;
  clusters: { primary: Cluster; standby: Cluster };
  ports: Record<string, number>;
  processes: ProcessRecord[];
  /** Files the failure tests and scripts need: PgBouncer's [databases] file, webhook log... */
  files: Record<string, string>;
  apiReplicas: { name: string; port: number; pid: number }[];
};

export const stateFile = (runDir: string) => join(runDir, 'state.json');

export function readState(runDir: string): StackState | undefined {
  const file = stateFile(runDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StackState) : undefined;
}

export function writeState(state: StackState): void {
  writeFileSync(stateFile(state.runDir), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}
