import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiReplica, type ApiSecrets } from '../api.js';
import { isAlive, serviceUser, sleep, waitUntil } from '../exec.js';
import { writeState, type StackState } from '../state.js';
import { bookableTrail, createBooking, login, proxyUrl, request, whoAmI, type Outcome } from './client.js';
import { isFailure, loadFigures, startLoad } from './load.js';
import { seconds, type FailureTest, type Recorder } from './result.js';

// Load through nginx while one API replica is stopped: with SIGTERM (what Swarm sends on a deploy)
// no request may fail; with SIGKILL only requests in flight on it may fail, and nginx must stop
// sending it traffic within seconds. The session made before survives both (it lives in Redis).

const workers = 8;
const proxyFailTimeoutMs = 5000;

export function apiSecretsOf(state: StackState): ApiSecrets {
  const dir = join(state.runDir, 'api-secrets');
  return {
    databaseUrl: join(dir, 'database-url'),
    directDatabaseUrl: join(dir, 'direct-database-url'),
    redisUrl: join(dir, 'redis-url'),
    jwt: join(dir, 'jwt-secret'),
    dataKey: join(dir, 'data-encryption-key'),
    smtpUrl: join(dir, 'smtp-url'),
  };
}

/** Starts a replica again on its port and records the new pid in the state. */
export async function restartReplica(state: StackState, name: string): Promise<void> {
  const replica = state.apiReplicas.find((r) => r.name === name)!;
  const pid = await startApiReplica(
    name,
    replica.port,
    proxyUrl(state),
    apiSecretsOf(state),
    serviceUser('nobody'),
    join(state.runDir, 'api'),
  );
  replica.pid = pid;
  state.processes.push({ name, pid });
  writeState(state);
  // nginx only tries a replica it marked failed again after fail_timeout (5 s): until then the
  // restarted one gets no traffic, as a rolling update waits for the proxy to see the new task.
  await sleep(proxyFailTimeoutMs + 1000);
}

async function killDuringLoad(
  state: StackState,
  name: string,
  signal: 'SIGTERM' | 'SIGKILL',
  send: (worker: number, i: number) => Promise<Outcome>,
) {
  const replica = state.apiReplicas.find((r) => r.name === name)!;
  const load = startLoad(workers, send);
  await sleep(3000);
  const killedAt = Date.now();
  process.kill(replica.pid, signal);
  await waitUntil(`${name} to exit after ${signal}`, async () => !isAlive(replica.pid), 30_000, 50);
  const exitedAt = Date.now();
  await sleep(5000);
  const outcomes = await load.stop();
  return { outcomes, killedAt, exitedAt };
}

export const replicaKillTest: FailureTest = {
  name: 'API replica killed under load (SIGTERM, then SIGKILL)',
  async run(state: StackState, record: Recorder) {
    const session = await login(state);
    const base = proxyUrl(state);
    const trail = await bookableTrail(state, 1);
    // Anonymous catalogue reads, authenticated reads of the session's profile, and bookings (POST:
    // nginx does not retry those once sent, so they show whether draining loses a write).
    const send = (worker: number, i: number) => {
      if (worker % 4 === 3) return createBooking(state, session, trail.id, trail.openDays[i % trail.openDays.length]!);
      return worker % 2 === 0 ? request(`${base}/api/v1/experiences?pageSize=5`) : whoAmI(state, session);
    };

    const term = await killDuringLoad(state, 'api1', 'SIGTERM', send);
    const termFigures = loadFigures(term.outcomes);
    record.figure('sigterm_requests_sent', termFigures.sent);
    record.figure('sigterm_requests_failed', termFigures.failed);
    record.figure('sigterm_statuses', termFigures.statuses);
    record.figure('sigterm_drain_seconds', seconds(term.exitedAt - term.killedAt));
    // "shutdown complete" is logged by a drain that finished; "shutdown timed out" by one that hit
    // SHUTDOWN_GRACE_MS + SHUTDOWN_TIMEOUT_MS and exited 1 (see the report's notes).
    const log = readFileSync(join(state.runDir, 'api', 'api1.log'), 'utf8');
    record.figure(
      'sigterm_shutdown',
      log.includes('shutdown timed out')
        ? 'timed out (exit 1)'
        : log.includes('shutdown complete')
          ? 'complete (exit 0)'
          : 'unknown',
    );
    record.check('SIGTERM: no request failed', termFigures.failed === 0 && termFigures.sent > 0);
    record.check('SIGTERM: no session was lost (no 401)', (termFigures.statuses['401'] ?? 0) === 0);
    await restartReplica(state, 'api1');

    const kill = await killDuringLoad(state, 'api2', 'SIGKILL', send);
    const killFigures = loadFigures(kill.outcomes);
    const failures = kill.outcomes.filter(isFailure);
    const lastFailure = failures.length > 0 ? Math.max(...failures.map((o) => o.at + o.ms)) : kill.killedAt;
    record.figure('sigkill_requests_sent', killFigures.sent);
    record.figure('sigkill_requests_failed', killFigures.failed);
    record.figure('sigkill_statuses', killFigures.statuses);
    record.figure('sigkill_seconds_until_no_more_failures', seconds(Math.max(0, lastFailure - kill.killedAt)));
    record.check(`SIGKILL: at most the in-flight requests failed (≤ ${workers})`, killFigures.failed <= workers);
    record.check('SIGKILL: failures stopped within 5 s of the kill', lastFailure - kill.killedAt <= 5000);
    record.check('SIGKILL: no session was lost (no 401)', (killFigures.statuses['401'] ?? 0) === 0);
    await restartReplica(state, 'api2');

    const after = await whoAmI(state, session);
    record.figure('session_after_both_kills_status', after.status);
    record.check('the session made before the kills still works', after.status === 200);
  },
};
