-- The catalogue: one table for the four categories; category-specific columns are guarded by
-- check constraints so no row can miss what its category needs, whatever code wrote it.
create table experiences (
  id uuid primary key default gen_random_uuid(),
  category text not null check (category in ('TRAIL', 'HOSTING', 'LABORATORY', 'EVENT')),
  name_pt text not null check (length(btrim(name_pt)) between 1 and 200),
  name_en text check (name_en is null or length(btrim(name_en)) between 1 and 200),
  description_pt text not null default '',
  description_en text,
  capacity integer not null check (capacity > 0),
  price_cents integer not null check (price_cents >= 0),
  professor_price_rule text not null default 'PAYS' check (professor_price_rule in ('PAYS', 'EXEMPT')),
  active boolean not null default true,
  offer_from date,
  offer_until date,
  -- 0 = Sunday … 6 = Saturday, as extract(dow) and Date#getUTCDay count them.
  week_days smallint[] not null default '{0,1,2,3,4,5,6}',
  min_notice_days integer not null default 0 check (min_notice_days >= 0),
  max_advance_days integer not null default 365 check (max_advance_days > 0),
  trail_duration_minutes integer check (trail_duration_minutes > 0),
  trail_difficulty text check (trail_difficulty in ('LIGHT', 'MODERATE', 'HEAVY', 'EXTREME')),
  trail_length_km numeric(6, 2) check (trail_length_km > 0),
  requires_verified_professor boolean not null default false,
  event_starts_at timestamptz,
  event_ends_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint experiences_offer_window check (offer_until is null or offer_from is null or offer_until >= offer_from),
  constraint experiences_week_days_valid check (week_days <@ '{0,1,2,3,4,5,6}'::smallint[] and cardinality(week_days) > 0),
  constraint experiences_trail_fields check (
    category <> 'TRAIL'
    or (trail_duration_minutes is not null and trail_difficulty is not null and trail_length_km is not null)
  ),
  constraint experiences_event_fields check (
    category <> 'EVENT' or (event_starts_at is not null and event_ends_at > event_starts_at)
  ),
  constraint experiences_professor_only_labs check (not requires_verified_professor or category = 'LABORATORY')
);

create index experiences_category_active_idx on experiences (category, active);
