import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool, run } from '../support/tools.js';
import {
  alertRules,
  alertsDoc,
  loadRuleTests,
  monitoringRoot,
  ruleFileNames,
  rulesDir,
  ruleTestFileNames,
} from './support/monitoring-files.js';

// The Swarm's Prometheus configuration and alert rules, checked by the real promtool: config
// syntax and references, rule syntax, and the unit tests in rules/*.test.yml, with one case where
// each alert fires and one where it does not.

const promtool = requireTool('promtool', 'apt-get install prometheus');
const work = mkdtempSync(join(tmpdir(), 'promata-promtool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type ScrapeConfig = {
  job_name: string;
  authorization?: { type?: string; credentials?: string; credentials_file?: string };
  dns_sd_configs?: { names: string[]; type?: string; port?: number }[];
  static_configs?: { targets: string[]; labels?: Record<string, string> }[];
};
const swarmConfigText = readFileSync(join(monitoringRoot, 'prometheus', 'prometheus.yml'), 'utf8');
const swarmConfig = parse(swarmConfigText) as { rule_files: string[]; scrape_configs: ScrapeConfig[] };
const job = (name: string) => swarmConfig.scrape_configs.find((c) => c.job_name === name);

describe('prometheus.yml for the Swarm', () => {
  it('passes promtool check config with its mounted files in place', async () => {
    // The paths the stack mounts (/etc/prometheus, /run/secrets), recreated under a temp root.
    const root = join(work, 'root');
    mkdirSync(join(root, 'rules'), { recursive: true });
    mkdirSync(join(root, 'secrets'));
    for (const file of ruleFileNames()) cpSync(join(rulesDir, file), join(root, 'rules', file));
    writeFileSync(join(root, 'secrets', 'metrics_token'), 'example-token-not-a-secret\n');
    const config = swarmConfigText
      .replaceAll('/etc/prometheus/', `${root}/`)
      .replaceAll('/run/secrets/', `${root}/secrets/`);
    writeFileSync(join(root, 'prometheus.yml'), config);
    const result = await run(promtool, ['check', 'config', join(root, 'prometheus.yml')]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`SUCCESS: ${ruleFileNames().length} rule files found`);
  });

  it('scrapes every API replica through Swarm DNS with the METRICS_TOKEN file, never an inline token', () => {
    const api = job('api');
    expect(api?.dns_sd_configs).toEqual([{ names: ['tasks.api'], type: 'A', port: 3000, refresh_interval: '15s' }]);
    expect(api?.authorization).toEqual({ type: 'Bearer', credentials_file: '/run/secrets/metrics_token' });
    expect(swarmConfigText).not.toMatch(/credentials:|bearer_token:|password:/);
  });

  it('scrapes Prometheus, Alertmanager, Traefik, nodes, both PostgreSQL servers, PgBouncer and Redis', () => {
    expect(swarmConfig.scrape_configs.map((c) => c.job_name).sort()).toEqual(
      ['alertmanager', 'api', 'node', 'pgbouncer', 'postgres', 'prometheus', 'redis', 'traefik'].sort(),
    );
    expect(job('node')?.dns_sd_configs?.[0]?.names).toEqual(['tasks.node-exporter']);
    expect(job('traefik')?.dns_sd_configs?.[0]).toMatchObject({ names: ['tasks.traefik'], port: 8083 });
    expect(job('postgres')?.static_configs?.map((s) => s.labels?.role)).toEqual(['primary', 'standby']);
    // Rule files only: the promtool unit tests sit next to them and must not be loaded.
    expect(swarmConfig.rule_files).toEqual(['/etc/prometheus/rules/*.rules.yml']);
  });
});

describe('alert rules', () => {
  it('pass promtool check rules', async () => {
    const result = await run(promtool, ['check', 'rules', ...ruleFileNames().map((f) => join(rulesDir, f))]);
    expect(result.code, result.output).toBe(0);
  });

  it('pass their promtool unit tests', async () => {
    const result = await run(promtool, ['test', 'rules', ...ruleTestFileNames()], { cwd: rulesDir });
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toContain('FAILED');
  });

  it('each have a unit test case where they fire and one where they do not', () => {
    const cases = loadRuleTests().flatMap((t) => t.tests.flatMap((test) => test.alert_rule_test ?? []));
    const missing = alertRules().flatMap((rule) => {
      const own = cases.filter((c) => c.alertname === rule.alert);
      return [
        ...(own.some((c) => (c.exp_alerts ?? []).length > 0) ? [] : [`${rule.alert}: no firing case`]),
        ...(own.some((c) => (c.exp_alerts ?? []).length === 0) ? [] : [`${rule.alert}: no quiet case`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('cover what the issue asks for, each with severity, summary, description and a runbook section', () => {
    const rules = alertRules();
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining([
        'TargetDown',
        'ApiHighErrorRatio',
        'ApiHighLatencyP95',
        'BookingRequestErrors',
        'BookingJobFailing',
        'PostgresDown',
        'PostgresReplicationNotStreaming',
        'PostgresReplicationLag',
        'PgBouncerClientsWaiting',
        'PgBouncerPoolSaturated',
        'RedisDown',
        'RedisMemoryHigh',
        'NodeFilesystemAlmostFull',
        'NodeMemoryPressure',
        'TlsCertificateExpiringSoon',
      ]),
    );
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
    const doc = readFileSync(alertsDoc, 'utf8');
    const anchors = new Set([...doc.matchAll(/^#{2,3} (\S+)\s*$/gm)].map((m) => (m[1] ?? '').toLowerCase()));
    for (const rule of rules) {
      expect(['critical', 'warning'], rule.alert).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      expect(rule.annotations?.description, rule.alert).toBeTruthy();
      expect(rule.annotations?.runbook_url, rule.alert).toBe(
        `infrastructure/docs/alerts.md#${rule.alert.toLowerCase()}`,
      );
      expect(anchors.has(rule.alert.toLowerCase()), `alerts.md has no "## ${rule.alert}" section`).toBe(true);
    }
  });
});
