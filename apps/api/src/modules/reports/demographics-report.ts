import { ageBands, type AgeBand, type DemographicsReport, genders, type ReportRangeQuery } from '@promata/contracts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { DocumentType, Gender } from '../../platform/db/schema.js';
import { releasedStatusList } from './released-statuses.js';

type Row = {
  gender: Gender | null;
  band: AgeBand | null;
  document_type: DocumentType | null;
  /** 1 where the row aggregates over that column (GROUPING()). */
  by_gender: number;
  by_band: number;
  by_document: number;
  count: number;
};

/**
 * Gender, age band on the visit's first day and CPF vs passport of the named participants, in ONE
 * statement: GROUPING SETS give the three breakdowns and the total from one scan.
 */
export async function demographicsReport(
  { database }: AppContext,
  range: ReportRangeQuery,
): Promise<DemographicsReport> {
  const { rows } = await sql<Row>`
    with people as (
      select p.gender, p.document_type,
        case
          when age < 12 then '0-11' when age < 18 then '12-17' when age < 30 then '18-29'
          when age < 45 then '30-44' when age < 60 then '45-59' else '60+'
        end as band
      from booking_participants p
      join bookings b on b.id = p.booking_id
      cross join lateral (select date_part('year', age(b.starts_on, p.birth_date))::int as age) a
      where b.starts_on between ${range.from}::date and ${range.to}::date
        and b.status not in (${releasedStatusList})
    )
    select gender, band, document_type, count(*)::int as count,
      grouping(gender)::int as by_gender, grouping(band)::int as by_band, grouping(document_type)::int as by_document
    from people
    group by grouping sets ((gender), (band), (document_type), ())`.execute(database.db);

  const count = (match: (row: Row) => boolean) => rows.find(match)?.count ?? 0;
  const isGenderRow = (row: Row) => row.by_gender === 0;
  const isBandRow = (row: Row) => row.by_band === 0;
  const isDocumentRow = (row: Row) => row.by_document === 0;
  return {
    ...range,
    total: count((row) => !isGenderRow(row) && !isBandRow(row) && !isDocumentRow(row)),
    gender: genders.map((gender) => ({ gender, count: count((row) => isGenderRow(row) && row.gender === gender) })),
    ageBand: ageBands.map((band) => ({ band, count: count((row) => isBandRow(row) && row.band === band) })),
    nationality: [
      { nationality: 'BRAZILIAN', count: count((row) => isDocumentRow(row) && row.document_type === 'CPF') },
      { nationality: 'FOREIGN', count: count((row) => isDocumentRow(row) && row.document_type === 'PASSPORT') },
    ],
  };
}
