import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool, run } from '../support/tools.js';
import { dashboardsDir, datasourceUid, loadDashboards, monitoringRoot, panelsOf } from './support/monitoring-files.js';

// Grafana provisioning: one Prometheus datasource with a fixed uid, dashboards loaded from files,
// and dashboards whose every panel queries that datasource with PromQL that Prometheus parses.

const promtool = requireTool('promtool', 'apt-get install prometheus');
const provisioning = join(monitoringRoot, 'grafana', 'provisioning');

describe('Grafana provisioning', () => {
  it('provisions the Prometheus datasource the dashboards refer to', () => {
    const file = parse(readFileSync(join(provisioning, 'datasources', 'prometheus.yml'), 'utf8')) as {
      datasources: { uid: string; type: string; url: string; editable: boolean }[];
    };
    expect(file.datasources).toHaveLength(1);
    expect(file.datasources[0]).toMatchObject({
      uid: datasourceUid,
      type: 'prometheus',
      url: 'http://prometheus:9090',
      editable: false,
    });
  });

  it('loads the dashboards from the files the stack mounts, read-only', () => {
    const file = parse(readFileSync(join(provisioning, 'dashboards', 'promata.yml'), 'utf8')) as {
      providers: { type: string; allowUiUpdates: boolean; options: { path: string } }[];
    };
    expect(file.providers).toEqual([
      expect.objectContaining({
        type: 'file',
        allowUiUpdates: false,
        options: expect.objectContaining({ path: '/etc/grafana/dashboards' }),
      }),
    ]);
  });
});

describe('dashboards', () => {
  const dashboards = loadDashboards();

  it('exist for the API, bookings, PostgreSQL, Redis and the nodes, each valid JSON with a unique uid', () => {
    expect(readdirSync(dashboardsDir).sort()).toEqual([
      'api.json',
      'bookings.json',
      'nodes.json',
      'postgresql.json',
      'redis.json',
    ]);
    const uids = dashboards.map((d) => d.uid);
    expect(uids.every((uid) => typeof uid === 'string' && /^[a-z0-9-]{1,40}$/.test(uid))).toBe(true);
    expect(new Set(uids).size).toBe(dashboards.length);
  });

  it('have panels that all query the provisioned datasource, with unique ids and ref ids', () => {
    for (const dashboard of dashboards) {
      const panels = panelsOf(dashboard).filter((p) => p.type !== 'row');
      expect(panels.length, dashboard.file).toBeGreaterThan(4);
      expect(new Set(panels.map((p) => p.id)).size, dashboard.file).toBe(panels.length);
      for (const panel of panels) {
        const where = `${dashboard.file}: ${panel.title}`;
        expect(panel.datasource, where).toEqual({ type: 'prometheus', uid: datasourceUid });
        expect(panel.targets?.length, where).toBeGreaterThan(0);
        const refIds = (panel.targets ?? []).map((t) => t.refId);
        expect(new Set(refIds).size, where).toBe(refIds.length);
        for (const target of panel.targets ?? []) {
          expect(target.datasource, where).toEqual({ type: 'prometheus', uid: datasourceUid });
          expect(target.expr?.trim(), where).toBeTruthy();
        }
      }
    }
  });

  it('use PromQL that Prometheus parses', async () => {
    // promtool check rules parses each expression as a recording rule would be parsed.
    const exprs = dashboards.flatMap((d) => panelsOf(d).flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? '')));
    const rules = exprs.map((expr, i) => `      - record: dashboard:query_${i}\n        expr: ${JSON.stringify(expr)}`);
    const dir = mkdtempSync(join(tmpdir(), 'promata-dashboards-'));
    const file = join(dir, 'dashboard-queries.yml');
    writeFileSync(file, `groups:\n  - name: dashboards\n    rules:\n${rules.join('\n')}\n`);
    const result = await run(promtool, ['check', 'rules', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`SUCCESS: ${exprs.length} rules found`);
  });
});
