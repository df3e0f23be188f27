import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { consumeAccountToken } from '../users/account-token-repository.js';
import { hashAccountToken } from '../users/account-token.js';
import { updateUser } from '../users/user-repository.js';

/** Marks the address verified with a single-use link; an unknown, used or expired link is INVALID_TOKEN. */
export async function verifyEmail({ database }: AppContext, token: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const consumed = await consumeAccountToken(trx, hashAccountToken(token), ['VERIFY_EMAIL']);
    if (!consumed) throw new AppError(400, 'INVALID_TOKEN');
    await updateUser(trx, consumed.userId, { email_verified_at: new Date() });
  });
}
