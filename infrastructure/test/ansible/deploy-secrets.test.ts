import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { infraRoot, requireTool, run } from '../support/tools.js';

// The deploy role creates exactly the external Swarm secrets the real stacks use, as the real
// `docker stack config` resolves them (deploy.sh --render), each from the Key Vault secret named
// after the stack file's name without its ${...} version suffix.

type Secrets = Record<string, { external?: boolean; name?: string }>;
type Result = { secrets: Record<string, string>; vars: Record<string, string>; rendered: string };
type PlaybookJson = {
  plays: { tasks: { task: { name: string }; hosts: Record<string, { msg?: unknown }> }[] }[];
};

const stacks = ['data', 'app', 'monitoring', 'traefik'];
let dir: string;
let result: Result;

beforeAll(async () => {
  const playbook = requireTool('ansible-playbook', 'apt-get install ansible');
  requireTool('docker', 'install the Docker CLI ≥ 24 (docker-ce-cli); no engine is needed for `docker stack config`');
  dir = await mkdtemp(join(tmpdir(), 'promata-deploy-secrets-'));
  const example = await readFile(join(infraRoot, 'docker', 'stacks', 'dev.env.example'), 'utf8');
  const envFile = join(dir, 'stack.env');
  // A rotated secret generation, as an operator would set it.
  await writeFile(envFile, `${example}\nSECRETS_VERSION=7\nMAIL_FROM="Pró-Mata <ops@promata.example>"\n`);
  const play = await run(
    playbook,
    [
      '-i',
      'localhost,',
      join(infraRoot, 'test', 'ansible', 'fixtures', 'secret-names.yml'),
      '-e',
      `deploy_env_file=${envFile}`,
    ],
    { env: { ANSIBLE_STDOUT_CALLBACK: 'json', ANSIBLE_NOCOLOR: '1' } },
  );
  expect(play.code, play.output).toBe(0);
  const task = (JSON.parse(play.stdout) as PlaybookJson).plays[0]!.tasks.find((t) => t.task.name === 'Result')!;
  result = task.hosts.localhost!.msg as Result;
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('deploy role: Swarm secrets from Key Vault', () => {
  it('creates every external secret of the rendered stacks, and nothing else', () => {
    const rendered = parseAllDocuments(result.rendered).map((doc) => doc.toJS() as { secrets?: Secrets } | null);
    expect(rendered.filter(Boolean)).toHaveLength(stacks.length);
    const external = rendered.flatMap((doc) =>
      Object.entries(doc?.secrets ?? {})
        .filter(([, secret]) => secret.external)
        .map(([key, secret]) => secret.name ?? key),
    );
    expect(external.length).toBeGreaterThan(10);
    expect(Object.keys(result.secrets).sort()).toEqual([...new Set(external)].sort());
  });

  it('reads each from the Key Vault secret named in the stack file, without the version suffix', async () => {
    for (const stack of stacks) {
      const file = await readFile(join(infraRoot, 'docker', 'stacks', `${stack}.yml`), 'utf8');
      const declared = (parse(file) as { secrets?: Secrets }).secrets ?? {};
      for (const [key, secret] of Object.entries(declared).filter(([, s]) => s.external)) {
        const vaultName = (secret.name ?? key).replace(/-?\$\{[^}]*\}/g, '').replace(/[_.]/g, '-');
        const expected = vaultName === 'promata-traefik-dashboard-users' ? 'traefik-dashboard-htpasswd' : vaultName;
        expect(Object.values(result.secrets), `${stack}: ${key}`).toContain(expected);
      }
    }
    // A new SECRETS_VERSION is a new Swarm secret from the same Key Vault secret.
    expect(result.secrets['promata-grafana-admin-password-7']).toBe('promata-grafana-admin-password');
    for (const name of Object.values(result.secrets)) expect(name).toMatch(/^[A-Za-z0-9-]{1,127}$/);
  });

  it('reads the stack variables the manager is checked against', () => {
    expect(result.vars).toMatchObject({
      DOCKER_GID: '999',
      TRAEFIK_ACME_DIR: '/srv/promata/traefik',
      SECRETS_VERSION: '7',
      MAIL_FROM: 'Pró-Mata <ops@promata.example>',
    });
  });
});
