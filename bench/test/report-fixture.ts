import type { BenchReport, ScenarioId, ScenarioResult } from '../src/report/bench-types.js';

/** A scenario result with plausible figures; tests override what they judge. */
export function scenario(id: ScenarioId, overrides: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    id,
    title: id,
    request: `GET /${id}`,
    connections: 50,
    durationS: 10,
    requests: 10_000,
    rps: 1000,
    okRps: 1000,
    latencyP50Ms: 10,
    latencyP99Ms: 40,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCounts: { '200': 10_000 },
    unexpected: 0,
    rssPeakMb: 150,
    serverCpuMsPerRequest: 1,
    postgresCpuMsPerRequest: 0.5,
    statementsPerRequest: 2,
    ...overrides,
  };
}

export function report(scenarios: ScenarioResult[]): BenchReport {
  return {
    kind: 'api',
    startedAt: '2026-11-26T17:00:00.000Z',
    finishedAt: '2026-11-26T17:06:00.000Z',
    machine: {
      host: 'bench-host',
      cpuModel: 'Test CPU',
      cores: 2,
      memoryGb: 8,
      loadAverage: [0.5, 0.4, 0.3],
      node: 'v20.20.2',
      postgres: '15.20',
      redis: '7.0.15',
      commit: 'abcdef123456',
      dirty: false,
      os: 'Debian GNU/Linux 12 (bookworm)',
    },
    dataset: {
      seed: 1,
      experiences: 56,
      users: 1033,
      bookings: 6000,
      lines: 6900,
      participants: 17000,
      events: 24000,
      loadSeconds: 2,
    },
    scenarios,
    contention: { capacity: 30, accepted: 15, refused: 400, placesTaken: 30, overbooked: false },
    notes: ['autocannon, 50 connections'],
  };
}
