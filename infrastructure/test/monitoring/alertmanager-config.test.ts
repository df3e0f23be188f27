import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool, run } from '../support/tools.js';
import { freePort } from '../../../test-support/built-app.js';
import { alertRules, monitoringRoot } from './support/monitoring-files.js';
import { startProcess, waitForHttp } from './support/processes.js';

// alertmanager.yml checked by the real amtool: syntax, templates, and where each severity goes.
// The file reads the webhook URL with `url_file` (Alertmanager >= 0.26, the pinned image is
// v0.28). Debian bookworm's amtool is 0.25 and does not know that key, so with an older amtool
// the check runs on a copy where only that key is replaced by an inline example URL.

const amtool = requireTool('amtool', 'apt-get install prometheus-alertmanager');
const alertmanager = requireTool('prometheus-alertmanager', 'apt-get install prometheus-alertmanager');
const configPath = join(monitoringRoot, 'alertmanager', 'alertmanager.yml');
const text = readFileSync(configPath, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'promata-amtool-'));
const checked = join(work, 'alertmanager.yml');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Matchers = { source_matchers?: string[]; target_matchers?: string[]; equal?: string[] };
type Receiver = {
  name: string;
  webhook_configs?: { url?: string; url_file?: string; send_resolved?: boolean }[];
  email_configs?: { to?: string }[];
};
const config = parse(text) as {
  global: Record<string, unknown>;
  receivers: Receiver[];
  inhibit_rules: Matchers[];
  templates: string[];
};

beforeAll(async () => {
  const version = await run(amtool, ['--version']);
  const [major = 0, minor = 0] = (/version (\d+)\.(\d+)/.exec(version.output) ?? []).slice(1).map(Number);
  const knowsUrlFile = major > 0 || minor >= 26;
  mkdirSync(join(work, 'secrets'));
  writeFileSync(join(work, 'secrets', 'alertmanager_smtp_password'), 'example-not-a-secret\n');
  let copy = text
    .replaceAll('/run/secrets/', `${join(work, 'secrets')}/`)
    .replace('/etc/alertmanager/templates/', `${join(monitoringRoot, 'alertmanager', 'templates')}/`);
  if (!knowsUrlFile) copy = copy.replace(/url_file: \S+/, 'url: https://webhook.example.invalid/promata');
  writeFileSync(checked, copy);
});

describe('alertmanager.yml', () => {
  it('passes amtool check-config, templates included', async () => {
    const result = await run(amtool, ['check-config', checked]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('1 templates');
    expect(result.output).toMatch(/SUCCESS[\s\S]*SUCCESS/);
  });

  it('sends critical alerts to the webhook and e-mail, warnings to e-mail only', async () => {
    const receiver = async (...labels: string[]) =>
      (await run(amtool, ['config', 'routes', 'test', `--config.file=${checked}`, ...labels])).stdout.trim();
    expect(await receiver('severity=critical', 'alertname=PostgresDown')).toBe('ops-critical');
    expect(await receiver('severity=warning', 'alertname=RedisMemoryHigh')).toBe('ops-email');
    const critical = config.receivers.find((r) => r.name === 'ops-critical');
    expect(critical?.webhook_configs).toEqual([
      { url_file: '/run/secrets/alertmanager_webhook_url', send_resolved: true, max_alerts: 20 },
    ]);
    expect(critical?.email_configs?.length).toBe(1);
    expect(config.receivers.find((r) => r.name === 'ops-email')?.webhook_configs).toBeUndefined();
  });

  it('keeps secrets in files and inhibits only alerts that exist', () => {
    expect(config.global.smtp_auth_password_file).toBe('/run/secrets/alertmanager_smtp_password');
    expect(text).not.toMatch(/smtp_auth_password:|\burl: /);
    const names = new Set(alertRules().map((r) => r.alert));
    const referenced = config.inhibit_rules
      .flatMap((rule) => [...(rule.source_matchers ?? []), ...(rule.target_matchers ?? [])])
      .flatMap((matcher) => /^alertname=~?"([^"]+)"$/.exec(matcher)?.[1]?.split('|') ?? []);
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('a real Alertmanager with this configuration', () => {
  type Delivery = { alerts: { labels: Record<string, string> }[] };
  const deliveries: Delivery[] = [];
  let webhook: Server;
  let url = '';
  let stop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        deliveries.push(JSON.parse(body) as Delivery);
        response.end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const hook = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/alerts`;
    // The checked configuration with the webhook pointed here and shorter waits (routing and
    // inhibition unchanged); e-mail goes to a closed local port, which does not hold back the webhook.
    const live = join(work, 'alertmanager-live.yml');
    writeFileSync(
      live,
      readFileSync(checked, 'utf8')
        .replace(/url(_file)?: \S+/, `url: ${hook}`)
        .replace(/smtp_smarthost: \S+/, 'smtp_smarthost: 127.0.0.1:1')
        .replaceAll(/group_wait: \d+s/g, 'group_wait: 1s'),
    );
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const server = startProcess('alertmanager', alertmanager, [
      `--config.file=${live}`,
      `--storage.path=${join(work, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
    ]);
    stop = async () => {
      await server.stop();
      await new Promise((resolve) => webhook.close(resolve));
    };
    await waitForHttp(`${url}/-/ready`, server);
  });
  afterAll(() => stop());

  it('pages the cause through the webhook, inhibits its consequence, and keeps warnings off the webhook', async () => {
    const alert = (labels: Record<string, string>) => ({ labels, annotations: { summary: labels.alertname } });
    const posted = await fetch(`${url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        alert({ alertname: 'PostgresDown', severity: 'critical', component: 'postgres', instance: 'pg-standby:9187' }),
        alert({
          alertname: 'PostgresReplicationNotStreaming',
          severity: 'critical',
          component: 'postgres',
          instance: 'pg-primary:9187',
        }),
        alert({
          alertname: 'RedisMemoryHigh',
          severity: 'warning',
          component: 'redis',
          instance: 'redis-exporter:9121',
        }),
      ]),
    });
    expect(posted.status).toBe(200);
    const deadline = Date.now() + 15_000;
    while (deliveries.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Another group could still be on its way: give it one more group_wait.
    await new Promise((r) => setTimeout(r, 1_500));
    const delivered = deliveries.flatMap((d) => d.alerts.map((a) => a.labels.alertname));
    expect(delivered).toEqual(['PostgresDown']);
    const state = (await (await fetch(`${url}/api/v2/alerts`)).json()) as {
      labels: Record<string, string>;
      status: { inhibitedBy: string[] };
    }[];
    const inhibited = state.find((a) => a.labels.alertname === 'PostgresReplicationNotStreaming');
    expect(inhibited?.status.inhibitedBy.length).toBe(1);
  });
});
