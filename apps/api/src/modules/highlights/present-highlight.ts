import type { Highlight } from '@promata/contracts';
import { presentVariants } from '../experience-images/present-image.js';
import type { HighlightView } from './highlight-repository.js';

export function presentHighlight(row: HighlightView): Highlight {
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
    image:
      row.image_id && row.image_variants && row.image_width && row.image_height
        ? {
            id: row.image_id,
            width: row.image_width,
            height: row.image_height,
            variants: presentVariants(row.image_id, row.image_variants),
          }
        : null,
    updatedAt: row.updated_at.toISOString(),
  };
}
