import type { bookingPageSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { bookingCountsQuery, bookingPageQuery, type BookingListQuery } from './list-bookings-queries.js';

export type { BookingListQuery } from './list-bookings-queries.js';
type BookingPage = z.input<typeof bookingPageSchema>;

/**
 * GET /bookings: the caller's own bookings, or for staff the inbox of everyone's, filtered, with
 * counts per status (under the other filters, so the tabs show what each status would list).
 *
 * Two statements sent together: the page (an index range read of offset + pageSize bookings) and
 * the counts per status. One statement computing both made PostgreSQL materialise every booking
 * joined to its owner for each page (bench report 2026-11-26: 6.1 ms of PostgreSQL CPU per inbox
 * page, growing with history). They run on two pooled connections without a shared REPEATABLE READ
 * snapshot on purpose: a snapshot needs one connection and a transaction (BEGIN, SET, COMMIT round
 * trips, the two reads serialised), and all it buys is that a booking created or moved between the
 * two reads shows in the page and the counts alike. The inbox is a view that is stale the moment it
 * is drawn anyway; the next refresh reconciles it, and total comes from the counts so the tabs and
 * the pager always agree with each other.
 */
export async function listBookings(
  { database }: AppContext,
  actor: Actor,
  query: BookingListQuery,
): Promise<BookingPage> {
  const [page, counted] = await Promise.all([
    bookingPageQuery(actor, query).execute(database.db),
    bookingCountsQuery(actor, query).execute(database.db),
  ]);
  const counts: BookingPage['counts'] = {};
  for (const row of counted.rows) counts[row.status] = row.n;
  const total = query.status ? (counts[query.status] ?? 0) : counted.rows.reduce((sum, row) => sum + row.n, 0);
  const items = page.rows.map((row) => ({
    id: row.id,
    status: row.status,
    owner: { id: row.user_id, name: row.owner_name, email: row.owner_email },
    totalCents: row.total_cents,
    startDate: row.starts_on ?? '',
    endDate: row.ends_on ?? '',
    people: row.people ?? 0,
    // One experience booked on two lines is listed once.
    experiences: [
      ...new Map(
        (row.experiences ?? []).map((e) => [e.id, { id: e.id, name: { pt: e.pt, en: e.en }, category: e.category }]),
      ).values(),
    ],
    createdAt: row.created_at.toISOString(),
  }));
  return { items, page: query.page, pageSize: query.pageSize, total, counts };
}
