import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireTool, run } from '../support/tools.js';
import { ruleFileNames, stackFile } from './support/monitoring-files.js';

// monitoring.yml as Docker itself reads it (`docker stack config`, no daemon needed), then the
// invariants operators rely on, checked on that parsed output.

const docker = requireTool('docker', 'install the Docker CLI (docker-ce-cli); no engine is needed');

type Service = {
  image: string;
  user?: string;
  environment?: Record<string, string>;
  command?: string[];
  entrypoint?: string[];
  ports?: unknown[];
  networks?: Record<string, unknown>;
  healthcheck?: { test?: string[] };
  secrets?: { source: string; target?: string; mode?: number }[];
  configs?: { source: string; target: string }[];
  volumes?: { type: string; source: string; target: string; read_only?: boolean }[];
  deploy?: {
    mode?: string;
    labels?: Record<string, string>;
    resources?: { limits?: { cpus?: string; memory?: string } };
    placement?: { constraints?: string[] };
  };
};
type Stack = {
  services: Record<string, Service>;
  networks: Record<string, { external?: boolean; name?: string; internal?: boolean }>;
  configs: Record<string, { file: string }>;
  secrets: Record<string, { external?: boolean; name?: string }>;
};

// What the deploy exports: the public domain, and the versions of configs and secrets.
const deployEnv = { DOMAIN: 'promata-dev.duckdns.org', CONFIG_VERSION: '1', SECRETS_VERSION: '1' };

let stack: Stack;
beforeAll(async () => {
  const result = await run(docker, ['stack', 'config', '-c', stackFile], {
    env: { ...deployEnv, DOCKER_HOST: 'unix:///nonexistent.sock' },
  });
  expect(result.code, result.output).toBe(0);
  stack = parse(result.stdout) as Stack;
});

const services = () => Object.entries(stack.services);

describe('monitoring.yml', () => {
  it('has Prometheus, Alertmanager, Grafana and every exporter', () => {
    expect(Object.keys(stack.services).sort()).toEqual(
      [
        'alertmanager',
        'grafana',
        'node-exporter',
        'pgbouncer-exporter',
        'postgres-exporter-primary',
        'postgres-exporter-standby',
        'prometheus',
        'redis-exporter',
      ].sort(),
    );
  });

  it('pins every image to a version tag, runs nothing as root and limits every service', () => {
    for (const [name, service] of services()) {
      expect(service.image, name).toMatch(/^[\w./-]+:v?\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(service.user, name).toMatch(/^[1-9]\d*:\d+$/);
      expect(service.deploy?.resources?.limits?.memory, name).toBeTruthy();
      expect(service.deploy?.resources?.limits?.cpus, name).toBeTruthy();
      expect(service.healthcheck?.test?.[0], name).toMatch(/^CMD/);
    }
  });

  it('publishes no port and keeps secrets out of the environment', () => {
    for (const [name, service] of services()) {
      expect(service.ports, name).toBeUndefined();
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|KEY|PASS\b|_PASS_/.test(key)) expect(key, `${name} ${key}`).toMatch(/_FILE$/);
        expect(value, `${name} ${key}`).not.toMatch(/postgres(ql)?:\/\/[^@/]+:[^@/]+@/);
      }
      for (const secret of service.secrets ?? []) expect(secret.mode, `${name} ${secret.source}`).toBe(0o400);
    }
    for (const [name, secret] of Object.entries(stack.secrets)) {
      expect(secret.external, name).toBe(true);
      expect(secret.name, name).toMatch(/^promata-[a-z-]+-1$/);
    }
    const grafana = stack.services.grafana;
    expect(grafana?.environment?.GF_SECURITY_ADMIN_PASSWORD__FILE).toBe('/run/secrets/grafana_admin_password');
    expect(grafana?.secrets?.map((s) => s.source)).toEqual(['grafana_admin_password']);
  });

  it('reaches Grafana only through Traefik, over TLS on websecure with the letsencrypt resolver', () => {
    const labels = stack.services.grafana?.deploy?.labels ?? {};
    expect(labels['traefik.enable']).toBe('true');
    expect(labels['traefik.http.routers.grafana.rule']).toBe('Host(`grafana.promata-dev.duckdns.org`)');
    expect(labels['traefik.http.routers.grafana.entrypoints']).toBe('websecure');
    expect(labels['traefik.http.routers.grafana.tls']).toBe('true');
    expect(labels['traefik.http.routers.grafana.tls.certresolver']).toBe('letsencrypt');
    expect(labels['traefik.http.services.grafana.loadbalancer.server.port']).toBe('3000');
    for (const [name, service] of services())
      if (name !== 'grafana') expect(service.deploy?.labels?.['traefik.enable'], name).toBeUndefined();
  });

  it('joins the other stacks only where it must: edge for Prometheus and Grafana, data for the exporters', () => {
    expect(stack.networks.edge).toMatchObject({ external: true, name: 'promata-edge' });
    expect(stack.networks.data).toMatchObject({ external: true, name: 'promata-data' });
    expect(stack.networks.monitoring?.internal).toBe(true);
    const on = (network: string) =>
      services()
        .filter(([, service]) => Object.keys(service.networks ?? {}).includes(network))
        .map(([name]) => name)
        .sort();
    expect(on('edge')).toEqual(['grafana', 'prometheus']);
    expect(on('data')).toEqual([
      'pgbouncer-exporter',
      'postgres-exporter-primary',
      'postgres-exporter-standby',
      'redis-exporter',
    ]);
    expect(on('egress')).toEqual(['alertmanager']);
  });

  it('runs node-exporter on every node with the host mounted read-only', () => {
    const node = stack.services['node-exporter'];
    expect(node?.deploy?.mode).toBe('global');
    expect(node?.volumes?.map((v) => `${v.source}:${v.target}:${v.read_only === true ? 'ro' : 'rw'}`).sort()).toEqual([
      '/:/rootfs:ro',
      '/proc:/host/proc:ro',
      '/sys:/host/sys:ro',
    ]);
  });

  it('mounts the repository files it was checked against: every rule file, dashboards, queries', () => {
    const stacksDir = dirname(stackFile);
    for (const [name, config] of Object.entries(stack.configs))
      expect(existsSync(resolve(stacksDir, config.file)), name).toBe(true);
    const mounted = (stack.services.prometheus?.configs ?? []).map((c) => c.target);
    for (const file of ruleFileNames()) expect(mounted).toContain(`/etc/prometheus/rules/${file}`);
    const exporter = stack.services['postgres-exporter-primary'];
    expect(exporter?.command).toContain('--extend.query-path=/etc/postgres-exporter/queries.yaml');
    expect(exporter?.environment?.DATA_SOURCE_PASS_FILE).toBe('/run/secrets/postgres_monitor_password');
    expect(stack.services['postgres-exporter-standby']?.environment?.DATA_SOURCE_URI).toMatch(
      /^postgres-standby:5432\//,
    );
  });
});
