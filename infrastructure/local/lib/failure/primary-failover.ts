import { join } from 'node:path';
import { exec, serviceUser, sleep, waitUntil } from '../exec.js';
import { scriptsRoot } from '../paths.js';
import { psql, stopCluster } from '../postgres.js';
import type { StackState } from '../state.js';
import { bookableTrail, createBooking, login, request } from './client.js';
import { isFailure, loadFigures, startLoad } from './load.js';
import { seconds, type FailureTest, type Recorder } from './result.js';

// The primary stopped hard under booking load: failover.sh promotes the standby and repoints
// PgBouncer; the API replicas recover without a restart; every booking the API acknowledged (201)
// before, during and after is on the new primary.

const writers = 4;

export const primaryFailoverTest: FailureTest = {
  name: 'Primary PostgreSQL stopped: failover without API restart, no acknowledged booking lost',
  async run(state: StackState, record: Recorder) {
    const owner = serviceUser('postgres');
    const { primary, standby } = state.clusters;
    const asApp = { database: 'promata', user: 'promata' as const };
    const session = await login(state);
    const trail = await bookableTrail(state);
    const countBefore = Number(await psql(primary, state.secrets, 'select count(*) from bookings', asApp));
    const acknowledged: string[] = [];
    // One person a booking, spread over the trail's open days so capacity never refuses one.
    const load = startLoad(writers, async (worker, i) => {
      const day = trail.openDays[(worker * 7 + i) % trail.openDays.length]!;
      const outcome = await createBooking(state, session, trail.id, day, 30_000);
      if (outcome.status === 201) acknowledged.push((JSON.parse(outcome.body) as { id: string }).id);
      return outcome;
    });
    await sleep(4000);

    await stopCluster(primary, owner, 'immediate');
    const stoppedAt = Date.now();
    const failover = await exec('bash', [join(scriptsRoot, 'failover.sh')], {
      env: {
        STANDBY_HOST: '127.0.0.1',
        STANDBY_PORT: String(standby.port),
        PGPASSWORD_FILE: state.secrets.postgres,
        OLD_PRIMARY_HOST: '127.0.0.1',
        OLD_PRIMARY_PORT: String(primary.port),
        PGBOUNCER_DATABASES_FILE: state.files.pgbouncerDatabases!,
        PGBOUNCER_HOST: '127.0.0.1',
        PGBOUNCER_PORT: String(state.ports.bouncer),
        PGBOUNCER_ADMIN_PASSWORD_FILE: state.secrets.pgbouncerAdmin,
      },
    });
    const failoverDoneAt = Date.now();
    record.figure('failover_script_seconds', seconds(failoverDoneAt - stoppedAt));
    record.check('failover.sh succeeded', failover.code === 0);
    if (failover.code !== 0) throw new Error(`failover.sh failed:\n${failover.stderr}`);

    try {
      await waitUntil(
        'a booking acknowledged after the failover',
        async () => load.outcomes.some((o) => o.status === 201 && o.at > failoverDoneAt),
        60_000,
        100,
      );
    } catch (error) {
      const figures = loadFigures(await load.stop());
      record.figure('booking_statuses', figures.statuses);
      const last = load.outcomes.filter(isFailure).at(-1);
      if (last) record.figure('last_failure', `${last.status} ${last.body.slice(0, 200)}`);
      throw error;
    }
    const firstSuccess = Math.min(
      ...load.outcomes.filter((o) => o.status === 201 && o.at >= stoppedAt).map((o) => o.at + o.ms),
    );
    record.figure('recovery_seconds', seconds(firstSuccess - stoppedAt));
    await sleep(4000);
    const outcomes = await load.stop();
    const figures = loadFigures(outcomes);
    record.figure('booking_requests_sent', figures.sent);
    record.figure('booking_requests_failed', figures.failed);
    record.figure('booking_statuses', figures.statuses);
    const failedAfterRecovery = outcomes.filter((o) => isFailure(o) && o.at > firstSuccess).length;
    record.figure('failed_after_recovery', failedAfterRecovery);
    record.check('no booking request failed once the API had recovered', failedAfterRecovery === 0);

    const ready = await Promise.all(state.apiReplicas.map((r) => request(`http://127.0.0.1:${r.port}/health/ready`)));
    record.check(
      'every API replica is ready again without a restart',
      ready.every((r) => r.status === 200),
    );
    const ids = acknowledged.map((id) => `'${id}'`).join(',');
    const found =
      acknowledged.length === 0
        ? 0
        : Number(await psql(standby, state.secrets, `select count(*) from bookings where id in (${ids})`, asApp));
    const countAfter = Number(await psql(standby, state.secrets, 'select count(*) from bookings', asApp));
    record.figure('bookings_rows_before', countBefore);
    record.figure('bookings_rows_after', countAfter);
    record.figure('bookings_acknowledged', acknowledged.length);
    record.figure('acknowledged_bookings_found_on_new_primary', found);
    record.check('bookings were acknowledged during the test', acknowledged.length > 0);
    record.check('no acknowledged booking was lost', found === acknowledged.length);
    record.check(
      'the promoted node is a primary',
      (await psql(standby, state.secrets, 'select pg_is_in_recovery()')) === 'f',
    );
  },
};
