import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';
import {
  deploy,
  labels,
  list,
  parseStack,
  readExampleEnv,
  record,
  services,
  stackConfig,
  stackFiles,
  text,
  type Stack,
  type Yaml,
} from './stack-model.js';
import { checkAll, healthcheckExemptions, rules, type RuleName } from './stack-rules.js';

// Every stack file through `docker stack config` with the example env, then the invariants over
// what Docker parsed. Each rule is also run on a deliberately broken copy, so a rule that could
// never fail would fail here.

const required = ['app.yml', 'data.yml', 'traefik.yml'];
const stacks: Stack[] = [];
const failures: string[] = [];

beforeAll(async () => {
  const env = readExampleEnv();
  const results = await Promise.all(stackFiles().map(async (file) => ({ file, result: await stackConfig(file, env) })));
  for (const { file, result } of results) {
    if (result.code === 0) stacks.push(parseStack(file, result.stdout));
    else failures.push(`${file}: ${result.output}`);
  }
});

const stack = (list: Stack[], file: string): Stack => {
  const found = list.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`${file} was not parsed`);
  return found;
};
const service = (list: Stack[], file: string, name: string): Yaml => {
  const found = record(stack(list, file).doc.services)[name];
  if (typeof found !== 'object' || found === null) throw new Error(`${file} has no service ${name}`);
  return found as Yaml;
};
const deployOf = (list: Stack[], file: string, name: string): Yaml => record(service(list, file, name).deploy);
const labelsOf = (list: Stack[], file: string, name: string): Yaml => record(deployOf(list, file, name).labels);
const envOf = (list: Stack[], file: string, name: string): Yaml => record(service(list, file, name).environment);

type Mutation = { rule: RuleName; what: string; apply: (broken: Stack[]) => void };

