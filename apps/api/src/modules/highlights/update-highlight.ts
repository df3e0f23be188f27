import type { Highlight, updateHighlightRequestSchema } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeGap, lockHighlights, nextPositionIn, selectHighlights } from './highlight-repository.js';
import { presentHighlight } from './present-highlight.js';
import { slotRefusal } from './slot-refusal.js';

export type HighlightChange = z.output<typeof updateHighlightRequestSchema>;

/**
 * Staff edit a highlight. A new slot moves it to the end of that slot (409 SLOT_FULL when that slot
 * is at its cap) and closes the gap it leaves, in one transaction.
 */
export async function updateHighlight(
  { database }: AppContext,
  actor: Actor,
  id: string,
  change: HighlightChange,
): Promise<Highlight> {
  try {
    await database.db.transaction().execute(async (trx) => {
      await lockHighlights(trx);
      const current = await trx.selectFrom('highlights').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw notFound();
      const newSlot = change.slot !== undefined && change.slot !== current.slot ? change.slot : undefined;
      await trx
        .updateTable('highlights')
        .set({
          updated_at: sql<Date>`now()`,
          ...(change.title ? { title_pt: change.title.pt, title_en: change.title.en } : {}),
          ...(change.description
            ? { description_pt: change.description.pt, description_en: change.description.en }
            : {}),
          ...(change.experienceId !== undefined ? { experience_id: change.experienceId } : {}),
          ...(newSlot ? { slot: newSlot, position: nextPositionIn(newSlot) } : {}),
        })
        .where('id', '=', id)
        .execute();
      if (newSlot) await closeGap(trx, current.slot, current.position);
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'highlight.updated',
        targetType: 'highlight',
        targetId: id,
        data: { fields: Object.keys(change), ...(newSlot ? { from: current.slot, to: newSlot } : {}) },
      });
    });
  } catch (error) {
    // Only a move can meet a cap, so the slot named in a refusal is the target.
    throw slotRefusal(error, change.slot ?? 'CAROUSEL');
  }
  const [updated] = await selectHighlights(database.db, { id });
  return presentHighlight(updated!);
}
