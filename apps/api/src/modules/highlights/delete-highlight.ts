import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { deleteStoredObjects, variantKeys } from '../experience-images/store-variants.js';
import { closeGap, lockHighlights } from './highlight-repository.js';

/** Staff remove a highlight; the ones after it in its slot move up. Its picture files go after commit. */
export async function deleteHighlight(context: AppContext, actor: Actor, id: string): Promise<void> {
  const keys = await context.database.db.transaction().execute(async (trx) => {
    await lockHighlights(trx);
    const deleted = await trx.deleteFrom('highlights').where('id', '=', id).returningAll().executeTakeFirst();
    if (!deleted) throw notFound();
    await closeGap(trx, deleted.slot, deleted.position);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'highlight.deleted',
      targetType: 'highlight',
      targetId: id,
      data: { slot: deleted.slot, titlePt: deleted.title_pt },
    });
    return deleted.image_variants ? variantKeys(deleted.image_variants) : [];
  });
  await deleteStoredObjects(context, keys);
}
