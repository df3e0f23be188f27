import type { InfoResponse, ReadyResponse } from '@promata/contracts';
import type { ResponseSchema } from '../../lib/api-client';

/*
 * Hand-written checks of infoResponseSchema and readyResponseSchema: the status panel is on the home
 * page, whose first load must not carry zod (~25 KB gzip). They still matter here: a 503 is data only
 * when its body is a readiness report, not a proxy's or the rate limiter's error.
 * contract-values.test.ts checks these lists against the contract.
 */
export const environments = [
  'development',
  'test',
  'production',
] as const satisfies readonly InfoResponse['environment'][];
export const databaseKinds = ['embedded', 'postgres'] as const satisfies readonly InfoResponse['storage']['database'][];
export const sessionKinds = ['in-process', 'redis'] as const satisfies readonly InfoResponse['storage']['sessions'][];
export const readinessStatuses = ['ready', 'unavailable'] as const satisfies readonly ReadyResponse['status'][];
export const dependencyStatuses = ['up', 'down'] as const satisfies readonly ReadyResponse['checks']['database'][];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return (values as readonly unknown[]).includes(value);
}

function checked<Output>(read: (input: unknown) => Output | undefined): ResponseSchema<Output> {
  return {
    safeParse: (input) => {
      const data = read(input);
      return data === undefined ? { success: false } : { success: true, data };
    },
  };
}

export const infoBody = checked<InfoResponse>((input) => {
  if (!isRecord(input) || !isRecord(input.storage)) return undefined;
  const { name, version, environment, time } = input;
  const { database, sessions } = input.storage;
  if (typeof name !== 'string' || typeof version !== 'string' || typeof time !== 'string') return undefined;
  if (!oneOf(environments, environment) || !oneOf(databaseKinds, database) || !oneOf(sessionKinds, sessions)) {
    return undefined;
  }
  return { name, version, environment, storage: { database, sessions }, time };
});

export const readyBody = checked<ReadyResponse>((input) => {
  if (!isRecord(input) || !isRecord(input.checks)) return undefined;
  const { status } = input;
  const { database, redis } = input.checks;
  if (!oneOf(readinessStatuses, status)) return undefined;
  if (!oneOf(dependencyStatuses, database) || !oneOf(dependencyStatuses, redis)) return undefined;
  return { status, checks: { database, redis } };
});
