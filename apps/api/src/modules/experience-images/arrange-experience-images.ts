import type { arrangeImagesRequestSchema, ExperienceImage } from '@promata/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockExperienceById } from '../experiences/experience-repository.js';
import { listExperienceImages } from './image-repository.js';

export type ImageArrangement = z.output<typeof arrangeImagesRequestSchema>;

/**
 * Staff reorder the gallery, choose the cover (the first) and edit alt texts in one atomic write.
 * The list must name every picture of the experience exactly once (409 `IMAGES_CHANGED` with the
 * current ids otherwise: someone else added or removed one meanwhile). The positions are permuted
 * by ONE update; the unique (experience, position) constraint is deferrable, so it is checked once
 * the statement is done, not against the half-updated rows.
 */
export async function arrangeExperienceImages(
  { database }: AppContext,
  actor: Actor,
  experienceId: string,
  arrangement: ImageArrangement,
): Promise<ExperienceImage[]> {
  await database.db.transaction().execute(async (trx) => {
    if (!(await lockExperienceById(trx, experienceId))) throw notFound();
    const current = await trx
      .selectFrom('experience_images')
      .select('id')
      .where('experience_id', '=', experienceId)
      .execute();
    const wanted = arrangement.images.map((image) => image.id);
    const currentIds = new Set(current.map((row) => row.id));
    if (currentIds.size !== wanted.length || !wanted.every((id) => currentIds.has(id))) {
      throw conflict({ reason: 'IMAGES_CHANGED', ids: [...currentIds] });
    }
    const values = arrangement.images.map(
      (image, index) => sql`(${image.id}::uuid, ${index + 1}::smallint, ${image.alt.pt}, ${image.alt.en}::text)`,
    );
    await sql`
      update experience_images as i
      set position = v.position, alt_pt = v.alt_pt, alt_en = v.alt_en
      from (values ${sql.join(values)}) as v (id, position, alt_pt, alt_en)
      where i.id = v.id and i.experience_id = ${experienceId}`.execute(trx);
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'experience.images_arranged',
      targetType: 'experience',
      targetId: experienceId,
      data: { order: wanted },
    });
  });
  return listExperienceImages(database.db, experienceId);
}
