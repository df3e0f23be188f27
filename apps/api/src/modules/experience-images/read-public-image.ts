import type { ImageVariantName } from '@promata/contracts';
import { isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { ImageVariantRow } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/app-error.js';
import type { StoredObject } from '../../platform/storage/object-storage.js';

export type PublicImage =
  | { notModified: true; etag: string; public: boolean }
  | { notModified: false; etag: string; public: boolean; object: StoredObject };

/** The variants of a picture and whether anyone may see it: a gallery picture or a highlight's. */
async function findImage(
  { database }: AppContext,
  imageId: string,
): Promise<{ variants: Record<string, ImageVariantRow>; public: boolean } | undefined> {
  const gallery = await database.db
    .selectFrom('experience_images as i')
    .innerJoin('experiences as e', 'e.id', 'i.experience_id')
    .select(['i.variants', 'e.active'])
    .where('i.id', '=', imageId)
    .executeTakeFirst();
  if (gallery) return { variants: gallery.variants, public: gallery.active };
  const highlight = await database.db
    .selectFrom('highlights')
    .select('image_variants')
    .where('image_id', '=', imageId)
    .executeTakeFirst();
  return highlight?.image_variants ? { variants: highlight.image_variants, public: true } : undefined;
}

/**
 * The bytes of one picture variant. Pictures of active experiences and of highlights are public;
 * those of inactive experiences exist for staff only (404 to anyone else). Nothing else in storage
 * is reachable here: the key comes from the row, never from the request.
 */
export async function readPublicImage(
  context: AppContext,
  actor: Actor | undefined,
  imageId: string,
  variant: ImageVariantName,
  ifNoneMatch: (etag: string) => boolean,
): Promise<PublicImage> {
  const image = await findImage(context, imageId);
  const key = image?.variants[variant]?.key;
  if (!image || !key || (!image.public && !isStaff(actor))) throw notFound();
  // The bytes under an image id never change, so the id and variant are a strong tag.
  const etag = `"${imageId}-${variant}"`;
  if (ifNoneMatch(etag)) return { notModified: true, etag, public: image.public };
  const object = await context.storage.get(key);
  if (!object) throw notFound();
  return { notModified: false, etag, public: image.public, object };
}
