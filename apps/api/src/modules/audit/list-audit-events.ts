import { staffRoles, type AuditPage, type auditQuerySchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';

type Query = z.output<typeof auditQuerySchema>;

/**
 * The audit trail, newest first, with each actor's current name. ROOT sees all of it. ADMIN sees
 * the bookings, catalogue, documents, professor requests and the accounts they may manage, but not
 * entries about staff accounts (role changes, MFA, passwords of ADMIN and ROOT): those accounts are
 * ROOT's to manage (ADR 11), so their history is ROOT's to read (ADR 38).
 */
export async function listAuditEvents({ database }: AppContext, actor: Actor, query: Query): Promise<AuditPage> {
  let base = database.db
    .selectFrom('audit_events as a')
    .leftJoin('users as who', 'who.id', 'a.actor_id')
    .leftJoin('users as target', (join) =>
      join.onRef('target.id', '=', 'a.target_id').on('a.target_type', '=', 'user'),
    );
  if (query.targetType) base = base.where('a.target_type', '=', query.targetType);
  if (query.targetId) base = base.where('a.target_id', '=', query.targetId);
  if (query.actorId) base = base.where('a.actor_id', '=', query.actorId);
  if (actor.role !== 'ROOT') {
    base = base.where((eb) => eb.or([eb('target.id', 'is', null), eb('target.role', 'not in', [...staffRoles])]));
  }

  const [rows, count] = await Promise.all([
    base
      .select([
        'a.id',
        'a.action',
        'a.target_type',
        'a.target_id',
        'a.data',
        'a.created_at',
        'who.id as actor_id',
        'who.name as actor_name',
        'who.role as actor_role',
      ])
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);

  return {
    page: query.page,
    pageSize: query.pageSize,
    total: Number(count.total),
    items: rows.map((row) => ({
      id: Number(row.id),
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      actor:
        row.actor_id && row.actor_name && row.actor_role
          ? { id: row.actor_id, name: row.actor_name, role: row.actor_role }
          : null,
      data: row.data,
      createdAt: row.created_at.toISOString(),
    })),
  };
}
