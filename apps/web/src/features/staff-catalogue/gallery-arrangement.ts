import type { ArrangeImagesRequest, ExperienceImage } from '@promata/contracts';

type Alt = { pt: string; en: string | null };

/** The PATCH body: every picture once, in `images` order, each with its alt text (or a new one). */
export function arrangement(
  images: readonly ExperienceImage[],
  changed?: { id: string; alt: Alt },
): ArrangeImagesRequest {
  return {
    images: images.map((image) => ({ id: image.id, alt: image.id === changed?.id ? changed.alt : image.alt })),
  };
}
