import { join } from 'node:path';
import { serviceUser, sleep, stopPid, waitUntil } from '../exec.js';
import { startRedis, type RedisServer } from '../redis.js';
import { writeState, type StackState } from '../state.js';
import { demoVisitor, leaksStack, login, proxyUrl, request, whoAmI } from './client.js';
import { seconds, type FailureTest, type Recorder } from './result.js';

// Redis stopped and started again: while it is down every replica's readiness is 503 and a login
// fails cleanly (a JSON error, no 500, no stack trace); after the restart the session made before
// is still valid, because Redis reloaded it from its append-only file.

const readiness = (state: StackState) =>
  Promise.all(state.apiReplicas.map((r) => request(`http://127.0.0.1:${r.port}/health/ready`, { timeoutMs: 5000 })));

export const redisRestartTest: FailureTest = {
  name: 'Redis restarted: sessions survive (AOF), clean 503 while down',
  async run(state: StackState, record: Recorder) {
    const session = await login(state);
    record.check('the session works before the restart', (await whoAmI(state, session)).status === 200);
    const redis = state.processes.find((p) => p.name === 'redis')!;
    const stoppedAt = Date.now();
    await stopPid(redis.pid, 10_000);
    await sleep(1500);

    const ready = await readiness(state);
    record.figure(
      'readiness_while_down',
      Object.fromEntries(ready.map((r, i) => [state.apiReplicas[i]!.name, r.status])),
    );
    record.check(
      'every replica answers readiness 503 while Redis is down',
      ready.every((r) => r.status === 503),
    );
    const attempt = await request(`${proxyUrl(state)}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(demoVisitor(state)),
    });
    const me = await whoAmI(state, session);
    record.figure('login_status_while_down', attempt.status);
    record.figure('authenticated_read_status_while_down', me.status);
    for (const [what, outcome] of [
      ['login', attempt],
      ['authenticated read', me],
    ] as const) {
      record.check(
        `${what} while down fails cleanly (not 2xx, not 500)`,
        outcome.status >= 400 && outcome.status !== 500,
      );
      record.check(
        `${what} while down answers JSON without a stack trace`,
        outcome.body.startsWith('{') && !leaksStack(outcome.body),
      );
    }

    const server: RedisServer = {
      dir: join(state.runDir, 'redis'),
      port: state.ports.redis!,
      conf: state.files.redisConf!,
      logFile: join(state.runDir, 'redis', 'redis.log'),
    };
    redis.pid = await startRedis(server, state.secrets, serviceUser('redis'));
    writeState(state);
    const restartedAt = Date.now();
    await waitUntil(
      'every replica ready again',
      async () => (await readiness(state)).every((r) => r.status === 200),
      30_000,
      100,
    );
    record.figure('redis_down_seconds', seconds(restartedAt - stoppedAt));
    record.figure('api_ready_again_seconds_after_restart', seconds(Date.now() - restartedAt));
    const after = await whoAmI(state, session);
    record.figure('session_after_restart_status', after.status);
    record.check('the session made before the restart is still valid (AOF)', after.status === 200);
  },
};
