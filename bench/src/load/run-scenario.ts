import autocannon, { type AutocannonResult } from 'autocannon';
import type { ScenarioResult } from '../report/bench-types.js';
import { cpuMs, startProcessSampler } from '../system/proc-stats.js';
import type { ScenarioSpec } from './scenario-specs.js';

export type LoadSettings = { connections: number; warmupS: number; durationS: number; timeoutS: number };

const fire = (url: string, spec: ScenarioSpec, settings: LoadSettings, durationS: number) =>
  autocannon({
    url,
    connections: settings.connections,
    duration: durationS,
    timeout: settings.timeoutS,
    requests: [
      {
        setupRequest: (request) => {
          const next = spec.next();
          return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
        },
      },
    ],
  });

/** The result's figures, with the process figures the sampler took during the same seconds. */
export function summarise(
  spec: ScenarioSpec,
  settings: LoadSettings,
  result: AutocannonResult,
  sample: { serverCpuMs: number; postgresCpuMs: number | null; rssPeakBytes: number },
): ScenarioResult {
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]),
  );
  const answered = Object.values(statusCounts).reduce((sum, n) => sum + n, 0);
  const ok = Object.entries(statusCounts)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  const unexpected = Object.entries(statusCounts)
    .filter(([code]) => !spec.expected.includes(Number(code)))
    .reduce((sum, [, n]) => sum + n, 0);
  const perRequest = (value: number) => (answered > 0 ? value / answered : 0);
  return {
    id: spec.id,
    title: spec.title,
    request: spec.request,
    connections: settings.connections,
    durationS: result.duration,
    requests: answered,
    rps: answered / result.duration,
    okRps: ok / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
    unexpected,
    rssPeakMb: sample.rssPeakBytes / 1_048_576,
    serverCpuMsPerRequest: perRequest(sample.serverCpuMs),
    postgresCpuMsPerRequest: sample.postgresCpuMs === null ? null : perRequest(sample.postgresCpuMs),
    statementsPerRequest: null,
  };
}

/**
 * Waits until the server is idle (under 10% of a core over 300 ms, at most 15 s): requests still in
 * flight when the load generator stopped, and the e-mails they send, must not be counted in the
 * next scenario's CPU.
 */
export async function settle(pid: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = cpuMs(pid) ?? 0;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = cpuMs(pid) ?? 0;
    if (now - last < 30) return;
    last = now;
  }
}

/**
 * Warm-up (JIT, pools, caches), then the measured run while the server process and the database's
 * backends are sampled (no database for the baselines).
 */
export async function runScenario(
  url: string,
  spec: ScenarioSpec,
  settings: LoadSettings,
  observe: { pid: number; database?: string },
): Promise<ScenarioResult> {
  if (settings.warmupS > 0) {
    await fire(url, spec, settings, settings.warmupS);
    await settle(observe.pid);
  }
  const sampler = startProcessSampler(observe.pid, observe.database ?? '\0none');
  const result = await fire(url, spec, settings, settings.durationS);
  const sample = sampler.stop();
  await settle(observe.pid);
  return summarise(spec, settings, result, {
    serverCpuMs: sample.serverCpuMs,
    postgresCpuMs: observe.database ? sample.postgresCpuMs : null,
    rssPeakBytes: sample.rssPeakBytes,
  });
}

/** Sends `count` requests one after another and returns how many statements the proxy saw per request. */
export async function countStatements(
  url: string,
  spec: ScenarioSpec,
  count: number,
  proxy: { statements(): number; reset(): void },
): Promise<number> {
  proxy.reset();
  for (let i = 0; i < count; i += 1) {
    const request = spec.next();
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    await response.arrayBuffer();
  }
  // Statements of the last request may still be on their way through the proxy.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return proxy.statements() / count;
}
