import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infraRoot, repoRoot, requireTool, run } from '../support/tools.js';

// Invariants of .github/workflows over the parsed YAML: pinned actions, OIDC instead of static
// cloud keys, id-token only where a role is assumed, approvals before apply and deploy, and CI
// running the README's test command.

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = {
  permissions?: Record<string, string> | string;
  environment?: string | { name: string };
  steps?: Step[];
  if?: string;
};
type Workflow = { on: unknown; permissions?: Record<string, string> | string; jobs: Record<string, Job> };

const workflowsDir = join(repoRoot, '.github', 'workflows');
const files = readdirSync(workflowsDir)
  .filter((name) => name.endsWith('.yml'))
  .sort();
const text = (name: string) => readFileSync(join(workflowsDir, name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const jobs = (name: string) => Object.entries(workflow(name).jobs);
const allSteps = () =>
  files.flatMap((name) => jobs(name).flatMap(([id, job]) => (job.steps ?? []).map((step) => ({ name, id, step }))));
const assumesRole = (job: Job) =>
  (job.steps ?? []).some((step) => /^(azure\/login|aws-actions\/configure-aws-credentials)@/.test(step.uses ?? ''));

describe('GitHub workflows', () => {
  it('exist for CI, images, Terraform and both deploys', () => {
    expect(files).toEqual(['ci.yml', 'deploy-dev.yml', 'deploy-prod.yml', 'images.yml', 'terraform.yml']);
  });

  it('pass yamllint', async () => {
    const yamllint = requireTool('yamllint', 'apt-get install yamllint');
    const result = await run(yamllint, ['-s', '-c', join(infraRoot, 'ansible', '.yamllint'), workflowsDir]);
    expect(result.code, result.output).toBe(0);
  });

  it('have the structure GitHub requires (jobs with runs-on and steps, each step uses or runs)', () => {
    const events = new Set(['push', 'pull_request', 'workflow_dispatch', 'workflow_run', 'workflow_call', 'schedule']);
    const permissionValues = new Set(['read', 'write', 'none']);
    for (const name of files) {
      const parsed = parse(text(name)) as Workflow & { name?: string };
      expect(typeof parsed.name, name).toBe('string');
      expect(
        Object.keys(parsed.on as object).every((event) => events.has(event)),
        name,
      ).toBe(true);
      for (const [id, job] of Object.entries(parsed.jobs) as [string, Job & { 'runs-on'?: unknown }][]) {
        expect(job['runs-on'], `${name} ${id}`).toBeTruthy();
        expect(job.steps?.length, `${name} ${id}`).toBeGreaterThan(0);
        for (const step of job.steps ?? [])
          expect(Boolean(step.uses) !== Boolean(step.run), `${name} ${id}`).toBe(true);
        for (const value of Object.values(typeof job.permissions === 'object' ? job.permissions : {})) {
          expect(permissionValues.has(value), `${name} ${id}`).toBe(true);
        }
      }
    }
  });

  it('pin every action to a full version tag or a commit SHA', () => {
    const uses = allSteps().filter(({ step }) => step.uses);
    expect(uses.length).toBeGreaterThan(10);
    for (const { name, step } of uses) {
      expect(step.uses, name).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
    }
  });

  it('use no static cloud keys or credential blobs', () => {
    for (const name of files) {
      expect(text(name), name).not.toMatch(
        /AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|aws-secret-access-key|AZURE_CREDENTIALS|ARM_CLIENT_SECRET|client-secret|creds:/i,
      );
    }
    for (const { name, step } of allSteps().filter(({ step }) => step.uses?.startsWith('azure/login@'))) {
      expect(Object.keys(step.with ?? {}).sort(), name).toEqual(['client-id', 'subscription-id', 'tenant-id']);
    }
    for (const { name, step } of allSteps().filter(({ step }) =>
      step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    )) {
      expect(step.with?.['role-to-assume'], name).toMatch(/^\$\{\{ vars\.AWS_\w+_ROLE_ARN \}\}$/);
    }
  });

  it('grant id-token: write only to the jobs that assume a cloud role, never workflow-wide', () => {
    for (const name of files) {
      expect(JSON.stringify(workflow(name).permissions ?? {}), name).not.toMatch(/id-token|write-all/);
      for (const [id, job] of jobs(name)) {
        const permissions = typeof job.permissions === 'object' ? job.permissions : {};
        expect(permissions['id-token'] === 'write', `${name} ${id}`).toBe(assumesRole(job));
      }
    }
  });

  it('put every apply and deploy job behind a GitHub environment', () => {
    const gated = [
      ...jobs('terraform.yml').filter(([id]) => id.startsWith('apply-')),
      ...jobs('deploy-dev.yml'),
      ...jobs('deploy-prod.yml'),
    ];
    expect(gated.length).toBe(4);
    for (const [id, job] of gated) expect(job.environment, id).toBeTruthy();
    expect(jobs('terraform.yml').map(([id]) => id)).toEqual([
      'validate',
      'plan-dev',
      'plan-prod',
      'apply-dev',
      'apply-prod',
    ]);
    // Plans run on pull requests; applies only on main.
    for (const [id, job] of jobs('terraform.yml').filter(([id]) => id.startsWith('apply-'))) {
      expect(job.if, id).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    }
  });

  it('upload no artifacts (plans and keys stay inside their job)', () => {
    for (const { name, step } of allSteps()) expect(step.uses ?? '', name).not.toMatch(/upload-artifact/);
  });

  it('never expand secrets, variables or event data inside run scripts (no script injection)', () => {
    for (const { name, id, step } of allSteps().filter(({ step }) => step.run)) {
      expect(step.run, `${name} ${id}`).not.toMatch(/\$\{\{\s*(secrets|vars|github\.event|inputs)\./);
    }
  });

  it('run the README test command in CI through .ci/run', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const testCommand = readme.match(/^(npm test)\s+#/m)?.[1];
    expect(testCommand).toBe('npm test');
    const ciRun = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    expect(ciRun.trim().split('\n').at(-1)).toBe(testCommand);
    const runs = allSteps()
      .filter(({ name }) => name === 'ci.yml')
      .map(({ step }) => step.run);
    expect(runs.at(-1)).toBe('.ci/run');
    expect(workflow('ci.yml').on).toMatchObject({ push: { branches: ['main'] }, pull_request: null });
  });

  it('deploy production with a one-shot migration, then wait for stable services', () => {
    const script = (workflow('deploy-prod.yml').jobs.release?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(script).toMatch(/aws ecs run-task[\s\S]*db:migrate/);
    expect(script).toMatch(/aws ecs wait tasks-stopped/);
    expect(script).toMatch(/aws ecs update-service/);
    expect(script).toMatch(/aws ecs wait services-stable/);
    expect(script.indexOf('db:migrate')).toBeLessThan(script.indexOf('update-service'));
  });

  it('deploy dev with Ansible and the health check', () => {
    const script = (workflow('deploy-dev.yml').jobs.deploy?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(script).toMatch(/ansible-playbook site\.yml/);
    expect(script).toMatch(/infrastructure\/scripts\/health-check\.sh --url/);
  });

  it('push both images to GHCR with the workflow token', () => {
    const build = workflow('images.yml').jobs.build!;
    expect(build.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(text('images.yml')).toMatch(/matrix:\n\s+image: \[api, web\]/);
    expect(text('images.yml')).toMatch(/password: \$\{\{ secrets\.GITHUB_TOKEN \}\}/);
  });
});
