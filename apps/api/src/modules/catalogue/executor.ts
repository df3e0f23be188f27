import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** The database or a transaction: repositories take either, so callers choose the transaction. */
export type Executor = Kysely<DB>;
