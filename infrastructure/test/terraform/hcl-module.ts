import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { infraRoot } from '../support/tools.js';

// Loads a Terraform module directory as parsed HCL (via @cdktf/hcl2json, the same HCL parser family
// terraform uses) into flat lists of blocks, so policy checks can walk resources, variables and
// outputs without caring which .tf file holds them. Overrides let a test mutate a file's text in
// memory to prove a check catches a real mistake.

export type HclValue = string | number | boolean | null | HclValue[] | HclObject;
export type HclObject = { [key: string]: HclValue };

export type Block = { kind: string; type: string; name: string; body: HclObject; file: string };

export type TerraformModule = {
  /** Directory relative to infrastructure/, e.g. terraform/modules/azure-network. */
  dir: string;
  /** File name → source text (after overrides). */
  sources: Map<string, string>;
  resources: Block[];
  data: Block[];
  variables: Block[];
  outputs: Block[];
  modules: Block[];
  providers: Block[];
  /** Every `locals` block merged into one object. */
  locals: HclObject;
  /** Every top-level `terraform {}` block. */
  terraform: HclObject[];
};

/** File path relative to infrastructure/ → function rewriting its text. */
export type Overrides = Record<string, (text: string) => string>;

export const isObject = (value: HclValue | undefined): value is HclObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** hcl2json gives nested blocks as arrays of bodies; attributes as plain values. */
export function nestedBlocks(body: HclObject, key: string): HclObject[] {
  const value = body[key];
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

export const resourcesOf = (module: TerraformModule, type: string): Block[] =>
  module.resources.filter((block) => block.type === type);

/** A value as JSON text, for "does it mention X" checks over nested expressions. */
export const jsonText = (value: HclValue | undefined): string => (value === undefined ? '' : JSON.stringify(value));

/** The expression inside "${...}" (a reference, function call...) or undefined for a literal. */
export function expression(value: HclValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\$\{([\s\S]*)\}$/.exec(value);
  return match?.[1]?.trim();
}

function labelled(kind: string, section: HclValue | undefined, file: string, typed: boolean): Block[] {
  if (!isObject(section)) return [];
  const blocks: Block[] = [];
  for (const [first, value] of Object.entries(section)) {
    if (typed && isObject(value)) {
      for (const [name, bodies] of Object.entries(value)) {
        for (const body of Array.isArray(bodies) ? bodies.filter(isObject) : []) {
          blocks.push({ kind, type: first, name, body, file });
        }
      }
    } else if (Array.isArray(value)) {
      for (const body of value.filter(isObject)) blocks.push({ kind, type: kind, name: first, body, file });
    }
  }
  return blocks;
}

// Mutation tests reload the same files many times; unchanged texts are parsed once.
const parsedTexts = new Map<string, Promise<HclObject>>();

export function parseHcl(file: string, text: string): Promise<HclObject> {
  const cacheKey = `${file}\0${text}`;
  let parsed = parsedTexts.get(cacheKey);
  if (!parsed) {
    parsed = parse(file, text).then((result: unknown) => {
      if (typeof result !== 'object' || result === null) throw new Error(`${file}: parser returned no object`);
      return result as HclObject;
    });
    parsedTexts.set(cacheKey, parsed);
  }
  return parsed;
}

export async function loadModule(dir: string, overrides: Overrides = {}): Promise<TerraformModule> {
  const absolute = join(infraRoot, dir);
  const names = (await readdir(absolute)).filter((name) => name.endsWith('.tf')).sort();
  if (names.length === 0) throw new Error(`${dir}: no .tf files`);
  const module: TerraformModule = {
    dir,
    sources: new Map(),
    resources: [],
    data: [],
    variables: [],
    outputs: [],
    modules: [],
    providers: [],
    locals: {},
    terraform: [],
  };
  for (const name of names) {
    const path = relative(infraRoot, join(absolute, name));
    const original = await readFile(join(absolute, name), 'utf8');
    const text = overrides[path]?.(original) ?? original;
    module.sources.set(name, text);
    const parsed = await parseHcl(path, text);
    module.resources.push(...labelled('resource', parsed.resource, name, true));
    module.data.push(...labelled('data', parsed.data, name, true));
    module.variables.push(...labelled('variable', parsed.variable, name, false));
    module.outputs.push(...labelled('output', parsed.output, name, false));
    module.modules.push(...labelled('module', parsed.module, name, false));
    module.providers.push(...labelled('provider', parsed.provider, name, false));
    for (const locals of nestedBlocks(parsed, 'locals')) Object.assign(module.locals, locals);
    module.terraform.push(...nestedBlocks(parsed, 'terraform'));
  }
  return module;
}
