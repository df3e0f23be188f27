import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of the tables, written to match `apps/api/migrations/*.sql`. A migration that adds or
 * changes a column updates this file in the same commit; the migration tests compare both.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date `YYYY-MM-DD`, kept as text end to end. */
type CalendarDate = string;

export type Role = 'GUEST' | 'PROFESSOR' | 'ADMIN' | 'ROOT';
export type Gender = 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';
export type DocumentType = 'CPF' | 'PASSPORT';
export type AccountTokenPurpose = 'SET_PASSWORD' | 'VERIFY_EMAIL' | 'RESET_PASSWORD';
export type ExperienceCategory = 'TRAIL' | 'HOSTING' | 'LABORATORY' | 'EVENT';
export type TrailDifficulty = 'LIGHT' | 'MODERATE' | 'HEAVY' | 'EXTREME';
export type ProfessorPriceRule = 'PAYS' | 'EXEMPT';

export type UsersTable = {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  locale: Generated<'pt-BR' | 'en'>;
  document_type: DocumentType | null;
  document_number: string | null;
  rg: string | null;
  birth_date: CalendarDate | null;
  gender: Gender | null;
  institution: string | null;
  address: unknown;
  role: Generated<Role>;
  active: Generated<boolean>;
  email_verified_at: Date | null;
  password_hash: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type AccountTokensTable = {
  id: Generated<string>;
  user_id: string;
  purpose: AccountTokenPurpose;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: CreatedAt;
};

export type ExperiencesTable = {
  id: Generated<string>;
  category: ExperienceCategory;
  name_pt: string;
  name_en: string | null;
  description_pt: Generated<string>;
  description_en: string | null;
  capacity: number;
  price_cents: number;
  professor_price_rule: Generated<ProfessorPriceRule>;
  active: Generated<boolean>;
  offer_from: CalendarDate | null;
  offer_until: CalendarDate | null;
  week_days: Generated<number[]>;
  min_notice_days: Generated<number>;
  max_advance_days: Generated<number>;
  trail_duration_minutes: number | null;
  trail_difficulty: TrailDifficulty | null;
  trail_length_km: number | null;
  requires_verified_professor: Generated<boolean>;
  event_starts_at: Date | null;
  event_ends_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type SchemaMigrationsTable = {
  version: string;
  checksum: string;
  applied_at: CreatedAt;
};

export type DB = {
  users: UsersTable;
  account_tokens: AccountTokensTable;
  experiences: ExperiencesTable;
  schema_migrations: SchemaMigrationsTable;
};

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Experience = Selectable<ExperiencesTable>;
export type NewExperience = Insertable<ExperiencesTable>;
