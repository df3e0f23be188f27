// `npm test`: everything the tests need, then one Vitest run over the whole repository (unit,
// integration against real PostgreSQL and Redis, the built app's smoke test, browser tests).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';
import { provideChromium, providePostgres, provideRedis } from './test-services.mjs';
import { provideTools } from './test-tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureInstalled();

// Tools first, before minutes of building: on a clean machine (root with apt-get) they bring the
// PostgreSQL, Redis and Chromium packages too; otherwise the run stops naming what to install.
let tools;
let chromium;
try {
  tools = provideTools();
  chromium = provideChromium();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// PROMATA_TEST_BUILD=api rebuilds only the API (quick iterations on it); anything else builds both.
const buildArgs =
  process.env.PROMATA_TEST_BUILD === 'api'
    ? ['run', 'build', '--silent', '-w', 'apps/api']
    : ['run', 'build', '--silent'];
console.log('Building…');
const build = spawnSync('npm', buildArgs, { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const require = createRequire(`${root}apps/api/package.json`);
const pg = require('pg');
const { Redis } = require('ioredis');
const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

const cleanups = [];
let exitCode = 1;
try {
  const postgres = await providePostgres(pg, runId);
  cleanups.push(postgres.cleanup);
  const redis = await provideRedis(Redis, runId);
  cleanups.push(redis.cleanup);
  const env = { ...process.env, ...postgres.env, ...redis.env, ...chromium.env, ...tools.env };
  console.log(
    `PostgreSQL: ${new URL(postgres.env.TEST_DATABASE_ADMIN_URL).host}, Redis: ${new URL(redis.env.TEST_REDIS_URL).host}`,
  );

  const vitest = spawn(process.execPath, [`${root}node_modules/vitest/vitest.mjs`, 'run', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const forward = (signal) => vitest.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  exitCode = await new Promise((resolve) => vitest.once('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
  }
}
process.exit(exitCode);
