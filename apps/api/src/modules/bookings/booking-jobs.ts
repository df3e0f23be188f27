import type { Transaction } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import { calendarDateAt } from '../availability/calendar-date.js';
import { applyTransition, type AppliedTransition, type LockedBooking } from './apply-transition.js';
import { notifyTransition } from './booking-mails.js';
import { remindBatch } from './remind-bookings.js';

/**
 * The timed transitions (ADR 0021): every replica runs them on a timer; a batch is a transaction that
 * takes due bookings with `for update skip locked`, so replicas share the work instead of waiting
 * for or repeating each other, and a booking a person is changing right now is simply left for the
 * next round. Each booking goes through the same table and timeline as any other transition.
 */
type JobName = 'expire' | 'complete';
type RunName = JobName | 'remind';

const lockedColumns = [
  'id',
  'user_id',
  'status',
  'status_before_cancel_request',
  'payment_deadline',
  'ends_on',
] as const;

const dueBookings: Record<JobName, (trx: Transaction<DB>, now: Date, limit: number) => Promise<LockedBooking[]>> = {
  // The EXPIRE rule's states and guard (booking-workflow.ts), as a query.
  expire: (trx, now, limit) =>
    trx
      .selectFrom('bookings')
      .select(lockedColumns)
      .where('status', 'in', ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'])
      .where('payment_deadline', '<=', now)
      .orderBy('payment_deadline')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute(),
  // COMPLETE: approved and the reserve's date has reached the (exclusive) end of the stay.
  complete: (trx, now, limit) =>
    trx
      .selectFrom('bookings')
      .select(lockedColumns)
      .where('status', '=', 'APPROVED')
      .where('ends_on', '<=', calendarDateAt(now))
      .orderBy('ends_on')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute(),
};

const eventOf = { expire: 'EXPIRE', complete: 'COMPLETE' } as const;

type Change = AppliedTransition & { id: string; userId: string };

async function runBatch(context: AppContext, job: JobName, now: Date, batchSize: number): Promise<Change[]> {
  return context.database.db.transaction().execute(async (trx) => {
    const changes: Change[] = [];
    for (const booking of await dueBookings[job](trx, now, batchSize)) {
      const change = await applyTransition(trx, booking, {
        event: eventOf[job],
        roles: ['SYSTEM'],
        actorId: null,
        now,
      });
      changes.push({ id: booking.id, userId: booking.user_id, ...change });
    }
    return changes;
  });
}

/** Runs the jobs (expire, complete, remind) until nothing is due; returns how many bookings each handled. */
export async function runBookingJobs(
  context: AppContext,
  now = new Date(),
  batchSize = 100,
): Promise<Record<RunName, number>> {
  const done: Record<RunName, number> = { expire: 0, complete: 0, remind: 0 };
  for (const job of ['expire', 'complete'] as const) {
    try {
      while (true) {
        const changes = await runBatch(context, job, now, batchSize);
        for (const change of changes) {
          context.metrics.bookingTransitions.inc({ from: change.from, to: change.to });
          notifyTransition(context, { id: change.id, userId: change.userId }, change, undefined);
        }
        done[job] += changes.length;
        if (changes.length < batchSize) break;
      }
      context.metrics.bookingJobRuns.inc({ job, result: 'ok' });
    } catch (error) {
      context.metrics.bookingJobRuns.inc({ job, result: 'error' });
      context.logger.error({ err: error, job }, 'booking job failed');
    }
  }
  try {
    while (true) {
      const reminded = await remindBatch(context, now, batchSize);
      done.remind += reminded;
      if (reminded < batchSize) break;
    }
    context.metrics.bookingJobRuns.inc({ job: 'remind', result: 'ok' });
  } catch (error) {
    context.metrics.bookingJobRuns.inc({ job: 'remind', result: 'error' });
    context.logger.error({ err: error, job: 'remind' }, 'booking job failed');
  }
  return done;
}

export type JobRunner = { stop(): Promise<void> };

/**
 * Runs the jobs every `intervalMs` (0: never), one run at a time per process; `stop` cancels the
 * timer and waits for a run under way, so shutdown never cuts a batch in half.
 */
export function startBookingJobRunner(context: AppContext, intervalMs: number): JobRunner {
  if (intervalMs <= 0) return { stop: async () => undefined };
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runBookingJobs(context).finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}
