import { expression, nestedBlocks, type Block, type HclValue, type TerraformModule } from './hcl-module.js';

// Least-privilege policy of the dev NSG (issue 7, ADR 0025), checked over the parsed HCL: every
// inbound allow rule must match one of four shapes; anything else is reported. Rules are read both
// from azurerm_network_security_rule resources and from inline security_rule blocks.

type Symbol = 'PUBLIC' | 'ADMIN' | 'VNET' | 'SUBNET' | 'MANAGER' | `unknown:${string}`;
type PortRange = { from: number; to: number };
type Rule = {
  where: string;
  name: string;
  priority: number;
  direction: string;
  access: string;
  protocol: string;
  sources: Symbol[];
  destinations: Symbol[];
  ports: PortRange[];
};

const publicSources = new Set(['*', '0.0.0.0/0', '0.0.0.0', 'internet', 'any', '::/0']);

function symbolOf(value: HclValue): Symbol {
  const ref = expression(value);
  if (ref === 'var.admin_cidr') return 'ADMIN';
  if (ref === 'var.vnet_cidr') return 'VNET';
  if (ref === 'var.subnet_cidr') return 'SUBNET';
  if (ref === 'var.manager_private_ip') return 'MANAGER';
  const text = String(value);
  if (publicSources.has(text.toLowerCase())) return 'PUBLIC';
  if (text === 'VirtualNetwork') return 'VNET';
  return `unknown:${text}`;
}

function listOf(body: Record<string, HclValue>, single: string, plural: string): HclValue[] {
  const values: HclValue[] = [];
  if (body[single] !== undefined && body[single] !== null) values.push(body[single]);
  const many = body[plural];
  if (Array.isArray(many)) values.push(...many);
  else if (many !== undefined && many !== null) values.push(many);
  return values;
}

function portRange(value: HclValue): PortRange {
  const text = String(value).trim();
  if (text === '*') return { from: 0, to: 65535 };
  const [from, to] = text.split('-').map((part) => Number(part));
  if (from === undefined || Number.isNaN(from)) return { from: 0, to: 65535 };
  return { from, to: to === undefined || Number.isNaN(to) ? from : to };
}

function toRule(where: string, body: Record<string, HclValue>): Rule {
  return {
    where,
    name: String(body.name ?? where),
    priority: Number(body.priority),
    direction: String(body.direction ?? ''),
    access: String(body.access ?? ''),
    protocol: String(body.protocol ?? ''),
    sources: listOf(body, 'source_address_prefix', 'source_address_prefixes').map(symbolOf),
    destinations: listOf(body, 'destination_address_prefix', 'destination_address_prefixes').map(symbolOf),
    ports: listOf(body, 'destination_port_range', 'destination_port_ranges').map(portRange),
  };
}

export function securityRules(network: TerraformModule): Rule[] {
  const rules: Rule[] = [];
  for (const block of network.resources) {
    if (block.type === 'azurerm_network_security_rule') {
      rules.push(toRule(`${block.type}.${block.name}`, block.body));
    }
    if (block.type === 'azurerm_network_security_group') {
      nestedBlocks(block.body, 'security_rule').forEach((inline, index) =>
        rules.push(toRule(`${block.type}.${block.name}.security_rule[${index}]`, inline)),
      );
    }
  }
  return rules;
}

const covers = (rule: Rule, port: number) => rule.ports.some((range) => range.from <= port && port <= range.to);
const only = (values: Symbol[], allowed: Symbol[]) =>
  values.length > 0 && values.every((value) => allowed.includes(value));
const exactPorts = (rule: Rule, ports: number[]) =>
  rule.ports.length > 0 && rule.ports.every((range) => range.from === range.to && ports.includes(range.from));
const anyProtocol = (rule: Rule) => rule.protocol === '*';

const swarmPorts: { protocol: string; port: number }[] = [
  { protocol: 'Tcp', port: 2377 },
  { protocol: 'Tcp', port: 7946 },
  { protocol: 'Udp', port: 7946 },
  { protocol: 'Udp', port: 4789 },
];

