import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// The dynamic inventory turns `terraform output -json` (issue 7's contract) into hosts: the manager
// by its public IP, workers through it as SSH jump host, node labels as host variables.

const script = join(infraRoot, 'ansible', 'inventory', 'terraform_inventory.py');
const fixture = join(infraRoot, 'test', 'ansible', 'fixtures', 'terraform-outputs.json');

type HostVars = Record<string, unknown> & { ansible_host: string; swarm_role: string };
type Inventory = {
  _meta: { hostvars: Record<string, HostVars> };
  swarm_managers: { hosts: string[] };
  swarm_workers: { hosts: string[] };
  all: { vars: Record<string, string> };
};

let dir: string;
let python: string;

beforeAll(async () => {
  python = requireTool('python3', 'apt-get install python3');
  dir = await mkdtemp(join(tmpdir(), 'promata-inventory-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const list = (outputs: string) => run(python, [script, '--list'], { env: { PROMATA_TF_OUTPUTS: outputs } });

/** The fixture with one change applied, written to its own file. */
async function variant(name: string, change: (outputs: Record<string, { value: unknown }>) => void) {
  const outputs = JSON.parse(await readFile(fixture, 'utf8')) as Record<string, { value: unknown }>;
  change(outputs);
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(outputs));
  return path;
}

describe('Terraform inventory', () => {
  it('reaches the manager by its public IP and the workers through it, with labels as host vars', async () => {
    const result = await list(fixture);
    expect(result.code, result.stderr).toBe(0);
    const inventory = JSON.parse(result.stdout) as Inventory;
    const hosts = inventory._meta.hostvars;

    expect(inventory.swarm_managers.hosts).toEqual(['promata-dev-manager-1']);
    expect(inventory.swarm_workers.hosts).toEqual(['promata-dev-worker-1', 'promata-dev-worker-2']);
    expect(hosts['promata-dev-manager-1']).toMatchObject({
      ansible_host: '203.0.113.10',
      ansible_user: 'promata',
      private_ip: '10.1.1.4',
      swarm_role: 'manager',
      swarm_node_labels: { 'promata.edge': 'true' },
    });
    expect(hosts['promata-dev-manager-1']).not.toHaveProperty('ansible_ssh_common_args');
    expect(hosts['promata-dev-worker-1']).toMatchObject({
      ansible_host: '10.1.1.5',
      ansible_ssh_common_args: '-o ProxyJump=promata@203.0.113.10',
      swarm_role: 'worker',
      swarm_node_labels: { 'promata.postgres': 'primary', 'promata.redis': 'true' },
    });
    expect(hosts['promata-dev-worker-2']?.swarm_node_labels).toEqual({ 'promata.postgres': 'standby' });
    expect(inventory.all.vars).toMatchObject({
      key_vault_uri: 'https://kv-promata-dev-example.vault.azure.net/',
      manager_public_ip: '203.0.113.10',
      swarm_address_pool: '10.128.0.0/16',
    });
  });

  it('is what ansible-inventory reads', async () => {
    const ansibleInventory = requireTool('ansible-inventory', 'apt-get install ansible');
    const result = await run(ansibleInventory, ['-i', script, '--graph'], { env: { PROMATA_TF_OUTPUTS: fixture } });
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/@swarm_managers:\n[\s|]+--promata-dev-manager-1\n/);
    expect(result.stdout).toMatch(/@swarm_workers:\n[\s|]+--promata-dev-worker-1\n[\s|]+--promata-dev-worker-2/);
  });

  it.each([
    [
      'two managers',
      (o: Record<string, { value: unknown }>) => {
        (o.nodes!.value as Record<string, { role: string }>)['promata-dev-worker-1']!.role = 'manager';
      },
      'expected exactly one manager node, found 2',
    ],
    [
      'an unknown role',
      (o: Record<string, { value: unknown }>) => {
        (o.nodes!.value as Record<string, { role: string }>)['promata-dev-worker-2']!.role = 'db';
      },
      "has role 'db'",
    ],
    [
      'a bad address',
      (o: Record<string, { value: unknown }>) => {
        o.manager_public_ip!.value = '203.0.113.999';
      },
      'manager_public_ip is not an IP address',
    ],
    [
      'root as admin',
      (o: Record<string, { value: unknown }>) => {
        o.admin_username!.value = 'root';
      },
      'not a valid non-root user name',
    ],
    [
      'a missing output',
      (o: Record<string, { value: unknown }>) => {
        delete o.nodes;
      },
      "terraform output 'nodes' is missing",
    ],
  ])('refuses outputs with %s', async (name, change, message) => {
    const result = await list(await variant(name.replaceAll(' ', '-'), change));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
