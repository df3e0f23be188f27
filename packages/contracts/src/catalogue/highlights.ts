import { z } from 'zod';
import {
  experienceCategories,
  experienceCategorySchema,
  localizedTextSchema,
  optionalText,
  requiredText,
} from './common.js';
import { imageVariantsSchema } from './images.js';

export const highlightSlots = ['CAROUSEL', ...experienceCategories] as const;
export type HighlightSlot = (typeof highlightSlots)[number];
export const highlightSlotSchema = z.enum(highlightSlots);
/** Enforced by the database as well: at most 5 in the carousel, 3 per category. */
export const highlightSlotCapacity: Record<HighlightSlot, number> = {
  CAROUSEL: 5,
  TRAIL: 3,
  HOSTING: 3,
  LABORATORY: 3,
  EVENT: 3,
};

/**
 * Where a highlight's picture comes from: its own upload, or the cover of the experience it links
 * to. Only highlights with a picture are public; staff also see those without (`null`).
 */
export const highlightImageSources = ['OWN', 'EXPERIENCE_COVER'] as const;
export type HighlightImageSource = (typeof highlightImageSources)[number];

export const highlightSchema = z.object({
  id: z.uuid(),
  slot: highlightSlotSchema,
  position: z.number().int().min(1),
  title: localizedTextSchema,
  description: localizedTextSchema,
  experience: z.object({ id: z.uuid(), category: experienceCategorySchema, name: localizedTextSchema }).nullable(),
  image: z
    .object({ id: z.uuid(), width: z.number().int(), height: z.number().int(), variants: imageVariantsSchema })
    .nullable()
    .describe('The picture shown: its own, else the linked experience’s cover; null only for staff'),
  imageSource: z.enum(highlightImageSources).nullable(),
  updatedAt: z.iso.datetime(),
});
export type Highlight = z.infer<typeof highlightSchema>;
export const highlightListSchema = z.object({ items: z.array(highlightSchema) });

const highlightFields = {
  title: z.object({ pt: requiredText(120), en: optionalText(120) }),
  description: z.object({ pt: z.string().trim().max(500), en: optionalText(500) }),
  experienceId: z.uuid().nullable(),
};
/** Appended at the end of its slot; 409 CONFLICT `SLOT_FULL` when the slot is at its cap. */
export const createHighlightRequestSchema = z.strictObject({
  slot: highlightSlotSchema,
  ...highlightFields,
  description: highlightFields.description.default({ pt: '', en: null }),
  experienceId: highlightFields.experienceId.default(null),
});
export type CreateHighlightRequest = z.input<typeof createHighlightRequestSchema>;

/** A new slot moves the highlight to the end of that slot. */
export const updateHighlightRequestSchema = z.strictObject({ slot: highlightSlotSchema, ...highlightFields }).partial();
export type UpdateHighlightRequest = z.input<typeof updateHighlightRequestSchema>;

/** `PUT /highlights/order`: every highlight of the slot once, in the new order. */
export const highlightOrderRequestSchema = z.object({
  slot: highlightSlotSchema,
  ids: z
    .array(z.uuid())
    .min(1)
    .max(5)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'repeats a highlight' }),
});
export type HighlightOrderRequest = z.input<typeof highlightOrderRequestSchema>;
