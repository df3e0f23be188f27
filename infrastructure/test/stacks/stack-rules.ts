import {
  bytes,
  deploy,
  durationMs,
  environment,
  labels,
  list,
  record,
  services,
  text,
  type Service,
  type Stack,
} from './stack-model.js';

// Invariants every Swarm stack must keep (issue 8, docs/adr/0028-swarm-stacks.md). Each rule returns
// the violations it finds, so a test can both require none on the real stacks and prove the rule
// reports a deliberately broken copy.

export type Violation = { rule: RuleName; where: string; problem: string };
export type RuleName =
  | 'pinned-images'
  | 'healthchecks'
  | 'resources'
  | 'secrets-not-in-env'
  | 'only-traefik-publishes'
  | 'docker-socket-read-only'
  | 'api-rolling-update'
  | 'router-tls'
  | 'data-network-internal'
  | 'stateful-placement'
  | 'graceful-shutdown'
  | 'non-root';

/** Services that may lack a healthcheck, and why; kept tiny on purpose (asserted by the test). */
export const healthcheckExemptions: Record<string, string> = {
  // A one-shot job has no steady state to probe; its exit code is the result.
  migrate: 'replicated-job that exits when migrations are applied',
};

/** Our own images: their Dockerfiles set a non-root USER (checked by the image tests). */
const ownImages = /\/promata-(api|web):/;
// Names that hold a secret: ending in a secret word, or the API's credential-bearing URLs
// (PASSWORD_HASH_CONCURRENCY is a number, not a password).
const secretName = /(PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIALS?)$|^(DATABASE_URL|REDIS_URL|SMTP_URL)$/;
const traefikEntryPoint = 'websecure';

type Rule = (stacks: Stack[]) => Violation[];

const everyService = (stacks: Stack[]) =>
  stacks.flatMap((stack) =>
    services(stack).map((service) => ({ stack, service, where: `${stack.file}:${service.name}` })),
  );

const isTraefik = (service: Service) => /(^|\/)traefik:/.test(text(service.image));

const pinnedImages: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const image = text(service.image);
    const match = /^(?<name>[^@\s]+?)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@sha256:[a-f0-9]{64})?$/.exec(image);
    const tag = match?.groups?.tag ?? '';
    if (!match || !tag) return [{ rule: 'pinned-images', where, problem: `image ${image || '(none)'} has no tag` }];
    if (tag === 'latest' || !/\d+\.\d+/.test(tag)) {
      return [{ rule: 'pinned-images', where, problem: `image ${image} is not pinned to a version` }];
    }
    return [];
  });

const healthchecks: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const check = record(service.healthcheck);
    const test = list(check.test).map(text);
    const exempt = service.name in healthcheckExemptions;
    if (exempt) {
      const mode = text(deploy(service).mode);
      const restart = text(record(deploy(service).restart_policy).condition);
      return mode === 'replicated-job' && restart === 'none'
        ? []
        : [{ rule: 'healthchecks', where, problem: 'exempt from healthchecks but not a one-shot job' }];
    }
    if (check.disable === true || test.length < 2 || test[0] === 'NONE') {
      return [{ rule: 'healthchecks', where, problem: 'no healthcheck' }];
    }
    return [];
  });

const resources: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const limits = record(record(deploy(service).resources).limits);
    const reservations = record(record(deploy(service).resources).reservations);
    const problems: string[] = [];
    const cpus = Number(limits.cpus);
    const memory = bytes(limits.memory);
    if (!(cpus > 0 && cpus <= 2)) problems.push(`cpu limit ${String(limits.cpus)} (a B2s node has 2 vCPU)`);
    if (!(memory > 0 && memory <= 2 * 1024 ** 3))
      problems.push(`memory limit ${String(limits.memory)} (at most 2 GiB)`);
    const reserved = bytes(reservations.memory);
    if (!(reserved > 0 && reserved <= memory)) problems.push(`memory reservation ${String(reservations.memory)}`);
    return problems.map((problem) => ({ rule: 'resources' as const, where, problem }));
  });

