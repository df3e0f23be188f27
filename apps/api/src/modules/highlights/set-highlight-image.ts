import { randomUUID } from 'node:crypto';
import type { Highlight } from '@promata/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import type { Upload } from '../../platform/uploads/read-upload.js';
import { recordAudit } from '../audit/record-audit.js';
import { processImage } from '../experience-images/process-image.js';
import { deleteStoredObjects, storeVariants, variantKeys } from '../experience-images/store-variants.js';
import { lockHighlights, selectHighlights } from './highlight-repository.js';
import { presentHighlight } from './present-highlight.js';

/**
 * Staff set (or replace) a highlight's picture: resized like gallery pictures, under a fresh image
 * id so cached URLs of the old picture are simply no longer referenced; the old files are deleted
 * after the commit, the new ones if the write fails.
 */
export async function setHighlightImage(
  context: AppContext,
  actor: Actor,
  highlightId: string,
  upload: Upload,
): Promise<Highlight> {
  const processed = await processImage(upload.buffer);
  const imageId = randomUUID();
  const variants = await storeVariants(context, imageId, processed);
  let oldKeys: string[];
  try {
    oldKeys = await context.database.db.transaction().execute(async (trx) => {
      await lockHighlights(trx);
      const current = await trx
        .selectFrom('highlights')
        .select('image_variants')
        .where('id', '=', highlightId)
        .executeTakeFirst();
      if (!current) throw notFound();
      await trx
        .updateTable('highlights')
        .set({
          image_id: imageId,
          image_variants: JSON.stringify(variants),
          image_width: processed.width,
          image_height: processed.height,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', highlightId)
        .execute();
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'highlight.image_set',
        targetType: 'highlight',
        targetId: highlightId,
        data: { imageId, sha256: upload.sha256 },
      });
      return current.image_variants ? variantKeys(current.image_variants) : [];
    });
  } catch (error) {
    await deleteStoredObjects(context, variantKeys(variants));
    throw error;
  }
  await deleteStoredObjects(context, oldKeys);
  const [updated] = await selectHighlights(context.database.db, { id: highlightId });
  return presentHighlight(updated!);
}
