import type { ExperienceImage, ImageVariantName } from '@promata/contracts';
import type { ImageVariantRow } from '../../platform/db/schema.js';

/** Where the public bytes of a picture variant are served (`GET /api/v1/images/:id/:variant`). */
export const imageUrl = (imageId: string, variant: ImageVariantName) => `/api/v1/images/${imageId}/${variant}`;

/** Every variant's URL and size (a row missing one is corrupt: a 500, not a broken page). */
export function presentVariants(imageId: string, variants: Record<string, ImageVariantRow>) {
  const entry = (name: ImageVariantName) => {
    const variant = variants[name];
    if (!variant) throw new Error(`Image ${imageId} has no ${name} variant`);
    return { url: imageUrl(imageId, name), width: variant.width, height: variant.height };
  };
  return { w480: entry('w480'), w960: entry('w960'), w1600: entry('w1600'), card: entry('card') };
}

export type ImageRowForPresentation = {
  id: string;
  position: number;
  width: number;
  height: number;
  alt_pt: string;
  alt_en: string | null;
  variants: Record<string, ImageVariantRow>;
};

export function presentImage(row: ImageRowForPresentation): ExperienceImage {
  return {
    id: row.id,
    position: row.position,
    width: row.width,
    height: row.height,
    alt: { pt: row.alt_pt, en: row.alt_en },
    variants: presentVariants(row.id, row.variants),
  };
}
