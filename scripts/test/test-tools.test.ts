import { describe, expect, it } from 'vitest';
import { infrastructureTools, provideTools, terraformProviderMirror } from '../test-tools.mjs';

describe('the tools npm test provides', () => {
  it('lists what apt can install and what it cannot, the Terraform provider mirror included', () => {
    const byCommand = new Map(infrastructureTools.map((tool) => [tool.command, tool]));
    expect(byCommand.get('chromium')?.apt).toBe('chromium');
    expect(byCommand.get('pg_basebackup')?.apt).toBe('postgresql');
    expect(byCommand.get('redis-server')?.apt).toBe('redis-server');
    expect(byCommand.get('terraform')?.hint).toMatch(/Terraform 1\.11/);
    expect(byCommand.get('docker')?.hint).toMatch(/docker-ce-cli/);
    const mirror = infrastructureTools.find((tool) => tool.path === terraformProviderMirror);
    expect(mirror?.hint).toContain('terraform providers mirror -platform=linux_amd64 /opt/tf-plugins');
  });

  it('stops with one line per missing tool saying how to get it', () => {
    const missing = [
      { command: 'promata-no-such-tool', hint: 'install it from the vendor' },
      { command: 'some provider mirror', path: '/nonexistent/promata/mirror', hint: 'run the mirror command' },
    ];
    expect(() => provideTools(missing)).toThrow(
      'The tests need tools that are not installed (see README.md, Quick start):\n' +
        '  promata-no-such-tool: install it from the vendor\n' +
        '  some provider mirror: run the mirror command',
    );
    expect(provideTools([{ command: 'node', apt: 'nodejs' }]).env.PATH).toContain('/usr/sbin');
  });
});
