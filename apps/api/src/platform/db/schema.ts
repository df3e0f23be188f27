import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of the tables, written to match `apps/api/migrations/*.sql`. A migration that adds or
 * changes a column updates this file in the same commit.
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
export type ProfessorStatus = 'NONE' | 'PENDING' | 'APPROVED' | 'REJECTED';

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
  mfa_secret_encrypted: string | null;
  mfa_pending_secret_encrypted: string | null;
  mfa_enabled_at: Date | null;
  password_changed_at: Date | null;
  deactivated_at: Date | null;
  anonymised_at: Date | null;
  professor_status: Generated<ProfessorStatus>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type MfaRecoveryCodesTable = {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
  created_at: CreatedAt;
};

export type DocumentPurpose = 'PROFESSOR_CREDENTIAL' | 'PAYMENT_PROOF' | 'BOOKING_DOCUMENT';

export type DocumentsTable = {
  id: Generated<string>;
  owner_id: string;
  purpose: DocumentPurpose;
  storage_key: string;
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
  size_bytes: number;
  sha256: string;
  original_name: string | null;
  /** The booking a payment proof or booking document belongs to (migration 0006). */
  booking_id: string | null;
  created_at: CreatedAt;
};

export type ProfessorRequestsTable = {
  id: Generated<string>;
  user_id: string;
  document_id: string | null;
  status: Generated<'PENDING' | 'APPROVED' | 'REJECTED'>;
  message: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: CreatedAt;
};

export type AuditEventsTable = {
  id: Generated<number>;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
  created_at: CreatedAt;
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
  description_pt: string;
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
  what_to_bring_pt: string | null;
  what_to_bring_en: string | null;
  /** Generated from the names and descriptions (migration 0004); never written. */
  search: ColumnType<string, never, never>;
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
  mfa_recovery_codes: MfaRecoveryCodesTable;
  documents: DocumentsTable;
  professor_requests: ProfessorRequestsTable;
  audit_events: AuditEventsTable;
  experience_images: ExperienceImagesTable;
  closures: ClosuresTable;
  highlights: HighlightsTable;
  bookings: BookingsTable;
  booking_lines: BookingLinesTable;
  booking_participants: BookingParticipantsTable;
  booking_participant_lines: BookingParticipantLinesTable;
  booking_events: BookingEventsTable;
  booking_idempotency_keys: BookingIdempotencyKeysTable;
  booking_price_adjustments: BookingPriceAdjustmentsTable;
};

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Experience = Selectable<ExperiencesTable>;
export type NewExperience = Insertable<ExperiencesTable>;
export type DocumentRow = Selectable<DocumentsTable>;

/** One stored rendition of an uploaded picture (migration 0004). */
export type ImageVariantRow = { key: string; width: number; height: number };
export type ImageVariantsColumn = ColumnType<Record<string, ImageVariantRow>, string, string>;

export type ExperienceImagesTable = {
  id: Generated<string>;
  experience_id: string;
  /** 1 is the cover. */
  position: number;
  width: number;
  height: number;
  variants: ImageVariantsColumn;
  alt_pt: Generated<string>;
  alt_en: string | null;
  created_by: string | null;
  created_at: CreatedAt;
};

export type ClosuresTable = {
  id: Generated<string>;
  /** null: the whole reserve. */
  experience_id: string | null;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  reason_pt: string;
  reason_en: string | null;
  created_by: string | null;
  created_at: CreatedAt;
};

export type HighlightSlot = 'CAROUSEL' | ExperienceCategory;

export type HighlightsTable = {
  id: Generated<string>;
  slot: HighlightSlot;
  position: number;
  title_pt: string;
  title_en: string | null;
  description_pt: Generated<string>;
  description_en: string | null;
  experience_id: string | null;
  image_id: string | null;
  image_variants: ColumnType<Record<string, ImageVariantRow> | null, string | null | undefined, string | null>;
  image_width: number | null;
  image_height: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

export type BookingStatus =
  | 'CREATED'
  | 'PEOPLE_REQUESTED'
  | 'PEOPLE_SENT'
  | 'PAYMENT_REQUESTED'
  | 'PAYMENT_SENT'
  | 'PAYMENT_APPROVED'
  | 'PAYMENT_REJECTED'
  | 'APPROVED'
  | 'CANCEL_REQUESTED'
  | 'REJECTED'
  | 'CANCELED'
  | 'EXPIRED'
  | 'COMPLETED';

export type BookingsTable = {
  id: Generated<string>;
  user_id: string;
  status: Generated<BookingStatus>;
  notes: string | null;
  total_cents: Generated<number>;
  /** [starts_on, ends_on) over all lines (migration 0006); null on older rows. */
  starts_on: CalendarDate | null;
  ends_on: CalendarDate | null;
  payment_deadline: Date | null;
  status_before_cancel_request: BookingStatus | null;
  reminded_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
};

/** [start_date, end_date) in calendar dates, for every category (see migration 0004). */
export type BookingLinesTable = {
  id: Generated<string>;
  booking_id: string;
  experience_id: string;
  start_date: CalendarDate;
  end_date: CalendarDate;
  people: number;
  unit_price_cents: number;
  total_cents: number;
  /** The total quoted at creation (migration 0009): filled from total_cents by a trigger, never updated. */
  quoted_total_cents: ColumnType<number, number | undefined, never>;
  /** The line's index in the booking, as the client sent it (0-based). */
  position: Generated<number>;
  created_at: CreatedAt;
};

export type BookingParticipantsTable = {
  id: Generated<string>;
  booking_id: string;
  position: number;
  name: string;
  document_type: DocumentType;
  document_number: string;
  birth_date: CalendarDate;
  gender: Gender;
  phone: string | null;
  created_at: CreatedAt;
};

export type BookingParticipantLinesTable = { participant_id: string; line_id: string };

export type BookingActorRole = 'OWNER' | 'STAFF' | 'SYSTEM';

/** Append-only (a trigger refuses updates): the booking's timeline. */
export type BookingEventsTable = {
  id: Generated<number>;
  booking_id: string;
  event: string;
  from_status: BookingStatus | null;
  to_status: BookingStatus;
  actor_id: string | null;
  actor_role: BookingActorRole;
  message: string | null;
  document_id: string | null;
  created_at: CreatedAt;
};

/** The detail of a PRICE_ADJUSTED timeline entry (migration 0009); append-only. */
export type BookingPriceAdjustmentsTable = {
  event_id: number;
  booking_id: string;
  line_id: string;
  from_total_cents: number;
  to_total_cents: number;
  created_at: CreatedAt;
};

export type BookingIdempotencyKeysTable = {
  user_id: string;
  key: string;
  request_hash: string;
  booking_id: string | null;
  created_at: CreatedAt;
};

export type ExperienceImage = Selectable<ExperienceImagesTable>;
export type Closure = Selectable<ClosuresTable>;
export type Highlight = Selectable<HighlightsTable>;
