import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { infraRoot, repoRoot, requireTool, run } from './support/tools.js';
import { readArchitecture, swarmNodes } from './architecture/constants-file.js';
import { constantsTableViolations, contradictions, type Context } from './architecture/doc-values.js';
import { capacityViolations, nodeLoads, stackServices, type StackService } from './architecture/swarm-placement.js';

// The architecture constants live in one place per environment (constants.tf); this test holds the
// docs and the Swarm stacks to them: the constants table of docs/architecture.md row by row, no
// contradicting value anywhere in docs/ or the stacks, and stacks that fit the dev VM size.

const docsDir = join(infraRoot, 'docs');
const stacksDir = join(infraRoot, 'docker', 'stacks');
const gib = 1024 ** 3;

/** VM sizes the dev constants may name, with their capacity. */
const vmCapacity: Record<string, { vcpus: number; memoryGib: number }> = { Standard_B2s: { vcpus: 2, memoryGib: 4 } };

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? filesUnder(join(dir, entry.name), keep)
        : Promise.resolve(keep(entry.name) ? [join(dir, entry.name)] : []),
    ),
  );
  return nested.flat().sort();
}

const [dev, prod] = await Promise.all([readArchitecture('dev'), readArchitecture('prod')]);

const context: Context = {
  azureLocation: String(dev.location),
  awsRegion: String(prod.region),
  vmSize: String(dev.vm_size),
  domain: String(dev.domain),
  privateNetworks: [String(dev.vnet_cidr), String(dev.swarm_address_pool), String(prod.vpc_cidr)],
};

/** KEY=VALUE lines of the stacks' example env files, the variables `docker stack config` needs. */
async function exampleEnv(): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const file of await filesUnder(stacksDir, (name) => name.endsWith('.env.example'))) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
      if (match?.[1]) env[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  return env;
}

async function stackServicesFromFiles(): Promise<StackService[]> {
  const docker = requireTool(
    'docker',
    'install the Docker CLI (docker-ce-cli; `docker stack config` needs no daemon) — scripts/test-tools.mjs',
  );
  const files = await filesUnder(stacksDir, (name) => /\.ya?ml$/.test(name));
  expect(files.length, 'no stack files under infrastructure/docker/stacks').toBeGreaterThan(0);
  const env = await exampleEnv();
  const configs = await Promise.all(
    files.map(async (file) => {
      const result = await run(docker, ['stack', 'config', '-c', file], { env, cwd: stacksDir, timeoutMs: 30_000 });
      if (result.code !== 0)
        throw new Error(`docker stack config -c ${relative(repoRoot, file)} failed:\n${result.output}`);
      const stack = file.slice(stacksDir.length + 1).replace(/\.ya?ml$/, '');
      return stackServices(stack, parseYaml(result.stdout));
    }),
  );
  return configs.flat();
}

describe('architecture constants', () => {
  it('are one literal block per environment with the values the issue fixes', () => {
    expect({ location: dev.location, vnet: dev.vnet_cidr, size: dev.vm_size }).toEqual({
      location: 'eastus2',
      vnet: '10.1.0.0/16',
      size: 'Standard_B2s',
    });
    expect({ region: prod.region, vpc: prod.vpc_cidr, cpu: prod.fargate_cpu, memory: prod.fargate_memory }).toEqual({
      region: 'us-east-1',
      vpc: '10.0.0.0/16',
      cpu: 512,
      memory: 1024,
    });
    const capacity = vmCapacity[String(dev.vm_size)];
    expect(capacity, `unknown VM size ${String(dev.vm_size)}: add its capacity to vmCapacity`).toBeDefined();
    expect({ vcpus: dev.vm_vcpus, memoryGib: dev.vm_memory_gib }).toEqual(capacity);
  });

  it('are quoted row by row in the constants table of docs/architecture.md', async () => {
    const markdown = await readFile(join(docsDir, 'architecture.md'), 'utf8');
    expect([
      ...constantsTableViolations(markdown, 'dev', dev),
      ...constantsTableViolations(markdown, 'prod', prod),
    ]).toEqual([]);
  });

  it('are not contradicted by any page of infrastructure/docs or any stack file', async () => {
    const files = [
      ...(await filesUnder(docsDir, (name) => name.endsWith('.md'))),
      ...(await filesUnder(stacksDir, (name) => /\.(ya?ml|md|example)$/.test(name))),
    ];
    expect(files.some((file) => file.endsWith('architecture.md'))).toBe(true);
    const problems = (
      await Promise.all(
        files.map(async (file) => contradictions(relative(repoRoot, file), await readFile(file, 'utf8'), context)),
      )
    ).flat();
    expect(problems).toEqual([]);
  });

  it('fit the Swarm stacks onto the dev nodes (memory limits, CPU reservations per node)', async () => {
    const capacity = vmCapacity[String(dev.vm_size)] ?? { vcpus: 0, memoryGib: 0 };
    const nodes = swarmNodes(dev);
    const services = await stackServicesFromFiles();
    const loads = nodeLoads(services, nodes).map(
      (load) =>
        `${load.node}: ${(load.memoryLimit / gib).toFixed(2)} GiB, ${load.cpuReservation.toFixed(2)} CPU reserved`,
    );
    expect(capacityViolations(services, nodes, capacity.vcpus, capacity.memoryGib), loads.join('\n')).toEqual([]);
  });
});

