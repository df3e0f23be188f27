import { dashboardOccupancyDays, staffActionStatuses, type Dashboard } from '@promata/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { BookingStatus, ExperienceCategory } from '../../platform/db/schema.js';
import { addDays, calendarDateAt } from '../availability/calendar-date.js';
import { dailyPlaces } from '../reports/daily-places.js';
import { releasedStatusList } from '../reports/released-statuses.js';
import { weekOf } from './week-of.js';

type ExperienceColumns = {
  experience_id: string;
  name_pt: string;
  name_en: string | null;
  category: ExperienceCategory;
};
type ArrivalRow = ExperienceColumns & {
  people_today: number;
  bookings_today: number;
  people_week: number;
  bookings_week: number;
};
type OccupancyRow = ExperienceColumns & { days: { date: string; capacity: number; taken: number }[] };

const experienceOf = (row: ExperienceColumns) => ({
  id: row.experience_id,
  name: { pt: row.name_pt, en: row.name_en },
  category: row.category,
});

const oldestShown = 20;
const hourMs = 3_600_000;
const staffWaiting = sql.join(staffActionStatuses.map((status) => sql.lit(status)));

/**
 * What staff look at first, in five aggregate statements run side by side (none loops over rows):
 * arrivals of today and this week, bookings waiting on staff, 30 days of places, professor queue.
 */
export async function getDashboard({ database }: AppContext, now = new Date()): Promise<Dashboard> {
  const { db } = database;
  const today = calendarDateAt(now);
  const { weekStart, weekEnd } = weekOf(today);
  const lastDay = addDays(today, dashboardOccupancyDays - 1);

  const [arrivals, counts, oldest, occupancy, professors] = await Promise.all([
    sql<ArrivalRow>`
      select e.id as experience_id, e.name_pt, e.name_en, e.category,
        coalesce(sum(l.people) filter (where l.start_date = ${today}::date), 0)::int as people_today,
        count(distinct l.booking_id) filter (where l.start_date = ${today}::date)::int as bookings_today,
        sum(l.people)::int as people_week,
        count(distinct l.booking_id)::int as bookings_week
      from booking_lines l
      join bookings b on b.id = l.booking_id
      join experiences e on e.id = l.experience_id
      where l.start_date between ${weekStart}::date and ${weekEnd}::date and b.status not in (${releasedStatusList})
      group by e.id
      order by e.name_pt, e.id`.execute(db),
    sql<{ status: BookingStatus; count: number }>`
      select status, count(*)::int as count from bookings
      where status in (${staffWaiting})
      group by status`.execute(db),
    sql<{ id: string; status: BookingStatus; owner_name: string; starts_on: string | null; updated_at: Date }>`
      select b.id, b.status, u.name as owner_name, to_char(b.starts_on, 'YYYY-MM-DD') as starts_on, b.updated_at
      from bookings b join users u on u.id = b.user_id
      where b.status in (${staffWaiting})
      order by b.updated_at, b.id
      limit ${oldestShown}`.execute(db),
    sql<OccupancyRow>`
      with ${dailyPlaces(today, lastDay, true)}
      select e.id as experience_id, e.name_pt, e.name_en, e.category,
        json_agg(json_build_object('date', to_char(d.day, 'YYYY-MM-DD'), 'capacity', d.capacity, 'taken', d.taken)
          order by d.day) as days
      from daily d join experiences e on e.id = d.experience_id
      group by e.id
      order by e.name_pt, e.id`.execute(db),
    sql<{ count: number; oldest_at: Date | null }>`
      select count(*)::int as count, min(created_at) as oldest_at
      from professor_requests where status = 'PENDING'`.execute(db),
  ]);

  const professorRow = professors.rows[0];
  return {
    today,
    weekStart,
    weekEnd,
    arrivals: {
      today: arrivals.rows
        .filter((row) => row.people_today > 0)
        .map((row) => ({ experience: experienceOf(row), people: row.people_today, bookings: row.bookings_today })),
      week: arrivals.rows.map((row) => ({
        experience: experienceOf(row),
        people: row.people_week,
        bookings: row.bookings_week,
      })),
    },
    waiting: {
      counts: staffActionStatuses.map((status) => ({
        status,
        count: counts.rows.find((row) => row.status === status)?.count ?? 0,
      })),
      oldest: oldest.rows.map((row) => ({
        id: row.id,
        status: row.status,
        ownerName: row.owner_name,
        startDate: row.starts_on,
        waitingSince: new Date(row.updated_at).toISOString(),
        ageHours: Math.max(0, Math.floor((now.getTime() - new Date(row.updated_at).getTime()) / hourMs)),
      })),
    },
    occupancy: occupancy.rows.map((row) => ({ experience: experienceOf(row), days: row.days })),
    professorRequests: {
      count: professorRow?.count ?? 0,
      oldestAt: professorRow?.oldest_at ? new Date(professorRow.oldest_at).toISOString() : null,
    },
  };
}
