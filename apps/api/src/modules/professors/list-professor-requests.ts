import type { professorRequestListQuerySchema, professorRequestSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';

type Query = z.output<typeof professorRequestListQuerySchema>;
type Item = z.output<typeof professorRequestSchema>;

/** The staff queue: oldest first, so nobody waits longest by accident. */
export async function listProfessorRequests(
  { database }: AppContext,
  query: Query,
): Promise<{ items: Item[]; total: number }> {
  const base = database.db
    .selectFrom('professor_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .where('r.status', '=', query.status);
  const [rows, count] = await Promise.all([
    base
      .select([
        'r.id',
        'r.status',
        'r.document_id',
        'r.message',
        'r.created_at',
        'r.decided_at',
        'u.id as user_id',
        'u.name',
        'u.email',
        'u.institution',
      ])
      .orderBy('r.created_at')
      .orderBy('r.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: count.total,
    items: rows.map((row) => ({
      id: row.id,
      status: row.status,
      user: { id: row.user_id, name: row.name, email: row.email, institution: row.institution },
      documentId: row.document_id,
      message: row.message,
      createdAt: row.created_at.toISOString(),
      decidedAt: row.decided_at?.toISOString() ?? null,
    })),
  };
}
