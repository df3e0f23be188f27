import type { BenchReport, TargetVerdict, VerdictKey } from './bench-types.js';
import { ratioToNodeHttp } from './evaluate-targets.js';

const fixed = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));
const count = (value: number) => value.toLocaleString('en');

/** What the investigation found for a missed target: cause (file, query, why) and fix. */
export type Findings = Partial<Record<VerdictKey, string>>;

function scenarioTable(report: BenchReport): string[] {
  const rows = report.scenarios.map((s) => {
    const ratio = ratioToNodeHttp(report, s.id);
    const statuses = Object.entries(s.statusCounts)
      .map(([code, n]) => `${code}: ${count(n)}`)
      .join(', ');
    return `| ${s.title} | ${count(Math.round(s.rps))} | ${ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)}%`} | ${fixed(s.latencyP50Ms, 0)} | ${fixed(s.latencyP99Ms, 0)} | ${s.errors} / ${s.timeouts} | ${statuses} | ${fixed(s.rssPeakMb, 0)} | ${fixed(s.serverCpuMsPerRequest, 3)} | ${fixed(s.postgresCpuMsPerRequest, 3)} | ${fixed(s.statementsPerRequest, 1)} |`;
  });
  return [
    '| Scenario | req/s | vs node:http | p50 ms | p99 ms | errors / timeouts | answers by status | RSS peak MB | API CPU ms/req | PG CPU ms/req | SQL stmts/req |',
    '|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|',
    ...rows,
  ];
}

function verdictTable(verdicts: readonly TargetVerdict[]): string[] {
  return [
    '| Target | Measured | Met |',
    '|---|---|:-:|',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.met ? 'yes' : '**no**'} |`),
  ];
}

/** The Markdown report of one run; everything it says comes from `report`, `verdicts` and `findings`. */
export function renderMarkdown(
  report: BenchReport,
  verdicts: readonly TargetVerdict[],
  findings: Findings,
  chartFile: string,
  webSection: readonly string[] = [],
): string {
  const { machine, dataset } = report;
  const missed = verdicts.filter((v) => !v.met);
  const requestsList = report.scenarios.map((s) => `* **${s.title}**: ${s.request}, c=${s.connections}`);
  return [
    `# Benchmark ${report.startedAt.slice(0, 10)} on ${machine.host}`,
    '',
    `Run from ${report.startedAt} to ${report.finishedAt} with \`npm run bench\`. Figures are measured, not asserted; compare ratios to the same run's bare node:http, not absolute figures across machines.`,
    '',
    '## Machine',
    '',
    `* CPU: ${machine.cpuModel}, ${machine.cores} cores; memory ${machine.memoryGb.toFixed(1)} GB; ${machine.os}`,
    `* Load average before the run: ${machine.loadAverage.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min)`,
    `* Node ${machine.node}, PostgreSQL ${machine.postgres}, Redis ${machine.redis}`,
    `* Commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}`,
    '* Load generator (autocannon), API, PostgreSQL and Redis share the same machine.',
    '',
    '## Dataset',
    '',
    `Seed ${dataset.seed}: ${count(dataset.experiences)} experiences (4 categories), ${count(dataset.users)} users, ${count(dataset.bookings)} bookings with ${count(dataset.lines)} lines, ${count(dataset.participants)} participants and ${count(dataset.events)} timeline events; loaded in ${dataset.loadSeconds.toFixed(1)} s after the migrations.`,
    '',
    '## Results',
    '',
    `![Throughput per scenario](${chartFile})`,
    '',
    ...scenarioTable(report),
    '',
    'Scenarios:',
    '',
    ...requestsList,
    '',
    `Contended day: ${report.contention.capacity} places; ${count(report.contention.accepted)} bookings accepted, ${count(report.contention.refused)} refused (409), ${report.contention.placesTaken} places taken afterwards by SQL — ${report.contention.overbooked ? '**OVERBOOKED**' : 'no overbooking'}.`,
    '',
    ...webSection,
    '## Targets',
    '',
    ...verdictTable(verdicts),
    '',
    '## Missed targets',
    '',
    ...(missed.length === 0
      ? ['None.']
      : missed.flatMap((v) => {
          const finding = findings[v.key];
          return [
            `### ${v.target}`,
            '',
            `Measured: ${v.measured}. ${v.explanation}`,
            '',
            ...(finding ? [finding, ''] : []),
          ];
        })),
    ...observations(report, verdicts, findings),
    '## How the figures are taken',
    '',
    ...report.notes.map((note) => `* ${note}`),
    '',
  ].join('\n');
}

/** Findings about scenarios that have no target (the issue sets none), e.g. availability or the default shedding. */
function observations(report: BenchReport, verdicts: readonly TargetVerdict[], findings: Findings): string[] {
  const judged = new Set(verdicts.map((v) => v.key));
  const notes = report.scenarios.filter((s) => !judged.has(s.id) && findings[s.id]);
  if (notes.length === 0) return [];
  return ['## Other observations', '', ...notes.flatMap((s) => [`### ${s.title}`, '', findings[s.id]!, ''])];
}
