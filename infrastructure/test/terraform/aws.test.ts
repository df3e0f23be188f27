import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run, type RunResult } from '../support/tools.js';
import { isObject, loadModule, type Block, type TerraformModule } from './hcl-module.js';

// The AWS production Terraform, checked by the real tool against the offline provider mirror:
// fmt over all of infrastructure/, init + validate of the prod root, and `terraform test`
// (mock_provider "aws", plan-mode runs in environments/prod/aws/tests). A few structural checks
// on the parsed HCL cover what a plan against mocks cannot see: how the root wires constants into
// the modules, and constructs that must never appear. ADRs 0023 and 0024.

const mirror = '/opt/tf-plugins';
const providerBinaryDir = join(mirror, 'registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64');
const rootDir = 'environments/prod/aws';
const rootPath = join(infraRoot, rootDir);
const awsModuleDirs = [
  'aws-alarms',
  'aws-alb',
  'aws-certificate-dns',
  'aws-ecs-cluster',
  'aws-ecs-service',
  'aws-elasticache-redis',
  'aws-kms-key',
  'aws-network',
  'aws-rds-postgres',
  'aws-s3-documents',
  'aws-secrets',
].map((name) => `terraform/modules/${name}`);

let terraform = '';
let scratch = '';
// Started once in beforeAll and awaited by the tests, so fmt, validate and test overlap.
let formatted: Promise<RunResult>;
let validated: Promise<RunResult>;
let tested: Promise<RunResult>;

