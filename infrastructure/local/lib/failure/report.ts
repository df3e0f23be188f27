import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import type { Figure, TestResult } from './result.js';

// The committed record of a failure-test run: bench/reports/failure-tests-<date>.{json,md}.

export type Report = {
  date: string;
  startedAt: string;
  machine: string;
  stackUpSeconds: number;
  results: TestResult[];
  /** What the figures say about the application, with where to fix it. */
  findings: string[];
};

const show = (value: Figure) =>
  typeof value === 'object'
    ? Object.entries(value)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')
    : String(value);

export function renderReport(report: Report): string {
  const lines = [
    `# Failure tests of the loopback production rehearsal — ${report.date}`,
    '',
    `Started ${report.startedAt} on ${report.machine}; \`npm run stack:failure-tests\` (issue 9).`,
    `The stack (PostgreSQL primary + synchronous streaming standby, PgBouncer, Redis with AOF, two API`,
    'replicas behind nginx, exporters, Prometheus with the monitoring rules, Alertmanager) came up in',
    `${report.stackUpSeconds} s.`,
    '',
    '| Test | Result | Seconds |',
    '| --- | --- | --- |',
    ...report.results.map((r) => `| ${r.name} | ${r.passed ? 'passed' : '**FAILED**'} | ${r.seconds} |`),
    '',
  ];
  if (report.findings.length > 0) {
    lines.push('## Findings', '', ...report.findings.map((finding) => `- ${finding}`), '');
  }
  for (const result of report.results) {
    lines.push(`## ${result.name}`, '', `Result: ${result.passed ? 'passed' : '**FAILED**'} (${result.seconds} s)`, '');
    if (result.error) lines.push(`Error: \`${result.error.replace(/\s+/g, ' ').slice(0, 500)}\``, '');
    lines.push('| Figure | Value |', '| --- | --- |');
    for (const [name, value] of Object.entries(result.figures)) lines.push(`| ${name} | ${show(value)} |`);
    lines.push('', 'Checks:', '');
    for (const check of result.checks) lines.push(`- [${check.ok ? 'x' : ' '}] ${check.what}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function writeReport(report: Report): { json: string; markdown: string } {
  const dir = join(repoRoot, 'bench', 'reports');
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `failure-tests-${report.date}.json`);
  const markdown = join(dir, `failure-tests-${report.date}.md`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, renderReport(report));
  return { json, markdown };
}

export const machineDescription = () =>
  `${cpus().length} CPU, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
