import type { AppContext } from '../../platform/context.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { addDays, calendarDateAt } from '../availability/calendar-date.js';
import { bookingReference } from './booking-reference.js';

/** Owners of confirmed bookings hear about their visit this many days ahead. */
export const reminderDaysAhead = 2;

/**
 * One batch of visit reminders: confirmed bookings starting within the next `reminderDaysAhead`
 * days and not reminded yet are marked `reminded_at` under `for update skip locked` (so replicas
 * never remind twice), and mailed after commit. Not a transition: the status does not change.
 */
export async function remindBatch(context: AppContext, now: Date, batchSize: number): Promise<number> {
  const { database, mailer, logger, config } = context;
  const today = calendarDateAt(now);
  const due = await database.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('bookings')
      .select(['id', 'user_id', 'starts_on'])
      .where('reminded_at', 'is', null)
      .where('status', 'in', ['APPROVED', 'PAYMENT_APPROVED'])
      .where('starts_on', '>', today)
      .where('starts_on', '<=', addDays(today, reminderDaysAhead))
      .orderBy('starts_on')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable('bookings')
      .set({ reminded_at: now })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return trx
      .selectFrom('bookings as b')
      .innerJoin('users as u', 'u.id', 'b.user_id')
      .select(['b.id', 'b.starts_on', 'u.email', 'u.name', 'u.locale', 'u.anonymised_at'])
      .where(
        'b.id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
  });
  for (const row of due) {
    if (row.anonymised_at || !row.starts_on) continue;
    sendInBackground(mailer, logger, {
      to: row.email,
      locale: row.locale,
      template: 'booking-reminder',
      data: {
        name: row.name,
        reference: bookingReference(row.id),
        startDate: row.starts_on,
        url: `${config.PUBLIC_URL}/bookings/${row.id}`,
      },
    });
  }
  return due.length;
}
