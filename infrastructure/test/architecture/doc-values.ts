import { cidrContains } from '../terraform/cidr.js';

// What the docs and stacks may say about the architecture: the constants table of architecture.md
// must match constants.tf row by row, and no page may quote a region, VM size, private range or
// DuckDNS name that contradicts the constants (a stale value left behind after a change).

export type Architecture = Record<string, unknown>;

/** Constants that describe the architecture (regions, networks, sizes, counts, domain). */
export const quotedKey =
  /(^|_)(region|location|domain|cidrs?|address_pool|vm_size|vm_vcpus|vm_memory_gib|disk_sku|size_gb|gib|instance_class|node_type|engine_version|tls_policy|count|tasks|fargate_cpu|fargate_memory)$/;

export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  return String(value);
}

export function quotedConstants(architecture: Architecture): [string, string][] {
  return Object.entries(architecture)
    .filter(([key, value]) => quotedKey.test(key) && (typeof value !== 'object' || Array.isArray(value)))
    .map(([key, value]) => [key, formatValue(value)]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rows `| <environment> | \`key\` | value |` of the constants table must equal the constants. */
export function constantsTableViolations(markdown: string, environment: string, architecture: Architecture): string[] {
  const problems: string[] = [];
  for (const [key, expected] of quotedConstants(architecture)) {
    const row = new RegExp(
      `^\\|\\s*${escape(environment)}\\s*\\|\\s*\`${escape(key)}\`\\s*\\|\\s*(.*?)\\s*\\|\\s*$`,
      'm',
    ).exec(markdown);
    if (!row) {
      problems.push(`architecture.md: no constants table row for ${environment} \`${key}\` (${expected})`);
      continue;
    }
    const quoted = (row[1] ?? '').replace(/`/g, '');
    if (quoted !== expected)
      problems.push(`architecture.md: ${environment} \`${key}\` says ${quoted}, constants.tf says ${expected}`);
  }
  return problems;
}

export type Context = {
  azureLocation: string;
  awsRegion: string;
  vmSize: string;
  domain: string;
  /** 10.x networks a page may quote: the VNet, the Swarm address pool, the VPC. */
  privateNetworks: string[];
};

// Ranges a page may quote besides the environments' own: "anywhere", documentation examples
// (RFC 5737), loopback, link-local (IMDS) and the private ranges outside 10/8 (Docker bridges).
const neutralNetworks = [
  '192.0.2.0/24',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
];

const azureLocations =
  /\b(eastus2?|westus[23]?|centralus|northcentralus|southcentralus|westcentralus|northeurope|westeurope|uksouth|ukwest|brazilsouth|canadacentral|francecentral|germanywestcentral|swedencentral|japaneast|australiaeast|southeastasia|eastasia)\b/g;
const awsRegions =
  /\b(?:us|eu|ap|sa|ca|me|af|il)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d\b/g;
const vmSizes = /\bStandard_[A-Z][A-Za-z]*\d+[a-z]*(?:_v\d+)?\b/g;
const duckDnsNames = /\b[a-z0-9][a-z0-9-]*\.duckdns\.org\b/g;
const cidrs = /\b(\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2})\b/g;

export function contradictions(file: string, text: string, context: Context): string[] {
  const problems: string[] = [];
  const report = (what: string, found: string, expected: string) =>
    problems.push(`${file}: quotes ${what} ${found}, the constants say ${expected}`);
  for (const [found] of text.matchAll(azureLocations))
    if (found !== context.azureLocation) report('Azure location', found, context.azureLocation);
  for (const [found] of text.matchAll(awsRegions))
    if (found !== context.awsRegion) report('AWS region', found, context.awsRegion);
  for (const [found] of text.matchAll(vmSizes)) if (found !== context.vmSize) report('VM size', found, context.vmSize);
  for (const [found] of text.matchAll(duckDnsNames)) {
    if (found !== context.domain && found !== 'www.duckdns.org') report('DuckDNS name', found, context.domain);
  }
  for (const [, cidr = ''] of text.matchAll(cidrs)) {
    const inside =
      cidr === '0.0.0.0/0' ||
      [...context.privateNetworks, ...neutralNetworks].some((network) => cidrContains(network, cidr));
    if (!inside) report('network', cidr, `one inside ${context.privateNetworks.join(', ')}`);
  }
  return problems;
}