const secretsNotInEnv: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const found: Violation[] = [];
    for (const [name, value] of Object.entries(environment(service))) {
      if (secretName.test(name) && !name.endsWith('_FILE')) {
        found.push({ rule: 'secrets-not-in-env', where, problem: `${name} holds a secret value; use ${name}_FILE` });
      }
      if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s@]*:[^/\s@]*@/i.test(value)) {
        found.push({ rule: 'secrets-not-in-env', where, problem: `${name} is a URL with a password` });
      }
      if (name.endsWith('_FILE') && value && !value.startsWith('/run/secrets/')) {
        found.push({ rule: 'secrets-not-in-env', where, problem: `${name} does not point at a Swarm secret` });
      }
    }
    for (const [name, value] of Object.entries(labels(service))) {
      if (/\$(2[aby]|apr1)\$/.test(value) || /basicauth\.users$/i.test(name)) {
        found.push({ rule: 'secrets-not-in-env', where, problem: `label ${name} carries a password hash` });
      }
    }
    return found;
  });

const onlyTraefikPublishes: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const ports = list(service.ports);
    if (ports.length === 0) return [];
    if (!isTraefik(service)) return [{ rule: 'only-traefik-publishes', where, problem: 'publishes ports' }];
    const published = ports.map((port) => Number(record(port).published)).sort((a, b) => a - b);
    return published.join(',') === '80,443'
      ? []
      : [{ rule: 'only-traefik-publishes', where, problem: `Traefik publishes ${published.join(',')}, not 80,443` }];
  });

const dockerSocketReadOnly: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) =>
    list(service.volumes)
      .map(record)
      .filter((volume) => text(volume.source) === '/var/run/docker.sock')
      .flatMap((volume) => {
        if (!isTraefik(service)) {
          return [{ rule: 'docker-socket-read-only' as const, where, problem: 'mounts the Docker socket' }];
        }
        return volume.read_only === true
          ? []
          : [{ rule: 'docker-socket-read-only' as const, where, problem: 'Docker socket is writable' }];
      }),
  );

const apiRollingUpdate: Rule = (stacks) => {
  const apis = everyService(stacks).filter(({ service }) => /\/promata-api:/.test(text(service.image)));
  const servers = apis.filter(({ service }) => text(deploy(service).mode) !== 'replicated-job');
  if (servers.length === 0) return [{ rule: 'api-rolling-update', where: 'stacks', problem: 'no API service' }];
  return servers.flatMap(({ service, where }) => {
    const d = deploy(service);
    const update = record(d.update_config);
    const rollback = record(d.rollback_config);
    const problems: string[] = [];
    if (!(Number(d.replicas) >= 2)) problems.push(`replicas ${String(d.replicas)} (at least 2)`);
    if (update.order !== 'start-first') problems.push('update order is not start-first');
    if (update.failure_action !== 'rollback') problems.push('a failed update does not roll back');
    if (!(durationMs(update.monitor ?? '0s') >= 30_000)) problems.push('update monitor shorter than 30 s');
    if (rollback.order !== 'start-first') problems.push('rollback order is not start-first');
    return problems.map((problem) => ({ rule: 'api-rolling-update' as const, where, problem }));
  });
};

/** Certificate resolvers Traefik defines on its command line. */
function certResolvers(stacks: Stack[]): Set<string> {
  const names = everyService(stacks)
    .filter(({ service }) => isTraefik(service))
    .flatMap(({ service }) => list(service.command).map(text))
    .map((flag) => /^--certificatesResolvers\.([\w-]+)\.acme\./i.exec(flag)?.[1])
    .filter((name): name is string => Boolean(name));
  return new Set(names);
}

const routerTls: Rule = (stacks) => {
  const resolvers = certResolvers(stacks);
  return everyService(stacks).flatMap(({ service, where }) => {
    const all = labels(service);
    const routers = new Set(
      Object.keys(all)
        .map((name) => /^traefik\.http\.routers\.([\w-]+)\.rule$/.exec(name)?.[1])
        .filter((name): name is string => Boolean(name)),
    );
    const found: Violation[] = [];
    for (const router of routers) {
      const at = (key: string) => all[`traefik.http.routers.${router}.${key}`];
      if (at('entrypoints') !== traefikEntryPoint) {
        found.push({ rule: 'router-tls', where, problem: `router ${router} is not on ${traefikEntryPoint} only` });
      }
      if (at('tls') !== 'true') found.push({ rule: 'router-tls', where, problem: `router ${router} without TLS` });
      const resolver = at('tls.certresolver') ?? '';
      if (!resolvers.has(resolver)) {
        found.push({
          rule: 'router-tls',
          where,
          problem: `router ${router} certresolver "${resolver}" is not defined`,
        });
      }
      if (/\/metrics/.test(at('rule') ?? '')) {
        found.push({ rule: 'router-tls', where, problem: `router ${router} exposes /metrics publicly` });
      }
    }
    if (routers.size > 0 && all['traefik.enable'] !== 'true') {
      found.push({ rule: 'router-tls', where, problem: 'routers without traefik.enable=true' });
    }
    return found;
  });
};

