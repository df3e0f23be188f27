import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// The playbook parses with the generated inventory, passes ansible-lint's production profile and
// yamllint, and keeps the promises operators rely on (no ignore_errors, secrets never logged).

const ansibleDir = join(infraRoot, 'ansible');
const fixture = join(infraRoot, 'test', 'ansible', 'fixtures', 'terraform-outputs.json');
const env = { PROMATA_TF_OUTPUTS: fixture, ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg'), ANSIBLE_NOCOLOR: '1' };

describe.concurrent('Ansible site.yml', () => {
  it('passes ansible-playbook --syntax-check with the inventory generated from Terraform outputs', async () => {
    const playbook = requireTool('ansible-playbook', 'apt-get install ansible');
    const [syntax, hosts] = await Promise.all([
      run(playbook, ['--syntax-check', 'site.yml'], { cwd: ansibleDir, env }),
      run(playbook, ['--list-hosts', 'site.yml'], { cwd: ansibleDir, env }),
    ]);
    expect(syntax.code, syntax.output).toBe(0);
    expect(hosts.code, hosts.output).toBe(0);
    // Every play targets real hosts of the inventory; the deploy play runs on the manager only.
    expect(hosts.stdout).toMatch(/play #1 .*\n\s+pattern: \['swarm'\]\n\s+hosts \(3\):/);
    expect(hosts.stdout).toMatch(
      /play #4 .*\n\s+pattern: \['swarm_managers'\]\n\s+hosts \(1\):\n\s+promata-dev-manager-1/,
    );
  });

  it('passes ansible-lint with the production profile', async () => {
    const lint = requireTool('ansible-lint', 'apt-get install ansible-lint');
    const result = await run(lint, ['--nocolor', '-p'], { cwd: ansibleDir, env, timeoutMs: 60_000 });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Passed with production profile/);
  });

  it('passes yamllint', async () => {
    const yamllint = requireTool('yamllint', 'apt-get install yamllint');
    const result = await run(yamllint, ['-s', '-c', join(ansibleDir, '.yamllint'), ansibleDir]);
    expect(result.code, result.output).toBe(0);
  });

  it('never ignores errors and keeps every secret-handling task out of the logs', async () => {
    const grep = await run('grep', ['-rn', '--include=*.yml', 'ignore_errors', ansibleDir]);
    expect(grep.stdout).toBe('');
    const tasks = await readFile(join(ansibleDir, 'roles', 'deploy', 'tasks', 'main.yml'), 'utf8');
    // Each task that touches the IMDS token, Key Vault values or Swarm secret data has no_log: true.
    const blocks = tasks
      .split(/\n(?=- name: )/)
      .filter((block) => /169\.254\.169\.254|access_token|json\.value|docker_secret/.test(block));
    expect(blocks.length).toBe(3);
    for (const block of blocks) expect(block, block).toMatch(/\n {2}no_log: true/);
  });
});
