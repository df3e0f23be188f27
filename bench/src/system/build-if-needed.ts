import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` when a build output is missing or older than the sources it comes from. */
export function buildIfNeeded(repoRoot: string): 'built' | 'up to date' {
  const outputs = [join(repoRoot, 'apps/api/dist/main.js'), join(repoRoot, 'apps/web/dist/index.html')];
  const sources = ['apps/api/src', 'apps/web/src', 'packages/contracts/src'].map((dir) => join(repoRoot, dir));
  const oldestOutput = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (oldestOutput > newestSource) return 'up to date';
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${result.status}`);
  return 'built';
}
