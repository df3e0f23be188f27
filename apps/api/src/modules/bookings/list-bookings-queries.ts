import type { bookingListQuerySchema, BookingStatus, ExperienceCategory } from '@promata/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import { isStaff, type Actor } from '../../platform/auth/policy.js';

export type BookingListQuery = z.output<typeof bookingListQuerySchema>;

export type BookingPageRow = {
  id: string;
  status: BookingStatus;
  user_id: string;
  owner_name: string;
  owner_email: string;
  total_cents: number;
  starts_on: string | null;
  ends_on: string | null;
  people: number | null;
  experiences: { id: string; pt: string; en: string | null; category: ExperienceCategory }[] | null;
  created_at: Date;
};

export type BookingCountRow = { status: BookingStatus; n: number };

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The filters other than status, on `bookings b` alone: the owner's name and e-mail are searched
 * through a correlated subquery instead of a join, so neither statement joins users for every
 * booking and the page query can walk an index in list order.
 */
function filtersOf(actor: Actor, query: BookingListQuery): RawBuilder<unknown>[] {
  const conditions = [sql`true`];
  if (!isStaff(actor)) conditions.push(sql`b.user_id = ${actor.userId}::uuid`);
  if (query.q) {
    const pattern = `%${likeEscaped(query.q)}%`;
    conditions.push(sql`(b.id::text like ${`${likeEscaped(query.q.toLowerCase())}%`}
      or exists (select 1 from users u where u.id = b.user_id
        and (promata_fold(u.name) like promata_fold(${pattern}) or u.email like lower(${pattern}))))`);
  }
  if (query.experienceId) {
    conditions.push(
      sql`exists (select 1 from booking_lines x where x.booking_id = b.id and x.experience_id = ${query.experienceId}::uuid)`,
    );
  }
  if (query.from) conditions.push(sql`b.ends_on > ${query.from}::date`);
  if (query.to) conditions.push(sql`b.starts_on <= ${query.to}::date`);
  return conditions;
}

/**
 * One page of the list: the limit/offset runs on bookings alone, in the order of
 * bookings_created_at_idx (staff), bookings_status_idx (a status tab) or
 * bookings_user_id_created_at_idx (own bookings), so PostgreSQL reads offset + pageSize index
 * entries instead of every booking; the owner and the lines are then read for those rows only.
 */
export function bookingPageQuery(actor: Actor, query: BookingListQuery): RawBuilder<BookingPageRow> {
  const conditions = filtersOf(actor, query);
  if (query.status) conditions.push(sql`b.status = ${query.status}`);
  // Newest first by default; `oldest` for a queue served in arrival order. Only these two words get here.
  const direction = sql.raw(query.order === 'oldest' ? 'asc' : 'desc');
  return sql<BookingPageRow>`
    select p.id, p.status, p.user_id, p.total_cents, p.created_at, u.name as owner_name, u.email as owner_email,
      coalesce(p.starts_on, (select min(l.start_date) from booking_lines l where l.booking_id = p.id)) as starts_on,
      coalesce(p.ends_on, (select max(l.end_date) from booking_lines l where l.booking_id = p.id)) as ends_on,
      (select max(l.people)::int from booking_lines l where l.booking_id = p.id) as people,
      (select json_agg(json_build_object('id', e.id, 'pt', e.name_pt, 'en', e.name_en, 'category', e.category) order by l.position)
        from booking_lines l join experiences e on e.id = l.experience_id where l.booking_id = p.id) as experiences
    from (
      select b.id, b.status, b.user_id, b.total_cents, b.starts_on, b.ends_on, b.created_at
      from bookings b
      where ${sql.join(conditions, sql` and `)}
      order by b.created_at ${direction}, b.id ${direction}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
    ) p
    -- limit 1 keeps this a per-row primary-key read: as a plain join the planner hashes the whole
    -- users table when it is small, which then grows with the accounts, not with the page.
    cross join lateral (select u.name, u.email from users u where u.id = p.user_id limit 1) u
    order by p.created_at ${direction}, p.id ${direction}`;
}

/**
 * Bookings per status under every filter but status (the tabs show what each would list); the
 * total of the selected tab is derived from it, so total and counts always agree. Unlike the page
 * this reads every matching booking (~1 ms per 6,000 for the unfiltered inbox); it is not cached
 * because a tab count lagging a transition staff just made, differently on each replica, would
 * look like a bug, and the cost is one narrow pass without the users join.
 */
export function bookingCountsQuery(actor: Actor, query: BookingListQuery): RawBuilder<BookingCountRow> {
  return sql<BookingCountRow>`
    select b.status, count(*)::int as n from bookings b
    where ${sql.join(filtersOf(actor, query), sql` and `)}
    group by b.status`;
}
