import { chmod, cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// deploy.sh against a fake `docker` on PATH: it records every call and answers `stack services`
// from per-stack files, so a test decides which services converge (and when).

const script = join(infraRoot, 'scripts', 'deploy.sh');

// The fake: `info` says manager unless FAKE_NOT_MANAGER; `stack deploy` fails for FAKE_FAIL_DEPLOY;
// `stack services S` prints the next line of $FAKE_STATE/S (the last one once exhausted).
const fakeDocker = `#!/usr/bin/env bash
set -euo pipefail
printf '%s|IMAGE_TAG=%s|CONFIG_VERSION=%s\\n' "$*" "\${IMAGE_TAG:-}" "\${CONFIG_VERSION:-}" >> "$FAKE_STATE/calls"
case "$1 \${2:-}" in
  "info --format") [[ -n \${FAKE_NOT_MANAGER:-} ]] && echo false || echo true ;;
  "stack deploy")
    stack="\${*: -1}"
    [[ $stack != "\${FAKE_FAIL_DEPLOY:-}" ]] || { echo "failed to deploy $stack" >&2; exit 1; }
    ;;
  "stack services")
    stack=$3
    polls="$FAKE_STATE/$stack.polls"
    n=$(( $(cat "$polls" 2>/dev/null || echo 0) + 1 ))
    echo "$n" > "$polls"
    if [[ -f "$FAKE_STATE/$stack.states" ]]; then
      total=$(grep -c '' "$FAKE_STATE/$stack.states")
      (( n <= total )) || n=$total
      sed -n "\${n}p" "$FAKE_STATE/$stack.states" | tr ';' '\\n'
    else
      echo "\${stack}_svc|replicated|1/1|example/image:1"
    fi
    ;;
  *) echo "unexpected docker call: $*" >&2; exit 64 ;;
esac
`;

let root: string;
let stacksDir: string;
let binDir: string;
let counter = 0;

beforeAll(async () => {
  requireTool('bash', 'apt-get install bash');
  root = await mkdtemp(join(tmpdir(), 'promata-deploy-'));
  // The repository's layout: infrastructure/{docker/stacks,docker/config,monitoring}.
  stacksDir = join(root, 'docker', 'stacks');
  binDir = join(root, 'bin');
  await mkdir(stacksDir, { recursive: true });
  await mkdir(join(root, 'docker', 'config', 'redis'), { recursive: true });
  await writeFile(join(root, 'docker', 'config', 'redis', 'redis.conf'), 'appendonly yes\n');
  await mkdir(binDir);
  await writeFile(join(binDir, 'docker'), fakeDocker);
  await chmod(join(binDir, 'docker'), 0o755);
  for (const stack of ['data', 'app', 'monitoring', 'traefik']) {
    await writeFile(join(stacksDir, `${stack}.yml`), 'services: {}\n');
  }
  await writeFile(join(root, 'stack.env'), '# stack variables\nIMAGE_TAG="0123abc"\nDOMAIN=promata-dev.duckdns.org\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs deploy.sh with its own fake-docker state; `states` maps a stack to its successive listings. */
async function deploy(options: { states?: Record<string, string[]>; env?: Record<string, string>; args?: string[] }) {
  const state = join(root, `state-${(counter += 1)}`);
  await mkdir(state);
  for (const [stack, listings] of Object.entries(options.states ?? {})) {
    await writeFile(join(state, `${stack}.states`), `${listings.join('\n')}\n`);
  }
  const result = await run(
    script,
    ['--stacks-dir', stacksDir, '--env-file', join(root, 'stack.env'), '--interval', '0', ...(options.args ?? [])],
    { env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, FAKE_STATE: state, ...options.env } },
  );
  const calls = (await readFile(join(state, 'calls'), 'utf8').catch(() => '')).trim().split('\n');
  return { ...result, calls };
}

const deploys = (calls: string[]) => calls.filter((call) => call.startsWith('stack deploy'));
const configVersions = (calls: string[]) => [
  ...new Set(deploys(calls).map((call) => call.split('|CONFIG_VERSION=')[1])),
];

describe.concurrent('deploy.sh', () => {
  it('deploys data, app, monitoring, traefik in order with --detach=false and the env file, then succeeds', async () => {
    const result = await deploy({
      states: {
        app: [
          'app_api|replicated|2/2|promata-api:1;app_web|replicated|1/1|promata-web:1;app_migrate|replicated job|0/1 (1/1 completed)|promata-api:1',
        ],
      },
    });
    expect(result.code, result.output).toBe(0);
    expect(deploys(result.calls).map((call) => call.split('|CONFIG_VERSION=')[0])).toEqual(
      ['data', 'app', 'monitoring', 'traefik'].map(
        (stack) =>
          `stack deploy --detach=false --with-registry-auth --prune -c ${stacksDir}/${stack}.yml ${stack}|IMAGE_TAG=0123abc`,
      ),
    );
    expect(result.stderr).toMatch(/app: all services converged/);
  });

  it('names the Swarm configs after a hash of the config files, unless CONFIG_VERSION is given', async () => {
    const first = await deploy({ args: ['data'] });
    const again = await deploy({ args: ['data'] });
    expect(first.code, first.output).toBe(0);
    expect(configVersions(first.calls)).toHaveLength(1);
    expect(configVersions(first.calls)[0]).toMatch(/^[0-9a-f]{12}$/);
    expect(configVersions(again.calls)).toEqual(configVersions(first.calls));
    const pinned = await deploy({ args: ['data'], env: { CONFIG_VERSION: 'release-42' } });
    expect(configVersions(pinned.calls)).toEqual(['release-42']);

    // A changed config file means a new name (a copy of the tree, so other tests are unaffected).
    const copy = join(root, 'copy');
    await cp(join(root, 'docker'), join(copy, 'docker'), { recursive: true });
    await writeFile(join(copy, 'docker', 'config', 'redis', 'redis.conf'), 'appendonly no\n');
    const changed = await deploy({ args: ['--stacks-dir', join(copy, 'docker', 'stacks'), 'data'] });
    expect(changed.code, changed.output).toBe(0);
    expect(configVersions(changed.calls)[0]).toMatch(/^[0-9a-f]{12}$/);
    expect(configVersions(changed.calls)).not.toEqual(configVersions(first.calls));
  });

  it('waits (polling, no fixed sleep) until a rolling service reaches its replicas', async () => {
    const result = await deploy({
      args: ['app'],
      states: { app: ['app_api|replicated|0/2|x', 'app_api|replicated|1/2|x', 'app_api|replicated|2/2|x'] },
    });
    expect(result.code, result.output).toBe(0);
    expect(result.calls.filter((call) => call.startsWith('stack services app --format {{.Name}}|')).length).toBe(3);
  });

  it('fails when a service does not converge, names it, and does not deploy the next stacks', async () => {
    const result = await deploy({
      args: ['--timeout', '1'],
      states: { app: ['app_api|replicated|1/2|promata-api:2;app_web|replicated|1/1|promata-web:2'] },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/app: services not converged after 1s:/);
    expect(result.stderr).toMatch(/app_api \(replicated\): 1\/2/);
    expect(result.stderr).not.toMatch(/app_web \(/);
    expect(deploys(result.calls).map((call) => call.split('|')[0]?.split(' ').at(-1))).toEqual(['data', 'app']);
  });

  it('fails when a one-shot job has not completed all its tasks', async () => {
    const result = await deploy({
      args: ['--timeout', '0', 'app'],
      states: { app: ['app_migrate|replicated job|0/1 (0/1 completed)|promata-api:2'] },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/app_migrate \(replicated job\)/);
  });

  it('fails when docker stack deploy fails', async () => {
    const result = await deploy({ env: { FAKE_FAIL_DEPLOY: 'monitoring' } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/docker stack deploy failed for monitoring/);
    expect(deploys(result.calls).length).toBe(3);
  });

  it('refuses to run on a node that is not a Swarm manager', async () => {
    const result = await deploy({ env: { FAKE_NOT_MANAGER: '1' } });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not a Swarm manager/);
    expect(deploys(result.calls)).toEqual([]);
  });

  it('refuses a missing stack file and bad options', async () => {
    const missing = await deploy({ args: ['nosuch'] });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/stack file .*nosuch\.yml not found/);
    const bad = await run(script, ['--timeout', 'soon']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--timeout must be a whole number/);
    const help = await run(script, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: deploy\.sh/);
  });
});
