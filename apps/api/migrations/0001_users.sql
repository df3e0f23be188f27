-- Accounts. E-mail is stored normalised (trimmed, lower-case) so uniqueness is a plain index.
create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null check (length(btrim(name)) between 1 and 200),
  phone text,
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  document_type text check (document_type in ('CPF', 'PASSPORT')),
  document_number text,
  rg text,
  birth_date date,
  gender text check (gender in ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')),
  institution text,
  address jsonb,
  role text not null default 'GUEST' check (role in ('GUEST', 'PROFESSOR', 'ADMIN', 'ROOT')),
  active boolean not null default true,
  email_verified_at timestamptz,
  password_hash text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint users_email_normalised check (email = lower(btrim(email)) and position('@' in email) > 1),
  constraint users_document_complete check ((document_type is null) = (document_number is null))
);

create unique index users_email_key on users (email);
create index users_role_idx on users (role);

-- Single-use links (set password, verify e-mail, reset password). Only a SHA-256 of the token is
-- kept, so a database leak does not hand out working links.
create table account_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  purpose text not null check (purpose in ('SET_PASSWORD', 'VERIFY_EMAIL', 'RESET_PASSWORD')),
  token_hash text not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

create unique index account_tokens_token_hash_key on account_tokens (token_hash);
create index account_tokens_user_id_idx on account_tokens (user_id);
