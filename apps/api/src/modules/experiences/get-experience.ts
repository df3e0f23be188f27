import type { Experience } from '@promata/contracts';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import type { Executor } from '../catalogue/executor.js';
import { listExperienceImages } from '../experience-images/image-repository.js';
import { findExperienceById, type ExperienceRow } from './experience-repository.js';
import { presentExperience } from './present-experience.js';

/** An experience the caller may see: inactive ones exist for staff only (404 otherwise). */
export async function findVisibleExperience(
  db: Executor,
  actor: Actor | undefined,
  id: string,
): Promise<ExperienceRow> {
  const row = await findExperienceById(db, id);
  if (!row || (!row.active && !isStaff(actor))) throw notFound();
  return row;
}

export async function getExperience(
  { database }: AppContext,
  actor: Actor | undefined,
  id: string,
): Promise<Experience> {
  const row = await findVisibleExperience(database.db, actor, id);
  return presentExperience(row, await listExperienceImages(database.db, id));
}
