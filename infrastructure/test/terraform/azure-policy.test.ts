import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infraRoot, repoRoot, requireTool, run } from '../support/tools.js';
import { loadModule, type Overrides } from './hcl-module.js';
import { architectureOf, azureDirs, azurePolicyViolations, type AzureConfig } from './azure-policy.js';
import { parseCloudConfig, renderTemplate, templateArguments, templateVariables } from './cloud-init-template.js';

// No azurerm provider exists offline, so `terraform validate` cannot run on the Azure root. This
// test parses its HCL and the azure-* modules and asserts the policy of issue 7 (ADR 0025, 0026);
// the mutation cases prove each check catches the mistake it is for.

async function loadAzure(overrides: Overrides = {}): Promise<AzureConfig> {
  const [root, network, vm, keyVault] = await Promise.all([
    loadModule(azureDirs.root, overrides),
    loadModule(azureDirs.network, overrides),
    loadModule(azureDirs.vm, overrides),
    loadModule(azureDirs.keyVault, overrides),
  ]);
  return { root, network, vm, keyVault };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      if (['node_modules', '.terraform', '.run', '.git'].includes(entry.name)) return [];
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    }),
  );
  return nested.flat();
}

describe('Azure dev environment policy (parsed HCL)', () => {
  it('holds for the committed root module and azure-* modules', async () => {
    expect(azurePolicyViolations(await loadAzure())).toEqual([]);
  });

  it('is formatted (terraform fmt -check)', async () => {
    const terraform = requireTool(
      'terraform',
      'install Terraform >= 1.11 (scripts/test-tools.mjs, infrastructureTools)',
    );
    const dirs = Object.values(azureDirs).map((dir) => join(infraRoot, dir));
    const result = await run(terraform, ['fmt', '-check', '-recursive', '-diff', ...dirs], {
      env: { TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    expect(result.output, result.output).not.toMatch(/\.tf/);
    expect(result.code, result.output).toBe(0);
  });

  it('has no tls_private_key or private key material anywhere in infrastructure/', async () => {
    const files = (await filesUnder(infraRoot)).filter((path) => /\.(tf|hcl|tftpl|tfvars|example|json)$/.test(path));
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const path of files) {
      const text = await readFile(path, 'utf8');
      if (/"tls_private_key"|hashicorp\/tls|-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
        offenders.push(relative(repoRoot, path));
    }
    expect(offenders).toEqual([]);
  });

  it('renders a cloud-init template that mounts the data disk before installing Docker, without secrets', async () => {
    const { vm, root } = await loadAzure();
    const machine = vm.resources.find((block) => block.type === 'azurerm_linux_virtual_machine');
    const customData = String(machine?.body.custom_data);
    const file = /templatefile\("\$\{path\.module\}\/([\w.-]+)"/.exec(customData)?.[1];
    expect(file).toBeDefined();
    const template = await readFile(join(infraRoot, azureDirs.vm, String(file)), 'utf8');

    const used = templateVariables(template).sort();
    expect(templateArguments(customData).sort()).toEqual(used);
    expect(template).not.toMatch(/(password|passwd|secret|token|api_key)\w*\s*[:=]|chpasswd|BEGIN [A-Z ]*PRIVATE KEY/i);

    const docker = String(architectureOf(root).docker_version);
    const rendered = renderTemplate(template, {
      docker_version: docker,
      data_device: '/dev/disk/azure/scsi1/lun0',
      data_mount: '/var/lib/docker',
    });
    const config = parseCloudConfig(rendered);
    expect(config.ssh_pwauth).toBe(false);
    const commands = (config.runcmd ?? []).map((command) => (Array.isArray(command) ? command : ['sh', '-c', command]));
    const mount = commands.findIndex(
      (command) => command[0] === '/usr/local/sbin/promata-mount-data-disk' && command[2] === '/var/lib/docker',
    );
    const install = commands.findIndex((command) => command.join(' ').includes(`'docker-ce=${docker}'`));
    expect(mount).toBeGreaterThanOrEqual(0);
    expect(install).toBeGreaterThan(mount);
    const installScript = String(commands[install]?.at(-1));
    expect(installScript).toMatch(/^mountpoint -q '\/var\/lib\/docker' &&/);

    const script = config.write_files?.find(
      (entry) => entry.path === '/usr/local/sbin/promata-mount-data-disk',
    )?.content;
    expect(script).toMatch(/^#!\/bin\/bash\n/);
    const shellcheck = requireTool('shellcheck', 'apt-get install shellcheck');
    const [lintScript, lintInstall] = await Promise.all([
      run(shellcheck, ['--shell=bash', '--severity=style', '-'], { input: script }),
      run(shellcheck, ['--shell=sh', '--severity=style', '-'], { input: `${installScript}\n` }),
    ]);
    expect(lintScript.code, lintScript.output).toBe(0);
    expect(lintInstall.code, lintInstall.output).toBe(0);
  });

  it('records the Key Vault purge protection decision in ADR 0026', async () => {
    const adrs = await readdir(join(repoRoot, 'docs', 'adr'));
    const adr = adrs.find((name) => name.startsWith('0026-'));
    expect(adr).toBeDefined();
    expect(await readFile(join(repoRoot, 'docs', 'adr', String(adr)), 'utf8')).toMatch(/purge protection/i);
  });
});

const network = `${azureDirs.network}/main.tf`;
const vm = `${azureDirs.vm}/main.tf`;
const vault = `${azureDirs.keyVault}/main.tf`;
const root = `${azureDirs.root}/main.tf`;
const constants = `${azureDirs.root}/constants.tf`;
const append = (extra: string) => (text: string) => `${text}\n${extra}\n`;

const mutations: {
  name: string;
  file: string;
  edit: RegExp | ((text: string) => string);
  by?: string;
  expected: string;
}[] = [
  {
    name: 'SSH open to "*"',
    file: network,
    edit: /(source_address_prefix\s+=\s+)var\.admin_cidr/,
    by: '$1"*"',
    expected: 'SSH (22) open to PUBLIC',
  },
  {
    name: 'SSH inside a port range open to the internet',
    file: network,
    edit: /\["80", "443"\]/,
    by: '["80", "443", "20-30"]',
    expected: 'SSH (22) open to PUBLIC',
  },
  {
    name: 'Swarm management port from the internet',
    file: network,
    edit: /(source_address_prefix\s+=\s+)var\.vnet_cidr(\s+destination_port_range\s+=\s+"2377")/,
    by: '$1"Internet"$2',
    expected: 'Swarm port 2377 open to PUBLIC',
  },
  {
    name: 'an inline security_rule opening RDP to the world',
    file: network,
    edit: /(resource "azurerm_network_security_group" "swarm" \{)/,
    by: '$1\n  security_rule {\n    name = "rdp"\n    priority = 300\n    direction = "Inbound"\n    access = "Allow"\n    protocol = "Tcp"\n    source_port_range = "*"\n    source_address_prefix = "0.0.0.0/0"\n    destination_port_range = "3389"\n    destination_address_prefix = "*"\n  }',
    expected: 'security_rule[0] (rdp): internet/"*" source',
  },
  {
    name: 'web open to every node',
    file: network,
    edit: /(destination_address_prefix\s+=\s+)var\.manager_private_ip/,
    by: '$1var.subnet_cidr',
    expected: 'only allowed for 80/443 tcp to the manager',
  },
  {
    name: 'no deny-all rule',
    file: network,
    edit: /(access\s+=\s+)"Deny"/,
    by: '$1"Allow"',
    expected: 'no inbound "deny all"',
  },
  {
    name: 'NSG not on the subnet',
    file: network,
    edit: /(network_security_group_id\s+=\s+)azurerm_network_security_group\.swarm\.id/,
    by: '$1var.elsewhere',
    expected: 'not associated',
  },
  {
    name: 'VMs booting before the subnet has egress',
    file: `${azureDirs.network}/outputs.tf`,
    edit: /\s+azurerm_subnet_nat_gateway_association\.swarm,/,
    by: '',
    expected: 'must depend on the subnet NAT gateway association',
  },
  {
    name: 'a misspelt variable',
    file: root,
    edit: /var\.admin_ssh_public_key/,
    by: 'var.admin_ssh_key',
    expected: 'var.admin_ssh_key is not declared',
  },
  {
    name: 'an undefined local',
    file: root,
    edit: /local\.arch\.subnet_cidr/,
    by: 'local.arch_subnet',
    expected: 'local.arch_subnet is not defined',
  },
  {
    name: 'a missing module output read through a for expression',
    file: `${azureDirs.vm}/outputs.tf`,
    edit: /output "principal_id"/,
    by: 'output "identity_id"',
    expected: 'module.swarm_node has no output principal_id',
  },
  {
    name: 'a missing module output',
    file: `${azureDirs.vm}/outputs.tf`,
    edit: /output "private_ip"/,
    by: 'output "address"',
    expected: 'module.swarm_node has no output private_ip',
  },
  {
    name: 'a required module argument not passed',
    file: root,
    edit: /\n\s+subnet_id\s+=\s+module\.network\.subnet_id/,
    by: '',
    expected: 'required variable subnet_id of terraform/modules/azure-swarm-vm is not passed',
  },
  {
    name: 'an unknown module argument',
    file: root,
    edit: /(module "network" \{)/,
    by: '$1\n  vnet_name = "x"',
    expected: 'terraform/modules/azure-network has no variable vnet_name',
  },
  {
    name: 'a reference to a missing resource',
    file: `${azureDirs.keyVault}/outputs.tf`,
    edit: /azurerm_key_vault\.this\.vault_uri/,
    by: 'azurerm_key_vault.main.vault_uri',
    expected: 'resource azurerm_key_vault.main is not declared',
  },
  {
    name: 'a node on an Azure-reserved address',
    file: constants,
    edit: /first_node_host = 10/,
    by: 'first_node_host = 1',
    expected: 'Azure-reserved addresses',
  },
  {
    name: 'a Swarm address pool overlapping the VNet',
    file: constants,
    edit: /"10\.128\.0\.0\/16"/,
    by: '"10.1.128.0/20"',
    expected: 'does not overlap the VNet',
  },
  {
    name: 'a second manager',
    file: constants,
    edit: /(manager_count\s+=\s+)1/,
    by: '$12',
    expected: 'one manager (the public entry point)',
  },
  {
    name: 'password authentication enabled',
    file: vm,
    edit: /(disable_password_authentication\s+=\s+)true/,
    by: '$1false',
    expected: 'disable_password_authentication must be true',
  },
  {
    name: 'an admin password',
    file: vm,
    edit: /(disable_password_authentication\s+=\s+true)/,
    by: '$1\n  admin_password = "example-only"',
    expected: 'admin_password must not be set',
  },
  {
    name: 'no system identity',
    file: vm,
    edit: /type = "SystemAssigned"/,
    by: 'type = "UserAssigned"',
    expected: 'SystemAssigned identity',
  },
  {
    name: 'a smaller VM size',
    file: constants,
    edit: /"Standard_B2s"/,
    by: '"Standard_B1s"',
    expected: 'vm_size is "Standard_B1s"',
  },
  {
    name: 'another VNet range',
    file: constants,
    edit: /"10\.1\.0\.0\/16"/,
    by: '"10.2.0.0/16"',
    expected: 'vnet_cidr is "10.2.0.0/16"',
  },
  {
    name: 'a Standard HDD OS disk',
    file: constants,
    edit: /(os_disk_sku\s+=\s+)"Premium_LRS"/,
    by: '$1"Standard_LRS"',
    expected: 'os_disk_sku is "Standard_LRS"',
  },
  {
    name: 'another region',
    file: constants,
    edit: /"eastus2"/,
    by: '"westeurope"',
    expected: 'location is "westeurope"',
  },
  {
    name: 'a module call ignoring the constants',
    file: root,
    edit: /(size\s+=\s+)local\.arch\.vm_size/,
    by: '$1"Standard_D2s_v5"',
    expected: 'module.swarm_node.size must read',
  },
  {
    name: 'every node with a public IP',
    file: root,
    edit: /(public_ip\s+=\s+)each\.key == local\.ingress_node_key/,
    by: '$1true',
    expected: 'public_ip must be true only for the ingress manager',
  },
  {
    name: 'VM identities not granted',
    file: root,
    edit: /(secrets_user_principal_ids\s+=\s+)\{[^}]*\}/,
    by: '$1{}',
    expected: 'secrets_user_principal_ids must map',
  },
  {
    name: 'Key Vault without RBAC',
    file: vault,
    edit: /(enable_rbac_authorization\s+=\s+)true/,
    by: '$1false',
    expected: 'RBAC authorisation must be enabled',
  },
  {
    name: 'Key Vault open to all networks',
    file: vault,
    edit: /(default_action\s+=\s+)"Deny"/,
    by: '$1"Allow"',
    expected: 'default_action must be Deny',
  },
  {
    name: 'the wrong role for the VMs',
    file: vault,
    edit: /"Key Vault Secrets User"/,
    by: '"Key Vault Administrator"',
    expected: '"Key Vault Secrets User" on the vault',
  },
  {
    name: 'a secret written by Terraform',
    file: vault,
    edit: append(
      'resource "azurerm_key_vault_secret" "db" {\n  name = "db"\n  value = var.db\n  key_vault_id = azurerm_key_vault.this.id\n}',
    ),
    expected: 'azurerm_key_vault_secret',
  },
  {
    name: 'a tls_private_key',
    file: root,
    edit: append('resource "tls_private_key" "admin" {\n  algorithm = "ED25519"\n}'),
    expected: 'tls_private_key.admin',
  },
  {
    name: 'an output exposing a private key',
    file: `${azureDirs.root}/outputs.tf`,
    edit: append(
      'output "admin_private_key" {\n  description = "The key."\n  value = tls_private_key.admin.private_key_openssh\n}',
    ),
    expected: 'output admin_private_key: name looks like a secret',
  },
  {
    name: 'a sensitive output',
    file: `${azureDirs.root}/outputs.tf`,
    edit: append('output "db" {\n  description = "DB."\n  value = var.admin_cidr\n  sensitive = true\n}'),
    expected: 'a sensitive output',
  },
  {
    name: 'an undocumented variable',
    file: `${azureDirs.root}/variables.tf`,
    edit: append('variable "extra" {\n  type = string\n}'),
    expected: 'variable extra: no description',
  },
  {
    name: 'an untyped variable',
    file: `${azureDirs.network}/variables.tf`,
    edit: append('variable "extra" {\n  description = "Something extra."\n}'),
    expected: 'variable extra: no type',
  },
  {
    name: 'admin_cidr accepting 0.0.0.0/0',
    file: `${azureDirs.root}/variables.tf`,
    edit: /var\.admin_cidr != "0\.0\.0\.0\/0" &&/,
    by: '',
    expected: 'reject 0.0.0.0/0',
  },
  {
    name: 'an unpinned provider',
    file: `${azureDirs.root}/versions.tf`,
    edit: /"= 4\.\d+\.\d+"/,
    by: '">= 4.0"',
    expected: 'pinned to an exact 4.x version',
  },
  {
    name: 'a backend access key in a file',
    file: `${azureDirs.root}/backend.tf`,
    edit: /(use_azuread_auth = true)/,
    by: '$1\n    access_key = "example-only"',
    expected: 'access_key must come from the environment',
  },
  {
    name: 'an untagged VM',
    file: vm,
    edit: /\n\s+tags\s+=\s+merge\(var\.tags, \{ swarm_role = var\.role \}\)/,
    by: '',
    expected: 'azurerm_linux_virtual_machine.this has no tags',
  },
];

describe('Azure policy checks catch real mistakes', () => {
  it.each(mutations)('reports $name', async ({ file, edit, by, expected }) => {
    const rewrite = (text: string) => {
      const changed = typeof edit === 'function' ? edit(text) : text.replace(edit, by ?? '');
      expect(changed, `the mutation of ${file} did not apply`).not.toBe(text);
      return changed;
    };
    const violations = azurePolicyViolations(await loadAzure({ [file]: rewrite }));
    expect(violations.join('\n')).toContain(expected);
  });
});
