import { reserveTimeZone, type ReportRangeQuery, type RevenueReport } from '@promata/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';

type Row = {
  month: string;
  quoted_cents: string | number | bigint;
  quoted_bookings: number;
  approved_cents: string | number | bigint;
  approved_bookings: number;
};

const zone = sql.lit(reserveTimeZone);

/**
 * Quoted and approved-payment totals per month (every month of the range, zeros included) in ONE
 * statement. Instants are grouped by their reserve calendar month; the range's bounds become the
 * reserve's midnights, so bookings_created_at_idx serves the quoted side. Sums are bigint in SQL
 * (a busy month may pass 2^31 centavos) and numbers here.
 */
export async function revenueReport({ database }: AppContext, range: ReportRangeQuery): Promise<RevenueReport> {
  const { rows } = await sql<Row>`
    with months as (
      select to_char(m, 'YYYY-MM') as month
      from generate_series(date_trunc('month', ${range.from}::date), date_trunc('month', ${range.to}::date), interval '1 month') as m
    ),
    quoted as (
      select to_char(b.created_at at time zone ${zone}, 'YYYY-MM') as month,
        sum(b.total_cents)::bigint as cents, count(*)::int as bookings
      from bookings b
      where b.created_at >= (${range.from}::date)::timestamp at time zone ${zone}
        and b.created_at < (${range.to}::date + 1)::timestamp at time zone ${zone}
      group by 1
    ),
    first_approvals as (
      select booking_id, min(created_at) as approved_at
      from booking_events
      where event = 'APPROVE_PAYMENT'
      group by booking_id
    ),
    approved as (
      select to_char(a.approved_at at time zone ${zone}, 'YYYY-MM') as month,
        sum(b.total_cents)::bigint as cents, count(*)::int as bookings
      from first_approvals a
      join bookings b on b.id = a.booking_id
      where (a.approved_at at time zone ${zone})::date between ${range.from}::date and ${range.to}::date
      group by 1
    )
    select months.month,
      coalesce(q.cents, 0) as quoted_cents, coalesce(q.bookings, 0) as quoted_bookings,
      coalesce(a.cents, 0) as approved_cents, coalesce(a.bookings, 0) as approved_bookings
    from months
    left join quoted q on q.month = months.month
    left join approved a on a.month = months.month
    order by months.month`.execute(database.db);
  return {
    ...range,
    rows: rows.map((row) => ({
      month: row.month,
      quotedCents: Number(row.quoted_cents),
      quotedBookings: row.quoted_bookings,
      approvedCents: Number(row.approved_cents),
      approvedBookings: row.approved_bookings,
    })),
  };
}
