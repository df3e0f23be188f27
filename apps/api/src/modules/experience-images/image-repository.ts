import type { ExperienceImage } from '@promata/contracts';
import type { Executor } from '../catalogue/executor.js';
import { presentImage } from './present-image.js';

const imageColumns = ['id', 'experience_id', 'position', 'width', 'height', 'alt_pt', 'alt_en', 'variants'] as const;

/** The gallery of one experience in order (position 1, the cover, first). */
export async function listExperienceImages(db: Executor, experienceId: string): Promise<ExperienceImage[]> {
  const rows = await db
    .selectFrom('experience_images')
    .select(imageColumns)
    .where('experience_id', '=', experienceId)
    .orderBy('position')
    .execute();
  return rows.map(presentImage);
}

/** The cover (position 1) of each experience that has one. */
export async function coversOf(db: Executor, experienceIds: readonly string[]): Promise<Map<string, ExperienceImage>> {
  if (experienceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('experience_images')
    .select(imageColumns)
    .where('experience_id', 'in', experienceIds)
    .where('position', '=', 1)
    .execute();
  return new Map(rows.map((row) => [row.experience_id, presentImage(row)]));
}

/** Every storage key of an experience's pictures (to delete the bytes once the rows are gone). */
export async function imageKeysOfExperience(db: Executor, experienceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('experience_images')
    .select('variants')
    .where('experience_id', '=', experienceId)
    .execute();
  return rows.flatMap((row) => Object.values(row.variants).map((variant) => variant.key));
}
