import type { Locale } from '@promata/contracts';
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

export async function calendarOf(
  { database }: Pick<AppContext, 'database'>,
  booking: { id: string; status: Parameters<typeof renderCalendar>[0]['status'] },
  locale: Locale,
  now: Date,
  url: string,
): Promise<string> {
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
      status: booking.status,
      reference: bookingReference(booking.id),
      url,
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
