import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: 'user' | 'document' | 'professor_request' | 'booking' | 'experience' | 'closure' | 'highlight';
  /** null when the change concerns several (a reorder names them in `data`). */
  targetId: string | null;
  /** Facts about the change, never personal data beyond ids (the trail outlives anonymisation). */
  data?: Record<string, unknown>;
};

/** Appends to the audit trail inside the caller's transaction: the change and its record commit together. */
export async function recordAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      data: JSON.stringify(entry.data ?? {}),
    })
    .execute();
}
