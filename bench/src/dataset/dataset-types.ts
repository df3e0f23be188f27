/** Rows of the bench dataset, shaped like the tables of apps/api/migrations (snake_case columns). */
export type ExperienceCategory = 'TRAIL' | 'HOSTING' | 'LABORATORY' | 'EVENT';
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

export type ExperienceRow = {
  id: string;
  category: ExperienceCategory;
  name_pt: string;
  name_en: string;
  description_pt: string;
  description_en: string;
  capacity: number;
  price_cents: number;
  professor_price_rule: 'PAYS' | 'EXEMPT';
  active: boolean;
  max_advance_days: number;
  trail_duration_minutes: number | null;
  trail_difficulty: 'LIGHT' | 'MODERATE' | 'HEAVY' | 'EXTREME' | null;
  trail_length_km: number | null;
  requires_verified_professor: boolean;
  event_starts_at: string | null;
  event_ends_at: string | null;
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: 'GUEST' | 'PROFESSOR' | 'ADMIN';
  locale: 'pt-BR' | 'en';
  professor_status: 'NONE' | 'APPROVED';
  created_at: string;
};

export type BookingRow = {
  id: string;
  user_id: string;
  status: BookingStatus;
  notes: string | null;
  total_cents: number;
  starts_on: string;
  ends_on: string;
  payment_deadline: string | null;
  status_before_cancel_request: BookingStatus | null;
  created_at: string;
  updated_at: string;
};

export type LineRow = {
  id: string;
  booking_id: string;
  experience_id: string;
  start_date: string;
  end_date: string;
  people: number;
  unit_price_cents: number;
  total_cents: number;
  position: number;
};

export type ParticipantRow = {
  id: string;
  booking_id: string;
  position: number;
  name: string;
  document_type: 'CPF' | 'PASSPORT';
  document_number: string;
  birth_date: string;
  gender: 'FEMALE' | 'MALE' | 'NON_BINARY' | 'UNDISCLOSED';
  phone: string | null;
};

export type ParticipantLineRow = { participant_id: string; line_id: string };

export type EventRow = {
  booking_id: string;
  event: string;
  from_status: BookingStatus | null;
  to_status: BookingStatus;
  actor_id: string | null;
  actor_role: 'OWNER' | 'STAFF' | 'SYSTEM';
  message: string | null;
  created_at: string;
};

/** What the load scenarios need to know about the dataset to send valid, non-conflicting requests. */
export type BenchPlan = {
  today: string;
  /** Bookable by a guest one day at a time (TRAIL, open LABORATORY), with no dataset booking from `freeFrom` on. */
  freeExperiences: { id: string; capacity: number }[];
  freeFrom: string;
  freeDays: number;
  /** A day no dataset booking touches, on one small experience: the contended-day scenario. */
  contended: { experienceId: string; date: string; capacity: number };
  /** Active experiences (ids) for detail and availability requests. */
  publicExperienceIds: string[];
  /** Guests with at least one booking, for the own-bookings scenario. */
  bookerEmails: string[];
  guestEmails: string[];
  staffEmails: string[];
  searchTerms: string[];
};

export type Dataset = {
  seed: number;
  experiences: ExperienceRow[];
  users: UserRow[];
  bookings: BookingRow[];
  lines: LineRow[];
  participants: ParticipantRow[];
  participantLines: ParticipantLineRow[];
  events: EventRow[];
  plan: BenchPlan;
};
