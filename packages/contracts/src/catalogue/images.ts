import { z } from 'zod';
import { localizedTextSchema, maxImagesPerExperience, optionalText } from './common.js';

export const imageVariantNames = ['w480', 'w960', 'w1600', 'card'] as const;
export type ImageVariantName = (typeof imageVariantNames)[number];
/** The card crop (catalogue cards, highlight tiles): width / height. */
export const cardAspectRatio = 4 / 3;

const imageVariantSchema = z.object({ url: z.string(), width: z.number().int(), height: z.number().int() });
export const imageVariantsSchema = z.object({
  w480: imageVariantSchema,
  w960: imageVariantSchema,
  w1600: imageVariantSchema,
  card: imageVariantSchema,
});

export const experienceImageSchema = z.object({
  id: z.uuid(),
  /** 1 is the cover. */
  position: z.number().int().min(1),
  width: z.number().int(),
  height: z.number().int(),
  alt: localizedTextSchema,
  variants: imageVariantsSchema,
});
export type ExperienceImage = z.infer<typeof experienceImageSchema>;

/** `PATCH /experiences/:id/images`: every image once, in the new order (the first is the cover). */
export const arrangeImagesRequestSchema = z.object({
  images: z
    .array(z.object({ id: z.uuid(), alt: z.object({ pt: z.string().trim().max(300), en: optionalText(300) }) }))
    .min(1)
    .max(maxImagesPerExperience)
    .refine((images) => new Set(images.map((i) => i.id)).size === images.length, {
      params: { reason: 'repeated_item' },
    }),
});
export type ArrangeImagesRequest = z.input<typeof arrangeImagesRequestSchema>;

export const imageListSchema = z.object({ items: z.array(experienceImageSchema) });
