import type { OccupancyReport, ReportRangeQuery } from '@promata/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { ExperienceCategory } from '../../platform/db/schema.js';
import { dailyPlaces } from './daily-places.js';

type Row = {
  experience_id: string;
  name_pt: string;
  name_en: string | null;
  category: ExperienceCategory;
  month: string;
  capacity: number;
  taken: number;
};

/** Place-days per experience and month in ONE statement; months where nothing was offered nor taken are left out. */
export async function occupancyReport({ database }: AppContext, range: ReportRangeQuery): Promise<OccupancyReport> {
  const { rows } = await sql<Row>`
    with ${dailyPlaces(range.from, range.to, false)},
    monthly as (
      select experience_id, to_char(day, 'YYYY-MM') as month, sum(capacity)::int as capacity, sum(taken)::int as taken
      from daily
      group by experience_id, to_char(day, 'YYYY-MM')
      having sum(capacity) > 0 or sum(taken) > 0
    )
    select m.experience_id, e.name_pt, e.name_en, e.category, m.month, m.capacity, m.taken
    from monthly m
    join experiences e on e.id = m.experience_id
    order by e.name_pt, e.id, m.month`.execute(database.db);
  return {
    ...range,
    rows: rows.map((row) => ({
      experienceId: row.experience_id,
      name: { pt: row.name_pt, en: row.name_en },
      category: row.category,
      month: row.month,
      capacity: row.capacity,
      taken: row.taken,
      rate: row.capacity > 0 ? row.taken / row.capacity : null,
    })),
  };
}
