import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../catalogue/executor.js';
import { releasedBookingStatuses } from './holding-statuses.js';

export type ClosureNote = { id: string; pt: string; en: string | null };

/** One experience on one day (the night starting on it, for HOSTING). */
export type OccupancyRow = {
  experience_id: string;
  date: string;
  /** People of holding bookings that day; for an EVENT, all its holding seats (booked whole). */
  occupied: number;
  /** Closures covering the day: the experience's and the whole reserve's, oldest first. */
  closures: ClosureNote[];
};

const released = sql.join(releasedBookingStatuses.map((status) => sql.lit(status)));

/**
 * The numbers of availability for some experiences over [from, to], in ONE statement whatever the
 * range: a day series (date + integer: calendar arithmetic, no time zone) left-joined to the summed
 * people of holding booking lines covering each day and to the closures covering it. Lines are read
 * once through booking_lines_experience_dates_idx (`end_date > from`, so the past is skipped), then
 * spread over the days they cover ([start_date, end_date)).
 */
export function occupancyQuery(experienceIds: readonly string[], from: string, to: string): RawBuilder<OccupancyRow> {
  const ids = sql`array[${sql.join(experienceIds.map((id) => sql`${id}::uuid`))}]::uuid[]`;
  return sql<OccupancyRow>`
    with days as (
      select (${from}::date + offset_days) as day
      from generate_series(0, ${to}::date - ${from}::date) as offset_days
    ),
    holding_lines as (
      select l.experience_id, l.start_date, l.end_date, l.people
      from booking_lines l
      join bookings b on b.id = l.booking_id
      where l.experience_id = any(${ids})
        and l.end_date > ${from}::date
        and l.start_date <= ${to}::date
        and b.status not in (${released})
    ),
    per_day as (
      select h.experience_id, d.day, sum(h.people)::int as occupied
      from holding_lines h
      join days d on d.day >= h.start_date and d.day < h.end_date
      group by h.experience_id, d.day
    ),
    event_seats as (
      select l.experience_id, sum(l.people)::int as occupied
      from booking_lines l
      join bookings b on b.id = l.booking_id
      join experiences e on e.id = l.experience_id and e.category = 'EVENT'
      where l.experience_id = any(${ids}) and b.status not in (${released})
      group by l.experience_id
    ),
    relevant_closures as (
      select c.id, c.experience_id, c.starts_on, c.ends_on, c.reason_pt, c.reason_en, c.created_at
      from closures c
      where (c.experience_id = any(${ids}) or c.experience_id is null)
        and c.ends_on >= ${from}::date
        and c.starts_on <= ${to}::date
    ),
    closed as (
      select e.id as experience_id, d.day,
        json_agg(json_build_object('id', c.id, 'pt', c.reason_pt, 'en', c.reason_en)
          order by c.starts_on, c.created_at, c.id) as closures
      from experiences e
      cross join days d
      join relevant_closures c
        on (c.experience_id = e.id or c.experience_id is null) and d.day between c.starts_on and c.ends_on
      where e.id = any(${ids})
      group by e.id, d.day
    )
    select e.id as experience_id, d.day as date,
      (case when e.category = 'EVENT' then coalesce(s.occupied, 0) else coalesce(p.occupied, 0) end)::int as occupied,
      coalesce(cl.closures, '[]'::json) as closures
    from experiences e
    cross join days d
    left join per_day p on p.experience_id = e.id and p.day = d.day
    left join event_seats s on s.experience_id = e.id
    left join closed cl on cl.experience_id = e.id and cl.day = d.day
    where e.id = any(${ids})
    order by e.id, d.day`;
}

export async function readOccupancy(
  db: Executor,
  experienceIds: readonly string[],
  from: string,
  to: string,
): Promise<OccupancyRow[]> {
  if (experienceIds.length === 0) return [];
  const result = await occupancyQuery(experienceIds, from, to).execute(db);
  return result.rows;
}
