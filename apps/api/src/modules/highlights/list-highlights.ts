import type { Highlight } from '@promata/contracts';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { selectHighlights } from './highlight-repository.js';
import { presentHighlight } from './present-highlight.js';

/**
 * The home page: carousel then each category, in order, only highlights with a picture (their own
 * or their experience's cover). Staff also see the rest (no picture yet, link to an inactive
 * experience) to complete them.
 */
export async function listHighlights({ database }: AppContext, actor: Actor | undefined): Promise<Highlight[]> {
  const rows = await selectHighlights(database.db, { publicOnly: !isStaff(actor) });
  return rows.map(presentHighlight);
}
