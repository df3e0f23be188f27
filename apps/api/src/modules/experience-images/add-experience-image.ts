import { randomUUID } from 'node:crypto';
import { maxImagesPerExperience, type ExperienceImage } from '@promata/contracts';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import type { Upload } from '../../platform/uploads/read-upload.js';
import { recordAudit } from '../audit/record-audit.js';
import { validationFailed } from '../catalogue/validation-failed.js';
import { lockExperienceById } from '../experiences/experience-repository.js';
import { presentImage } from './present-image.js';
import { processImage } from './process-image.js';
import { deleteStoredObjects, storeVariants, variantKeys } from './store-variants.js';

/** Text fields sent beside the file. */
const altFieldsSchema = z.object({
  altPt: z.string().trim().max(300).default(''),
  altEn: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((value) => value || null),
});

/**
 * Staff add a picture at the end of an experience's gallery (the first one becomes the cover).
 * Resizing and storing happen before the transaction (slow, and nothing to lock yet); the row is
 * then written with the experience locked, so concurrent uploads take consecutive positions, and
 * the position check (1..20) caps the gallery in the database. Stored files are removed if the row
 * is refused.
 */
export async function addExperienceImage(
  context: AppContext,
  actor: Actor,
  experienceId: string,
  upload: Upload,
): Promise<ExperienceImage> {
  const alt = altFieldsSchema.safeParse(upload.fields);
  if (!alt.success) throw validationFailed(alt.error.issues);
  const processed = await processImage(upload.buffer);
  const imageId = randomUUID();
  const variants = await storeVariants(context, imageId, processed);
  try {
    const row = await context.database.db.transaction().execute(async (trx) => {
      if (!(await lockExperienceById(trx, experienceId))) throw notFound();
      const last = await trx
        .selectFrom('experience_images')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('experience_id', '=', experienceId)
        .executeTakeFirst();
      const position = (last?.position ?? 0) + 1;
      if (position > maxImagesPerExperience) throw conflict({ reason: 'GALLERY_FULL', max: maxImagesPerExperience });
      const inserted = await trx
        .insertInto('experience_images')
        .values({
          id: imageId,
          experience_id: experienceId,
          position,
          width: processed.width,
          height: processed.height,
          variants: JSON.stringify(variants),
          alt_pt: alt.data.altPt,
          alt_en: alt.data.altEn,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'experience.image_added',
        targetType: 'experience',
        targetId: experienceId,
        data: { imageId, sha256: upload.sha256 },
      });
      return inserted;
    });
    return presentImage(row);
  } catch (error) {
    await deleteStoredObjects(context, variantKeys(variants));
    throw error;
  }
}
