// Where Swarm can put each service of the stacks, and what that costs each node: the worst case
// of the spread scheduler in steady state (ceil(replicas / eligible nodes) tasks of a replicated
// service per node, one of a global service), so the stacks can be checked against the VM size.

export type SwarmNode = { name: string; role: 'manager' | 'worker'; labels: Record<string, string> };

export type StackService = {
  stack: string;
  name: string;
  mode: string;
  replicas: number;
  constraints: string[];
  maxPerNode: number | undefined;
  memoryLimit: number | undefined;
  cpuLimit: number | undefined;
  cpuReservation: number;
  memoryReservation: number;
};

export type NodeLoad = {
  node: string;
  memoryLimit: number;
  cpuLimit: number;
  cpuReservation: number;
  memoryReservation: number;
  tasks: string[];
};

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

const units: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** Compose byte values: a number of bytes or "768M", "1.5g", "512mb". */
export function parseBytes(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(String(value));
  const unit = units[(match?.[2] ?? 'b').toLowerCase() || 'b'];
  if (!match || unit === undefined) throw new Error(`cannot read the byte size ${JSON.stringify(value)}`);
  return Number(match[1]) * unit;
}

const number = (value: unknown): number | undefined =>
  value === undefined || value === null || value === '' ? undefined : Number(value);

/** Services of one stack from `docker stack config` output (already interpolated and merged). */
export function stackServices(stack: string, config: unknown): StackService[] {
  return Object.entries(asObject(asObject(config).services)).map(([name, raw]) => {
    const deploy = asObject(asObject(raw).deploy);
    const placement = asObject(deploy.placement);
    const resources = asObject(deploy.resources);
    const limits = asObject(resources.limits);
    const reservations = asObject(resources.reservations);
    return {
      stack,
      name,
      mode: String(deploy.mode ?? 'replicated'),
      replicas: number(deploy.replicas) ?? 1,
      constraints: Array.isArray(placement.constraints) ? placement.constraints.map(String) : [],
      maxPerNode: number(placement.max_replicas_per_node),
      memoryLimit: parseBytes(limits.memory),
      cpuLimit: number(limits.cpus),
      cpuReservation: number(reservations.cpus) ?? 0,
      memoryReservation: parseBytes(reservations.memory) ?? 0,
    };
  });
}

/** Whether a node satisfies one placement constraint; unknown constraint forms are errors. */
export function satisfies(node: SwarmNode, constraint: string): boolean {
  const match = /^\s*([\w.-]+)\s*(==|!=)\s*(.+?)\s*$/.exec(constraint);
  if (!match) throw new Error(`unsupported placement constraint "${constraint}"`);
  const [, field = '', operator, expected] = match;
  let actual: string | undefined;
  if (field === 'node.role') actual = node.role;
  else if (field === 'node.hostname') actual = node.name;
  else if (field === 'node.platform.os') actual = 'linux';
  else if (field === 'node.platform.arch') actual = 'x86_64';
  else if (field.startsWith('node.labels.')) actual = node.labels[field.slice('node.labels.'.length)];
  else throw new Error(`unsupported placement constraint field "${field}" in "${constraint}"`);
  return operator === '==' ? actual === expected : actual !== expected;
}

export function tasksPerNode(service: StackService, nodes: SwarmNode[]): Map<string, number> {
  const eligible = nodes.filter((node) => service.constraints.every((constraint) => satisfies(node, constraint)));
  const global = service.mode === 'global' || service.mode === 'global-job';
  let each = global ? 1 : eligible.length === 0 ? 0 : Math.ceil(service.replicas / eligible.length);
  if (service.maxPerNode !== undefined && service.maxPerNode > 0) each = Math.min(each, service.maxPerNode);
  return new Map(eligible.map((node) => [node.name, service.replicas === 0 && !global ? 0 : each]));
}

export function nodeLoads(services: StackService[], nodes: SwarmNode[]): NodeLoad[] {
  const loads = new Map(
    nodes.map((node) => [
      node.name,
      { node: node.name, memoryLimit: 0, cpuLimit: 0, cpuReservation: 0, memoryReservation: 0, tasks: [] as string[] },
    ]),
  );
  for (const service of services) {
    for (const [name, count] of tasksPerNode(service, nodes)) {
      const load = loads.get(name);
      if (!load || count === 0) continue;
      load.memoryLimit += count * (service.memoryLimit ?? 0);
      load.cpuLimit += count * (service.cpuLimit ?? 0);
      load.cpuReservation += count * service.cpuReservation;
      load.memoryReservation += count * service.memoryReservation;
      load.tasks.push(`${service.stack}/${service.name}×${count}`);
    }
  }
  return [...loads.values()];
}

const gib = 1024 ** 3;

/** Why the services do not fit nodes of `vcpus` and `memoryGib`: no memory limit, unplaceable, over capacity. */
export function capacityViolations(
  services: StackService[],
  nodes: SwarmNode[],
  vcpus: number,
  memoryGib: number,
): string[] {
  const problems: string[] = [];
  for (const service of services) {
    const label = `${service.stack}/${service.name}`;
    if (service.memoryLimit === undefined)
      problems.push(`${label}: no memory limit, so it cannot be shown to fit a node`);
    if ((service.cpuLimit ?? 0) > vcpus)
      problems.push(`${label}: cpus limit ${service.cpuLimit} exceeds the node's ${vcpus} vCPUs`);
    const placeable = nodeLoads([service], nodes).some((load) => load.tasks.length > 0);
    if (!placeable && (service.replicas > 0 || service.mode.startsWith('global'))) {
      problems.push(
        `${label}: no node satisfies its constraints (${service.constraints.join(' && ')}) — check the node labels in constants.tf`,
      );
    }
  }
  for (const load of nodeLoads(services, nodes)) {
    const where = `${load.node} (${load.tasks.join(', ')})`;
    if (load.memoryLimit > memoryGib * gib)
      problems.push(`${where}: memory limits add up to ${(load.memoryLimit / gib).toFixed(2)} GiB > ${memoryGib} GiB`);
    if (load.cpuReservation > vcpus)
      problems.push(`${where}: CPU reservations add up to ${load.cpuReservation.toFixed(2)} > ${vcpus} vCPUs`);
  }
  return problems;
}
