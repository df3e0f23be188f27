import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultWebDistDir } from './package-paths.js';
import { envNames, envSchema, secretEnvNames, type Env, type EnvName } from './env-schema.js';

export type Config = Env & {
  PUBLIC_URL: string;
  DATA_DIR: string;
  WEB_DIST_DIR: string;
  databaseKind: 'embedded' | 'postgres';
  sessionStoreKind: 'in-process' | 'redis';
};

/** Raised when the environment is unusable; its message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type RawEnv = Record<string, string | undefined>;

/** Resolves `<NAME>_FILE` variables into `<NAME>` so secrets can come from mounted files. */
function resolveFileVariables(source: RawEnv, problems: string[]): RawEnv {
  const resolved: RawEnv = {};
  for (const name of envNames) {
    const direct = source[name];
    const file = source[`${name}_FILE`];
    if (file !== undefined && file !== '') {
      if (direct !== undefined && direct !== '') {
        problems.push(`${name}: set either ${name} or ${name}_FILE, not both`);
        continue;
      }
      try {
        resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      } catch {
        problems.push(`${name}_FILE: cannot read the file ${file}`);
      }
    } else if (direct !== undefined && direct !== '') {
      resolved[name] = direct;
    }
  }
  return resolved;
}

/** Variables production must set: without them the API would fall back to local stand-ins. */
const requiredInProduction = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'SMTP_URL'] as const;

/**
 * Reads and validates the configuration. Production never falls back to the embedded defaults:
 * a missing database, Redis or JWT secret there is a deployment mistake, not a reason to run on
 * a throwaway local store. Format errors and missing production variables are reported together,
 * so an operator fixes the environment in one round.
 */
export function loadConfig(source: RawEnv = process.env): Config {
  const problems: string[] = [];
  const raw = resolveFileVariables(source, problems);
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      const secret = secretEnvNames.includes(name as EnvName);
      const got = raw[name] === undefined || secret ? '' : ` (got "${raw[name]}")`;
      problems.push(`${name}: ${issue.message}${got}`);
    }
  }
  // Judged on the raw values: a bad PORT must not hide a missing DATABASE_URL. A variable that is
  // set but malformed already has its own problem above.
  if (raw.NODE_ENV === 'production') {
    for (const name of requiredInProduction) {
      if (raw[name] === undefined && !problems.some((problem) => problem.startsWith(name))) {
        problems.push(`${name}: required when NODE_ENV=production (the embedded defaults are for local use only)`);
      }
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const env = parsed.data;
  return {
    ...env,
    DATA_DIR: resolve(env.DATA_DIR),
    WEB_DIST_DIR: resolve(env.WEB_DIST_DIR ?? defaultWebDistDir()),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    databaseKind: env.DATABASE_URL ? 'postgres' : 'embedded',
    sessionStoreKind: env.REDIS_URL ? 'redis' : 'in-process',
  };
}
