import { canSeeOwnedBy, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { DocumentRow } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/app-error.js';
import type { StoredObject } from '../../platform/storage/object-storage.js';

/**
 * A private document for its owner or staff; for anyone else it does not exist (404, the same
 * answer as an unknown id, so ids cannot be probed).
 */
export async function readDocument(
  { database, storage }: AppContext,
  actor: Actor,
  documentId: string,
): Promise<{ document: DocumentRow; object: StoredObject }> {
  const document = await database.db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!document || !canSeeOwnedBy(actor, document.owner_id)) throw notFound();
  const object = await storage.get(document.storage_key);
  if (!object) throw notFound();
  return { document, object };
}
