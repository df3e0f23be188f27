import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infraRoot, requireTool, run } from '../support/tools.js';

// Every shell script under infrastructure/ (whoever wrote it) passes shellcheck, found afresh on
// each run so a new script cannot slip past.

const skipped = /(^|\/)(node_modules|\.terraform|\.run)(\/|$)/;
const scripts = readdirSync(infraRoot, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.sh') && !skipped.test(path))
  .sort();

// The operator scripts of issue 8: strict mode, and usage text on --help.
const operatorScripts = ['scripts/deploy.sh', 'scripts/health-check.sh', 'scripts/duckdns-update.sh'];

describe('shell scripts', () => {
  it('are found, including the operator scripts', () => {
    expect(scripts).toEqual(expect.arrayContaining(operatorScripts));
  });

  it.concurrent.each(scripts)('%s passes shellcheck', async (path) => {
    const shellcheck = requireTool('shellcheck', 'apt-get install shellcheck');
    const file = join(infraRoot, path);
    // -x follows `source` of the helper library; paths resolve from the script's folder.
    const result = await run(shellcheck, ['-x', '-P', 'SCRIPTDIR', '-f', 'gcc', file]);
    expect(result.output, `${relative(infraRoot, file)}:\n${result.output}`).toBe('');
    expect(result.code).toBe(0);
  });

  it.concurrent.each(operatorScripts)('%s runs in strict mode and explains itself', async (path) => {
    const file = join(infraRoot, path);
    expect(readFileSync(file, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n(#.*\n)*set -euo pipefail\n/);
    const help = await run(file, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const wrong = await run(file, ['--no-such-option']);
    expect(wrong.code).not.toBe(0);
  });
});
