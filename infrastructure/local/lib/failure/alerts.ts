import { existsSync, readFileSync } from 'node:fs';
import { serviceUser, sleep, waitUntil } from '../exec.js';
import { psql, startCluster, stopCluster } from '../postgres.js';
import type { StackState } from '../state.js';
import { bookableTrail, createBooking, login } from './client.js';
import { seconds, type FailureTest, type Recorder } from './result.js';

// The standby stopped: the monitoring stack's PostgresReplicationNotStreaming alert (its rules,
// unchanged) fires in Prometheus and reaches Alertmanager's webhook receiver. While no standby is
// connected a booking's commit waits for one (synchronous_standby_names): the test shows it
// waiting, then finds it on both servers once the standby is back. It is sent to one replica
// directly: the proxy would answer 504 after its 30 s read timeout while the commit still waits.

const alertName = 'PostgresReplicationNotStreaming';

type PromAlert = { labels: Record<string, string>; state: string };

async function firingAlerts(state: StackState): Promise<PromAlert[]> {
  const response = await fetch(`http://127.0.0.1:${state.ports.prometheus}/api/v1/alerts`);
  const text = await response.text();
  if (!response.ok || !text.startsWith('{'))
    throw new Error(`Prometheus /api/v1/alerts answered ${response.status}: ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { data: { alerts: PromAlert[] } };
  return body.data.alerts.filter((a) => a.labels.alertname === alertName);
}

function webhookMentions(state: StackState, status: 'firing' | 'resolved'): boolean {
  const log = state.files.webhookLog!;
  if (!existsSync(log)) return false;
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .some((line) => {
      const { body } = JSON.parse(line) as { body: { alerts?: { status: string; labels: Record<string, string> }[] } };
      return (body.alerts ?? []).some((a) => a.labels.alertname === alertName && a.status === status);
    });
}

export const alertsTest: FailureTest = {
  name: 'Standby stopped: replication alert fires and reaches the webhook',
  async run(state: StackState, record: Recorder) {
    const owner = serviceUser('postgres');
    const { primary, standby } = state.clusters;
    record.check('no replication alert before the test', (await firingAlerts(state)).length === 0);
    const session = await login(state);
    const trail = await bookableTrail(state);

    const stoppedAt = Date.now();
    await stopCluster(standby, owner, 'fast');
    // A booking now waits for a standby to confirm its commit.
    const sentAt = Date.now();
    const replica = `http://127.0.0.1:${state.apiReplicas[0]!.port}`;
    const pending = createBooking(state, session, trail.id, trail.openDays[0]!, 180_000, replica).then((outcome) => ({
      ...outcome,
      doneAt: Date.now(),
    }));
    await sleep(3000);
    const settledEarly = await Promise.race([pending.then(() => true), sleep(10).then(() => false)]);
    record.figure('booking_commit_waiting_while_no_standby', !settledEarly);
    record.check('a commit waits while no standby confirms it (synchronous replication)', !settledEarly);

    await waitUntil(
      `${alertName} firing in Prometheus`,
      async () => (await firingAlerts(state)).some((a) => a.state === 'firing'),
      150_000,
      1000,
    );
    const firedAt = Date.now();
    await waitUntil(`${alertName} at the webhook receiver`, async () => webhookMentions(state, 'firing'), 60_000, 500);
    const deliveredAt = Date.now();
    record.figure('alert_firing_seconds_after_stop', seconds(firedAt - stoppedAt));
    record.figure('alert_at_webhook_seconds_after_stop', seconds(deliveredAt - stoppedAt));
    record.check('PostgresReplicationNotStreaming fired in Prometheus', true);
    record.check('the alert reached the Alertmanager webhook receiver', true);

    const restartAt = Date.now();
    await startCluster(standby, owner);
    await waitUntil(
      'the standby to stream synchronously again',
      async () => (await psql(primary, state.secrets, 'select sync_state from pg_stat_replication')) === 'quorum',
      60_000,
    );
    const booking = await pending;
    record.figure('waiting_booking_status', booking.status);
    record.figure('waiting_booking_answered_seconds_after_sent', seconds(booking.doneAt - sentAt));
    // Answered before the standby returned would mean something cancelled the wait; statement_timeout
    // cannot (PostgreSQL disarms it before the commit, ADR 0033).
    record.figure('waiting_booking_answered_after_standby_returned', booking.doneAt >= restartAt);
    record.check('the waiting booking was acknowledged in the end', booking.status === 201);
    if (booking.status !== 201) return;
    const id = (JSON.parse(booking.body) as { id: string }).id;
    const asApp = { database: 'promata', user: 'promata' as const };
    const onPrimary = await psql(primary, state.secrets, `select count(*) from bookings where id = '${id}'`, asApp);
    await waitUntil(
      'the standby to replay the waiting booking',
      async () =>
        (await psql(standby, state.secrets, `select count(*) from bookings where id = '${id}'`, asApp)) === '1',
      30_000,
    );
    record.check('the acknowledged booking is on the primary and on the standby', onPrimary === '1');
  },
};
