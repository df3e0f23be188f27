import { startBuiltApp, type BuiltApp } from '../../../../test-support/built-app.js';
import { openDatabase } from '../../../api/src/platform/db/database.js';
import { addDays } from '../../src/lib/calendar-date';

// A booking's stay ending, for the browser tests: the API refuses past dates, so the test moves an
// approved booking's dates back in time in the database. The embedded database belongs to one
// process, so the app is stopped for the change and started again on the same data (a new port:
// the helper picks a free one), and the booking jobs, on a short timer this time, take the
// booking through COMPLETE like any other.

const dayMs = 86_400_000;

/**
 * Stops `app`, moves every date of the booking back so its stay ended yesterday (`today` is the
 * reserve's date), and starts the app again with `env` and its jobs every `jobsIntervalMs`.
 */
export async function endStayAndRestart(
  app: BuiltApp,
  env: Record<string, string> & { DATA_DIR: string },
  booking: { id: string; today: string },
  jobsIntervalMs = 300,
): Promise<BuiltApp> {
  await app.stop();
  const database = await openDatabase({ kind: 'embedded', dataDir: env.DATA_DIR });
  try {
    await database.db.transaction().execute(async (trx) => {
      const { starts_on: startsOn, ends_on: endsOn } = await trx
        .selectFrom('bookings')
        .select(['starts_on', 'ends_on'])
        .where('id', '=', booking.id)
        .executeTakeFirstOrThrow();
      if (!startsOn || !endsOn) throw new Error(`booking ${booking.id} has no stay`);
      // ends_on is exclusive: moved to today, the last night or day was yesterday.
      const days = Math.round((Date.parse(endsOn) - Date.parse(booking.today)) / dayMs);
      const lines = await trx
        .selectFrom('booking_lines')
        .select(['id', 'start_date', 'end_date'])
        .where('booking_id', '=', booking.id)
        .execute();
      for (const line of lines) {
        await trx
          .updateTable('booking_lines')
          .set({ start_date: addDays(line.start_date, -days), end_date: addDays(line.end_date, -days) })
          .where('id', '=', line.id)
          .execute();
      }
      await trx
        .updateTable('bookings')
        .set({ starts_on: addDays(startsOn, -days), ends_on: booking.today })
        .where('id', '=', booking.id)
        .execute();
    });
  } finally {
    await database.close();
  }
  return startBuiltApp({ ...env, BOOKING_JOBS_INTERVAL_MS: String(jobsIntervalMs) });
}
