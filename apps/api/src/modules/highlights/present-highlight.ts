import type { Highlight } from '@promata/contracts';
import type { ImageVariantRow } from '../../platform/db/schema.js';
import { presentVariants } from '../experience-images/present-image.js';
import type { HighlightView } from './highlight-repository.js';

type StoredPicture = {
  id: string | null;
  variants: Record<string, ImageVariantRow> | null;
  width: number | null;
  height: number | null;
};

function presentPicture(picture: StoredPicture): NonNullable<Highlight['image']> | null {
  const { id, variants, width, height } = picture;
  return id && variants && width && height ? { id, width, height, variants: presentVariants(id, variants) } : null;
}

/** A highlight as the home page shows it: its own picture, else the linked experience's cover. */
export function presentHighlight(row: HighlightView): Highlight {
  const own = presentPicture({
    id: row.image_id,
    variants: row.image_variants,
    width: row.image_width,
    height: row.image_height,
  });
  const cover = presentPicture({
    id: row.cover_id,
    variants: row.cover_variants,
    width: row.cover_width,
    height: row.cover_height,
  });
  return {
    id: row.id,
    slot: row.slot,
    position: row.position,
    title: { pt: row.title_pt, en: row.title_en },
    description: { pt: row.description_pt, en: row.description_en },
    experience:
      row.experience_id && row.experience_category && row.experience_name_pt
        ? {
            id: row.experience_id,
            category: row.experience_category,
            name: { pt: row.experience_name_pt, en: row.experience_name_en },
          }
        : null,
    image: own ?? cover,
    imageSource: own ? 'OWN' : cover ? 'EXPERIENCE_COVER' : null,
    updatedAt: row.updated_at.toISOString(),
  };
}
