import { createExperienceRequestSchema, type Experience, type updateExperienceRequestSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { validationFailed } from '../catalogue/validation-failed.js';
import { listExperienceImages } from '../experience-images/image-repository.js';
import { lockExperienceById, updateExperienceRow } from './experience-repository.js';
import { experienceInputOf, experienceValuesFrom } from './experience-values.js';
import { presentExperience } from './present-experience.js';

export type ExperienceChange = z.output<typeof updateExperienceRequestSchema>;

/**
 * Staff change an experience. The change is merged into the stored experience (row locked) and the
 * result is validated as a new experience of its category would be, so a PATCH can never leave,
 * say, an EVENT ending before it starts or a HOSTING with trail fields (400 with field paths).
 * Deactivating is how an experience that has bookings leaves the catalogue.
 */
export async function updateExperience(
  { database }: AppContext,
  actor: Actor,
  id: string,
  change: ExperienceChange,
): Promise<Experience> {
  const row = await database.db.transaction().execute(async (trx) => {
    const current = await lockExperienceById(trx, id);
    if (!current) throw notFound();
    const changed = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const merged = createExperienceRequestSchema.safeParse({ ...experienceInputOf(current), ...changed });
    if (!merged.success) throw validationFailed(merged.error.issues);
    const updated = await updateExperienceRow(trx, id, experienceValuesFrom(merged.data));
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'experience.updated',
      targetType: 'experience',
      targetId: id,
      data: { fields: Object.keys(changed) },
    });
    return updated;
  });
  return presentExperience(row, await listExperienceImages(database.db, id));
}
