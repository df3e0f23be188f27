import type { Kysely, Transaction } from 'kysely';
import type { DB, NewUser, User } from '../../platform/db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Inserts the user unless the e-mail is taken (undefined then); the unique index decides, not a prior read. */
export function insertUserUnlessEmailTaken(trx: Executor, user: NewUser): Promise<User | undefined> {
  return trx
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findUserByEmail(trx: Executor, email: string): Promise<User | undefined> {
  return trx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countUsers(trx: Executor): Promise<number> {
  const row = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
