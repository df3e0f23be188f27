import type { Highlight, highlightOrderRequestSchema } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockHighlights, selectHighlights } from './highlight-repository.js';
import { presentHighlight } from './present-highlight.js';

export type HighlightOrder = z.output<typeof highlightOrderRequestSchema>;

/**
 * Staff put a slot's highlights in a new order: the list must name each of them once (409
 * `HIGHLIGHTS_CHANGED` with the current ids otherwise). ONE update permutes the positions; the
 * unique (slot, position) constraint is deferrable, so it is checked when the statement is done and
 * readers see the old order or the new one, never a mix.
 */
export async function orderHighlights(
  { database }: AppContext,
  actor: Actor,
  order: HighlightOrder,
): Promise<Highlight[]> {
  await database.db.transaction().execute(async (trx) => {
    await lockHighlights(trx);
    const current = await trx.selectFrom('highlights').select('id').where('slot', '=', order.slot).execute();
    const currentIds = new Set(current.map((row) => row.id));
    if (currentIds.size !== order.ids.length || !order.ids.every((id) => currentIds.has(id))) {
      throw conflict({ reason: 'HIGHLIGHTS_CHANGED', ids: [...currentIds] });
    }
    const values = order.ids.map((id, index) => sql`(${id}::uuid, ${index + 1}::smallint)`);
    await sql`
      update highlights as h set position = v.position, updated_at = now()
      from (values ${sql.join(values)}) as v (id, position)
      where h.id = v.id and h.slot = ${order.slot}`.execute(trx);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'highlight.reordered',
      targetType: 'highlight',
      targetId: null,
      data: { slot: order.slot, order: order.ids },
    });
  });
  const rows = await selectHighlights(database.db);
  return rows.filter((row) => row.slot === order.slot).map(presentHighlight);
}
