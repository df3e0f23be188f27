import type { Experience, ExperienceCategory, professorPriceRules, trailDifficulties } from '@promata/contracts';
import type { Language } from '../../i18n/languages';
import { formatCentsForInput } from './money';
import { isoToSaoPauloLocal } from './sao-paulo-time';

export type TrailDifficulty = (typeof trailDifficulties)[number];
export type ProfessorPriceRule = (typeof professorPriceRules)[number];

/** A text in both languages as the form holds it: blanks are '' here, null in the API. */
export type BilingualValues = { pt: string; en: string };

/** Week days as checkbox values: '0' (Sunday) … '6' (Saturday), as the API numbers them. */
export const weekDayValues = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type WeekDayValue = (typeof weekDayValues)[number];

/**
 * The experience form's own values: what the inputs hold, strings mostly, before any conversion.
 * Every category's fields are kept (switching the category of a new experience back and forth
 * keeps what was typed); only the chosen category's reach the request.
 */
export type ExperienceFormValues = {
  category: ExperienceCategory;
  name: BilingualValues;
  description: BilingualValues;
  whatToBring: BilingualValues;
  capacity: string;
  /** Reais as typed: "45,50". */
  price: string;
  professorPriceRule: ProfessorPriceRule;
  active: boolean;
  offerFrom: string;
  offerUntil: string;
  weekDays: WeekDayValue[];
  minNoticeDays: string;
  maxAdvanceDays: string;
  trail: { durationMinutes: string; difficulty: '' | TrailDifficulty; lengthKm: string };
  /** Wall-clock times at the reserve, as `<input type="datetime-local">` holds them. */
  event: { startsAt: string; endsAt: string };
  requiresVerifiedProfessor: boolean;
};

/** A new experience: the API's creation defaults, shown so staff see what they will get. */
export function emptyExperienceForm(category: ExperienceCategory = 'TRAIL'): ExperienceFormValues {
  return {
    category,
    name: { pt: '', en: '' },
    description: { pt: '', en: '' },
    whatToBring: { pt: '', en: '' },
    capacity: '',
    price: '',
    professorPriceRule: 'PAYS',
    active: true,
    offerFrom: '',
    offerUntil: '',
    weekDays: [...weekDayValues],
    minNoticeDays: '0',
    maxAdvanceDays: '365',
    trail: { durationMinutes: '', difficulty: '', lengthKm: '' },
    event: { startsAt: '', endsAt: '' },
    requiresVerifiedProfessor: false,
  };
}

/** Kilometres as the input shows them: "5,5" in pt-BR, "5.5" in en. */
function formatKm(km: number, language: Language): string {
  const text = String(Math.round(km * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

function isWeekDay(value: string): value is WeekDayValue {
  return (weekDayValues as readonly string[]).includes(value);
}

/** The form's starting values from a stored experience (the edit page). */
export function experienceToFormValues(experience: Experience, language: Language): ExperienceFormValues {
  const empty = emptyExperienceForm(experience.category);
  return {
    ...empty,
    name: { pt: experience.name.pt, en: experience.name.en ?? '' },
    description: { pt: experience.description.pt, en: experience.description.en ?? '' },
    whatToBring: { pt: experience.whatToBring.pt ?? '', en: experience.whatToBring.en ?? '' },
    capacity: String(experience.capacity),
    price: formatCentsForInput(experience.priceCents, language),
    professorPriceRule: experience.professorPriceRule,
    active: experience.active,
    offerFrom: experience.offerFrom ?? '',
    offerUntil: experience.offerUntil ?? '',
    weekDays: experience.weekDays.map(String).filter(isWeekDay),
    minNoticeDays: String(experience.minNoticeDays),
    maxAdvanceDays: String(experience.maxAdvanceDays),
    trail: experience.trail
      ? {
          durationMinutes: String(experience.trail.durationMinutes),
          difficulty: experience.trail.difficulty,
          lengthKm: formatKm(experience.trail.lengthKm, language),
        }
      : empty.trail,
    event: experience.event
      ? { startsAt: isoToSaoPauloLocal(experience.event.startsAt), endsAt: isoToSaoPauloLocal(experience.event.endsAt) }
      : empty.event,
    requiresVerifiedProfessor: experience.requiresVerifiedProfessor,
  };
}