describe('architecture checks catch real drift', () => {
  const nodes = swarmNodes(dev);
  const service = (overrides: Partial<StackService>): StackService => ({
    stack: 'test',
    name: 'svc',
    mode: 'replicated',
    replicas: 1,
    constraints: [],
    maxPerNode: undefined,
    memoryLimit: 256 * 1024 ** 2,
    cpuLimit: 0.5,
    cpuReservation: 0.1,
    memoryReservation: 0,
    ...overrides,
  });

  it('reports a constants table row that disagrees with constants.tf', async () => {
    const markdown = (await readFile(join(docsDir, 'architecture.md'), 'utf8')).replace(
      /^(\|\s*dev\s*\|\s*`vm_size`\s*\|\s*)`Standard_B2s`/m,
      '$1`Standard_B1s`',
    );
    expect(constantsTableViolations(markdown, 'dev', dev)).toEqual([
      'architecture.md: dev `vm_size` says Standard_B1s, constants.tf says Standard_B2s',
    ]);
    expect(
      constantsTableViolations(markdown.replace(/^\|\s*prod\s*\|\s*`region`.*$/m, ''), 'prod', prod).join(),
    ).toContain('no constants table row for prod `region`');
  });

  it('reports stale regions, sizes, networks and domains in a page', () => {
    const page =
      'Nodes are Standard_D2s_v5 in westeurope, VNet 10.2.0.0/16, AWS eu-west-1, https://old-name.duckdns.org; admin 203.0.113.7/32 is fine.';
    const problems = contradictions('page.md', page, context);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/Standard_D2s_v5[\s\S]*westeurope|westeurope[\s\S]*Standard_D2s_v5/);
  });

  it('reports a node whose memory limits exceed the VM, a service no node can run and a missing limit', () => {
    const heavy = service({
      name: 'heavy',
      constraints: ['node.labels.promata.postgres == primary'],
      memoryLimit: 3 * gib,
    });
    const alsoHeavy = service({ name: 'also-heavy', mode: 'global', memoryLimit: 1.5 * gib });
    const orphan = service({ name: 'orphan', constraints: ['node.labels.promata.gpu == true'] });
    const unlimited = service({ name: 'unlimited', memoryLimit: undefined });
    const problems = capacityViolations([heavy, alsoHeavy, orphan, unlimited], nodes, 2, 4).join('\n');
    expect(problems).toMatch(/promata-dev-worker-1 .*memory limits add up to 4\.\d+ GiB > 4 GiB/);
    expect(problems).toContain('test/orphan: no node satisfies its constraints');
    expect(problems).toContain('test/unlimited: no memory limit');
  });

  it('spreads replicas like the scheduler: ceil(replicas / eligible nodes) per node', () => {
    const api = service({
      name: 'api',
      replicas: 3,
      constraints: ['node.role == worker'],
      memoryLimit: gib,
      cpuReservation: 0.9,
    });
    const loads = nodeLoads([api], nodes);
    expect(loads.map((load) => load.memoryLimit / gib)).toEqual([0, 2, 2]);
    expect(capacityViolations([service({ ...api, replicas: 5 })], nodes, 2, 4).join()).toContain(
      'CPU reservations add up to 2.70 > 2 vCPUs',
    );
  });
});