const dataNetworkInternal: Rule = (stacks) => {
  const data = stacks.filter((stack) => stack.file === 'data.yml');
  if (data.length === 0) return [{ rule: 'data-network-internal', where: 'stacks', problem: 'no data.yml' }];
  return data.flatMap((stack) => {
    const networks = record(stack.doc.networks);
    const found: Violation[] = [];
    if (Object.keys(networks).length === 0) {
      found.push({ rule: 'data-network-internal', where: stack.file, problem: 'no network' });
    }
    for (const [name, network] of Object.entries(networks)) {
      if (record(network).internal !== true) {
        found.push({
          rule: 'data-network-internal',
          where: `${stack.file}:${name}`,
          problem: 'network is not internal',
        });
      }
    }
    return found;
  });
};

const statefulPlacement: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const named = list(service.volumes)
      .map(record)
      .some((volume) => volume.type === 'volume');
    if (!named) return [];
    const constraints = list(record(deploy(service).placement).constraints).map(text);
    return constraints.some((constraint) => /^node\.labels\.[\w.-]+\s*==\s*\S+/.test(constraint))
      ? []
      : [{ rule: 'stateful-placement', where, problem: 'has a volume but is not pinned to a labelled node' }];
  });

/** The API leaves Traefik's rotation before it stops accepting, and Swarm waits for it to drain. */
const gracefulShutdown: Rule = (stacks) => {
  const routed = everyService(stacks).filter(
    ({ service }) => labels(service)['traefik.http.services.promata-api.loadbalancer.server.port'],
  );
  if (routed.length === 0) {
    return [{ rule: 'graceful-shutdown', where: 'stacks', problem: 'no service behind the promata-api router' }];
  }
  return routed.flatMap(({ service, where }) => {
    const env = environment(service);
    const all = labels(service);
    const grace = Number(env.SHUTDOWN_GRACE_MS ?? 0);
    const drain = Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
    const probe = durationMs(all['traefik.http.services.promata-api.loadbalancer.healthcheck.interval'] ?? '30s');
    const refresh = traefikRefreshMs(stacks);
    const stop = durationMs(service.stop_grace_period ?? '10s');
    const problems: string[] = [];
    if (!(grace > probe && grace > refresh)) {
      problems.push(`SHUTDOWN_GRACE_MS ${grace} not above the health interval ${probe} and refresh ${refresh}`);
    }
    if (!(stop > grace + drain)) problems.push(`stop_grace_period ${stop} ms ≤ grace + drain ${grace + drain} ms`);
    if (env.TRUST_PROXY !== '1') problems.push('TRUST_PROXY is not 1 (Traefik is the one proxy)');
    return problems.map((problem) => ({ rule: 'graceful-shutdown' as const, where, problem }));
  });
};

function traefikRefreshMs(stacks: Stack[]): number {
  const flag = everyService(stacks)
    .filter(({ service }) => isTraefik(service))
    .flatMap(({ service }) => list(service.command).map(text))
    .find((value) => /^--providers\.swarm\.refreshSeconds=/i.test(value));
  return flag ? Number(flag.split('=')[1]) * 1000 : 15_000;
}

const nonRoot: Rule = (stacks) =>
  everyService(stacks).flatMap(({ service, where }) => {
    const user = text(service.user);
    if (!user) {
      return ownImages.test(text(service.image))
        ? []
        : [{ rule: 'non-root' as const, where, problem: 'runs as the image default user' }];
    }
    return /^(0|root)(:|$)/.test(user) ? [{ rule: 'non-root' as const, where, problem: `runs as ${user}` }] : [];
  });

export const rules: Record<RuleName, Rule> = {
  'pinned-images': pinnedImages,
  healthchecks,
  resources,
  'secrets-not-in-env': secretsNotInEnv,
  'only-traefik-publishes': onlyTraefikPublishes,
  'docker-socket-read-only': dockerSocketReadOnly,
  'api-rolling-update': apiRollingUpdate,
  'router-tls': routerTls,
  'data-network-internal': dataNetworkInternal,
  'stateful-placement': statefulPlacement,
  'graceful-shutdown': gracefulShutdown,
  'non-root': nonRoot,
};

export const checkAll = (stacks: Stack[]): Violation[] => Object.values(rules).flatMap((rule) => rule(stacks));
