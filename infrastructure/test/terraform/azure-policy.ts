import {
  expression,
  isObject,
  nestedBlocks,
  type HclObject,
  type HclValue,
  type TerraformModule,
  jsonText,
  resourcesOf,
} from './hcl-module.js';
import { cidrContains } from './cidr.js';
import { keyVaultViolations } from './azure-key-vault-policy.js';
import { nsgViolations, publicIpViolations } from './azure-nsg-policy.js';
import { vmViolations } from './azure-vm-policy.js';
import { referenceViolations } from './references.js';

// The Azure development environment's policy (issue 7), checked over parsed HCL because no azurerm
// provider exists offline. Each check returns the violations it finds; the test asserts none on the
// real files and at least one on deliberately broken copies.

export type AzureConfig = {
  root: TerraformModule;
  network: TerraformModule;
  vm: TerraformModule;
  keyVault: TerraformModule;
};

export const azureDirs = {
  root: 'environments/dev/azure',
  network: 'terraform/modules/azure-network',
  vm: 'terraform/modules/azure-swarm-vm',
  keyVault: 'terraform/modules/azure-key-vault',
} as const;

/** The values the issue fixes for the dev environment. */
export const expectedArchitecture = {
  location: 'eastus2',
  vnet_cidr: '10.1.0.0/16',
  vm_size: 'Standard_B2s',
  os_disk_sku: 'Premium_LRS',
  data_disk_sku: 'Premium_LRS',
} as const;

export function architectureOf(root: TerraformModule): HclObject {
  const architecture = root.locals.architecture;
  if (!isObject(architecture)) throw new Error(`${root.dir}: no locals { architecture = {...} }`);
  return architecture;
}

const modules = (config: AzureConfig) => [config.root, config.network, config.vm, config.keyVault];

export function constantsViolations(root: TerraformModule): string[] {
  const problems: string[] = [];
  const arch = architectureOf(root);
  for (const [key, expected] of Object.entries(expectedArchitecture)) {
    if (arch[key] !== expected)
      problems.push(`constants.tf: ${key} is ${jsonText(arch[key])}, the architecture says ${expected}`);
  }
  if (typeof arch.subnet_cidr !== 'string' || !cidrContains(String(arch.vnet_cidr), arch.subnet_cidr)) {
    problems.push(`constants.tf: subnet_cidr ${jsonText(arch.subnet_cidr)} is not inside vnet_cidr`);
  }
  // Azure reserves the first four addresses and the last one of every subnet.
  const hosts = 2 ** (32 - Number(String(arch.subnet_cidr).split('/')[1]));
  const firstHost = Number(arch.first_node_host);
  if (!(firstHost >= 4 && firstHost + Number(arch.manager_count) + Number(arch.worker_count) <= hosts - 1)) {
    problems.push(
      `constants.tf: node addresses from host ${firstHost} must avoid the subnet's Azure-reserved addresses`,
    );
  }
  const pool = String(arch.swarm_address_pool);
  if (
    !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(pool) ||
    cidrContains(pool, String(arch.vnet_cidr)) ||
    cidrContains(String(arch.vnet_cidr), pool)
  ) {
    problems.push(`constants.tf: swarm_address_pool ${pool} must be a CIDR that does not overlap the VNet`);
  }
  if (!/^[a-z0-9-]+\.duckdns\.org$/.test(String(arch.domain)))
    problems.push('constants.tf: domain must be a DuckDNS name');
  if (JSON.stringify(arch).includes('${')) problems.push('constants.tf: architecture must hold literal values only');
  const managers = Number(arch.manager_count);
  const workers = Number(arch.worker_count);
  if (!(managers === 1 && workers >= 2))
    problems.push('constants.tf: one manager (the public entry point) and at least two workers');
  const labels = arch.node_labels;
  const known = new Set([
    ...Array.from({ length: managers }, (_, i) => `manager-${i + 1}`),
    ...Array.from({ length: workers }, (_, i) => `worker-${i + 1}`),
  ]);
  for (const node of isObject(labels) ? Object.keys(labels) : []) {
    if (!known.has(node)) problems.push(`constants.tf: node_labels names ${node}, which the counts do not create`);
  }
  return problems;
}

