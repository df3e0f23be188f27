import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alertmanagerConfig, prometheusConfig } from '../../local/lib/monitoring.js';
import { nginxConfig } from '../../local/lib/nginx.js';
import { requireTool, run } from '../support/tools.js';

// The configs the rehearsal generates (infrastructure/local), checked by the real tools without
// starting the stack: nginx -t, promtool check config (which also loads the monitoring rules the
// rehearsal uses), amtool check-config. `npm run stack:failure-tests` exercises them for real.

const dir = mkdtempSync(join(tmpdir(), 'promata-local-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rehearsal configs', () => {
  it('nginx accepts the reverse proxy config, routed like Traefik with passive health checks', async () => {
    const nginx = requireTool('nginx', 'apt-get install nginx');
    const conf = nginxConfig(dir, 18080, [13001, 13002]);
    expect(conf).toMatch(/server 127\.0\.0\.1:13001 max_fails=1 fail_timeout=5s;/);
    expect(conf).toMatch(/location ~ \^\/\(api\|health\|docs\)\(\/\|\$\)/);
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503 http_504;/);
    expect(conf).toMatch(/try_files \$uri \/index\.html;/);
    mkdirSync(join(dir, 'tmp'));
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const result = await run(nginx, ['-t', '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-p', dir]);
    expect(result.output).toMatch(/syntax is ok/);
    expect(result.code).toBe(0);
  });

  it('promtool accepts the Prometheus config with the monitoring rules, amtool the Alertmanager one', async () => {
    const promtool = requireTool('promtool', 'apt-get install prometheus');
    const amtool = requireTool('amtool', 'apt-get install prometheus-alertmanager');
    const ports = {
      prometheus: 19090,
      alertmanager: 19093,
      webhook: 19094,
      api: [13001, 13002],
      nodeExporter: 19100,
      postgresExporterPrimary: 19187,
      postgresExporterStandby: 19188,
      pgbouncerExporter: 19127,
      redisExporter: 19121,
    };
    writeFileSync(join(dir, 'prometheus.yml'), prometheusConfig(ports));
    writeFileSync(join(dir, 'alertmanager.yml'), alertmanagerConfig(ports.webhook));
    const [prometheus, alertmanager] = await Promise.all([
      run(promtool, ['check', 'config', join(dir, 'prometheus.yml')]),
      run(amtool, ['check-config', join(dir, 'alertmanager.yml')]),
    ]);
    expect(prometheus.output).toMatch(/SUCCESS: \d+ rules found/);
    expect(prometheus.code).toBe(0);
    expect(alertmanager.code).toBe(0);
  });
});
