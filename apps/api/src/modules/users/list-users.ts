import type { userListQuerySchema } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';

export type UserListQuery = z.output<typeof userListQuerySchema>;

/** Staff search over name and e-mail, newest first, one page plus the total in two statements. */
export async function listUsers(
  { database }: AppContext,
  query: UserListQuery,
): Promise<{ items: User[]; total: number }> {
  let base = database.db.selectFrom('users');
  if (query.role) base = base.where('role', '=', query.role);
  if (query.active !== undefined) base = base.where('active', '=', query.active);
  if (query.professorStatus) base = base.where('professor_status', '=', query.professorStatus);
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([eb(sql`lower(name)`, 'like', pattern), eb('email', 'like', pattern)]));
  }
  const [items, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.total };
}
