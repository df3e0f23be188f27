import type { Locale } from '@promata/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { renderCalendar } from './booking-calendar.js';
import { bookingReference } from './booking-reference.js';
import { findVisibleBooking } from './present-booking.js';

/** GET /bookings/:id/calendar.ics (owner or staff): the .ics text, names in the caller's language. */
export async function bookingCalendar(
  context: AppContext,
  actor: Actor,
  bookingId: string,
  locale: Locale,
  now = new Date(),
): Promise<string> {
  const { database, config } = context;
  const booking = await findVisibleBooking(database.db, actor, bookingId);
  return calendarOf(context, booking, locale, now, `${config.PUBLIC_URL}/bookings/${booking.id}`);
}

/**
 * The .ics of a booking as stored now: the status and revision are read here, after any commit, so
 * a mail sent in the background and a download agree on what the latest revision is.
 */
export async function calendarOf(
  { database }: Pick<AppContext, 'database'>,
  booking: { id: string },
  locale: Locale,
  now: Date,
  url: string,
): Promise<string> {
  const revision = await database.db
    .selectFrom('bookings as b')
    .leftJoin('booking_events as e', 'e.booking_id', 'b.id')
    .select([
      'b.status',
      sql<number>`count(e.id) filter (where e.event <> 'CREATE')::int`.as('transitions'),
      sql<Date>`coalesce(max(e.created_at), b.created_at)`.as('last_modified'),
    ])
    .where('b.id', '=', booking.id)
    .groupBy(['b.id', 'b.status', 'b.created_at'])
    .executeTakeFirstOrThrow();
  const lines = await database.db
    .selectFrom('booking_lines as l')
    .innerJoin('experiences as e', 'e.id', 'l.experience_id')
    .select([
      'l.id',
      'l.start_date',
      'l.end_date',
      'e.name_pt',
      'e.name_en',
      'e.category',
      'e.event_starts_at',
      'e.event_ends_at',
    ])
    .where('l.booking_id', '=', booking.id)
    .orderBy('l.position')
    .execute();
  return renderCalendar(
    {
      id: booking.id,
      status: revision.status,
      reference: bookingReference(booking.id),
      url,
      sequence: revision.transitions,
      lastModified: new Date(revision.last_modified),
      lines: lines.map((l) => ({
        id: l.id,
        summary: `Pró-Mata: ${locale === 'en' ? (l.name_en ?? l.name_pt) : l.name_pt}`,
        startDate: l.start_date,
        endDate: l.end_date,
        ...(l.category === 'EVENT' ? { startsAt: l.event_starts_at, endsAt: l.event_ends_at } : {}),
      })),
    },
    now,
  );
}
