import { reserveTimeZone } from '@promata/contracts';
import { sql, type RawBuilder } from 'kysely';
import { releasedStatusList } from './released-statuses.js';

const zone = sql.lit(reserveTimeZone);

/**
 * The CTEs `days` and `daily` (experience_id, day, capacity, taken) over [from, to], for the
 * dashboard and the occupancy report: capacity counts only days the experience was on offer (active;
 * its week days and offer window, or an event's own days; not closed), taken is the people of lines
 * of bookings that hold places covering the day. One statement whatever the range: a day series
 * crossed with the experiences and left-joined to the lines spread over their days.
 */
export function dailyPlaces(from: string, to: string, activeOnly: boolean): RawBuilder<unknown> {
  const active = activeOnly ? sql`where e.active` : sql``;
  return sql`
    days as (
      select (${from}::date + offset_days) as day
      from generate_series(0, ${to}::date - ${from}::date) as offset_days
    ),
    taken as (
      select l.experience_id, d.day, sum(l.people)::int as taken
      from booking_lines l
      join bookings b on b.id = l.booking_id
      join days d on d.day >= l.start_date and d.day < l.end_date
      where l.end_date > ${from}::date and l.start_date <= ${to}::date and b.status not in (${releasedStatusList})
      group by l.experience_id, d.day
    ),
    closed as (
      select distinct c.experience_id, d.day
      from closures c
      join days d on d.day between c.starts_on and c.ends_on
    ),
    offered as (
      select e.id, e.category, e.capacity, e.active, e.week_days, e.offer_from, e.offer_until,
        (e.event_starts_at at time zone ${zone})::date as event_first_day,
        (e.event_ends_at at time zone ${zone})::date as event_last_day
      from experiences e
      ${active}
    ),
    daily as (
      select e.id as experience_id, d.day,
        (case when e.active and own.day is null and reserve.day is null
          and (case when e.category = 'EVENT'
            then d.day between e.event_first_day and e.event_last_day
            else extract(dow from d.day)::int = any(e.week_days)
              and (e.offer_from is null or d.day >= e.offer_from)
              and (e.offer_until is null or d.day <= e.offer_until) end)
          then e.capacity else 0 end)::int as capacity,
        coalesce(t.taken, 0)::int as taken
      from offered e
      cross join days d
      left join taken t on t.experience_id = e.id and t.day = d.day
      left join closed own on own.experience_id = e.id and own.day = d.day
      left join closed reserve on reserve.experience_id is null and reserve.day = d.day
    )`;
}
