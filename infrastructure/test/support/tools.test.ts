import { describe, expect, it } from 'vitest';
import { requireTool, run } from './tools.js';

describe('infrastructure test support', () => {
  it('finds installed tools and names the package of a missing one', () => {
    expect(requireTool('sh', 'apt-get install dash')).toMatch(/\/sh$/);
    expect(() => requireTool('no-such-tool-promata', 'apt-get install nothing')).toThrow(
      'no-such-tool-promata is not installed: apt-get install nothing',
    );
  });

  it('reports the exit code and both streams of a command', async () => {
    const result = await run('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    expect(result).toMatchObject({ code: 3, stdout: 'out\n', stderr: 'err\n' });
  });
});
