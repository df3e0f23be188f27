import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, httpGet, waitForHttp, type HttpAnswer } from './http.js';
import { infraRoot, requireTool } from '../support/tools.js';
import { apiSecurityHeaders } from './api-security-headers.js';

// The web image's nginx configuration, checked by nginx itself (-t) and then served for real on a
// free port over a tiny fake build, with the same relative layout as the image (-p prefix).

const configDir = join(infraRoot, 'docker', 'config', 'web');
const nginx = requireTool('nginx', 'apt-get install nginx');
const mimeTypes = '/etc/nginx/mime.types';
if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} is missing: apt-get install nginx`);
const indexHtml = '<!doctype html><html><head><title>Pró-Mata test shell</title></head><body></body></html>\n';
// Longer than gzip_min_length, and compressible, as a real bundle is.
const appJs = `export const routes = [${Array.from({ length: 80 }, (_, i) => `'/route-${i}'`).join(', ')}];\n`;

let prefix = '';
let port = 0;
let server: ChildProcess | undefined;

/** A copy of the config next to the system mime.types, so relative includes resolve as in /etc/nginx. */
function stageConfig(listen: string): string {
  const dir = join(prefix, 'conf');
  rmSync(dir, { recursive: true, force: true });
  cpSync(configDir, dir, { recursive: true });
  cpSync(mimeTypes, join(dir, 'mime.types'));
  const file = join(dir, 'nginx.conf');
  const text = readFileSync(file, 'utf8');
  const listens = text.match(/^\s*listen 8080;$/gm) ?? [];
  expect(listens, 'nginx.conf listens once, on 8080').toHaveLength(1);
  writeFileSync(file, text.replace(/^(\s*)listen 8080;$/m, `$1listen ${listen};`));
  return file;
}

const get = (path: string, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
  httpGet(`http://127.0.0.1:${port}${path}`, headers);

beforeAll(async () => {
  prefix = mkdtempSync(join(tmpdir(), 'promata-web-nginx-'));
  mkdirSync(join(prefix, 'html', 'assets'), { recursive: true });
  mkdirSync(join(prefix, 'run'));
  mkdirSync(join(prefix, 'tmp'));
  writeFileSync(join(prefix, 'html', 'index.html'), indexHtml);
  writeFileSync(join(prefix, 'html', 'assets', 'app-abc123.js'), appJs);
  writeFileSync(join(prefix, 'html', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  // Run as root (CI), nginx's workers drop to nobody: they must be able to read the site.
  chmodSync(prefix, 0o755);

  port = await freePort();
  const config = stageConfig(`127.0.0.1:${port}`);
  // A file, not a pipe, behind stdout: nginx opens /dev/stdout for its access log, as in a container.
  const logFile = join(prefix, 'nginx.log');
  const log = openSync(logFile, 'a');
  server = spawn(nginx, ['-p', `${prefix}/`, '-e', 'stderr', '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const running = server;
  await waitForHttp(
    `http://127.0.0.1:${port}/health`,
    10_000,
    () => readFileSync(logFile, 'utf8'),
    () => running.exitCode === null,
  );
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGQUIT');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe('web image nginx configuration', () => {
  it('passes nginx -t as written (listening on 8080)', async () => {
    const config = join(prefix, 'conf-check', 'nginx.conf');
    cpSync(configDir, join(prefix, 'conf-check'), { recursive: true });
    cpSync(mimeTypes, join(prefix, 'conf-check', 'mime.types'));
    const logFile = join(prefix, 'nginx-t.log');
    const log = openSync(logFile, 'w');
    const result = spawnSync(nginx, ['-t', '-p', `${prefix}/`, '-e', 'stderr', '-c', config], {
      stdio: ['ignore', log, log],
      timeout: 10_000,
    });
    closeSync(log);
    const output = readFileSync(logFile, 'utf8');
    expect(result.status, output).toBe(0);
    expect(output).toContain('test is successful');
    expect(readFileSync(config, 'utf8')).toMatch(/^\s*server_tokens off;$/m);
  });

  it('answers /health itself', async () => {
    const answer = await get('/health');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('ok\n');
    expect(answer.headers['server']).toBe('nginx');
  });

  it('serves the app shell for client-side routes, revalidated on every load', async () => {
    for (const path of ['/', '/index.html', '/catalogue/x', '/bookings/42?tab=events']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.body.toString(), path).toBe(indexHtml);
      expect(answer.headers['content-type'], path).toMatch(/^text\/html/);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year and never answers a missing one with the shell', async () => {
    const asset = await get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.body.toString()).toBe(appJs);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/app-000000.js');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).not.toContain('Pró-Mata test shell');
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API paths to the API (404 here, not the shell)', async () => {
    for (const path of ['/api/v1/experiences', '/docs', '/docs/json', '/metrics']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('compresses with gzip when asked, and only then', async () => {
    const zipped = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(zipped.body.length).toBeLessThan(appJs.length);
    expect(gunzipSync(zipped.body).toString()).toBe(appJs);
    const shell = await get('/catalogue/x', { 'accept-encoding': 'gzip' });
    expect(shell.status).toBe(200);
    const plain = await get('/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('sends the security headers the API sends, HSTS only behind HTTPS', async () => {
    for (const https of [false, true]) {
      const expected = await apiSecurityHeaders(https);
      const headers: Record<string, string> = https ? { 'x-forwarded-proto': 'https' } : {};
      for (const path of ['/', '/catalogue/x', '/assets/app-abc123.js', '/assets/nope.js', '/health']) {
        const answer = await get(path, headers);
        for (const [name, value] of Object.entries(expected)) {
          expect(answer.headers[name], `${name} on ${path} (https: ${https})`).toBe(value);
        }
        if (!https) expect(answer.headers['strict-transport-security'], path).toBeUndefined();
      }
      expect(expected['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(Boolean(expected['strict-transport-security'])).toBe(https);
    }
  });
});
