import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// The operator entry points: every target prints its commands with `make -n`, calls the real
// scripts/terraform/ansible with the documented variables, and refuses to run without what it needs.

const targets = ['help', 'plan', 'apply', 'configure', 'deploy', 'check', 'backup', 'restore', 'failover'];
const make = (args: string[], env: Record<string, string> = {}) =>
  run(requireTool('make', 'apt-get install make'), ['--no-print-directory', '-C', infraRoot, ...args], { env });

describe.concurrent('infrastructure/Makefile', () => {
  it('declares exactly the operator targets as phony', async () => {
    const makefile = await readFile(join(infraRoot, 'Makefile'), 'utf8');
    const phony = makefile.match(/^\.PHONY: (.+)$/m)?.[1]?.split(' ');
    expect(phony?.sort()).toEqual([...targets].sort());
  });

  it.each(targets)('make -n %s works with the default variables', async (target) => {
    const result = await make(['-n', target]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout.trim()).not.toBe('');
  });

  it('wires each target to the real tool with the variables', async () => {
    const vars = [
      'ADMIN_CIDR=198.51.100.0/24',
      'DUCKDNS_TOKEN_FILE=/run/secrets/duckdns',
      'BACKUP_FILE=/backups/promata.dump',
      'URL=https://promata.example.org',
      'METRICS_TOKEN_FILE=/run/secrets/metrics',
    ];
    const out = async (target: string, extra: string[] = []) => (await make(['-n', target, ...vars, ...extra])).stdout;
    const dev = join(infraRoot, 'environments', 'dev', 'azure');
    const prod = join(infraRoot, 'environments', 'prod', 'aws');

    expect(await out('plan')).toContain(`terraform -chdir=${dev} plan -input=false -out=/tmp/promata-dev.tfplan`);
    expect(await out('plan', ['ENV=prod'])).toContain(
      `terraform -chdir=${prod} init -input=false -backend-config=${prod}/backend.hcl`,
    );
    expect(await out('apply', ['ENV=prod'])).toContain(
      `terraform -chdir=${prod} apply -input=false /tmp/promata-prod.tfplan`,
    );
    const configure = await out('configure');
    expect(configure).toContain(
      `${infraRoot}/scripts/duckdns-update.sh --domain promata-dev --token-file /run/secrets/duckdns`,
    );
    expect(configure).toMatch(/ADMIN_CIDR='198\.51\.100\.0\/24' .*ansible-playbook site\.yml --skip-tags deploy/);
    expect(await out('deploy')).toMatch(/ansible-playbook site\.yml --tags deploy/);
    expect(await out('check')).toContain(
      `${infraRoot}/scripts/health-check.sh --url https://promata.example.org --days 14 --metrics-token-file /run/secrets/metrics`,
    );
    expect(await out('backup')).toContain(`${infraRoot}/scripts/backup.sh`);
    expect(await out('restore')).toContain(`${infraRoot}/scripts/restore.sh /backups/promata.dump`);
    expect(await out('failover')).toContain(`${infraRoot}/scripts/failover.sh`);
  });

  it('lists the targets in make help', async () => {
    const result = await make(['help']);
    expect(result.code, result.output).toBe(0);
    for (const target of targets.filter((t) => t !== 'help'))
      expect(result.stdout).toMatch(new RegExp(`make ${target} `));
  });

  it('refuses to run without the required variables, before doing anything', async () => {
    const configure = await make(['configure'], { ADMIN_CIDR: '' });
    expect(configure.code).not.toBe(0);
    expect(configure.stderr).toMatch(/set ADMIN_CIDR/);
    const restore = await make(['restore'], { BACKUP_FILE: '' });
    expect(restore.code).not.toBe(0);
    expect(restore.stderr).toMatch(/set BACKUP_FILE/);
    const apply = await make(['apply', 'PLAN_FILE=/nonexistent/promata.tfplan']);
    expect(apply.code).not.toBe(0);
    expect(apply.stderr).toMatch(/no plan at \/nonexistent\/promata\.tfplan/);
    const env = await make(['plan', 'ENV=staging']);
    expect(env.code).not.toBe(0);
    expect(env.stderr).toMatch(/ENV must be dev or prod/);
    const prodDeploy = await make(['deploy', 'ENV=prod']);
    expect(prodDeploy.code).not.toBe(0);
    expect(prodDeploy.stderr).toMatch(/dev Swarm only/);
  });
});
