import { parse as parseYaml } from 'yaml';

// Renders the swarm VM's cloud-init template the way Terraform's templatefile() does for the
// simple `${name}` interpolations it uses, so the test can parse the YAML and lint the embedded
// script with shellcheck.

export type CloudConfig = {
  write_files?: { path: string; content: string }[];
  runcmd?: (string | string[])[];
  [key: string]: unknown;
};

/** Names interpolated by the template (`$${...}` is a literal `${...}` and not a variable). */
export function templateVariables(template: string): string[] {
  if (/%\{/.test(template)) throw new Error('template directives (%{...}) are not supported by this renderer');
  return [
    ...new Set([...template.matchAll(/(?<!\$)\$\{\s*([a-z_][a-z0-9_]*)\s*\}/g)].map((match) => match[1] as string)),
  ];
}

export function renderTemplate(template: string, values: Record<string, string>): string {
  return template
    .replace(/(?<!\$)\$\{\s*([a-z_][a-z0-9_]*)\s*\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`template variable ${name} has no value`);
      return value;
    })
    .replace(/\$\$\{/g, '${');
}

/** Keys of the object passed to templatefile() inside a custom_data expression. */
export function templateArguments(customData: string): string[] {
  const call = customData.slice(customData.indexOf('templatefile('));
  const object = call.slice(call.indexOf('{', call.indexOf('tftpl')));
  return [...object.matchAll(/([a-z_][a-z0-9_]*)\s*=/g)].map((match) => match[1] as string);
}

export function parseCloudConfig(rendered: string): CloudConfig {
  if (!rendered.startsWith('#cloud-config\n')) throw new Error('cloud-init user data must start with #cloud-config');
  const parsed: unknown = parseYaml(rendered);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('cloud-init template is not a YAML mapping');
  return parsed as CloudConfig;
}
