import type { createHighlightRequestSchema, Highlight } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockHighlights, nextPositionIn, selectHighlights } from './highlight-repository.js';
import { presentHighlight } from './present-highlight.js';
import { slotRefusal } from './slot-refusal.js';

export type NewHighlight = z.output<typeof createHighlightRequestSchema>;

/**
 * Staff add a highlight at the end of its slot. The position is computed by the inserting statement
 * and the table refuses a position past the slot's cap: a full slot answers 409 SLOT_FULL however
 * many staff click at once. Its picture is uploaded separately (PUT /highlights/:id/image).
 */
export async function createHighlight({ database }: AppContext, actor: Actor, input: NewHighlight): Promise<Highlight> {
  try {
    const id = await database.db.transaction().execute(async (trx) => {
      await lockHighlights(trx);
      const row = await trx
        .insertInto('highlights')
        .values({
          slot: input.slot,
          position: nextPositionIn(input.slot),
          title_pt: input.title.pt,
          title_en: input.title.en,
          description_pt: input.description.pt,
          description_en: input.description.en,
          experience_id: input.experienceId,
          created_by: actor.userId,
        })
        .returning(['id', 'position'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'highlight.created',
        targetType: 'highlight',
        targetId: row.id,
        data: { slot: input.slot, position: row.position },
      });
      return row.id;
    });
    const [created] = await selectHighlights(database.db, { id });
    return presentHighlight(created!);
  } catch (error) {
    throw slotRefusal(error, input.slot);
  }
}
