import { isObject, type HclObject, type HclValue, type TerraformModule } from './hcl-module.js';

// What `terraform validate` would check without the provider's schema: every var., local., data.,
// resource and module output reference resolves, and every module call passes exactly the child's
// declared variables (all required ones included). Catches typos in wiring that the policy checks
// cannot, on a machine without the azurerm provider.

function interpolations(value: HclValue | undefined, found: string[] = []): string[] {
  if (typeof value === 'string' && value.includes('${')) found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => interpolations(item, found));
  else if (isObject(value)) Object.values(value).forEach((item) => interpolations(item, found));
  return found;
}

function allExpressions(module: TerraformModule): string[] {
  const bodies: HclValue[] = [
    ...module.resources.map((block) => block.body),
    ...module.data.map((block) => block.body),
    ...module.outputs.map((block) => block.body),
    ...module.modules.map((block) => block.body),
    ...module.variables.map((block) => block.body),
    module.locals,
  ];
  return bodies.flatMap((body) => interpolations(body));
}

const metaArguments = new Set(['source', 'version', 'for_each', 'count', 'depends_on', 'providers']);

/** Violations of `module`; `children` maps a module call's source to the loaded child module. */
export function referenceViolations(
  module: TerraformModule,
  children: Map<string, TerraformModule> = new Map(),
): string[] {
  const problems: string[] = [];
  const where = module.dir;
  const variables = new Set(module.variables.map((block) => block.name));
  const locals = new Set(Object.keys(module.locals));
  const resources = new Set(module.resources.map((block) => `${block.type}.${block.name}`));
  const data = new Set(module.data.map((block) => `${block.type}.${block.name}`));
  const calls = new Map(module.modules.map((block) => [block.name, block.body]));

  for (const text of allExpressions(module)) {
    for (const [, name = ''] of text.matchAll(/\bvar\.([a-z0-9_]+)/g)) {
      if (!variables.has(name)) problems.push(`${where}: var.${name} is not declared`);
    }
    for (const [, name = ''] of text.matchAll(/\blocal\.([a-z0-9_]+)/g)) {
      if (!locals.has(name)) problems.push(`${where}: local.${name} is not defined`);
    }
    for (const [, type = '', name = ''] of text.matchAll(/\bdata\.(azurerm_[a-z0-9_]+)\.([a-z0-9_]+)/g)) {
      if (!data.has(`${type}.${name}`)) problems.push(`${where}: data.${type}.${name} is not declared`);
    }
    for (const [, type = '', name = ''] of text.matchAll(/(?<![.\w])(azurerm_[a-z0-9_]+)\.([a-z0-9_]+)/g)) {
      if (!resources.has(`${type}.${name}`)) problems.push(`${where}: resource ${type}.${name} is not declared`);
    }
    for (const [, call = '', output = ''] of text.matchAll(
      /\bmodule\.([a-z0-9_]+)(?:\[[^\]]*\])?(?:\.([a-z0-9_]+))?/g,
    )) {
      const body = calls.get(call);
      if (!body) {
        problems.push(`${where}: module.${call} is not declared`);
        continue;
      }
      const child = children.get(String(body.source));
      if (output && child && !child.outputs.some((block) => block.name === output)) {
        problems.push(`${where}: module.${call} has no output ${output}`);
      }
    }
  }

  // `for key, node in module.x : ... node.attr` reads outputs through the loop variable.
  for (const text of allExpressions(module)) {
    for (const [, variable = '', call = ''] of text.matchAll(
      /\bfor\s+(?:[a-z0-9_]+\s*,\s*)?([a-z0-9_]+)\s+in\s+module\.([a-z0-9_]+)\s*:/g,
    )) {
      const child = children.get(String(calls.get(call)?.source));
      for (const [, output = ''] of text.matchAll(new RegExp(`\\b${variable}\\.([a-z0-9_]+)`, 'g'))) {
        if (child && !child.outputs.some((block) => block.name === output))
          problems.push(`${where}: module.${call} has no output ${output}`);
      }
    }
  }

  for (const [name, body] of calls) {
    const child = children.get(String(body.source));
    if (!child) {
      problems.push(`${where}: module.${name} source ${String(body.source)} was not loaded`);
      continue;
    }
    problems.push(...callViolations(`${where}: module.${name}`, body, child));
  }
  return problems;
}

function callViolations(label: string, body: HclObject, child: TerraformModule): string[] {
  const problems: string[] = [];
  const declared = new Map(child.variables.map((block) => [block.name, block.body]));
  for (const argument of Object.keys(body)) {
    if (!metaArguments.has(argument) && !declared.has(argument))
      problems.push(`${label}: ${child.dir} has no variable ${argument}`);
  }
  for (const [name, variable] of declared) {
    if (!('default' in variable) && !(name in body))
      problems.push(`${label}: required variable ${name} of ${child.dir} is not passed`);
  }
  return problems;
}
