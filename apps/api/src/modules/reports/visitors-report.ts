import type { ReportRangeQuery, VisitorsReport } from '@promata/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { ExperienceCategory } from '../../platform/db/schema.js';
import { releasedStatusList } from './released-statuses.js';

type Row = { month: string; category: ExperienceCategory; people: number };

/** People per experience category and month of the visit's first day, in ONE statement. */
export async function visitorsReport({ database }: AppContext, range: ReportRangeQuery): Promise<VisitorsReport> {
  const { rows } = await sql<Row>`
    select to_char(l.start_date, 'YYYY-MM') as month, e.category, sum(l.people)::int as people
    from booking_lines l
    join bookings b on b.id = l.booking_id
    join experiences e on e.id = l.experience_id
    where l.start_date between ${range.from}::date and ${range.to}::date
      and b.status not in (${releasedStatusList})
    group by to_char(l.start_date, 'YYYY-MM'), e.category
    order by month, e.category`.execute(database.db);
  return { ...range, rows };
}
