import { bookingsCsvColumns, reserveTimeZone, type ReportRangeQuery } from '@promata/contracts';
import { sql } from 'kysely';
import type { Executor } from '../catalogue/executor.js';
import { csvRecord } from './csv-cell.js';

type Row = {
  booking_id: string;
  status: string;
  created_at: string;
  starts_on: string;
  ends_on: string | null;
  total_cents: number;
  owner_name: string;
  owner_email: string;
  experiences: string | null;
  position: number;
  participant_name: string | null;
  document_type: string | null;
  document_number: string | null;
  birth_date: string | null;
  gender: string | null;
};

type Cursor = { startsOn: string; bookingId: string; position: number };

/** Rows per statement: bounded memory whatever the range, few round trips for a normal year. */
export const csvPageSize = 500;

const zone = sql.lit(reserveTimeZone);

/** One keyset page: bookings whose visit starts in the range, by first day, one row per participant. */
async function readPage(db: Executor, range: ReportRangeQuery, after: Cursor | null, limit: number): Promise<Row[]> {
  // The booking-only bound repeats the cursor's first two columns so that an index on
  // bookings (starts_on, id) can start each page where the last one ended.
  const keyset = after
    ? sql`and (b.starts_on, b.id) >= (${after.startsOn}::date, ${after.bookingId}::uuid)
      and (b.starts_on, b.id, coalesce(p.position, -1)) > (${after.startsOn}::date, ${after.bookingId}::uuid, ${after.position})`
    : sql``;
  const { rows } = await sql<Row>`
    select b.id as booking_id, b.status,
      to_char(b.created_at at time zone ${zone}, 'YYYY-MM-DD"T"HH24:MI:SS') as created_at,
      to_char(b.starts_on, 'YYYY-MM-DD') as starts_on, to_char(b.ends_on, 'YYYY-MM-DD') as ends_on,
      b.total_cents, u.name as owner_name, u.email as owner_email,
      (select string_agg(e.name_pt, '; ' order by l.position)
        from booking_lines l join experiences e on e.id = l.experience_id where l.booking_id = b.id) as experiences,
      coalesce(p.position, -1)::int as position, p.name as participant_name, p.document_type, p.document_number,
      to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.gender
    from bookings b
    join users u on u.id = b.user_id
    left join booking_participants p on p.booking_id = b.id
    where b.starts_on between ${range.from}::date and ${range.to}::date ${keyset}
    order by b.starts_on, b.id, coalesce(p.position, -1)
    limit ${limit}`.execute(db);
  return rows;
}

/**
 * The bookings export, chunk by chunk: a UTF-8 byte order mark (spreadsheet apps then read accents
 * right), the fixed English header, then one CRLF record per participant (a booking without
 * participants yet gets one record with those cells empty). Pages are read by keyset, so memory
 * holds one page however many rows the range has.
 */
export async function* bookingsCsv(
  db: Executor,
  range: ReportRangeQuery,
  pageSize = csvPageSize,
): AsyncGenerator<string> {
  yield `\uFEFF${csvRecord(bookingsCsvColumns)}`;
  let after: Cursor | null = null;
  for (;;) {
    const rows = await readPage(db, range, after, pageSize);
    if (rows.length > 0) {
      yield rows
        .map((row) =>
          csvRecord([
            row.booking_id,
            row.status,
            row.created_at,
            row.starts_on,
            row.ends_on,
            row.total_cents,
            row.owner_name,
            row.owner_email,
            row.experiences,
            row.position < 0 ? null : row.position + 1,
            row.participant_name,
            row.document_type,
            row.document_number,
            row.birth_date,
            row.gender,
          ]),
        )
        .join('');
    }
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { startsOn: last.starts_on, bookingId: last.booking_id, position: last.position };
  }
}

/** `promata-bookings-<from>-to-<to>.csv`: the range is the file's date. */
export const bookingsCsvFileName = ({ from, to }: ReportRangeQuery) => `promata-bookings-${from}-to-${to}.csv`;
