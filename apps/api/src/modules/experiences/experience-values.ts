import type { ExperienceInput } from '@promata/contracts';
import type { ExperienceRow, ExperienceValues } from './experience-repository.js';

/** The columns of a validated experience: category-specific ones are null for other categories. */
export function experienceValuesFrom(input: ExperienceInput): ExperienceValues {
  return {
    category: input.category,
    name_pt: input.name.pt,
    name_en: input.name.en,
    description_pt: input.description.pt,
    description_en: input.description.en,
    what_to_bring_pt: input.whatToBring.pt,
    what_to_bring_en: input.whatToBring.en,
    capacity: input.capacity,
    price_cents: input.priceCents,
    professor_price_rule: input.professorPriceRule,
    active: input.active,
    offer_from: input.offerFrom,
    offer_until: input.offerUntil,
    week_days: [...input.weekDays].sort((a, b) => a - b),
    min_notice_days: input.minNoticeDays,
    max_advance_days: input.maxAdvanceDays,
    trail_duration_minutes: input.category === 'TRAIL' ? input.trail.durationMinutes : null,
    trail_difficulty: input.category === 'TRAIL' ? input.trail.difficulty : null,
    // numeric(6, 2) keeps ten-metre steps: rounded here so the answer equals what is stored.
    trail_length_km: input.category === 'TRAIL' ? Math.round(input.trail.lengthKm * 100) / 100 : null,
    requires_verified_professor: input.category === 'LABORATORY' ? input.requiresVerifiedProfessor : false,
    event_starts_at: input.category === 'EVENT' ? new Date(input.event.startsAt) : null,
    event_ends_at: input.category === 'EVENT' ? new Date(input.event.endsAt) : null,
  };
}

/**
 * A stored experience in the creation shape, so a PATCH can be merged into it and the result
 * validated exactly like a new experience of its category.
 */
export function experienceInputOf(row: ExperienceRow): Record<string, unknown> {
  const common = {
    category: row.category,
    name: { pt: row.name_pt, en: row.name_en },
    description: { pt: row.description_pt, en: row.description_en },
    whatToBring: { pt: row.what_to_bring_pt, en: row.what_to_bring_en },
    capacity: row.capacity,
    priceCents: row.price_cents,
    professorPriceRule: row.professor_price_rule,
    active: row.active,
    offerFrom: row.offer_from,
    offerUntil: row.offer_until,
    weekDays: row.week_days,
    minNoticeDays: row.min_notice_days,
    maxAdvanceDays: row.max_advance_days,
  };
  switch (row.category) {
    case 'TRAIL':
      return {
        ...common,
        trail: {
          durationMinutes: row.trail_duration_minutes,
          difficulty: row.trail_difficulty,
          lengthKm: row.trail_length_km,
        },
      };
    case 'EVENT':
      return {
        ...common,
        event: { startsAt: row.event_starts_at?.toISOString(), endsAt: row.event_ends_at?.toISOString() },
      };
    case 'LABORATORY':
      return { ...common, requiresVerifiedProfessor: row.requires_verified_professor };
    case 'HOSTING':
      return common;
  }
}
