import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envNames } from '../../src/platform/config/env-schema.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every environment variable the API reads, and no stale ones', () => {
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Architecture'));
    const documented = [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...envNames].sort());
  });

  it('has a quick start of exactly two commands: start and test', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Operating it'));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm start', 'npm test']);
  });
});
