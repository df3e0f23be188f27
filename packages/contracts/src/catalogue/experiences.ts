import { z } from 'zod';
import { calendarDateSchema } from '../me.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import {
  dateRangeIsBounded,
  experienceCategorySchema,
  localizedTextSchema,
  optionalLocalizedTextSchema,
  optionalText,
  professorPriceRules,
  requiredText,
  trailDifficulties,
} from './common.js';
import { experienceImageSchema } from './images.js';

const weekDaysSchema = z
  .array(z.number().int().min(0).max(6))
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, { message: 'must not repeat a day' })
  .describe('0 = Sunday … 6 = Saturday');

/** Fields every category has; optional ones get their defaults only on creation (see below). */
const commonFields = {
  name: z.object({ pt: requiredText(200), en: optionalText(200) }),
  // DESIGN.md §2: name and description, pt-BR required (the database checks it too).
  description: z.object({ pt: requiredText(5000), en: optionalText(5000) }),
  whatToBring: z.object({ pt: optionalText(2000), en: optionalText(2000) }),
  capacity: z.number().int().min(1).max(10_000).describe('People per day, guests per night, or event seats'),
  priceCents: z.number().int().min(0).max(10_000_000).describe('Price per person (per night for HOSTING), centavos'),
  professorPriceRule: z.enum(professorPriceRules),
  active: z.boolean(),
  offerFrom: calendarDateSchema.nullable(),
  offerUntil: calendarDateSchema.nullable(),
  weekDays: weekDaysSchema,
  minNoticeDays: z.number().int().min(0).max(365),
  maxAdvanceDays: z.number().int().min(1).max(730),
};

const creationDefaults = {
  whatToBring: commonFields.whatToBring.default({ pt: null, en: null }),
  professorPriceRule: commonFields.professorPriceRule.default('PAYS'),
  active: commonFields.active.default(true),
  offerFrom: commonFields.offerFrom.default(null),
  offerUntil: commonFields.offerUntil.default(null),
  weekDays: weekDaysSchema.default([0, 1, 2, 3, 4, 5, 6]),
  minNoticeDays: commonFields.minNoticeDays.default(0),
  maxAdvanceDays: commonFields.maxAdvanceDays.default(365),
};

export const trailFieldsSchema = z.object({
  durationMinutes: z.number().int().min(1).max(1440),
  difficulty: z.enum(trailDifficulties),
  lengthKm: z.number().positive().max(999).describe('Kilometres, stored with two decimals'),
});

export const eventFieldsSchema = z
  .object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })
  .refine(({ startsAt, endsAt }) => Date.parse(endsAt) > Date.parse(startsAt), {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });

const categoryOptions = {
  TRAIL: { trail: trailFieldsSchema },
  HOSTING: {},
  LABORATORY: { requiresVerifiedProfessor: z.boolean().default(false) },
  EVENT: { event: eventFieldsSchema },
};

const offerWindowIsOrdered = (value: { offerFrom: string | null; offerUntil: string | null }, ctx: z.RefinementCtx) => {
  if (value.offerFrom && value.offerUntil && value.offerUntil < value.offerFrom) {
    ctx.addIssue({ code: 'custom', path: ['offerUntil'], message: 'must not be before offerFrom' });
  }
};

/** `POST /experiences`: one shape per category; fields of another category are refused. */
export const createExperienceRequestSchema = z
  .discriminatedUnion('category', [
    z.strictObject({ category: z.literal('TRAIL'), ...commonFields, ...creationDefaults, ...categoryOptions.TRAIL }),
    z.strictObject({ category: z.literal('HOSTING'), ...commonFields, ...creationDefaults }),
    z.strictObject({
      category: z.literal('LABORATORY'),
      ...commonFields,
      ...creationDefaults,
      ...categoryOptions.LABORATORY,
    }),
    z.strictObject({ category: z.literal('EVENT'), ...commonFields, ...creationDefaults, ...categoryOptions.EVENT }),
  ])
  .superRefine(offerWindowIsOrdered);
export type CreateExperienceRequest = z.input<typeof createExperienceRequestSchema>;
export type ExperienceInput = z.output<typeof createExperienceRequestSchema>;

/**
 * `PATCH /experiences/:id`: any field but the category; nested objects (name, trail, event…) are
 * replaced whole. The server merges the change into the stored experience and validates the result
 * as its category's creation shape.
 */
export const updateExperienceRequestSchema = z
  .strictObject({
    ...commonFields,
    trail: trailFieldsSchema,
    event: eventFieldsSchema,
    requiresVerifiedProfessor: z.boolean(),
  })
  .partial();
export type UpdateExperienceRequest = z.input<typeof updateExperienceRequestSchema>;

/** What catalogue cards need (`GET /experiences`). */
export const experienceSummarySchema = z.object({
  id: z.uuid(),
  category: experienceCategorySchema,
  active: z.boolean(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  capacity: z.number().int(),
  priceCents: z.number().int(),
  professorPriceRule: z.enum(professorPriceRules),
  requiresVerifiedProfessor: z.boolean(),
  trail: trailFieldsSchema.nullable(),
  event: z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }).nullable(),
  cover: experienceImageSchema.nullable(),
  updatedAt: z.iso.datetime(),
});
export type ExperienceSummary = z.infer<typeof experienceSummarySchema>;

/** The detail page (`GET /experiences/:id`) and staff writes. */
export const experienceSchema = experienceSummarySchema.extend({
  whatToBring: optionalLocalizedTextSchema,
  offerFrom: calendarDateSchema.nullable(),
  offerUntil: calendarDateSchema.nullable(),
  weekDays: z.array(z.number().int()),
  minNoticeDays: z.number().int(),
  maxAdvanceDays: z.number().int(),
  images: z.array(experienceImageSchema),
  createdAt: z.iso.datetime(),
});
export type Experience = z.infer<typeof experienceSchema>;
export const experiencePageSchema = pageOf(experienceSummarySchema);

export const experienceListQuerySchema = pageQuerySchema
  .extend({
    category: experienceCategorySchema.optional(),
    q: z.string().trim().max(100).optional().describe('Words or prefixes, accents and case ignored'),
    from: calendarDateSchema.optional().describe('With `to`: only experiences with an open day with places'),
    to: calendarDateSchema.optional(),
    active: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional()
      .describe('Staff only; the public always sees active experiences'),
  })
  .superRefine(dateRangeIsBounded);
export type ExperienceListQuery = z.output<typeof experienceListQuerySchema>;
