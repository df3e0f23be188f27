// Installs the workspace dependencies when they are missing or older than package-lock.json, so
// `npm start` and `npm test` work on a fresh clone with nothing but Node.js and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Why this Node.js cannot run the repository, or undefined. Older 20.x releases fail much later,
 * inside the Vite build, with an error that names neither Node nor the version.
 */
export function nodeVersionProblem(version = process.versions.node) {
  const engines = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).engines.node;
  const [, needMajor, needMinor] = /(\d+)\.(\d+)/.exec(engines).map(Number);
  const [major, minor] = version.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return `Pró-Mata needs Node.js ${needMajor}.${needMinor} or later (package.json engines: ${engines}); this is ${version}. Install a newer Node.js (https://nodejs.org) and run the command again.`;
}

export function ensureInstalled() {
  const problem = nodeVersionProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed: check that npm can reach the npm registry.');
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstalled();
