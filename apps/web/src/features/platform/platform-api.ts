import type { InfoResponse, ReadyResponse } from '@promata/contracts';
import { getJson, type GetJsonOptions } from '../../lib/api-client';
import { infoBody, readyBody } from './platform-bodies';

export const infoPath = '/api/v1/info';
export const readinessPath = '/health/ready';

export type PlatformStatus = {
  info: InfoResponse;
  readiness: ReadyResponse;
};

type FetchOptions = Pick<GetJsonOptions, 'signal' | 'fetchFn'>;

/** Public facts about the running API (version, environment, storage kinds, server time). */
export function fetchInfo(options: FetchOptions = {}): Promise<InfoResponse> {
  return getJson(infoPath, infoBody, options);
}

/**
 * Readiness of the API's dependencies. A 503 carries the same body saying which one is down, so
 * it is data to show, not a failure.
 */
export function fetchReadiness(options: FetchOptions = {}): Promise<ReadyResponse> {
  return getJson(readinessPath, readyBody, { ...options, acceptedStatuses: [503] });
}

/** Both in parallel: the panel shows them together and retries them together. */
export async function fetchPlatformStatus(options: FetchOptions = {}): Promise<PlatformStatus> {
  const [info, readiness] = await Promise.all([fetchInfo(options), fetchReadiness(options)]);
  return { info, readiness };
}
