import type { ExperienceListQuery, ExperienceSummary, Page } from '@promata/contracts';
import { sql } from 'kysely';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { computeAvailability, hasPlaces } from '../availability/compute-availability.js';
import { coversOf } from '../experience-images/image-repository.js';
import { experienceColumns, type ExperienceRow } from './experience-repository.js';
import { presentExperienceSummary } from './present-experience.js';
import { foldedTsquery, prefixTsquery } from './search-query.js';

/**
 * The catalogue: the public sees active experiences only, staff everything (optionally filtered by
 * `active`). Stable order: best text match first when searching, then the accent-folded name, then
 * the id. Without a date range it is one page query and one count; with a range, the candidates'
 * availability is computed in one statement and those with an open day with places are paged here.
 * That reads every candidate, which suits a reserve's catalogue (tens of experiences, not millions).
 */
export async function listExperiences(
  { database }: AppContext,
  actor: Actor | undefined,
  query: ExperienceListQuery,
  now = new Date(),
): Promise<Page<ExperienceSummary>> {
  const db = database.db;
  const active = isStaff(actor) ? query.active : true;
  const tsquery = query.q ? prefixTsquery(query.q) : undefined;

  let filtered = db.selectFrom('experiences');
  if (active !== undefined) filtered = filtered.where('active', '=', active);
  if (query.category) filtered = filtered.where('category', '=', query.category);
  if (tsquery) filtered = filtered.where(sql<boolean>`search @@ ${foldedTsquery(tsquery)}`);

  let ordered = filtered.select(experienceColumns);
  if (tsquery) ordered = ordered.orderBy(sql`ts_rank(search, ${foldedTsquery(tsquery)})`, 'desc');
  ordered = ordered.orderBy(sql`promata_fold(name_pt)`).orderBy('id');

  const offset = (query.page - 1) * query.pageSize;
  let items: ExperienceRow[];
  let total: number;
  if (query.from && query.to) {
    const candidates = await ordered.execute();
    const { days } = await computeAvailability(db, candidates, { from: query.from, to: query.to }, now);
    const matching = candidates.filter((row) => hasPlaces(days.get(row.id) ?? []));
    items = matching.slice(offset, offset + query.pageSize);
    total = matching.length;
  } else {
    const [page, count] = await Promise.all([
      ordered.limit(query.pageSize).offset(offset).execute(),
      filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    items = page;
    total = count.total;
  }

  const covers = await coversOf(
    db,
    items.map((row) => row.id),
  );
  return {
    items: items.map((row) => presentExperienceSummary(row, covers.get(row.id) ?? null)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