/** The four shapes an inbound allow rule may take; undefined when it matches none. */
function shapeOf(rule: Rule): string | undefined {
  if (
    rule.protocol === 'Tcp' &&
    only(rule.sources, ['PUBLIC']) &&
    only(rule.destinations, ['MANAGER']) &&
    exactPorts(rule, [80, 443])
  ) {
    return 'web to the manager';
  }
  if (
    rule.protocol === 'Tcp' &&
    only(rule.sources, ['ADMIN']) &&
    only(rule.destinations, ['MANAGER']) &&
    exactPorts(rule, [22])
  ) {
    return 'admin SSH to the manager';
  }
  if (
    rule.protocol === 'Tcp' &&
    only(rule.sources, ['MANAGER']) &&
    only(rule.destinations, ['SUBNET', 'MANAGER']) &&
    exactPorts(rule, [22])
  ) {
    return 'SSH jump from the manager';
  }
  if (only(rule.sources, ['VNET']) && only(rule.destinations, ['SUBNET', 'VNET'])) {
    if (rule.protocol === 'Esp') return 'Swarm encrypted overlay';
    const allowed = swarmPorts.filter((entry) => entry.protocol === rule.protocol).map((entry) => entry.port);
    if (allowed.length > 0 && exactPorts(rule, allowed)) return 'Swarm from the VNet';
  }
  return undefined;
}

function inboundAllowViolations(rule: Rule): string[] {
  const label = `${rule.where} (${rule.name})`;
  const problems: string[] = [];
  const publicSource = rule.sources.includes('PUBLIC');
  if (covers(rule, 22) && (anyProtocol(rule) || rule.protocol === 'Tcp') && !only(rule.sources, ['ADMIN', 'MANAGER'])) {
    problems.push(
      `${label}: SSH (22) open to ${rule.sources.join(', ')} — only var.admin_cidr (or the manager as jump host) may reach it`,
    );
  }
  for (const { port } of swarmPorts) {
    if (covers(rule, port) && publicSource) {
      problems.push(`${label}: Swarm port ${port} open to ${rule.sources.join(', ')} — Swarm ports only from the VNet`);
    }
  }
  if (publicSource && shapeOf(rule) !== 'web to the manager') {
    problems.push(`${label}: internet/"*" source is only allowed for 80/443 tcp to the manager`);
  }
  if (problems.length === 0 && shapeOf(rule) === undefined) {
    problems.push(
      `${label}: inbound allow rule matches no allowed shape (web→manager, admin SSH→manager, SSH jump, Swarm from VNet)`,
    );
  }
  return problems;
}

export function nsgViolations(network: TerraformModule): string[] {
  const problems: string[] = [];
  const rules = securityRules(network);
  const inbound = rules.filter((rule) => rule.direction === 'Inbound');
  const allows = inbound.filter((rule) => rule.access === 'Allow');
  for (const rule of allows) problems.push(...inboundAllowViolations(rule));

  const seen = new Map<number, string>();
  for (const rule of inbound) {
    const other = seen.get(rule.priority);
    if (other) problems.push(`${rule.where}: priority ${rule.priority} also used by ${other}`);
    seen.set(rule.priority, rule.where);
  }

  const lastAllow = Math.max(0, ...allows.map((rule) => rule.priority));
  const denyAll = inbound.find(
    (rule) =>
      rule.access === 'Deny' &&
      anyProtocol(rule) &&
      only(rule.sources, ['PUBLIC']) &&
      covers(rule, 0) &&
      covers(rule, 65535) &&
      rule.priority > lastAllow &&
      rule.priority < 65000,
  );
  if (!denyAll)
    problems.push(
      'NSG: no inbound "deny all" rule after the allow rules (Azure default rules would admit all VNet traffic)',
    );

  const expectedShapes = ['web to the manager', 'admin SSH to the manager', 'Swarm from the VNet'];
  const shapes = new Set(allows.map(shapeOf));
  for (const shape of expectedShapes) if (!shapes.has(shape)) problems.push(`NSG: no rule for ${shape}`);
  const swarmCovered = swarmPorts.filter(({ protocol, port }) =>
    allows.some((rule) => shapeOf(rule) === 'Swarm from the VNet' && rule.protocol === protocol && covers(rule, port)),
  );
  if (swarmCovered.length !== swarmPorts.length)
    problems.push('NSG: Swarm needs 2377/tcp, 7946/tcp, 7946/udp and 4789/udp from the VNet');

  problems.push(...associationViolations(network, rules));
  return problems;
}

