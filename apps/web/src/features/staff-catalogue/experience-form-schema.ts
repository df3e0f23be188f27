import { trailDifficulties, type ExperienceInput, type UpdateExperienceRequest } from '@promata/contracts';
import type { Language } from '../../i18n/languages';
import { catalogueMessage, parserSchema, sharedMessage, type Parsed } from './catalogue-validation';
import type { ExperienceFormValues } from './experience-form-values';
import { choice, optionalDate, optionalText, requiredText, wholeNumber, type IssueList } from './form-fields';
import { maxPriceCents, parseReaisToCents } from './money';
import { saoPauloLocalToIso } from './sao-paulo-time';

/** Bounds of the contract (`createExperienceRequestSchema`), repeated as the form's messages need them. */
export const experienceBounds = {
  capacity: { min: 1, max: 10_000 },
  minNoticeDays: { min: 0, max: 365 },
  maxAdvanceDays: { min: 1, max: 730 },
  durationMinutes: { min: 1, max: 1440 },
} as const;

/** Kilometres with at most two decimals ("5", "5,5", "12.75"), above 0 and at most 999. */
export function parseKilometres(text: string): number | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const km = Number(`${match[1]}.${match[2] ?? '0'}`);
  return km > 0 && km <= 999 ? km : undefined;
}

function price(issues: IssueList, text: string, language: Language): number | undefined {
  if (text.trim() === '') {
    issues.push({ path: 'price', message: sharedMessage('required') });
    return undefined;
  }
  const cents = parseReaisToCents(text, language);
  if (cents === undefined) issues.push({ path: 'price', message: catalogueMessage('price') });
  else if (cents > maxPriceCents) issues.push({ path: 'price', message: catalogueMessage('priceTooHigh') });
  else return cents;
  return undefined;
}

function eventTime(issues: IssueList, path: string, local: string): string | undefined {
  if (local.trim() === '') {
    issues.push({ path, message: sharedMessage('required') });
    return undefined;
  }
  const iso = saoPauloLocalToIso(local);
  if (!iso) issues.push({ path, message: catalogueMessage('dateTime') });
  return iso;
}

/** The Portuguese description (DESIGN.md §2: required), with a message saying why it matters. */
function requiredDescription(issues: IssueList, value: string): string {
  const text = value.trim();
  if (text === '') issues.push({ path: 'description.pt', message: catalogueMessage('descriptionPt') });
  else if (text.length > 5000) issues.push({ path: 'description.pt', message: sharedMessage('tooLong', 5000) });
  return text;
}

type CategoryFields =
  | {
      category: 'TRAIL';
      trail: { durationMinutes: number; difficulty: (typeof trailDifficulties)[number]; lengthKm: number };
    }
  | { category: 'HOSTING' }
  | { category: 'LABORATORY'; requiresVerifiedProfessor: boolean }
  | { category: 'EVENT'; event: { startsAt: string; endsAt: string } };

/** The fields of the chosen category only: the API refuses another category's fields. */
function categoryFields(issues: IssueList, values: ExperienceFormValues): CategoryFields | undefined {
  switch (values.category) {
    case 'TRAIL': {
      const durationMinutes = wholeNumber(
        issues,
        'trail.durationMinutes',
        values.trail.durationMinutes,
        experienceBounds.durationMinutes,
      );
      const difficulty = choice(issues, 'trail.difficulty', values.trail.difficulty, trailDifficulties);
      let lengthKm: number | undefined;
      if (values.trail.lengthKm.trim() === '') {
        issues.push({ path: 'trail.lengthKm', message: sharedMessage('required') });
      } else {
        lengthKm = parseKilometres(values.trail.lengthKm);
        if (lengthKm === undefined) issues.push({ path: 'trail.lengthKm', message: catalogueMessage('lengthKm') });
      }
      if (durationMinutes === undefined || difficulty === undefined || lengthKm === undefined) return undefined;
      return { category: 'TRAIL', trail: { durationMinutes, difficulty, lengthKm } };
    }
    case 'EVENT': {
      const startsAt = eventTime(issues, 'event.startsAt', values.event.startsAt);
      const endsAt = eventTime(issues, 'event.endsAt', values.event.endsAt);
      if (!startsAt || !endsAt) return undefined;
      if (Date.parse(endsAt) <= Date.parse(startsAt)) {
        issues.push({ path: 'event.endsAt', message: catalogueMessage('endAfterStart') });
        return undefined;
      }
      return { category: 'EVENT', event: { startsAt, endsAt } };
    }
    case 'LABORATORY':
      return { category: 'LABORATORY', requiresVerifiedProfessor: values.requiresVerifiedProfessor };
    case 'HOSTING':
      return { category: 'HOSTING' };
  }
}

/**
 * The experience form read as the `POST /experiences` body, with the same rules as the API (so a
 * refusal is rare and only for what the server alone knows), or every problem found at once, each
 * on its field. The price is read in the interface language ("45,50" or "45.50"), the event's
 * times as São Paulo wall-clock times.
 */
export function parseExperienceForm(values: ExperienceFormValues, language: Language): Parsed<ExperienceInput> {
  const issues: IssueList = [];
  const name = {
    pt: requiredText(issues, 'name.pt', values.name.pt, 200),
    en: optionalText(issues, 'name.en', values.name.en, 200),
  };
  const description = {
    pt: requiredDescription(issues, values.description.pt),
    en: optionalText(issues, 'description.en', values.description.en, 5000),
  };
  const whatToBring = {
    pt: optionalText(issues, 'whatToBring.pt', values.whatToBring.pt, 2000),
    en: optionalText(issues, 'whatToBring.en', values.whatToBring.en, 2000),
  };
  const specific = categoryFields(issues, values);
  const capacity = wholeNumber(issues, 'capacity', values.capacity, experienceBounds.capacity);
  const priceCents = price(issues, values.price, language);
  const offerFrom = optionalDate(issues, 'offerFrom', values.offerFrom);
  const offerUntil = optionalDate(issues, 'offerUntil', values.offerUntil);
  if (offerFrom && offerUntil && offerUntil < offerFrom) {
    issues.push({ path: 'offerUntil', message: catalogueMessage('offerOrder') });
  }
  const weekDays = [...new Set(values.weekDays.map(Number))].sort((a, b) => a - b);
  if (weekDays.length === 0) issues.push({ path: 'weekDays', message: catalogueMessage('weekDays') });
  const minNoticeDays = wholeNumber(issues, 'minNoticeDays', values.minNoticeDays, experienceBounds.minNoticeDays);
  const maxAdvanceDays = wholeNumber(issues, 'maxAdvanceDays', values.maxAdvanceDays, experienceBounds.maxAdvanceDays);

  if (
    issues.length > 0 ||
    !specific ||
    capacity === undefined ||
    priceCents === undefined ||
    minNoticeDays === undefined ||
    maxAdvanceDays === undefined
  ) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: {
      ...specific,
      name,
      description,
      whatToBring,
      capacity,
      priceCents,
      professorPriceRule: values.professorPriceRule,
      active: values.active,
      offerFrom,
      offerUntil,
      weekDays,
      minNoticeDays,
      maxAdvanceDays,
    },
  };
}

/** The form as a resolver schema, for the interface language. */
export function experienceFormSchema(language: Language) {
  return parserSchema((values: ExperienceFormValues) => parseExperienceForm(values, language));
}

/**
 * The `PATCH /experiences/:id` body of an edit: every field, since nested objects are replaced
 * whole anyway, without the category (which cannot change).
 */
export function toUpdateRequest(body: ExperienceInput): UpdateExperienceRequest {
  const { category: _category, ...change } = body;
  return change;
}
