import type { Experience, ExperienceInput } from '@promata/contracts';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { insertExperience } from './experience-repository.js';
import { experienceValuesFrom } from './experience-values.js';
import { presentExperience } from './present-experience.js';

/** Staff add an experience (validated per category by the route schema and by the table's checks). */
export async function createExperience(
  { database }: AppContext,
  actor: Actor,
  input: ExperienceInput,
): Promise<Experience> {
  const row = await database.db.transaction().execute(async (trx) => {
    const created = await insertExperience(trx, experienceValuesFrom(input));
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'experience.created',
      targetType: 'experience',
      targetId: created.id,
      data: { category: created.category },
    });
    return created;
  });
  return presentExperience(row, []);
}
