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

/**
 * Highlights with the experience they link to and that experience's cover (gallery position 1, the
 * fallback picture), in slot order (carousel first), then position. One statement: the cover comes
 * by the unique (experience_id, position) index, not a query per highlight.
 */
export async function selectHighlights(db: Executor, filter: { id?: string; publicOnly?: boolean } = {}) {
  let query = db
    .selectFrom('highlights as h')
    .leftJoin('experiences as e', 'e.id', 'h.experience_id')
    .leftJoin('experience_images as c', (join) =>
      join.onRef('c.experience_id', '=', 'h.experience_id').on('c.position', '=', 1),
    )
    .selectAll('h')
    .select([
      'e.category as experience_category',
      'e.name_pt as experience_name_pt',
      'e.name_en as experience_name_en',
      'e.active as experience_active',
      'c.id as cover_id',
      'c.variants as cover_variants',
      'c.width as cover_width',
      'c.height as cover_height',
    ]);
  if (filter.id) query = query.where('h.id', '=', filter.id);
  if (filter.publicOnly) {
    query = query.where((eb) =>
      eb.and([
        // A highlight pointing at an experience that left the catalogue would lead visitors to a 404.
        eb.or([eb('h.experience_id', 'is', null), eb('e.active', '=', true)]),
        // The home page shows every highlight with a picture (issue 4): one without waits for staff.
        eb.or([eb('h.image_id', 'is not', null), eb('c.id', 'is not', null)]),
      ]),
    );
  }
  const rows = await query.orderBy('h.position').execute();
  const slotOrder = (slot: HighlightSlot) => highlightSlots.indexOf(slot);
  return rows.sort((a, b) => slotOrder(a.slot) - slotOrder(b.slot) || a.position - b.position);
}
