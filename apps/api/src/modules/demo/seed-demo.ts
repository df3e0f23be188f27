import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { hashPassword } from '../../platform/auth/password-hasher.js';
import { countUsers, insertUserUnlessEmailTaken } from '../users/user-repository.js';
import { demoCatalogue } from './demo-catalogue.js';
import type { DemoPictureTarget } from './demo-pictures.js';
import { demoHighlights } from './demo-highlights.js';

export const demoStaffEmail = 'equipe@demo.promata.local';
export const demoGuestEmail = 'visitante@demo.promata.local';

export type DemoSeedResult =
  | { seeded: false }
  | {
      seeded: true;
      experiences: number;
      /** What the start-up gives a picture to (demo-pictures.ts), after this transaction. */
      pictureTargets: DemoPictureTarget[];
      staff: { id: string; email: string; password: string };
      guest: { email: string; password: string };
    };

/**
 * Fills an empty database with a demo: the catalogue and two accounts with fresh random passwords
 * (never a well-known one, even for a demo). Does nothing when any user or experience exists, so it
 * can run on every start of the embedded default. One transaction: all or nothing.
 */
export async function seedDemo(db: Kysely<DB>, now = new Date()): Promise<DemoSeedResult> {
  const staffPassword = randomBytes(9).toString('base64url');
  const guestPassword = randomBytes(9).toString('base64url');
  const [staffHash, guestHash] = await Promise.all([hashPassword(staffPassword), hashPassword(guestPassword)]);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('experiences').select('id').limit(1).execute();
    if ((await countUsers(trx)) > 0 || existing.length > 0) return { seeded: false };
    const catalogue = demoCatalogue(now);
    const experiences = await trx
      .insertInto('experiences')
      .values(catalogue)
      .returning(['id', 'category', 'name_pt', 'name_en', 'description_pt', 'description_en'])
      .execute();
    await trx.insertInto('highlights').values(demoHighlights(experiences)).execute();
    const staff = await insertUserUnlessEmailTaken(trx, {
      email: demoStaffEmail,
      name: 'Equipe Pró-Mata (demo)',
      role: 'ADMIN',
      email_verified_at: now,
      password_hash: staffHash,
    });
    await insertUserUnlessEmailTaken(trx, {
      email: demoGuestEmail,
      name: 'Visitante (demo)',
      role: 'GUEST',
      email_verified_at: now,
      password_hash: guestHash,
    });
    if (!staff) throw new Error('the demo staff e-mail is taken in a database without users');
    return {
      seeded: true,
      experiences: catalogue.length,
      pictureTargets: experiences,
      staff: { id: staff.id, email: demoStaffEmail, password: staffPassword },
      guest: { email: demoGuestEmail, password: guestPassword },
    };
  });
}
