import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// The common, docker and monitoring roles' templates, rendered by Ansible for a manager and a worker
// and checked by the tools that will read them on the hosts: sshd -t/-T, nft -c, fail2ban-client -t,
// promtool check metrics, a JSON parse of daemon.json.

type Host = 'manager' | 'worker';
type Rendered = Record<Host, Record<string, string>>;
type PlaybookJson = {
  plays: {
    tasks: { task: { name: string }; hosts: Record<string, { results?: { item: string; msg: unknown }[] }> }[];
  }[];
};

const fixtures = join(infraRoot, 'test', 'ansible', 'fixtures');
let dir: string;
let rendered: Rendered;

/** Writes a rendered file for a host and returns its path. */
async function file(host: Host, name: string): Promise<string> {
  const path = join(dir, host, name);
  await writeFile(path, rendered[host][name] ?? '', { mode: 0o600 });
  return path;
}

beforeAll(async () => {
  const playbook = requireTool('ansible-playbook', 'apt-get install ansible');
  const keygen = requireTool('ssh-keygen', 'apt-get install openssh-client');
  dir = await mkdtemp(join(tmpdir(), 'promata-templates-'));
  await Promise.all([mkdir(join(dir, 'manager')), mkdir(join(dir, 'worker')), mkdir(join(dir, 'keys'))]);
  // Throwaway host keys: sshd -t refuses a configuration without a loadable host key.
  const keys = [join(dir, 'keys', 'ssh_host_ed25519_key'), join(dir, 'keys', 'ssh_host_rsa_key')];
  const [ed25519, rsa, render] = await Promise.all([
    run(keygen, ['-q', '-t', 'ed25519', '-N', '', '-f', keys[0]!]),
    run(keygen, ['-q', '-t', 'rsa', '-b', '3072', '-N', '', '-f', keys[1]!]),
    run(
      playbook,
      [
        '-i',
        join(fixtures, 'render-inventory.yml'),
        join(fixtures, 'render-templates.yml'),
        '-e',
        JSON.stringify({ common_ssh_host_keys: keys }),
      ],
      { env: { ANSIBLE_STDOUT_CALLBACK: 'json', ANSIBLE_NOCOLOR: '1' } },
    ),
  ]);
  expect(ed25519.code, ed25519.output).toBe(0);
  expect(rsa.code, rsa.output).toBe(0);
  expect(render.code, render.output).toBe(0);
  const task = (JSON.parse(render.stdout) as PlaybookJson).plays[0]!.tasks.find((t) => t.task.name === 'Render')!;
  rendered = { manager: {}, worker: {} };
  for (const host of ['manager', 'worker'] as const) {
    for (const result of task.hosts[host]!.results!) {
      const name = result.item.split('/').pop()!;
      // Ansible hands JSON-looking text back parsed; re-serialise it for the file.
      rendered[host][name] = typeof result.msg === 'string' ? result.msg : JSON.stringify(result.msg, null, 2);
    }
  }
  // sshd insists on its privilege separation directory even for -t (the ssh service creates it at boot).
  await mkdir('/run/sshd', { recursive: true, mode: 0o755 }).catch((error: unknown) => {
    throw new Error(
      `sshd -t needs /run/sshd: create it (mkdir -m 755 /run/sshd) or run the tests as root (${String(error)})`,
    );
  });
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** sshd's effective configuration (`sshd -T`) as a map of lower-case keywords to values. */
async function effectiveSshd(host: Host): Promise<Map<string, string>> {
  const sshd = requireTool('sshd', 'apt-get install openssh-server');
  const config = await file(host, 'sshd_config');
  const test = await run(sshd, ['-t', '-f', config]);
  expect(test.code, test.output).toBe(0);
  const dump = await run(sshd, ['-T', '-f', config]);
  expect(dump.code, dump.output).toBe(0);
  return new Map(dump.stdout.split('\n').map((line) => [line.split(' ')[0]!, line.slice(line.indexOf(' ') + 1)]));
}

describe.concurrent('rendered host configuration', () => {
  it.each(['manager', 'worker'] as const)('sshd_config passes sshd -t and hardens SSH on the %s', async (host) => {
    const effective = await effectiveSshd(host);
    expect(effective.get('passwordauthentication')).toBe('no');
    expect(effective.get('permitrootlogin')).toBe('no');
    expect(effective.get('kbdinteractiveauthentication')).toBe('no');
    expect(effective.get('authenticationmethods')).toBe('publickey');
    expect(effective.get('allowusers')).toBe('promata');
    expect(effective.get('x11forwarding')).toBe('no');
    expect(effective.get('ciphers')!.split(',')).not.toContain('aes128-cbc');
    expect(
      effective
        .get('ciphers')!
        .split(',')
        .every((c) => /gcm|chacha20/.test(c)),
    ).toBe(true);
    expect(
      effective
        .get('macs')!
        .split(',')
        .every((m) => m.includes('-etm@')),
    ).toBe(true);
    // Only the manager forwards, because it is the workers' jump host.
    expect(effective.get('allowtcpforwarding')).toBe(host === 'manager' ? 'local' : 'no');
  });

  it('sshd -t rejects a broken configuration (the check is real)', async () => {
    const sshd = requireTool('sshd', 'apt-get install openssh-server');
    const path = join(dir, 'broken_sshd_config');
    await writeFile(path, `${rendered.manager.sshd_config}\nPermitRootLogin sometimes\n`);
    const result = await run(sshd, ['-t', '-f', path]);
    expect(result.code).not.toBe(0);
  });

  it.each(['manager', 'worker'] as const)('the nftables rules pass nft -c on the %s', async (host) => {
    const nft = requireTool('nft', 'apt-get install nftables');
    const result = await run(nft, ['-c', '-f', await file(host, 'promata.nft')]);
    expect(result.code, result.output).toBe(0);
    const rules = rendered[host]['promata.nft']!;
    expect(rules).toMatch(/policy drop;/);
    expect(rules).toMatch(/tcp dport 22 ip saddr @admin_nets accept/);
    expect(rules).toMatch(/elements = \{ 198\.51\.100\.0\/24 \}/);
    expect(rules).toMatch(/tcp dport \{ 2377, 7946 \} ip saddr @vnet accept/);
    expect(rules).toMatch(/udp dport \{ 7946, 4789 \} ip saddr @vnet accept/);
    // Docker's tables must survive a reload of ours.
    expect(rules).not.toMatch(/flush ruleset/);
    if (host === 'manager') expect(rules).toMatch(/tcp dport \{ 80, 443 \} accept/);
    else expect(rules).not.toMatch(/dport \{ 80, 443 \}/);
  });

  it('nft -c rejects a broken rule set (the check is real)', async () => {
    const nft = requireTool('nft', 'apt-get install nftables');
    const path = join(dir, 'broken.nft');
    await writeFile(path, rendered.manager['promata.nft']!.replace('policy drop;', 'policy maybe;'));
    expect((await run(nft, ['-c', '-f', path])).code).not.toBe(0);
  });

  it('jail.local passes fail2ban-client -t with the distribution filters', async () => {
    const client = requireTool('fail2ban-client', 'apt-get install fail2ban');
    const confDir = join(dir, 'fail2ban');
    await cp('/etc/fail2ban', confDir, { recursive: true });
    await writeFile(join(confDir, 'jail.local'), rendered.manager['jail.local']!);
    const result = await run(client, ['-c', confDir, '-t']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/configuration test is successful/);
    expect(rendered.manager['jail.local']).toMatch(
      /ignoreip = 127\.0\.0\.1\/8 ::1 198\.51\.100\.0\/24 10\.1\.0\.0\/16/,
    );

    await writeFile(join(confDir, 'jail.local'), `${rendered.manager['jail.local']}\n[sshd]\nenabled = true\n`);
    expect((await run(client, ['-c', confDir, '-t'])).code).not.toBe(0);
  });

  it('daemon.json is JSON with log rotation and live-restore off (Swarm refuses it on)', () => {
    const daemon = JSON.parse(rendered.worker['daemon.json']!) as Record<string, unknown>;
    expect(daemon).toMatchObject({
      'log-driver': 'json-file',
      'log-opts': { 'max-size': '10m', 'max-file': '3' },
      'live-restore': false,
      'no-new-privileges': true,
    });
  });

  it('the node info metric passes promtool check metrics', async () => {
    const promtool = requireTool('promtool', 'apt-get install prometheus');
    const result = await run(promtool, ['check', 'metrics'], { input: rendered.worker['promata_node.prom'] });
    expect(result.code, result.output).toBe(0);
    expect(rendered.worker['promata_node.prom']).toContain(
      'promata_node_info{node="worker",swarm_role="worker",promata_postgres="primary"} 1',
    );
  });

  it('unattended upgrades install security updates only and leave Docker to its pinned version', () => {
    expect(rendered.manager['20auto-upgrades']).toMatch(/APT::Periodic::Unattended-Upgrade "1";/);
    const policy = rendered.manager['50unattended-upgrades']!;
    expect(policy).toMatch(/-security/);
    expect(policy).not.toMatch(/-updates"/);
    expect(policy).toMatch(/"docker-ce";/);
  });
});
