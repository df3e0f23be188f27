import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, NewUser, User, UserUpdate } from '../../platform/db/schema.js';

export type Executor = Kysely<DB> | Transaction<DB>;

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

export function findUserById(trx: Executor, id: string): Promise<User | undefined> {
  return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reads the user and locks the row until the transaction ends (role changes, deactivation). */
export function lockUserById(trx: Transaction<DB>, id: string): Promise<User | undefined> {
  return trx.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateUser(trx: Executor, id: string, change: UserUpdate): Promise<User | undefined> {
  return trx
    .updateTable('users')
    .set({ ...change, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function countUsers(trx: Executor): Promise<number> {
  const row = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
