import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { infraRoot } from '../../support/tools.js';

// The monitoring configuration as the tests read it: alert rules, promtool unit tests and Grafana
// dashboards, parsed from infrastructure/monitoring.

export const monitoringRoot = join(infraRoot, 'monitoring');
export const rulesDir = join(monitoringRoot, 'rules');
export const dashboardsDir = join(monitoringRoot, 'grafana', 'dashboards');
export const alertsDoc = join(infraRoot, 'docs', 'alerts.md');
export const stackFile = join(infraRoot, 'docker', 'stacks', 'monitoring.yml');
export const datasourceUid = 'promata-prometheus';

export type AlertRule = {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
};
export type RuleFile = { file: string; groups: { name: string; rules: AlertRule[] }[] };

export type PanelTarget = { expr?: string; refId?: string; datasource?: { type?: string; uid?: string } };
export type Panel = {
  id?: number;
  type?: string;
  title?: string;
  datasource?: { type?: string; uid?: string };
  targets?: PanelTarget[];
  panels?: Panel[];
};
export type Dashboard = { file: string; uid?: string; title?: string; panels?: Panel[] };

export type RuleTest = {
  file: string;
  rule_files: string[];
  tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
};

const filesEnding = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort();

export function ruleFileNames(): string[] {
  return filesEnding(rulesDir, '.rules.yml');
}

export function ruleTestFileNames(): string[] {
  return filesEnding(rulesDir, '.test.yml');
}

export function loadRuleFiles(): RuleFile[] {
  return ruleFileNames().map((file) => ({
    file,
    ...(parse(readFileSync(join(rulesDir, file), 'utf8')) as Omit<RuleFile, 'file'>),
  }));
}

export function loadRuleTests(): RuleTest[] {
  return ruleTestFileNames().map((file) => ({
    file,
    ...(parse(readFileSync(join(rulesDir, file), 'utf8')) as Omit<RuleTest, 'file'>),
  }));
}

export function alertRules(): AlertRule[] {
  return loadRuleFiles().flatMap((file) => file.groups.flatMap((group) => group.rules));
}

export function loadDashboards(): Dashboard[] {
  return filesEnding(dashboardsDir, '.json').map((file) => ({
    file,
    ...(JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as Omit<Dashboard, 'file'>),
  }));
}

/** Every panel of a dashboard, rows' nested panels included. */
export function panelsOf(dashboard: Dashboard): Panel[] {
  const walk = (panels: Panel[] = []): Panel[] => panels.flatMap((panel) => [panel, ...walk(panel.panels)]);
  return walk(dashboard.panels);
}

export type DashboardQuery = { dashboard: string; panel: string; expr: string };

export function dashboardQueries(): DashboardQuery[] {
  return loadDashboards().flatMap((dashboard) =>
    panelsOf(dashboard)
      .filter((panel) => panel.type !== 'row')
      .flatMap((panel) =>
        (panel.targets ?? []).map((target) => ({
          dashboard: dashboard.file,
          panel: panel.title ?? String(panel.id),
          expr: target.expr ?? '',
        })),
      ),
  );
}
