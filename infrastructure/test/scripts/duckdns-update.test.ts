import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// duckdns-update.sh against a local fake of DuckDNS's /update endpoint, through a curl wrapper
// that records curl's arguments: the token must reach the server and appear nowhere else.

const script = join(infraRoot, 'scripts', 'duckdns-update.sh');
const token = 'a1b2c3d4-0000-4000-8000-123456789abc';

let dir: string;
const servers: Server[] = [];
let counter = 0;

beforeAll(async () => {
  const curl = requireTool('curl', 'apt-get install curl');
  dir = await mkdtemp(join(tmpdir(), 'promata-duckdns-'));
  await writeFile(join(dir, 'token'), `${token}\n`, { mode: 0o600 });
  // Records argv (what `ps` would show) before running the real curl.
  await writeFile(join(dir, 'curl'), `#!/bin/sh\necho "$*" >> "$CURL_ARGS_LOG"\nexec ${curl} "$@"\n`);
  await chmod(join(dir, 'curl'), 0o755);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

/** A fake DuckDNS answering each request with the next scripted reply ([status, body]). */
async function duckdns(replies: [number, string][]) {
  const requests: URL[] = [];
  const server = createServer((request, response) => {
    requests.push(new URL(request.url ?? '/', 'http://localhost'));
    const [status, body] = replies[Math.min(requests.length, replies.length) - 1]!;
    response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/update`, requests };
}

async function update(baseUrl: string, args: string[], env: Record<string, string> = {}) {
  const argsLog = join(dir, `curl-args-${(counter += 1)}`);
  const started = Date.now();
  const result = await run(script, ['--domain', 'promata-dev', ...args], {
    env: {
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      CURL_ARGS_LOG: argsLog,
      DUCKDNS_BASE_URL: baseUrl,
      DUCKDNS_TOKEN: '',
      DUCKDNS_TOKEN_FILE: '',
      ...env,
    },
  });
  const curlArgs = await readFile(argsLog, 'utf8').catch(() => '');
  return { ...result, curlArgs, seconds: (Date.now() - started) / 1000 };
}

describe.concurrent('duckdns-update.sh', () => {
  it('sends the domain, IP and token, accepts OK, and never shows the token', async () => {
    const fake = await duckdns([[200, 'OK']]);
    const result = await update(fake.url, ['--ip', '203.0.113.10', '--token-file', join(dir, 'token')]);
    expect(result.code, result.output).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(Object.fromEntries(fake.requests[0]!.searchParams)).toEqual({
      domains: 'promata-dev',
      token,
      ip: '203.0.113.10',
    });
    expect(result.output).not.toContain(token);
    expect(result.curlArgs).not.toContain(token);
    expect(result.curlArgs).toMatch(/--config -/);
  });

  it('retries transient failures with growing pauses, then succeeds', async () => {
    const fake = await duckdns([
      [500, 'oops'],
      [502, 'bad gateway'],
      [200, 'OK'],
    ]);
    const result = await update(fake.url, ['--retries', '3', '--backoff', '1'], { DUCKDNS_TOKEN: token });
    expect(result.code, result.output).toBe(0);
    expect(fake.requests).toHaveLength(3);
    // Pauses of 1 s then 2 s.
    expect(result.seconds).toBeGreaterThanOrEqual(3);
    expect(result.stderr.match(/retrying in (\d+)s/g)).toEqual(['retrying in 1s', 'retrying in 2s']);
    expect(result.output).not.toContain(token);
  });

  it('fails at once on KO (wrong token or domain)', async () => {
    const fake = await duckdns([[200, 'KO']]);
    const result = await update(fake.url, ['--retries', '5', '--backoff', '0', '--token-file', join(dir, 'token')]);
    expect(result.code).not.toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(result.stderr).toMatch(/DuckDNS refused the update \(KO\)/);
    expect(result.output).not.toContain(token);
  });

  it('gives up after the last retry', async () => {
    const fake = await duckdns([[503, 'busy']]);
    const result = await update(fake.url, ['--retries', '2', '--backoff', '0'], { DUCKDNS_TOKEN: token });
    expect(result.code).not.toBe(0);
    expect(fake.requests).toHaveLength(2);
    expect(result.stderr).toMatch(/failed after 2 attempts/);
    expect(result.output).not.toContain(token);
  });

  it('refuses to run without a token, with a bad domain or over plain http to another host', async () => {
    const noToken = await update('http://127.0.0.1:1/update', []);
    expect(noToken.code).not.toBe(0);
    expect(noToken.stderr).toMatch(/no token/);
    const badDomain = await update('http://127.0.0.1:1/update', ['--domain', 'x&token=y'], { DUCKDNS_TOKEN: token });
    expect(badDomain.code).not.toBe(0);
    expect(badDomain.stderr).toMatch(/--domain must be a DuckDNS subdomain/);
    const plain = await update('http://example.org/update', [], { DUCKDNS_TOKEN: token });
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toMatch(/DUCKDNS_BASE_URL must be https/);
    expect(`${noToken.curlArgs}${badDomain.curlArgs}${plain.curlArgs}`).toBe('');
  });
});
