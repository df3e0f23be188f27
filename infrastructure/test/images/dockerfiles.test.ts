import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from '../support/tools.js';
import { contextSources, dockerfileProblems, isIgnored, parseDockerfile, type Stage } from './dockerfile.js';
import { freePort } from './http.js';

// The API and web Dockerfiles, read instruction by instruction (no Docker engine exists here to
// build them): pinned bases, non-root final stage, healthcheck, no secrets, a build context that
// holds what they copy and nothing private; the API's healthcheck command is run for real.

const apiFile = join(repoRoot, 'apps', 'api', 'Dockerfile');
const webFile = join(repoRoot, 'apps', 'web', 'Dockerfile');
const api = readFileSync(apiFile, 'utf8');
const web = readFileSync(webFile, 'utf8');
const dockerignore = readFileSync(join(repoRoot, '.dockerignore'), 'utf8');

const final = (source: string): Stage => {
  const stage = parseDockerfile(source).at(-1);
  if (!stage) throw new Error('no stage');
  return stage;
};
const args = (stage: Stage, keyword: string): string[] =>
  stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
const json = (text: string | undefined): string[] => JSON.parse(text ?? '[]') as string[];

describe('Dockerfiles', () => {
  it.each([
    ['apps/api/Dockerfile', api],
    ['apps/web/Dockerfile', web],
  ])('%s keeps the image rules', (_name, source) => {
    expect(dockerfileProblems(source)).toEqual([]);
  });

  it.each([
    [
      'a floating base image',
      (s: string) => s.replace(/^FROM node:[^\s]+ AS build$/m, 'FROM node:20-bookworm-slim AS build'),
    ],
    ['latest', (s: string) => s.replace(/^FROM node:[^\s]+ AS runtime$/m, 'FROM node:latest AS runtime')],
    ['root in the final stage', (s: string) => s.replace(/^USER node$/m, 'USER root')],
    ['no USER at all', (s: string) => s.replace(/^USER node$/m, '')],
    ['no healthcheck', (s: string) => s.replace(/^HEALTHCHECK [^\n]*\\\n[^\n]*\n/m, '')],
    [
      'a baked-in secret',
      (s: string) => s.replace(/^ENV NODE_ENV=production/m, 'ENV JWT_SECRET=example NODE_ENV=production'),
    ],
    ['a copied env file', (s: string) => s.replace(/^COPY tsconfig.base.json/m, 'COPY .env tsconfig.base.json')],
  ])('the rules catch %s', (_what, mutate) => {
    const broken = mutate(api);
    expect(broken).not.toBe(api);
    expect(dockerfileProblems(broken).length).toBeGreaterThan(0);
  });

  it('builds the API with the lock file and ships only dist, migrations and production modules', () => {
    const stages = parseDockerfile(api);
    const runs = stages.flatMap((stage) => args(stage, 'RUN'));
    expect(runs.some((r) => /npm ci --workspace apps\/api/.test(r))).toBe(true);
    expect(runs.some((r) => /npm ci --omit=dev --workspace apps\/api/.test(r))).toBe(true);
    expect(runs.some((r) => /npm install\b/.test(r))).toBe(false);
    expect(runs.some((r) => /npm run build --workspace apps\/api/.test(r))).toBe(true);
    const runtime = final(api);
    const copies = args(runtime, 'COPY');
    expect(copies.every((c) => c.includes('--from='))).toBe(true);
    for (const path of ['/app/node_modules', 'apps/api/dist', 'apps/api/migrations', 'apps/api/package.json']) {
      expect(
        copies.some((c) => c.includes(path)),
        path,
      ).toBe(true);
    }
    expect(copies.some((c) => /\/src\/apps\/api\/src\b/.test(c))).toBe(false);
    const env = args(runtime, 'ENV').join(' ');
    for (const setting of ['NODE_ENV=production', 'MIGRATE_ON_START=false', 'SERVE_WEB=false', 'DEMO_SEED=off']) {
      expect(env).toContain(setting);
    }
    expect(json(args(runtime, 'ENTRYPOINT')[0])).toEqual(['/usr/bin/tini', '--']);
    expect(json(args(runtime, 'CMD')[0])).toEqual(['node', '--enable-source-maps', 'dist/main.js']);
    expect(args(runtime, 'EXPOSE')).toEqual(['3000']);
    expect(api).toContain('node dist/cli.js db:migrate');
    expect(existsSync(join(repoRoot, 'apps', 'api', 'migrations'))).toBe(true);
  });

  it('serves the web build from unprivileged nginx with our configuration', () => {
    const runtime = final(web);
    expect(runtime.image).toMatch(/^nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine$/);
    const copies = args(runtime, 'COPY');
    expect(copies).toContain('--chown=root:root infrastructure/docker/config/web/nginx.conf /etc/nginx/nginx.conf');
    expect(copies.some((c) => c.startsWith('--from=build') && c.includes('/src/apps/web/dist /srv/web/html'))).toBe(
      true,
    );
    expect(args(runtime, 'EXPOSE')).toEqual(['8080']);
    expect(args(runtime, 'USER').at(-1)).toBe('nginx');
    expect(args(runtime, 'STOPSIGNAL')).toEqual(['SIGQUIT']);
    expect(json(args(runtime, 'CMD')[0])).toEqual([
      'nginx',
      '-p',
      '/srv/web/',
      '-e',
      'stderr',
      '-c',
      '/etc/nginx/nginx.conf',
      '-g',
      'daemon off;',
    ]);
    expect(args(runtime, 'HEALTHCHECK')[0]).toContain('http://127.0.0.1:8080/health');
  });

  it('has a build context that holds what the images copy and leaves out private and built files', () => {
    for (const source of [...contextSources(api), ...contextSources(web)]) {
      expect(existsSync(join(repoRoot, source)), `${source} exists`).toBe(true);
      expect(isIgnored(source, dockerignore), `${source} is in the context`).toBe(false);
    }
    for (const path of [
      'node_modules',
      'apps/api/node_modules',
      'apps/api/dist',
      'apps/web/dist',
      'data',
      'apps/api/data',
      '.git',
      '.env',
      'apps/api/.env.production',
      'infrastructure/docker/stacks/.env',
      'infrastructure/environments/dev/azure/terraform.tfstate',
    ]) {
      expect(isIgnored(path, dockerignore), `${path} is left out`).toBe(true);
    }
    expect(isIgnored('apps/api/.env.example', dockerignore)).toBe(false);
    // The matcher itself: a re-included folder and a folder pattern covering its files.
    expect(isIgnored('a/b/c', 'a\n!a/b')).toBe(false);
    expect(isIgnored('a/b/c', 'a/b\n')).toBe(true);
  });

  it('has an API healthcheck that passes on a live API and fails otherwise', async () => {
    const health = final(api).instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    const command = json(/CMD (\[.*\])$/.exec(health)?.[1]);
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    const port = await freePort();
    let live = true;
    const server: Server = createServer((request, response) => {
      response.statusCode = request.url === '/health/live' && live ? 200 : 503;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const probe = () => run(process.execPath, command.slice(1), { env: { PORT: String(port) }, timeoutMs: 10_000 });
      expect((await probe()).code).toBe(0);
      live = false;
      expect((await probe()).code).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const closed = await run(process.execPath, command.slice(1), { env: { PORT: String(port) }, timeoutMs: 10_000 });
    expect(closed.code).toBe(1);
  });
});
