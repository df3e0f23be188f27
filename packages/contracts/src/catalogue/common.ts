import { z } from 'zod';

/** What the catalogue contracts share: the reserve's clock, categories, bilingual texts, date ranges. */
export const reserveTimeZone = 'America/Sao_Paulo';
/** Longest range of one availability request and of the catalogue's date filter. */
export const maxAvailabilityDays = 62;
export const maxImagesPerExperience = 20;

export const experienceCategories = ['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT'] as const;
export type ExperienceCategory = (typeof experienceCategories)[number];
export const experienceCategorySchema = z.enum(experienceCategories);
export const trailDifficulties = ['LIGHT', 'MODERATE', 'HEAVY', 'EXTREME'] as const;
export const professorPriceRules = ['PAYS', 'EXEMPT'] as const;

/** Days between two `YYYY-MM-DD` dates (b − a), by the calendar: no time zone, no DST. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Optional translation: empty or missing is null, so a blank form field clears it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const localizedTextSchema = z.object({ pt: z.string(), en: z.string().nullable() });
export const optionalLocalizedTextSchema = z.object({ pt: z.string().nullable(), en: z.string().nullable() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A `from`/`to` pair: both or neither, ordered, at most `maxAvailabilityDays` days inclusive. */
export function dateRangeIsBounded(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if ((value.from === undefined) !== (value.to === undefined)) {
    ctx.addIssue({ code: 'custom', path: [value.from ? 'to' : 'from'], params: { reason: 'range_incomplete' } });
  } else if (value.from && value.to) {
    const span = daysBetween(value.from, value.to) + 1;
    if (span < 1) ctx.addIssue({ code: 'custom', path: ['to'], params: { reason: 'range_reversed' } });
    if (span > maxAvailabilityDays) {
      ctx.addIssue({ code: 'custom', path: ['to'], params: { reason: 'range_too_long', unit: 'days' } });
    }
  }
}