beforeAll(async () => {
  terraform = requireTool('terraform', 'install Terraform 1.11 (https://developer.hashicorp.com/terraform/install)');
  if (!existsSync(providerBinaryDir)) {
    throw new Error(
      `the offline provider mirror is missing: expected hashicorp/aws 5.100.0 under ${providerBinaryDir} ` +
        '(terraform providers mirror -platform=linux_amd64 /opt/tf-plugins, run where the registry is reachable)',
    );
  }
  // Working data (providers, modules) goes to a temporary directory, never into the repository;
  // an empty CLI configuration keeps a developer's ~/.terraformrc out of the result.
  scratch = await mkdtemp(join(tmpdir(), 'promata-tf-aws-'));
  const cliConfig = join(scratch, 'terraformrc');
  await writeFile(cliConfig, '');
  const env = {
    TF_DATA_DIR: join(scratch, 'data'),
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
  };
  const tf = (args: string[]) => run(terraform, args, { cwd: rootPath, env, timeoutMs: 170_000 });

  formatted = run(terraform, ['fmt', '-check', '-recursive', '-diff', '-no-color', infraRoot], { env });
  // The committed lock file pins the provider hash; readonly makes init fail instead of rewriting it.
  const initialised = tf(['init', '-backend=false', `-plugin-dir=${mirror}`, '-lockfile=readonly', '-no-color']);
  const afterInit = (args: string[]) =>
    initialised.then((init) =>
      init.code === 0 ? tf(args) : { ...init, output: `terraform init failed:\n${init.output}` },
    );
  validated = afterInit(['validate', '-no-color']);
  tested = afterInit(['test', '-no-color']);
  // Nothing is rejected here: each test awaits its own result and reports it.
  await Promise.all([formatted, validated, tested].map((promise) => promise.catch(() => undefined)));
}, 200_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('AWS production Terraform (issue 7)', () => {
  it('is formatted, like all Terraform under infrastructure/', async () => {
    const result = await formatted;
    expect(result.code, `terraform fmt -check found unformatted files:\n${result.output}`).toBe(0);
  });

  it('initialises from the offline mirror and validates', async () => {
    const result = await validated;
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('The configuration is valid');
  });

  it('passes terraform test: the architecture asserted on mocked plans, bad inputs refused', async () => {
    const result = await tested;
    expect(result.code, result.output).toBe(0);
    const summary = /Success! (\d+) passed, 0 failed\./.exec(result.stdout);
    expect(summary, result.output).not.toBeNull();
    // Every run block of the two files must have run and passed (none skipped or lost).
    const runBlocks = await runBlockNames();
    expect(Number(summary?.[1])).toBe(runBlocks.length);
    for (const name of runBlocks) expect(result.stdout).toMatch(new RegExp(`run "${name}"\\.\\.\\. pass`));
  });

  it('wires the architecture constants into the modules (literal values, one place)', async () => {
    const root = await loadModule(rootDir);
    const architecture = root.locals.architecture;
    expect(isObject(architecture)).toBe(true);
    if (!isObject(architecture)) return;
    expect(architecture).toMatchObject({
      region: 'us-east-1',
      vpc_cidr: '10.0.0.0/16',
      fargate_cpu: 512,
      fargate_memory: 1024,
      app_port: 3000,
    });
    // The constants are literals a parser (and the docs consistency test) can read.
    for (const [key, value] of Object.entries(architecture)) {
      expect(JSON.stringify(value), `architecture.${key} must be a literal`).not.toContain('${');
    }

    const call = (name: string) => moduleCall(root, name);
    expect(call('api')).toMatchObject({
      cpu: '${local.arch.fargate_cpu}',
      memory: '${local.arch.fargate_memory}',
      min_count: '${local.arch.min_tasks}',
      max_count: '${local.arch.max_tasks}',
      container_port: '${local.arch.app_port}',
      private_subnet_ids: '${module.network.private_subnet_ids}',
      secrets: '${module.secrets.arns}',
    });
    expect(call('network')).toMatchObject({ vpc_cidr: '${local.arch.vpc_cidr}' });
    expect(call('database')).toMatchObject({
      multi_az: true,
      deletion_protection: true,
      instance_class: '${local.arch.rds_instance_class}',
      subnet_ids: '${module.network.private_subnet_ids}',
      allowed_security_group_ids: { api: '${module.api.security_group_id}' },
    });
    expect(call('redis')).toMatchObject({
      node_type: '${local.arch.redis_node_type}',
      num_cache_clusters: '${local.arch.redis_node_count}',
      allowed_security_group_ids: { api: '${module.api.security_group_id}' },
    });
    expect(call('alb')).toMatchObject({ ssl_policy: '${local.arch.tls_policy}' });
    expect(call('ecs_cluster').container_insights).toMatch(/^(enabled|enhanced)$/);
    const secrets = root.locals.secret_names;
    expect(secrets).toEqual([
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'DATA_ENCRYPTION_KEY',
      'SMTP_URL',
      'METRICS_TOKEN',
    ]);
  });

  it('never holds a secret value, a key pair or an open ingress outside the load balancer', async () => {
    const modules = await Promise.all([rootDir, ...awsModuleDirs].map((dir) => loadModule(dir)));
    const resources = modules.flatMap((module) => module.resources.map((block) => ({ module, block })));

    const forbiddenTypes = ['tls_private_key', 'aws_secretsmanager_secret_version', 'aws_key_pair', 'aws_instance'];
    expect(resources.filter(({ block }) => forbiddenTypes.includes(block.type)).map(label)).toEqual([]);

    const openIngress = resources.filter(
      ({ block }) =>
        (block.type === 'aws_vpc_security_group_ingress_rule' || block.type === 'aws_security_group_rule') &&
        /0\.0\.0\.0\/0|::\/0/.test(JSON.stringify(block.body)),
    );
    expect(openIngress.map(label)).toEqual(['terraform/modules/aws-alb: aws_vpc_security_group_ingress_rule.public']);
    expect(
      resources.filter(({ block }) => block.type === 'aws_security_group' && 'ingress' in block.body).map(label),
    ).toEqual([]);

    for (const { block } of resources) {
      const text = JSON.stringify(block.body);
      expect(text, label({ module: undefined, block })).not.toMatch(
        /"publicly_accessible":true|"assign_public_ip":true/,
      );
    }

    // Outputs expose identifiers and ARNs: none reads the token variable or is marked sensitive.
    const outputs = modules.flatMap((module) => module.outputs);
    for (const output of outputs) {
      expect(JSON.stringify(output.body.value), `output ${output.name}`).not.toMatch(/auth_token|password/);
      expect(output.body.sensitive, `output ${output.name}`).toBeUndefined();
    }

    // Every module input is typed and documented.
    for (const module of modules) {
      for (const variable of module.variables) {
        expect(variable.body.type, `${module.dir} var.${variable.name} type`).toBeDefined();
        expect(variable.body.description, `${module.dir} var.${variable.name} description`).toBeTruthy();
      }
    }
  });
});

function moduleCall(root: TerraformModule, name: string) {
  const block = root.modules.find((candidate) => candidate.name === name);
  if (!block) throw new Error(`${rootDir}: no module "${name}"`);
  return block.body;
}

function label({ module, block }: { module: TerraformModule | undefined; block: Block }): string {
  return `${module ? `${module.dir}: ` : ''}${block.type}.${block.name}`;
}

async function runBlockNames(): Promise<string[]> {
  const testsDir = join(rootPath, 'tests');
  const files = (await readdir(testsDir)).filter((name) => name.endsWith('.tftest.hcl'));
  expect(files.length, relative(infraRoot, testsDir)).toBeGreaterThan(0);
  const texts = await Promise.all(files.map((name) => readFile(join(testsDir, name), 'utf8')));
  return texts.flatMap((text) => [...text.matchAll(/^run "([a-z0-9_]+)"/gm)].map((match) => match[1] ?? ''));
}
