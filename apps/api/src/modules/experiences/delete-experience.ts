import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { constraintViolation } from '../catalogue/database-errors.js';
import { imageKeysOfExperience } from '../experience-images/image-repository.js';
import { deleteStoredObjects } from '../experience-images/store-variants.js';
import { lockExperienceById } from './experience-repository.js';

/**
 * Staff delete an experience that was never booked. Once a booking line references it, the foreign
 * key refuses (the database decides, not a read beforehand) and the answer is 409 CONFLICT with
 * reason HAS_BOOKINGS: deactivate it instead, which keeps the history intact. Its pictures, closures
 * and gallery rows go with it; highlights that linked to it stay, unlinked.
 */
export async function deleteExperience(context: AppContext, actor: Actor, id: string): Promise<void> {
  const { database } = context;
  let keys: string[];
  try {
    keys = await database.db.transaction().execute(async (trx) => {
      // Locked first, so no picture can be added between reading the keys and deleting the rows.
      if (!(await lockExperienceById(trx, id))) throw notFound();
      const imageKeys = await imageKeysOfExperience(trx, id);
      await trx.deleteFrom('experiences').where('id', '=', id).execute();
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'experience.deleted',
        targetType: 'experience',
        targetId: id,
      });
      return imageKeys;
    });
  } catch (error) {
    if (constraintViolation(error)?.kind === 'foreign-key') throw conflict({ reason: 'HAS_BOOKINGS', use: 'active' });
    throw error;
  }
  await deleteStoredObjects(context, keys);
}
