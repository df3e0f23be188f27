import type { bookingListQuerySchema, bookingPageSchema, BookingStatus } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';

export type BookingListQuery = z.output<typeof bookingListQuerySchema>;
type BookingPage = z.input<typeof bookingPageSchema>;

type Row = {
  counts: Record<string, number> | null;
  total: number;
  id: string | null;
  status: BookingStatus;
  user_id: string;
  owner_name: string;
  owner_email: string;
  total_cents: number;
  starts_on: string | null;
  ends_on: string | null;
  people: number | null;
  experiences: { id: string; pt: string; en: string | null }[] | null;
  created_at: Date;
};

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * GET /bookings: the caller's own bookings, or for staff the inbox of everyone's, filtered, with
 * counts per status (under the other filters, so the tabs show what each status would list). ONE
 * statement per page: the filtered set, its counts, the page and each row's experiences are CTEs
 * and subqueries of the same query (a meta row is left-joined so an empty page still has totals).
 */
export async function listBookings(
  { database }: AppContext,
  actor: Actor,
  query: BookingListQuery,
): Promise<BookingPage> {
  const conditions = [sql`true`];
  if (!isStaff(actor)) conditions.push(sql`b.user_id = ${actor.userId}::uuid`);
  if (query.q) {
    const pattern = `%${likeEscaped(query.q)}%`;
    conditions.push(sql`(promata_fold(u.name) like promata_fold(${pattern}) or u.email like lower(${pattern})
      or b.id::text like ${`${likeEscaped(query.q.toLowerCase())}%`})`);
  }
  if (query.experienceId) {
    conditions.push(
      sql`exists (select 1 from booking_lines x where x.booking_id = b.id and x.experience_id = ${query.experienceId}::uuid)`,
    );
  }
  if (query.from) conditions.push(sql`b.ends_on > ${query.from}::date`);
  if (query.to) conditions.push(sql`b.starts_on <= ${query.to}::date`);
  const statusFilter = query.status ? sql`f.status = ${query.status}` : sql`true`;
  const offset = (query.page - 1) * query.pageSize;
  // Newest first by default; `oldest` for a queue served in arrival order. Only these two words get here.
  const direction = sql.raw(query.order === 'oldest' ? 'asc' : 'desc');

  const result = await sql<Row>`
    with filtered as (
      select b.id, b.status, b.user_id, b.total_cents, b.starts_on, b.ends_on, b.created_at,
        u.name as owner_name, u.email as owner_email
      from bookings b join users u on u.id = b.user_id
      where ${sql.join(conditions, sql` and `)}
    ),
    meta as (
      select
        (select json_object_agg(status, n) from (select status, count(*)::int as n from filtered group by status) c) as counts,
        (select count(*)::int from filtered f where ${statusFilter}) as total
    ),
    page as (
      select f.* from filtered f where ${statusFilter}
      order by f.created_at ${direction}, f.id ${direction}
      limit ${query.pageSize} offset ${offset}
    )
    select meta.counts, meta.total, p.id, p.status, p.user_id, p.total_cents, p.created_at, p.owner_name, p.owner_email,
      coalesce(p.starts_on, (select min(l.start_date) from booking_lines l where l.booking_id = p.id)) as starts_on,
      coalesce(p.ends_on, (select max(l.end_date) from booking_lines l where l.booking_id = p.id)) as ends_on,
      (select max(l.people)::int from booking_lines l where l.booking_id = p.id) as people,
      (select json_agg(json_build_object('id', e.id, 'pt', e.name_pt, 'en', e.name_en) order by l.position)
        from booking_lines l join experiences e on e.id = l.experience_id where l.booking_id = p.id) as experiences
    from meta left join page p on true
    order by p.created_at ${direction}, p.id ${direction}`.execute(database.db);

  const first = result.rows[0];
  const items = result.rows
    .filter((row): row is Row & { id: string } => row.id !== null)
    .map((row) => ({
      id: row.id,
      status: row.status,
      owner: { id: row.user_id, name: row.owner_name, email: row.owner_email },
      totalCents: row.total_cents,
      startDate: row.starts_on ?? '',
      endDate: row.ends_on ?? '',
      people: row.people ?? 0,
      // One experience booked on two lines is listed once.
      experiences: [
        ...new Map((row.experiences ?? []).map((e) => [e.id, { id: e.id, name: { pt: e.pt, en: e.en } }])).values(),
      ],
      createdAt: row.created_at.toISOString(),
    }));
  return {
    items,
    page: query.page,
    pageSize: query.pageSize,
    total: first?.total ?? 0,
    counts: (first?.counts ?? {}) as BookingPage['counts'],
  };
}
