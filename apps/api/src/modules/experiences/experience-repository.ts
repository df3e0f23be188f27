import { sql, type Transaction } from 'kysely';
import type { DB, Experience, NewExperience } from '../../platform/db/schema.js';
import type { Executor } from '../catalogue/executor.js';

/** An experience as the application reads it: every column but the generated search vector. */
export type ExperienceRow = Omit<Experience, 'search'>;
export type ExperienceValues = Omit<NewExperience, 'id' | 'search' | 'created_at' | 'updated_at'>;

export const experienceColumns = [
  'id',
  'category',
  'name_pt',
  'name_en',
  'description_pt',
  'description_en',
  'what_to_bring_pt',
  'what_to_bring_en',
  'capacity',
  'price_cents',
  'professor_price_rule',
  'active',
  'offer_from',
  'offer_until',
  'week_days',
  'min_notice_days',
  'max_advance_days',
  'trail_duration_minutes',
  'trail_difficulty',
  'trail_length_km',
  'requires_verified_professor',
  'event_starts_at',
  'event_ends_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ExperienceRow)[];

export function findExperienceById(db: Executor, id: string): Promise<ExperienceRow | undefined> {
  return db.selectFrom('experiences').select(experienceColumns).where('id', '=', id).executeTakeFirst();
}

/** Reads and locks the experience until the transaction ends: edits and gallery changes queue on it. */
export function lockExperienceById(trx: Transaction<DB>, id: string): Promise<ExperienceRow | undefined> {
  return trx.selectFrom('experiences').select(experienceColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertExperience(trx: Executor, values: ExperienceValues): Promise<ExperienceRow> {
  return trx.insertInto('experiences').values(values).returning(experienceColumns).executeTakeFirstOrThrow();
}

export function updateExperienceRow(trx: Executor, id: string, values: ExperienceValues): Promise<ExperienceRow> {
  return trx
    .updateTable('experiences')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returning(experienceColumns)
    .executeTakeFirstOrThrow();
}
