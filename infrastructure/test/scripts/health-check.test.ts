import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// health-check.sh against a local HTTPS server with a throwaway CA: it passes when the site is
// healthy and fails (non-zero) for each kind of breakage it promises to catch.

const script = join(infraRoot, 'scripts', 'health-check.sh');
const token = 'metrics-token-for-tests-0123456789';

type Site = { ready?: number; loginBody?: string; metricsOpen?: boolean; cert?: 'long' | 'short' | 'other-name' };

let dir: string;
const servers: Server[] = [];

async function openssl(args: string[]) {
  const result = await run(requireTool('openssl', 'apt-get install openssl'), args, { cwd: dir });
  expect(result.code, result.output).toBe(0);
}

/** A certificate signed by the test CA for `names` (default localhost), valid for `days`. */
async function serverCert(name: string, days: number, names = 'DNS:localhost,IP:127.0.0.1') {
  await writeFile(join(dir, `${name}.ext`), `subjectAltName=${names}\n`);
  await openssl(
    ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'].concat([
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      '/CN=localhost',
    ]),
  );
  await openssl(
    ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial'].concat([
      '-days',
      String(days),
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.crt`,
    ]),
  );
}

beforeAll(async () => {
  requireTool('curl', 'apt-get install curl');
  dir = await mkdtemp(join(tmpdir(), 'promata-health-'));
  await openssl(
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key'].concat([
      '-out',
      'ca.crt',
      '-days',
      '30',
      '-subj',
      '/CN=Promata test CA',
    ]),
  );
  await serverCert('long', 365);
  await serverCert('short', 5);
  await serverCert('other-name', 365, 'DNS:promata.example.org');
  await writeFile(join(dir, 'token'), `${token}\n`, { mode: 0o600 });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

/** Starts a fake public site on a free port and returns its base URL. */
async function site(options: Site = {}): Promise<string> {
  const cert = options.cert ?? 'long';
  const server = createServer(
    { key: await readFile(join(dir, `${cert}.key`)), cert: await readFile(join(dir, `${cert}.crt`)) },
    (request, response) => {
      if (request.url === '/health/ready') {
        response.writeHead(options.ready ?? 200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (request.url === '/login') {
        const body = options.loginBody ?? '<!doctype html><html><body><div id="root"></div></body></html>';
        response.writeHead(200, { 'content-type': 'text/html' }).end(body);
      } else if (request.url === '/metrics') {
        const allowed = options.metricsOpen || request.headers.authorization === `Bearer ${token}`;
        response.writeHead(allowed ? 200 : 401).end(allowed ? '# HELP up\n' : '{"error":{"code":"UNAUTHORIZED"}}');
      } else {
        response.writeHead(404).end();
      }
    },
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://localhost:${(server.address() as AddressInfo).port}`;
}

const check = (url: string, extra: string[] = ['--ca-file', join(dir, 'ca.crt')], env: Record<string, string> = {}) =>
  run(script, ['--url', url, '--timeout', '5', ...extra], { env: { METRICS_TOKEN: '', ...env } });

describe.concurrent('health-check.sh', () => {
  it('passes a healthy site: valid certificate, ready API, login page, metrics behind the token', async () => {
    const result = await check(await site(), [
      '--ca-file',
      join(dir, 'ca.crt'),
      '--metrics-token-file',
      join(dir, 'token'),
    ]);
    expect(result.code, result.output).toBe(0);
    expect(result.stderr.match(/ PASS /g)).toHaveLength(5);
    expect(result.output).not.toContain(token);
  });

  it('fails when /health/ready answers 503', async () => {
    const result = await check(await site({ ready: 503 }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/FAIL API ready: \/health\/ready answered 503/);
  });

  it('fails when /metrics is served without the token', async () => {
    const result = await check(await site({ metricsOpen: true }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/FAIL metrics: \/metrics without the token answered 200/);
  });

  it('fails when the token it was given is refused', async () => {
    const result = await check(await site(), undefined, { METRICS_TOKEN: 'another-token-0123456789' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/FAIL metrics: \/metrics with the token answered 401/);
    expect(result.output).not.toContain('another-token-0123456789');
  });

  it('fails when the login page is not the web app', async () => {
    const result = await check(await site({ loginBody: '<html>Bad gateway</html>' }));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/FAIL web: \/login did not return the app/);
  });

  it('fails when the certificate expires within --days', async () => {
    const url = await site({ cert: 'short' });
    const result = await check(url, ['--ca-file', join(dir, 'ca.crt'), '--days', '14']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/FAIL TLS: certificate expires within 14 days/);
    expect((await check(url, ['--ca-file', join(dir, 'ca.crt'), '--days', '3'])).code).toBe(0);
  });

  it('fails on a certificate it cannot verify, unless told --insecure', async () => {
    const url = await site();
    const untrusted = await check(url, []);
    expect(untrusted.code).not.toBe(0);
    expect(untrusted.stderr).toMatch(/FAIL TLS: the certificate of localhost:\d+ does not verify/);
    expect(untrusted.stderr).toMatch(/FAIL API ready: \/health\/ready answered 000/);
    expect((await check(url, ['--insecure'])).code).toBe(0);
  });

  it('fails on a certificate for another name, and checks IP addresses too', async () => {
    const wrong = await check(await site({ cert: 'other-name' }));
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/FAIL TLS: the certificate of localhost:\d+ does not verify/);
    const byIp = await check((await site()).replace('localhost', '127.0.0.1'));
    expect(byIp.code, byIp.output).toBe(0);
  });

  it('refuses a plain http URL and a missing --url', async () => {
    const http = await check('http://localhost:1', []);
    expect(http.code).not.toBe(0);
    expect(http.stderr).toMatch(/--url must be https/);
    const none = await run(script, []);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/--url is required/);
  });
});