const mutations: Mutation[] = [
  {
    rule: 'pinned-images',
    what: 'the API image on latest',
    apply: (s) => {
      service(s, 'app.yml', 'api').image = 'ghcr.io/promata/promata-api:latest';
    },
  },
  {
    rule: 'pinned-images',
    what: 'Redis without a tag',
    apply: (s) => {
      service(s, 'data.yml', 'redis').image = 'redis';
    },
  },
  {
    rule: 'healthchecks',
    what: 'the web service without a healthcheck',
    apply: (s) => {
      delete service(s, 'app.yml', 'web').healthcheck;
    },
  },
  {
    rule: 'healthchecks',
    what: 'the exempt migration job turned into a long-running service',
    apply: (s) => {
      deployOf(s, 'app.yml', 'migrate').mode = 'replicated';
    },
  },
  {
    rule: 'resources',
    what: 'Redis without limits',
    apply: (s) => {
      delete record(deployOf(s, 'data.yml', 'redis').resources).limits;
    },
  },
  {
    rule: 'secrets-not-in-env',
    what: 'a password in the environment',
    apply: (s) => {
      envOf(s, 'data.yml', 'postgres-primary').POSTGRES_PASSWORD = 'example';
    },
  },
  {
    rule: 'secrets-not-in-env',
    what: 'a database URL with its password',
    apply: (s) => {
      envOf(s, 'app.yml', 'api').PGBOUNCER_URL = 'postgres://promata:example@pgbouncer:6432/promata';
    },
  },
  {
    rule: 'secrets-not-in-env',
    what: 'a basic-auth hash in a label',
    apply: (s) => {
      labelsOf(s, 'traefik.yml', 'traefik')['traefik.http.middlewares.auth.basicauth.users'] = 'ops:$2y$05$abc';
    },
  },
  {
    rule: 'only-traefik-publishes',
    what: 'the API publishing a port',
    apply: (s) => {
      service(s, 'app.yml', 'api').ports = [{ target: 3000, published: 3000, mode: 'ingress' }];
    },
  },
  {
    rule: 'docker-socket-read-only',
    what: 'a writable Docker socket',
    apply: (s) => {
      for (const volume of list(service(s, 'traefik.yml', 'traefik').volumes)) {
        if (text(record(volume).source) === '/var/run/docker.sock') record(volume).read_only = false;
      }
    },
  },
  {
    rule: 'api-rolling-update',
    what: 'one API replica',
    apply: (s) => {
      deployOf(s, 'app.yml', 'api').replicas = 1;
    },
  },
  {
    rule: 'api-rolling-update',
    what: 'stop-first updates without rollback',
    apply: (s) => {
      const update = record(deployOf(s, 'app.yml', 'api').update_config);
      update.order = 'stop-first';
      update.failure_action = 'pause';
    },
  },
  {
    rule: 'router-tls',
    what: 'the web router without a certificate resolver',
    apply: (s) => {
      delete labelsOf(s, 'app.yml', 'web')['traefik.http.routers.promata-web.tls.certresolver'];
    },
  },
  {
    rule: 'router-tls',
    what: 'the API router on the plain-HTTP entry point',
    apply: (s) => {
      labelsOf(s, 'app.yml', 'api')['traefik.http.routers.promata-api.entrypoints'] = 'web';
    },
  },
  {
    rule: 'router-tls',
    what: '/metrics routed publicly',
    apply: (s) => {
      labelsOf(s, 'app.yml', 'api')['traefik.http.routers.promata-api.rule'] += ' || PathPrefix(`/metrics`)';
    },
  },
  {
    rule: 'data-network-internal',
    what: 'a data network with a route out',
    apply: (s) => {
      for (const network of Object.values(record(stack(s, 'data.yml').doc.networks))) record(network).internal = false;
    },
  },
  {
    rule: 'stateful-placement',
    what: 'the primary free to move away from its volume',
    apply: (s) => {
      delete deployOf(s, 'data.yml', 'postgres-primary').placement;
    },
  },
  {
    rule: 'graceful-shutdown',
    what: 'a shutdown grace shorter than the health-check interval',
    apply: (s) => {
      envOf(s, 'app.yml', 'api').SHUTDOWN_GRACE_MS = '1000';
    },
  },
  {
    rule: 'graceful-shutdown',
    what: 'Swarm killing the API before it drains',
    apply: (s) => {
      service(s, 'app.yml', 'api').stop_grace_period = '10s';
    },
  },
  {
    rule: 'non-root',
    what: 'Redis as root',
    apply: (s) => {
      service(s, 'data.yml', 'redis').user = '0:0';
    },
  },
  {
    rule: 'non-root',
    what: 'a third-party image with its default user',
    apply: (s) => {
      delete service(s, 'data.yml', 'postgres-standby').user;
    },
  },
];

