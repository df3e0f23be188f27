import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { infraRoot } from '../support/tools.js';
import { nestedBlocks, parseHcl } from '../terraform/hcl-module.js';
import type { SwarmNode } from './swarm-placement.js';

// Each environment's architecture constants: the one `locals { architecture = {...} }` block of
// its constants.tf, literal values only.

export const constantsFiles = {
  dev: 'environments/dev/azure/constants.tf',
  prod: 'environments/prod/aws/constants.tf',
} as const;

export type Environment = keyof typeof constantsFiles;

export async function readArchitecture(environment: Environment): Promise<Record<string, unknown>> {
  const path = constantsFiles[environment];
  const file = join(infraRoot, path);
  if (!existsSync(file))
    throw new Error(
      `infrastructure/${path} is missing: the ${environment} environment must keep its architecture constants there`,
    );
  const parsed = await parseHcl(path, await readFile(file, 'utf8'));
  const definitions = nestedBlocks(parsed, 'locals').filter((locals) => 'architecture' in locals);
  if (definitions.length !== 1)
    throw new Error(`${path}: expected one locals block defining architecture, found ${definitions.length}`);
  const architecture = definitions[0]?.architecture;
  if (typeof architecture !== 'object' || architecture === null || Array.isArray(architecture)) {
    throw new Error(`${path}: architecture must be an object`);
  }
  if (JSON.stringify(architecture).includes('${'))
    throw new Error(`${path}: architecture must hold literal values only`);
  return architecture as Record<string, unknown>;
}

/** The dev Swarm nodes as the Terraform root creates them (names, roles, labels). */
export function swarmNodes(architecture: Record<string, unknown>): SwarmNode[] {
  const labels = (architecture.node_labels ?? {}) as Record<string, Record<string, string>>;
  const node = (role: SwarmNode['role'], index: number): SwarmNode => {
    const key = `${role}-${index + 1}`;
    return { name: `${String(architecture.name_prefix)}-${key}`, role, labels: labels[key] ?? {} };
  };
  return [
    ...Array.from({ length: Number(architecture.manager_count) }, (_, index) => node('manager', index)),
    ...Array.from({ length: Number(architecture.worker_count) }, (_, index) => node('worker', index)),
  ];
}
