import type { ReadyResponse } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';

const probeTimeoutMs = 1500;

/** Pings every dependency in parallel, each with a timeout, so a hung one cannot hang the probe. */
export async function checkReadiness({ database, kv, lifecycle }: AppContext): Promise<ReadyResponse> {
  const [db, redis] = await Promise.allSettled([database.ping(probeTimeoutMs), kv.ping(probeTimeoutMs)]);
  const checks = {
    database: db.status === 'fulfilled' ? ('up' as const) : ('down' as const),
    redis: redis.status === 'fulfilled' ? ('up' as const) : ('down' as const),
  };
  const ready = checks.database === 'up' && checks.redis === 'up' && !lifecycle.draining;
  return { status: ready ? 'ready' : 'unavailable', checks };
}
