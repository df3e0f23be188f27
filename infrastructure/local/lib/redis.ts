import { mkdirSync, readFileSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { exec, spawnDaemon, waitUntil, type ServiceUser } from './exec.js';
import { redisConf } from './paths.js';
import { writePrivateFile, type SecretFiles } from './secrets.js';

// Redis of the rehearsal: the committed redis.conf included from a generated 0600 file that adds
// requirepass, so the password is neither in the committed file nor on the command line.

export type RedisServer = { dir: string; port: number; conf: string; logFile: string };

export function writeRedisConfig(dir: string, port: number, secrets: SecretFiles, owner: ServiceUser): RedisServer {
  mkdirSync(join(dir, 'data'), { recursive: true, mode: 0o700 });
  chownSync(dir, owner.uid, owner.gid);
  chownSync(join(dir, 'data'), owner.uid, owner.gid);
  const conf = join(dir, 'redis.conf');
  writePrivateFile(conf, `include ${redisConf}\nrequirepass ${readFileSync(secrets.redis, 'utf8').trim()}\n`, owner);
  return { dir, port, conf, logFile: join(dir, 'redis.log') };
}

/** Starts redis-server in the foreground of a detached process; returns its pid. */
export async function startRedis(server: RedisServer, secrets: SecretFiles, owner: ServiceUser): Promise<number> {
  const pid = spawnDaemon(
    'redis-server',
    [server.conf, '--port', String(server.port), '--bind', '127.0.0.1', '--dir', join(server.dir, 'data')],
    { user: owner, logFile: server.logFile, cwd: server.dir },
  );
  await waitUntil('Redis', async () => (await redisCli(server, secrets, ['PING'])).stdout.trim() === 'PONG', 15_000);
  return pid;
}

/** redis-cli with the password passed through the environment (REDISCLI_AUTH), not argv. */
export function redisCli(server: { port: number }, secrets: SecretFiles | undefined, args: string[]) {
  return exec('redis-cli', ['-h', '127.0.0.1', '-p', String(server.port), ...args], {
    env: { REDISCLI_AUTH: secrets ? readFileSync(secrets.redis, 'utf8').trim() : undefined },
    timeoutMs: 10_000,
  });
}
