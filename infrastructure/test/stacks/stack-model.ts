import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { infraRoot, requireTool, run, type RunResult } from '../support/tools.js';

// The Swarm stack files as Docker itself reads them: `docker stack config` interpolates the
// variables and normalises the file (no daemon needed); the invariant rules work on its output.

export const stacksDir = join(infraRoot, 'docker', 'stacks');
export const exampleEnvFile = join(stacksDir, 'dev.env.example');

export type Yaml = Record<string, unknown>;
export type Service = Yaml & { name: string };
export type Stack = { file: string; doc: Yaml };

export const isRecord = (value: unknown): value is Yaml =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const record = (value: unknown): Yaml => (isRecord(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The variables of the example env file, as `. ./.env` in a shell would set them. */
export function readExampleEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(exampleEnvFile, 'utf8').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!match?.[1]) continue;
    const raw = match[2] ?? '';
    env[match[1]] = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return env;
}

export const stackFiles = (): string[] =>
  readdirSync(stacksDir)
    .filter((name) => name.endsWith('.yml'))
    .sort();

const docker = () =>
  requireTool('docker', 'install the Docker CLI ≥ 24 (docker-ce-cli); no engine is needed for `docker stack config`');

/** `docker stack config` on one file with exactly the given stack variables (nothing inherited). */
export function stackConfig(file: string, env: Record<string, string>): Promise<RunResult> {
  const inherited = Object.fromEntries(Object.keys(readExampleEnv()).map((name) => [name, undefined]));
  return run(docker(), ['stack', 'config', '-c', join(stacksDir, file)], {
    cwd: stacksDir,
    env: { ...inherited, ...env },
    timeoutMs: 30_000,
  });
}

export function parseStack(file: string, output: string): Stack {
  const doc: unknown = parse(output);
  if (!isRecord(doc)) throw new Error(`docker stack config printed no document for ${file}`);
  return { file, doc };
}

export const services = (stack: Stack): Service[] =>
  Object.entries(record(stack.doc.services)).map(([name, value]) => ({ ...record(value), name }));

export const deploy = (service: Service): Yaml => record(service.deploy);

export function environment(service: Service): Record<string, string> {
  const env = service.environment;
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const [name = '', ...rest] = text(entry).split('=');
        return [name, rest.join('=')];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(record(env)).map(([name, value]) => [name, value == null ? '' : String(value)]),
  );
}

/** Swarm labels of a service (deploy.labels, where Traefik's swarm provider reads them). */
export function labels(service: Service): Record<string, string> {
  const raw = deploy(service).labels;
  if (Array.isArray(raw)) {
    return Object.fromEntries(
      raw.map((entry) => {
        const [name = '', ...rest] = text(entry).split('=');
        return [name, rest.join('=')];
      }),
    );
  }
  return Object.fromEntries(Object.entries(record(raw)).map(([name, value]) => [name, String(value)]));
}

/** Go duration text as docker prints it ("1m0s", "30s", "500ms") in milliseconds. */
export function durationMs(value: unknown): number {
  const source = text(value);
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, ns: 0.000001 };
  let total = 0;
  let matched = '';
  for (const part of source.matchAll(/(\d+(?:\.\d+)?)(ms|us|ns|h|m|s)/g)) {
    total += Number(part[1]) * (units[part[2] ?? 's'] ?? 0);
    matched += part[0];
  }
  if (!source || matched !== source) throw new Error(`not a duration: ${JSON.stringify(value)}`);
  return total;
}

/** Memory as docker prints it (bytes, as a string) or as written ("256M"). */
export function bytes(value: unknown): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(String(value ?? ''));
  if (!match) return Number.NaN;
  const scale: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Number(match[1]) * (scale[(match[2] ?? '').toLowerCase()] ?? Number.NaN);
}
