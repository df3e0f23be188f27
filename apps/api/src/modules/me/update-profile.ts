import type { updateProfileRequestSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { User, UserUpdate } from '../../platform/db/schema.js';
import { unauthorized } from '../../platform/http/app-error.js';
import { updateUser } from '../users/user-repository.js';

export type ProfileChange = z.output<typeof updateProfileRequestSchema>;

/**
 * Applies the fields the user sent (absent ones stay). The schema itself has no e-mail, role or
 * verification fields, and is strict: a request carrying `role` is refused, not silently trimmed.
 */
export async function updateProfile({ database }: AppContext, actor: Actor, change: ProfileChange): Promise<User> {
  const update: UserUpdate = {};
  if (change.name !== undefined) update.name = change.name;
  if (change.phone !== undefined) update.phone = change.phone;
  if (change.locale !== undefined) update.locale = change.locale;
  if (change.document !== undefined) {
    update.document_type = change.document?.type ?? null;
    update.document_number = change.document?.number ?? null;
  }
  if (change.rg !== undefined) update.rg = change.rg;
  if (change.birthDate !== undefined) update.birth_date = change.birthDate;
  if (change.gender !== undefined) update.gender = change.gender;
  if (change.institution !== undefined) update.institution = change.institution;
  if (change.address !== undefined) update.address = change.address === null ? null : JSON.stringify(change.address);
  const user = await updateUser(database.db, actor.userId, update);
  if (!user?.active) throw unauthorized();
  return user;
}
