import type { Experience, ExperienceImage, ExperienceSummary } from '@promata/contracts';
import type { ExperienceRow } from './experience-repository.js';

/** The card shape: both languages, money in centavos, the category's own fields or null. */
export function presentExperienceSummary(row: ExperienceRow, cover: ExperienceImage | null): ExperienceSummary {
  return {
    id: row.id,
    category: row.category,
    active: row.active,
    name: { pt: row.name_pt, en: row.name_en },
    description: { pt: row.description_pt, en: row.description_en },
    capacity: row.capacity,
    priceCents: row.price_cents,
    professorPriceRule: row.professor_price_rule,
    requiresVerifiedProfessor: row.requires_verified_professor,
    trail:
      row.category === 'TRAIL' && row.trail_duration_minutes && row.trail_difficulty && row.trail_length_km
        ? {
            durationMinutes: row.trail_duration_minutes,
            difficulty: row.trail_difficulty,
            lengthKm: row.trail_length_km,
          }
        : null,
    event:
      row.category === 'EVENT' && row.event_starts_at && row.event_ends_at
        ? { startsAt: row.event_starts_at.toISOString(), endsAt: row.event_ends_at.toISOString() }
        : null,
    cover,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The detail shape: the card plus practical information, calendar rules and the gallery. */
export function presentExperience(row: ExperienceRow, images: ExperienceImage[]): Experience {
  return {
    ...presentExperienceSummary(row, images[0] ?? null),
    whatToBring: { pt: row.what_to_bring_pt, en: row.what_to_bring_en },
    offerFrom: row.offer_from,
    offerUntil: row.offer_until,
    weekDays: row.week_days,
    minNoticeDays: row.min_notice_days,
    maxAdvanceDays: row.max_advance_days,
    images,
    createdAt: row.created_at.toISOString(),
  };
}
