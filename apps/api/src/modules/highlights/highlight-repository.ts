import { highlightSlots } from '@promata/contracts';
import { sql, type Transaction } from 'kysely';
import type { DB, HighlightSlot } from '../../platform/db/schema.js';
import type { Executor } from '../catalogue/executor.js';

/** A namespace of our own for transaction-scoped advisory locks (two-key form). */
const highlightLockKey = [4004, 1] as const;

/**
 * Serialises highlight writers (staff editing the home page: rare, short). Every writer takes this
 * lock first, before any row lock, so they never deadlock on each other's rows; the caps and
 * positions themselves are guaranteed by the table's constraints whatever the locking.
 */
export async function lockHighlights(trx: Transaction<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${highlightLockKey[0]}::int, ${highlightLockKey[1]}::int)`.execute(trx);
}

/** The position after the last of a slot, computed in the inserting statement. */
export const nextPositionIn = (slot: HighlightSlot) =>
  sql<number>`(select coalesce(max(position), 0) + 1 from highlights where slot = ${slot})`;

/** Closes the gap a highlight left at `position` of its slot (one statement: deferrable unique). */
export async function closeGap(trx: Executor, slot: HighlightSlot, position: number): Promise<void> {
  await sql`update highlights set position = position - 1 where slot = ${slot} and position > ${position}`.execute(trx);
}

export type HighlightView = Awaited<ReturnType<typeof selectHighlights>>[number];

/** Highlights with the experience they link to, in slot order (carousel first), then position. */
export async function selectHighlights(db: Executor, filter: { id?: string; publicOnly?: boolean } = {}) {
  let query = db
    .selectFrom('highlights as h')
    .leftJoin('experiences as e', 'e.id', 'h.experience_id')
    .selectAll('h')
    .select([
      'e.category as experience_category',
      'e.name_pt as experience_name_pt',
      'e.name_en as experience_name_en',
      'e.active as experience_active',
    ]);
  if (filter.id) query = query.where('h.id', '=', filter.id);
  // A highlight pointing at an experience that left the catalogue would lead visitors to a 404.
  if (filter.publicOnly)
    query = query.where((eb) => eb.or([eb('h.experience_id', 'is', null), eb('e.active', '=', true)]));
  const rows = await query.orderBy('h.position').execute();
  const slotOrder = (slot: HighlightSlot) => highlightSlots.indexOf(slot);
  return rows.sort((a, b) => slotOrder(a.slot) - slotOrder(b.slot) || a.position - b.position);
}