/** Attributes of the root's module calls that must read a constant: [module, attribute path, constant]. */
const wiring: [string, string, string][] = [
  ['network', 'location', 'location'],
  ['network', 'vnet_cidr', 'vnet_cidr'],
  ['network', 'subnet_cidr', 'subnet_cidr'],
  ['swarm_node', 'location', 'location'],
  ['swarm_node', 'size', 'vm_size'],
  ['swarm_node', 'admin_username', 'admin_username'],
  ['swarm_node', 'os_disk.storage_account_type', 'os_disk_sku'],
  ['swarm_node', 'os_disk.size_gb', 'os_disk_size_gb'],
  ['swarm_node', 'data_disk.storage_account_type', 'data_disk_sku'],
  ['swarm_node', 'data_disk.size_gb', 'data_disk_size_gb'],
  ['swarm_node', 'docker_version', 'docker_version'],
  ['key_vault', 'location', 'location'],
  ['key_vault', 'soft_delete_retention_days', 'key_vault_soft_delete_retention_days'],
  ['key_vault', 'purge_protection_enabled', 'key_vault_purge_protection_enabled'],
];

function attribute(body: HclObject, path: string): HclValue | undefined {
  let current: HclValue | undefined = body;
  for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
  return current;
}

const readsConstant = (value: HclValue | undefined, key: string) =>
  [`local.arch.${key}`, `local.architecture.${key}`].includes(expression(value) ?? '');

export function wiringViolations(root: TerraformModule): string[] {
  const problems: string[] = [];
  if (expression(root.locals.arch) !== 'local.architecture')
    problems.push('main.tf: local.arch must be local.architecture');
  const calls = new Map(root.modules.map((block) => [block.name, block.body]));
  const sources: Record<string, string> = {
    network: 'azure-network',
    swarm_node: 'azure-swarm-vm',
    key_vault: 'azure-key-vault',
  };
  for (const [name, folder] of Object.entries(sources)) {
    if (calls.get(name)?.source !== `../../../terraform/modules/${folder}`)
      problems.push(`module.${name}: source must be terraform/modules/${folder}`);
  }
  for (const [name, path, key] of wiring) {
    const body = calls.get(name);
    if (!body || !readsConstant(attribute(body, path), key))
      problems.push(`module.${name}.${path} must read local.architecture.${key}`);
  }
  const group = resourcesOf(root, 'azurerm_resource_group')[0];
  if (!group || !readsConstant(group.body.location, 'location'))
    problems.push('azurerm_resource_group: location must read the constants');

  const network = calls.get('network');
  const node = calls.get('swarm_node');
  const vault = calls.get('key_vault');
  if (expression(network?.admin_cidr) !== 'var.admin_cidr')
    problems.push('module.network.admin_cidr must be var.admin_cidr');
  if (expression(vault?.admin_cidr) !== 'var.admin_cidr')
    problems.push('module.key_vault.admin_cidr must be var.admin_cidr');
  if (expression(node?.for_each) !== 'local.nodes')
    problems.push('module.swarm_node must be created for_each local.nodes');
  if (expression(node?.public_ip) !== 'each.key == local.ingress_node_key') {
    problems.push(
      'module.swarm_node.public_ip must be true only for the ingress manager (each.key == local.ingress_node_key)',
    );
  }
  if (expression(network?.manager_private_ip) !== 'local.nodes[local.ingress_node_key].private_ip') {
    problems.push('module.network.manager_private_ip must be the ingress manager private IP');
  }
  if (!String(root.locals.ingress_node_key).startsWith('manager-'))
    problems.push('local.ingress_node_key must name a manager');
  const readers = expression(vault?.secrets_user_principal_ids) ?? '';
  if (!/module\.swarm_node/.test(readers) || !/\.principal_id\b/.test(readers)) {
    problems.push(
      'module.key_vault.secrets_user_principal_ids must map every module.swarm_node identity (principal_id)',
    );
  }
  if (!jsonText(vault?.allowed_subnet_ids).includes('module.network.subnet_id'))
    problems.push('module.key_vault must allow the Swarm subnet');
  return problems;
}

const secretName = /password|passwd|secret|token|private_key|credential|connection_string|access_key|sas_|(^|_)key$/i;
const secretValue = /password|secret|private_key|access_key|connection_string|sas_token|custom_data|tls_/i;
const identifier = /^[a-z0-9_]+$/;