describe('Swarm stacks', () => {
  it('parse with docker stack config and the example env', () => {
    expect(failures).toEqual([]);
    expect(stacks.map((parsed) => parsed.file)).toEqual(expect.arrayContaining(required));
  });

  it('refuse to deploy without the variables that have no safe default', async () => {
    const env = readExampleEnv();
    const without = async (file: string, name: string) => {
      const rest = Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
      return stackConfig(file, rest);
    };
    for (const [file, name] of [
      ['app.yml', 'DOMAIN'],
      ['app.yml', 'API_IMAGE_TAG'],
      ['app.yml', 'S3_BUCKET'],
      ['traefik.yml', 'ACME_EMAIL'],
      ['traefik.yml', 'DOCKER_GID'],
    ] as const) {
      const result = await without(file, name);
      expect(result.code, `${file} without ${name}`).not.toBe(0);
      expect(result.output).toContain(name);
    }
  });

  it('keep every invariant', () => {
    expect(checkAll(stacks)).toEqual([]);
  });

  it.each(mutations)('rule $rule catches $what', ({ rule, apply }) => {
    expect(rules[rule](stacks)).toEqual([]);
    const broken = structuredClone(stacks);
    apply(broken);
    expect(rules[rule](broken).length).toBeGreaterThan(0);
  });

  it('exempt only the migration job from healthchecks', () => {
    expect(Object.keys(healthcheckExemptions)).toEqual(['migrate']);
    const migrate = service(stacks, 'app.yml', 'migrate');
    expect(list(migrate.command).map(text)).toEqual(['node', '--enable-source-maps', 'dist/cli.js', 'db:migrate']);
    expect(envOf(stacks, 'app.yml', 'api').MIGRATE_ON_START).toBe('false');
  });

  it('mount config files that exist and take every secret from the Swarm store', () => {
    for (const parsed of stacks) {
      for (const [name, config] of Object.entries(record(parsed.doc.configs))) {
        const file = text(record(config).file);
        expect(existsSync(file), `${parsed.file} config ${name}: ${file}`).toBe(true);
      }
      for (const [name, secret] of Object.entries(record(parsed.doc.secrets))) {
        expect(record(secret).external, `${parsed.file} secret ${name} must be created outside git`).toBe(true);
      }
    }
  });

  it('route /api, /health and /docs to the API and everything else to the web app', () => {
    const domain = readExampleEnv().DOMAIN ?? '';
    const api = labelsOf(stacks, 'app.yml', 'api');
    const web = labelsOf(stacks, 'app.yml', 'web');
    const apiRule = text(api['traefik.http.routers.promata-api.rule']);
    for (const prefix of ['/api', '/health', '/docs']) expect(apiRule).toContain(`PathPrefix(\`${prefix}\`)`);
    expect(apiRule).toContain(`Host(\`${domain}\`)`);
    expect(web['traefik.http.routers.promata-web.rule']).toBe(`Host(\`${domain}\`)`);
    expect(Number(api['traefik.http.routers.promata-api.priority'])).toBeGreaterThan(
      Number(web['traefik.http.routers.promata-web.priority']),
    );
    expect(api['traefik.http.services.promata-api.loadbalancer.server.port']).toBe('3000');
    expect(api['traefik.http.services.promata-api.loadbalancer.healthcheck.path']).toBe('/health/ready');
    expect(web['traefik.http.services.promata-web.loadbalancer.server.port']).toBe('8080');
  });

  it('give the API every secret through *_FILE', () => {
    const env = envOf(stacks, 'app.yml', 'api');
    const mounted = list(service(stacks, 'app.yml', 'api').secrets).map((secret) => text(record(secret).target));
    for (const name of [
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'DATA_ENCRYPTION_KEY',
      'SMTP_URL',
      'METRICS_TOKEN',
    ]) {
      expect(env[name], name).toBeUndefined();
      const file = text(env[`${name}_FILE`]);
      expect(file, `${name}_FILE`).toMatch(/^\/run\/secrets\//);
      expect(mounted).toContain(file.replace('/run/secrets/', ''));
    }
  });

  it('put Traefik on the manager with HTTP→HTTPS, ACME and an authenticated dashboard', () => {
    const traefik = service(stacks, 'traefik.yml', 'traefik');
    const command = list(traefik.command).map(text);
    expect(command).toEqual(
      expect.arrayContaining([
        '--entryPoints.web.http.redirections.entryPoint.to=websecure',
        '--entryPoints.web.http.redirections.entryPoint.scheme=https',
        '--providers.swarm.exposedByDefault=false',
        '--certificatesResolvers.letsencrypt.acme.httpChallenge.entryPoint=web',
      ]),
    );
    expect(list(record(deploy({ ...traefik, name: 'traefik' }).placement).constraints)).toContain(
      'node.role == manager',
    );
    const all = labels({ ...traefik, name: 'traefik' });
    expect(all['traefik.http.routers.dashboard.service']).toBe('api@internal');
    expect(all['traefik.http.routers.dashboard.middlewares']).toBe('dashboard-auth@file');
    const dynamic = parse(readFileSync(join(infraRoot, 'docker', 'config', 'traefik', 'dynamic.yml'), 'utf8')) as Yaml;
    const auth = record(record(record(record(dynamic.http).middlewares)['dashboard-auth']).basicAuth);
    expect(auth.users).toBeUndefined();
    expect(text(auth.usersFile)).toBe('/run/secrets/traefik_dashboard_users');
    const mounted = list(traefik.secrets).map((secret) => text(record(secret).target));
    expect(mounted).toContain('traefik_dashboard_users');
  });

  it('clone the standby with pg_basebackup -R -S -X stream through a slot, and pass shellcheck', async () => {
    const dir = join(infraRoot, 'docker', 'config', 'postgres-swarm');
    const script = readFileSync(join(dir, 'standby-entrypoint.sh'), 'utf8');
    const joined = script.replace(/\\\n/g, ' ');
    const basebackup = /pg_basebackup -h[^\n]*/.exec(joined)?.[0] ?? '';
    for (const flag of ['-R', '-S "$REPLICATION_SLOT"', '-X stream']) expect(basebackup).toContain(flag);
    expect(script).toContain('--create-slot --if-not-exists -S "$REPLICATION_SLOT"');
    const standby = envOf(stacks, 'data.yml', 'postgres-standby');
    expect(standby.REPLICATION_SLOT).toMatch(/^[a-z0-9_]+$/);
    expect(standby.REPLICATION_PASSWORD_FILE).toBe('/run/secrets/postgres_replication_password');
    const shellcheck = requireTool('shellcheck', 'apt-get install shellcheck');
    const files = ['primary-entrypoint.sh', 'standby-entrypoint.sh', 'pgbouncer-entrypoint.sh'].map((f) =>
      join(dir, f),
    );
    const result = await run(shellcheck, ['-s', 'sh', ...files]);
    expect(result.code, result.output).toBe(0);
  });

  it('let only the first start of the primary commit without a standby', async () => {
    // The official image's docker-entrypoint.sh is not here; a stand-in on PATH reports what the
    // wrapper handed it (its environment and arguments), which is all the wrapper decides.
    const scratch = mkdtempSync(join(tmpdir(), 'promata-primary-entrypoint-'));
    try {
      const fake = join(scratch, 'bin', 'docker-entrypoint.sh');
      mkdirSync(join(scratch, 'bin'));
      writeFileSync(fake, '#!/bin/sh\nprintf "%s|%s" "${PGOPTIONS:-}" "$*"\n');
      chmodSync(fake, 0o755);
      const wrapper = join(infraRoot, 'docker', 'config', 'postgres-swarm', 'primary-entrypoint.sh');
      const start = () =>
        run('sh', [wrapper, 'postgres', '-c', 'config_file=/etc/postgresql/postgresql.conf'], {
          env: {
            PATH: `${join(scratch, 'bin')}:${process.env.PATH ?? ''}`,
            PGDATA: join(scratch, 'pgdata'),
            PGOPTIONS: undefined,
          },
        });
      const first = await start();
      expect(first.code, first.output).toBe(0);
      expect(first.stdout).toBe('-c synchronous_commit=local|postgres -c config_file=/etc/postgresql/postgresql.conf');
      mkdirSync(join(scratch, 'pgdata'));
      writeFileSync(join(scratch, 'pgdata', 'PG_VERSION'), '15\n');
      const later = await start();
      expect(later.stdout).toBe('|postgres -c config_file=/etc/postgresql/postgresql.conf');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('use only pinned, non-latest versions in the example env', () => {
    const env = readExampleEnv();
    for (const [name, value] of Object.entries(env)) {
      if (/(TAG|VERSION)$/.test(name) && !/^(CONFIG|SECRETS)_VERSION$/.test(name)) {
        expect(value, name).toMatch(/\d+\.\d+/);
      }
      if (!name.endsWith('_VERSION')) {
        expect(name, 'no secret in the example env').not.toMatch(/(PASSWORD|SECRET|TOKEN|KEY)/);
      }
    }
    expect(services(stack(stacks, 'app.yml')).map((s) => s.name)).toEqual(
      expect.arrayContaining(['api', 'web', 'migrate']),
    );
  });
});
