import type { ImageVariantName } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import type { ImageVariantRow } from '../../platform/db/schema.js';
import type { ProcessedImage } from './process-image.js';

/**
 * Puts every variant under `images/<image id>/<variant>.webp`. The id is fresh per upload, so a
 * URL's bytes never change and caches may keep them forever. On failure what was stored is removed.
 */
export async function storeVariants(
  { storage }: AppContext,
  imageId: string,
  image: ProcessedImage,
): Promise<Record<ImageVariantName, ImageVariantRow>> {
  const entries = Object.entries(image.variants) as [ImageVariantName, ProcessedImage['variants'][ImageVariantName]][];
  const rows = entries.map(([name, variant]) => ({
    name,
    row: { key: `images/${imageId}/${name}.webp`, width: variant.width, height: variant.height },
    buffer: variant.buffer,
  }));
  try {
    await Promise.all(rows.map(({ row, buffer }) => storage.put(row.key, buffer, 'image/webp')));
  } catch (error) {
    await Promise.all(rows.map(({ row }) => storage.delete(row.key).catch(() => undefined)));
    throw error;
  }
  return Object.fromEntries(rows.map(({ name, row }) => [name, row])) as Record<ImageVariantName, ImageVariantRow>;
}

export const variantKeys = (variants: Record<string, ImageVariantRow>) => Object.values(variants).map((v) => v.key);

/**
 * Removes stored bytes after the rows that pointed at them are gone (committed). A failure leaves an
 * orphan file, which is logged rather than failing a change that already happened.
 */
export async function deleteStoredObjects({ storage, logger }: AppContext, keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  const failed = keys.filter((_, index) => results[index]?.status === 'rejected');
  if (failed.length > 0) logger.warn({ keys: failed }, 'stored image files could not be deleted');
}
