import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockExperienceById } from '../experiences/experience-repository.js';
import { deleteStoredObjects, variantKeys } from './store-variants.js';

/**
 * Staff remove a picture; the ones after it move up one place (the next becomes the cover if it
 * was the first), in the same transaction. The files are deleted once the rows are gone.
 */
export async function deleteExperienceImage(
  context: AppContext,
  actor: Actor,
  experienceId: string,
  imageId: string,
): Promise<void> {
  const keys = await context.database.db.transaction().execute(async (trx) => {
    if (!(await lockExperienceById(trx, experienceId))) throw notFound();
    const deleted = await trx
      .deleteFrom('experience_images')
      .where('id', '=', imageId)
      .where('experience_id', '=', experienceId)
      .returning(['position', 'variants'])
      .executeTakeFirst();
    if (!deleted) throw notFound();
    await sql`
      update experience_images set position = position - 1
      where experience_id = ${experienceId} and position > ${deleted.position}`.execute(trx);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'experience.image_deleted',
      targetType: 'experience',
      targetId: experienceId,
      data: { imageId },
    });
    return variantKeys(deleted.variants);
  });
  await deleteStoredObjects(context, keys);
}
