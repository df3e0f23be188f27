// The command-line tools the infrastructure tests drive (Terraform, Docker's stack parser,
// promtool, Ansible, nginx, PgBouncer, shellcheck...). Missing Debian packages are installed when
// we may (root with apt-get, as on CI); anything still missing stops the run with what to install,
// because a missing tool must fail the suite, never skip a check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';

/** The offline hashicorp/aws provider the Terraform tests init from (ADR 0024). */
export const terraformProviderMirror = '/opt/tf-plugins/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64';

/**
 * command → how to get it. `apt` is a Debian package name; `hint` is for what apt cannot give;
 * `path`, when set, is what must exist instead of a command on PATH.
 */
export const infrastructureTools = [
  { command: 'terraform', hint: 'install Terraform 1.11 (https://developer.hashicorp.com/terraform/install)' },
  {
    command: 'docker',
    hint: 'install the Docker CLI ≥ 24 (docker-ce-cli); no engine is needed for `docker stack config`',
  },
  { command: 'promtool', apt: 'prometheus' },
  { command: 'amtool', apt: 'prometheus-alertmanager' },
  { command: 'ansible-playbook', apt: 'ansible' },
  { command: 'ansible-lint', apt: 'ansible-lint' },
  { command: 'shellcheck', apt: 'shellcheck' },
  { command: 'yamllint', apt: 'yamllint' },
  { command: 'nginx', apt: 'nginx' },
  { command: 'pgbouncer', apt: 'pgbouncer' },
  { command: 'sshd', apt: 'openssh-server' },
  { command: 'make', apt: 'make' },
  { command: 'nft', apt: 'nftables' },
  { command: 'fail2ban-client', apt: 'fail2ban' },
  { command: 'ssh-keygen', apt: 'openssh-client' },
  { command: 'openssl', apt: 'openssl' },
  { command: 'curl', apt: 'curl' },
  { command: 'python3', apt: 'python3' },
  { command: 'prometheus', apt: 'prometheus' },
  { command: 'prometheus-alertmanager', apt: 'prometheus-alertmanager' },
  { command: 'prometheus-node-exporter', apt: 'prometheus-node-exporter' },
  { command: 'prometheus-postgres-exporter', apt: 'prometheus-postgres-exporter' },
  { command: 'prometheus-redis-exporter', apt: 'prometheus-redis-exporter' },
  { command: 'psql', apt: 'postgresql-client' },
  { command: 'redis-cli', apt: 'redis-tools' },
  // Server binaries for the throwaway clusters of the replication and config tests.
  { command: 'pg_basebackup', apt: 'postgresql' },
  { command: 'redis-server', apt: 'redis-server' },
  // The browser tests drive Debian's Chromium (Playwright cannot download one here).
  { command: 'chromium', apt: 'chromium' },
  {
    command: 'hashicorp/aws 5.100.0 provider mirror',
    path: terraformProviderMirror,
    hint:
      'where the Terraform registry is reachable, run in infrastructure/environments/prod/aws: ' +
      'terraform providers mirror -platform=linux_amd64 /opt/tf-plugins',
  },
];

/** PostgreSQL's server binaries live in a versioned folder, outside PATH on Debian. */
const postgresBinDirs = () => {
  const base = '/usr/lib/postgresql';
  return existsSync(base) ? readdirSync(base).map((version) => `${base}/${version}/bin`) : [];
};
const searchPath = () => [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin', ...postgresBinDirs()];

/** Absolute path of `command`, looking in PATH and the sbin folders (where nginx and sshd live). */
export function findTool(command) {
  return searchPath()
    .map((dir) => `${dir}/${command}`)
    .find((path) => existsSync(path));
}

/**
 * Makes sure every tool exists, installing the missing Debian packages once when possible.
 * Returns env additions (PATH with the sbin folders) for the test run.
 */
export function provideTools(tools = infrastructureTools) {
  const missing = () => tools.filter((tool) => (tool.path ? !existsSync(tool.path) : !findTool(tool.command)));
  const installable = missing().filter((tool) => tool.apt);
  if (installable.length > 0 && userInfo().uid === 0 && findTool('apt-get')) {
    const packages = [...new Set(installable.map((tool) => tool.apt))];
    console.log(`Installing test tools from Debian packages: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  }
  const still = missing();
  if (still.length > 0) {
    const lines = still.map((tool) => `  ${tool.command}: ${tool.apt ? `apt-get install ${tool.apt}` : tool.hint}`);
    throw new Error(`The tests need tools that are not installed (see README.md, Quick start):\n${lines.join('\n')}`);
  }
  return { env: { PATH: [...new Set(searchPath())].join(':') } };
}
