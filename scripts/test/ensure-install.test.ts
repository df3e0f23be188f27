import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../ensure-install.mjs';

describe('the Node.js version check of npm start / npm test', () => {
  it('follows package.json engines: refuses older releases naming the version needed, accepts newer ones', () => {
    const engines = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    expect(engines).toBe('>=20.19');
    expect(nodeVersionProblem('20.18.3')).toMatch(/needs Node\.js 20\.19 or later .*this is 20\.18\.3/);
    expect(nodeVersionProblem('18.20.0')).toMatch(/needs Node\.js 20\.19 or later/);
    expect(nodeVersionProblem('20.19.0')).toBeUndefined();
    expect(nodeVersionProblem('22.1.0')).toBeUndefined();
    expect(nodeVersionProblem()).toBeUndefined();
  });
});
