import { createHash, randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const codeCount = 10;

const normalise = (code: string) => code.trim().toLowerCase();
export const hashRecoveryCode = (code: string) => createHash('sha256').update(normalise(code)).digest('hex');

/** `xxxxx-xxxxx` from an alphabet without look-alikes: ~49 bits each, plenty for single-use codes. */
function newRecoveryCode(): string {
  const part = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${part()}-${part()}`;
}

/** Replaces the user's recovery codes; the plain codes are returned once and only hashes are kept. */
export async function replaceRecoveryCodes(trx: Transaction<DB>, userId: string): Promise<string[]> {
  const codes = Array.from({ length: codeCount }, newRecoveryCode);
  await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await trx
    .insertInto('mfa_recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashRecoveryCode(code) })))
    .execute();
  return codes;
}

/** Uses a recovery code: one statement marks it used, so two racing logins cannot both spend it. */
export async function consumeRecoveryCode(trx: Transaction<DB>, userId: string, code: string): Promise<boolean> {
  const used = await trx
    .updateTable('mfa_recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(code))
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return used !== undefined;
}
