import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockUserById, updateUser } from './user-repository.js';

/**
 * Removes the person from the account and keeps the account row (bookings reference it for the
 * reserve's records). One transaction for the rows; stored files and sessions go right after
 * commit, because object storage and Redis are not part of the transaction.
 */
export async function anonymiseUser(context: AppContext, userId: string, actorId: string): Promise<void> {
  const { database, storage, sessions, logger } = context;
  const storageKeys = await database.db.transaction().execute(async (trx) => {
    const user = await lockUserById(trx, userId);
    if (!user) throw notFound();
    if (user.anonymised_at) throw conflict({ reason: 'ALREADY_ANONYMISED' });
    const documents = await trx
      .deleteFrom('documents')
      .where('owner_id', '=', userId)
      .where('purpose', '=', 'PROFESSOR_CREDENTIAL')
      .returning('storage_key')
      .execute();
    // The people they listed on their bookings go with them; lines keep the counts for the records.
    const ownBookings = trx.selectFrom('bookings').select('id').where('user_id', '=', userId);
    await trx.deleteFrom('booking_participants').where('booking_id', 'in', ownBookings).execute();
    await trx.updateTable('bookings').set({ notes: null }).where('user_id', '=', userId).execute();
    await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
    await trx.deleteFrom('account_tokens').where('user_id', '=', userId).execute();
    await updateUser(trx, userId, {
      email: `removed-${userId}@anonymised.invalid`,
      name: 'Removed user',
      phone: null,
      document_type: null,
      document_number: null,
      rg: null,
      birth_date: null,
      gender: null,
      institution: null,
      address: null,
      password_hash: null,
      mfa_secret_encrypted: null,
      mfa_pending_secret_encrypted: null,
      mfa_enabled_at: null,
      active: false,
      deactivated_at: new Date(),
      anonymised_at: new Date(),
    });
    await recordAudit(trx, { actorId, action: 'user.anonymised', targetType: 'user', targetId: userId });
    return documents.map((d) => d.storage_key);
  });
  await sessions.revokeAllForUser(userId);
  for (const key of storageKeys) {
    await storage
      .delete(key)
      .catch((error: unknown) => logger.error({ err: error, key }, 'could not delete a stored file'));
  }
}