function associationViolations(network: TerraformModule, rules: Rule[]): string[] {
  const problems: string[] = [];
  const nsgs = network.resources.filter((block) => block.type === 'azurerm_network_security_group');
  if (nsgs.length !== 1) return [`NSG: expected one azurerm_network_security_group, found ${nsgs.length}`];
  const nsg = nsgs[0] as Block;
  const association = network.resources.find(
    (block) => block.type === 'azurerm_subnet_network_security_group_association',
  );
  if (
    !association ||
    expression(association.body.network_security_group_id) !== `azurerm_network_security_group.${nsg.name}.id` ||
    !/^azurerm_subnet\.\w+\.id$/.test(expression(association.body.subnet_id) ?? '')
  ) {
    problems.push('NSG: not associated with the subnet (azurerm_subnet_network_security_group_association)');
  }
  for (const block of network.resources.filter((resource) => resource.type === 'azurerm_network_security_rule')) {
    if (expression(block.body.network_security_group_name) !== `azurerm_network_security_group.${nsg.name}.name`) {
      problems.push(`azurerm_network_security_rule.${block.name}: not attached to the subnet's NSG`);
    }
  }
  if (rules.length === 0) problems.push('NSG: no rules');
  const natAssociated = network.resources.some((block) => block.type === 'azurerm_subnet_nat_gateway_association');
  const subnetOutput = network.outputs.find((output) => output.name === 'subnet_id');
  if (
    !natAssociated ||
    !JSON.stringify(subnetOutput?.body.depends_on ?? []).includes('azurerm_subnet_nat_gateway_association')
  ) {
    problems.push(
      'output subnet_id: must depend on the subnet NAT gateway association (cloud-init needs egress on first boot)',
    );
  }
  const vnet = network.resources.find((block) => block.type === 'azurerm_virtual_network');
  const space = vnet?.body.address_space;
  if (!Array.isArray(space) || space.length !== 1 || expression(space[0]) !== 'var.vnet_cidr') {
    problems.push('azurerm_virtual_network: address_space must be [var.vnet_cidr]');
  }
  const subnet = network.resources.find((block) => block.type === 'azurerm_subnet');
  const prefixes = subnet?.body.address_prefixes;
  if (!Array.isArray(prefixes) || prefixes.length !== 1 || expression(prefixes[0]) !== 'var.subnet_cidr') {
    problems.push('azurerm_subnet: address_prefixes must be [var.subnet_cidr]');
  }
  return problems;
}

/** Public IPs: Standard + Static; the node's only when var.public_ip; the network's only on the NAT gateway. */
export function publicIpViolations(modules: TerraformModule[]): string[] {
  const problems: string[] = [];
  for (const module of modules) {
    for (const ip of module.resources.filter((block) => block.type === 'azurerm_public_ip')) {
      const label = `${module.dir}: azurerm_public_ip.${ip.name}`;
      if (ip.body.sku !== 'Standard' || ip.body.allocation_method !== 'Static')
        problems.push(`${label}: must be sku Standard, Static`);
      const natAssociated = module.resources.some(
        (block) =>
          block.type === 'azurerm_nat_gateway_public_ip_association' &&
          expression(block.body.public_ip_address_id) === `azurerm_public_ip.${ip.name}.id`,
      );
      const gated = (expression(ip.body.count) ?? '').replace(/\s+/g, ' ') === 'var.public_ip ? 1 : 0';
      if (!natAssociated && !gated)
        problems.push(`${label}: neither the NAT gateway's egress IP nor gated by var.public_ip`);
    }
    for (const nic of module.resources.filter((block) => block.type === 'azurerm_network_interface')) {
      for (const config of nestedBlocks(nic.body, 'ip_configuration')) {
        const ref = expression(config.public_ip_address_id);
        if (
          ref !== undefined &&
          !/^var\.public_ip \? azurerm_public_ip\.\w+\[0\]\.id : null$/.test(ref.replace(/\s+/g, ' '))
        ) {
          problems.push(
            `${module.dir}: azurerm_network_interface.${nic.name}: public IP not conditional on var.public_ip`,
          );
        }
      }
    }
  }
  return problems;
}
