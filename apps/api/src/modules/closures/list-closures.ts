import type { Closure, closureListQuerySchema, Page } from '@promata/contracts';
import type { z } from 'zod';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { calendarDateAt } from '../availability/calendar-date.js';
import { presentClosure } from './present-closure.js';

export type ClosureListQuery = z.output<typeof closureListQuerySchema>;

/**
 * Closures that end on or after `from` (today in São Paulo by default), soonest first: what visitors
 * must know before planning. The public does not see closures of inactive experiences.
 */
export async function listClosures(
  { database }: AppContext,
  actor: Actor | undefined,
  query: ClosureListQuery,
  now = new Date(),
): Promise<Page<Closure>> {
  let base = database.db
    .selectFrom('closures as c')
    .leftJoin('experiences as e', 'e.id', 'c.experience_id')
    .where('c.ends_on', '>=', query.from ?? calendarDateAt(now));
  if (query.to) base = base.where('c.starts_on', '<=', query.to);
  if (query.experienceId) {
    const experienceId = query.experienceId;
    base = base.where((eb) => eb.or([eb('c.experience_id', '=', experienceId), eb('c.experience_id', 'is', null)]));
  }
  if (!isStaff(actor)) base = base.where((eb) => eb.or([eb('c.experience_id', 'is', null), eb('e.active', '=', true)]));

  const [rows, count] = await Promise.all([
    base
      .selectAll('c')
      .orderBy('c.starts_on')
      .orderBy('c.ends_on')
      .orderBy('c.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentClosure), page: query.page, pageSize: query.pageSize, total: count.total };
}
