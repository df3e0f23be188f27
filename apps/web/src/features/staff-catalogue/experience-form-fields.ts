import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { ExperienceInput } from '@promata/contracts';
import type { ExperienceFormValues } from './experience-form-values';

/** Field name → input id, in the order of the form (the error summary follows it). */
export const experienceFieldIds = {
  'name.pt': 'experience-name-pt',
  'name.en': 'experience-name-en',
  'description.pt': 'experience-description-pt',
  'description.en': 'experience-description-en',
  'whatToBring.pt': 'experience-what-to-bring-pt',
  'whatToBring.en': 'experience-what-to-bring-en',
  'trail.durationMinutes': 'experience-duration',
  'trail.difficulty': 'experience-difficulty',
  'trail.lengthKm': 'experience-length',
  'event.startsAt': 'experience-starts-at',
  'event.endsAt': 'experience-ends-at',
  capacity: 'experience-capacity',
  price: 'experience-price',
  offerFrom: 'experience-offer-from',
  offerUntil: 'experience-offer-until',
  weekDays: 'experience-week-day-0',
  minNoticeDays: 'experience-min-notice',
  maxAdvanceDays: 'experience-max-advance',
} as const satisfies Partial<Record<FieldPath<ExperienceFormValues>, string>>;

export type ExperienceFieldName = keyof typeof experienceFieldIds;

export const experienceFieldNames = Object.keys(experienceFieldIds) as ExperienceFieldName[];

export const experienceSummaryFields = experienceFieldNames.map((name) => ({ name, id: experienceFieldIds[name] }));

/** The API's names that differ from the form's: the price is typed in reais, sent in centavos. */
export const experienceFieldAliases: Readonly<Record<string, ExperienceFieldName>> = { priceCents: 'price' };

export type ExperienceForm = UseFormReturn<ExperienceFormValues, unknown, ExperienceInput>;

/** Id and translated error of one field, for the form's inputs. */
export type FieldProps = (name: ExperienceFieldName) => { id: string; error: string | undefined };
