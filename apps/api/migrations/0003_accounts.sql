-- Accounts: MFA, deactivation and LGPD anonymisation, professor verification, private documents,
-- and an append-only audit trail of staff actions.
alter table users
  add column mfa_secret_encrypted text,
  add column mfa_pending_secret_encrypted text,
  add column mfa_enabled_at timestamptz,
  add column password_changed_at timestamptz,
  add column deactivated_at timestamptz,
  add column anonymised_at timestamptz,
  add column professor_status text not null default 'NONE'
    check (professor_status in ('NONE', 'PENDING', 'APPROVED', 'REJECTED')),
  add constraint users_mfa_enabled_has_secret check ((mfa_enabled_at is null) = (mfa_secret_encrypted is null)),
  add constraint users_anonymised_inactive check (anonymised_at is null or not active);

create index users_professor_status_idx on users (professor_status) where professor_status = 'PENDING';
-- Staff search by name or e-mail, accent-insensitive is handled in the query; prefix/infix match on lower().
create index users_created_at_idx on users (created_at desc, id);

-- Single-use recovery codes for MFA; only a SHA-256 of each code is kept.
create table mfa_recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

create unique index mfa_recovery_codes_user_code_key on mfa_recovery_codes (user_id, code_hash);

-- Private uploaded files (professor credentials now; payment proofs and booking documents later).
-- The bytes live in object storage under storage_key; this row says whose they are.
create table documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('PROFESSOR_CREDENTIAL', 'PAYMENT_PROOF', 'BOOKING_DOCUMENT')),
  storage_key text not null,
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null,
  original_name text,
  created_at timestamptz not null default now()
);

create unique index documents_storage_key_key on documents (storage_key);
create index documents_owner_id_idx on documents (owner_id);

create table professor_requests (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  document_id uuid references documents (id) on delete set null,
  status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  message text,
  decided_by uuid references users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  constraint professor_requests_decision_complete check ((status = 'PENDING') = (decided_at is null))
);

-- At most one open request per user, whatever the application does.
create unique index professor_requests_one_pending_key on professor_requests (user_id) where status = 'PENDING';
create index professor_requests_status_created_idx on professor_requests (status, created_at);
create index professor_requests_document_id_idx on professor_requests (document_id);
create index professor_requests_decided_by_idx on professor_requests (decided_by);

-- Who did what, when: never updated or deleted by the application.
create table audit_events (
  id bigint generated always as identity primary key,
  actor_id uuid references users (id) on delete set null,
  action text not null,
  target_type text not null,
  target_id uuid,
  data jsonb not null default '{}',
  created_at timestamptz not null default now()
);

create index audit_events_target_idx on audit_events (target_type, target_id, created_at);
create index audit_events_actor_id_idx on audit_events (actor_id);
