import type { BenchReport, ScenarioId, ScenarioResult, TargetVerdict } from './bench-types.js';

/** Throughput of a scenario as a share of the same run's bare node:http throughput. */
export function ratioToNodeHttp(report: Pick<BenchReport, 'scenarios'>, id: ScenarioId): number | undefined {
  const base = report.scenarios.find((s) => s.id === 'node-http');
  const scenario = report.scenarios.find((s) => s.id === id);
  if (!base || !scenario || base.rps === 0) return undefined;
  return scenario.rps / base.rps;
}

const pct = (ratio: number | undefined) => (ratio === undefined ? 'n/a' : `${(ratio * 100).toFixed(1)}%`);
const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Where the time of a missed scenario went, from the run's own figures: CPU per request of the API
 * and of PostgreSQL, and what share of the machine that is at the measured rate. A low share means
 * the requests mostly waited (round trips, locks, queues, other processes), a high one that the
 * work itself is the limit. The cause and the fix come from `findings`.
 */
function diagnose(s: ScenarioResult, machine: BenchReport['machine']): string {
  const pg = s.postgresCpuMsPerRequest ?? 0;
  const share = ((s.serverCpuMsPerRequest + pg) * s.rps) / 1000 / machine.cores;
  return (
    `The API used ${s.serverCpuMsPerRequest.toFixed(2)} ms and PostgreSQL ${pg.toFixed(2)} ms of CPU per request; ` +
    `at ${s.rps.toFixed(0)} req/s that is ${(share * 100).toFixed(0)}% of the ${machine.cores} cores ` +
    `(load average ${machine.loadAverage[0].toFixed(1)} before the run).`
  );
}

type Check = {
  target: string;
  ids: ScenarioId[];
  test(s: ScenarioResult, ratio: number | undefined): boolean;
  show(s: ScenarioResult, ratio: number | undefined): string;
};

const checks: Check[] = [
  {
    target: 'public list and detail ≥ 10% of node:http with p99 ≤ 50 ms',
    ids: ['catalogue', 'catalogue-search', 'experience'],
    test: (s, r) => (r ?? 0) >= 0.1 && s.latencyP99Ms <= 50,
    show: (s, r) => `${pct(r)}, p99 ${ms(s.latencyP99Ms)}`,
  },
  {
    target: 'own bookings and staff inbox ≥ 5% of node:http',
    ids: ['own-bookings', 'staff-inbox'],
    test: (_s, r) => (r ?? 0) >= 0.05,
    show: (s, r) => `${pct(r)} (${s.rps.toFixed(0)} req/s)`,
  },
  {
    target: 'booking creation ≥ 500/s on free capacity',
    ids: ['booking-free'],
    test: (s) => s.okRps >= 500 && s.unexpected === 0,
    show: (s) => `${s.okRps.toFixed(0)} created/s, ${s.unexpected} unexpected answers`,
  },
  {
    target: 'login storm answered (200, 401, 429 or 503), no client timeout, p99 ≤ 2 s',
    ids: ['login'],
    test: (s) => s.timeouts === 0 && s.errors === 0 && s.unexpected === 0 && s.latencyP99Ms <= 2000,
    show: (s) => `p99 ${ms(s.latencyP99Ms)}, ${s.timeouts} timeouts, ${s.errors} errors, ${s.unexpected} unexpected`,
  },
];

/** The targets, judged on one run's figures (measured, never asserted by a test). */
export function evaluateTargets(report: BenchReport, web?: { verdicts: TargetVerdict[] }): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  for (const check of checks) {
    for (const id of check.ids) {
      const scenario = report.scenarios.find((s) => s.id === id);
      if (!scenario) continue;
      const ratio = ratioToNodeHttp(report, id);
      const met = check.test(scenario, ratio);
      verdicts.push({
        key: id,
        target: `${check.target} — ${scenario.title}`,
        measured: check.show(scenario, ratio),
        met,
        explanation: met ? '' : diagnose(scenario, report.machine),
      });
    }
  }
  const { contention } = report;
  verdicts.push({
    key: 'contention',
    target: 'zero overbooking on the contended day',
    measured: `${contention.placesTaken} of ${contention.capacity} places taken; ${contention.accepted} accepted, ${contention.refused} refused`,
    met: !contention.overbooked,
    explanation: contention.overbooked ? 'more people hold the day than its capacity: the capacity guard failed' : '',
  });
  const api = report.scenarios.filter((s) => !['node-http', 'fastify'].includes(s.id));
  const peak = Math.max(0, ...api.map((s) => s.rssPeakMb));
  verdicts.push({
    key: 'rss',
    target: 'API RSS ≤ 200 MB under load',
    measured: `${peak.toFixed(0)} MB peak`,
    met: peak <= 200,
    explanation:
      peak <= 200 ? '' : 'argon2id holds 19 MiB per hash in flight (PASSWORD_HASH_CONCURRENCY) on top of the heap',
  });
  return [...verdicts, ...(web?.verdicts ?? [])];
}
