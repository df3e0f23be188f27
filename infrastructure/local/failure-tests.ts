import { alertsTest } from './lib/failure/alerts.js';
import { findings } from './lib/failure/findings.js';
import { backupRestoreTest } from './lib/failure/backup-restore.js';
import { primaryFailoverTest } from './lib/failure/primary-failover.js';
import { redisRestartTest } from './lib/failure/redis-restart.js';
import { replicaKillTest } from './lib/failure/replica-kill.js';
import { machineDescription, writeReport, type Report } from './lib/failure/report.js';
import { runFailureTest, seconds, type TestResult } from './lib/failure/result.js';
import { defaultRunDir } from './lib/paths.js';
import { down, up } from './lib/stack.js';

// npm run stack:failure-tests: brings the rehearsal up, runs the five failure tests of issue 9 in
// an order where each leaves the stack usable for the next (the failover, which leaves no standby,
// comes last but one; the backup then runs against the promoted primary), prints their figures,
// writes bench/reports/failure-tests-<date>.{json,md} and always takes the stack down.

const runDir = process.env.PROMATA_STACK_DIR ?? defaultRunDir;
const tests = [replicaKillTest, redisRestartTest, alertsTest, primaryFailoverTest, backupRestoreTest];

function print(result: TestResult): void {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`\n${result.passed ? 'PASS' : 'FAIL'}  ${result.name}  (${result.seconds} s)`);
  for (const [name, value] of Object.entries(result.figures)) {
    out(`      ${name}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  for (const check of result.checks) out(`   ${check.ok ? '✓' : '✗'} ${check.what}`);
  if (result.error) out(`   error: ${result.error}`);
}

// Ctrl-C or a CI timeout must not leave the stack running.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: taking the stack down…\n`);
    void down(runDir).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  if (process.getuid?.() !== 0) {
    process.stderr.write('stack:failure-tests runs as root: it starts each service as its own unprivileged account.\n');
    return 77;
  }
  const startedAt = new Date();
  const results: TestResult[] = [];
  let stackUpSeconds = 0;
  try {
    const upStarted = Date.now();
    const state = await up(runDir);
    stackUpSeconds = seconds(Date.now() - upStarted);
    process.stdout.write(`Stack up in ${stackUpSeconds} s.\n`);
    for (const test of tests) {
      process.stdout.write(`\n▶ ${test.name}\n`);
      const result = await runFailureTest(test, state);
      results.push(result);
      print(result);
    }
  } finally {
    process.stdout.write('\nTaking the stack down…\n');
    await down(runDir);
  }
  const report: Report = {
    date: startedAt.toISOString().slice(0, 10),
    startedAt: startedAt.toISOString(),
    machine: machineDescription(),
    stackUpSeconds,
    results,
    findings: findings(results),
  };
  const written = writeReport(report);
  for (const finding of report.findings) process.stdout.write(`\nFinding: ${finding}\n`);
  const passed = results.filter((r) => r.passed).length;
  process.stdout.write(`\n${passed}/${tests.length} failure tests passed. Report: ${written.markdown}\n`);
  return passed === tests.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