export function variableAndOutputViolations(config: AzureConfig): string[] {
  const problems: string[] = [];
  for (const module of modules(config)) {
    for (const variable of module.variables) {
      const label = `${module.dir}: variable ${variable.name}`;
      const { type, description } = variable.body;
      if (type === undefined) problems.push(`${label}: no type`);
      if (typeof description !== 'string' || description.trim().length < 10) problems.push(`${label}: no description`);
      if (/password|passwd|token|private_key|client_secret|(^|_)secret(_value)?$/i.test(variable.name))
        problems.push(`${label}: secrets do not enter Terraform`);
      const scalar = ['${string}', '${number}'].includes(String(type));
      if (scalar && nestedBlocks(variable.body, 'validation').length === 0) problems.push(`${label}: no validation`);
      if (variable.name === 'admin_cidr') {
        const condition = nestedBlocks(variable.body, 'validation')
          .map((validation) => String(validation.condition))
          .join(' ');
        if (!condition.includes('0.0.0.0/0') || !/cidrnetmask|cidrhost/.test(condition)) {
          problems.push(`${label}: validation must require a CIDR and reject 0.0.0.0/0`);
        }
      }
    }
    for (const output of module.outputs) {
      const label = `${module.dir}: output ${output.name}`;
      if (typeof output.body.description !== 'string') problems.push(`${label}: no description`);
      if (output.body.sensitive === true)
        problems.push(`${label}: a sensitive output is a secret in the state's outputs`);
      const name = output.name.replace(/^key_vault_/, 'vault_');
      if (!identifier.test(output.name) || secretName.test(name)) problems.push(`${label}: name looks like a secret`);
      if (secretValue.test(jsonText(output.body.value))) problems.push(`${label}: value reads secret-looking data`);
    }
  }
  const names = new Set(config.root.outputs.map((output) => output.name));
  for (const required of ['manager_public_ip', 'admin_username', 'nodes', 'key_vault_name', 'key_vault_uri']) {
    if (!names.has(required))
      problems.push(`${config.root.dir}: output ${required} (read by the Ansible inventory) is missing`);
  }
  return problems;
}

const taggable = [
  'azurerm_resource_group',
  'azurerm_virtual_network',
  'azurerm_network_security_group',
  'azurerm_public_ip',
  'azurerm_nat_gateway',
  'azurerm_network_interface',
  'azurerm_linux_virtual_machine',
  'azurerm_managed_disk',
  'azurerm_key_vault',
];

export function providerAndTagViolations(config: AzureConfig): string[] {
  const problems: string[] = [];
  const required = config.root.terraform.flatMap((block) => nestedBlocks(block, 'required_providers'));
  const providers = Object.assign({}, ...required) as HclObject;
  const azurerm = providers.azurerm;
  if (
    !isObject(azurerm) ||
    azurerm.source !== 'hashicorp/azurerm' ||
    !/^=\s*4\.\d+\.\d+$/.test(String(azurerm.version))
  ) {
    problems.push('versions.tf: hashicorp/azurerm must be pinned to an exact 4.x version');
  }
  for (const name of Object.keys(providers))
    if (name !== 'azurerm') problems.push(`versions.tf: provider ${name} is not needed`);
  const backends = config.root.terraform.flatMap((block) =>
    isObject(block.backend) ? Object.entries(block.backend) : [],
  );
  const backend = backends.find(([kind]) => kind === 'azurerm');
  if (!backend) problems.push('backend.tf: azurerm backend missing');
  const settings = jsonText(backend?.[1]) + jsonText(config.root.providers.map((provider) => provider.body));
  for (const secret of ['access_key', 'sas_token', 'client_secret', 'client_certificate_password']) {
    if (settings.includes(`"${secret}"`))
      problems.push(`backend/provider: ${secret} must come from the environment, not a file`);
  }
  for (const module of modules(config)) {
    for (const block of [...module.resources, ...module.data].filter((resource) => resource.type.startsWith('tls_'))) {
      problems.push(
        `${module.dir}: ${block.type}.${block.name} — private keys never come from Terraform (they would sit in the state)`,
      );
    }
    for (const block of module.resources.filter((resource) => taggable.includes(resource.type))) {
      if (block.body.tags === undefined) problems.push(`${module.dir}: ${block.type}.${block.name} has no tags`);
    }
  }
  return problems;
}

export function azureReferenceViolations(config: AzureConfig): string[] {
  const children = new Map(
    [config.network, config.vm, config.keyVault].map((child) => [`../../../${child.dir}`, child]),
  );
  return [
    ...referenceViolations(config.root, children),
    ...[config.network, config.vm, config.keyVault].flatMap((child) => referenceViolations(child)),
  ];
}

export function azurePolicyViolations(config: AzureConfig): string[] {
  return [
    ...azureReferenceViolations(config),
    ...constantsViolations(config.root),
    ...wiringViolations(config.root),
    ...nsgViolations(config.network),
    ...publicIpViolations(modules(config)),
    ...vmViolations(config.vm),
    ...keyVaultViolations(config.keyVault, modules(config)),
    ...variableAndOutputViolations(config),
    ...providerAndTagViolations(config),
  ];
}
