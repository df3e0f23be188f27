-- Catalogue: search, practical information, images, closures, home-page highlights, and the booking
-- tables that availability counts (their workflow comes with the bookings issue).

-- Accent folding for search, identical on PGlite and PostgreSQL: no `unaccent` extension (not
-- available everywhere, and its dictionary file could differ between installs). translate() maps
-- accented letters of Portuguese and common Latin-1 names to plain ASCII, upper case straight to
-- lower case, so the result does not depend on the database's LC_CTYPE (lower() in a C locale only
-- folds ASCII). IMMUTABLE because it is a pure function of its argument: a generated column needs it.
create function promata_fold(value text) returns text
  language sql immutable strict parallel safe
  as $$
    select lower(translate(
      value,
      'ÁÀÂÃÄÅáàâãäåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖØóòôõöøÚÙÛÜúùûüÇçÑñÝŸýÿ',
      'aaaaaaaaaaaaeeeeeeeeiiiiiiiioooooooooooouuuuuuuuccnnyyyy'
    ))
  $$;

alter table experiences
  add column what_to_bring_pt text check (what_to_bring_pt is null or length(what_to_bring_pt) <= 2000),
  add column what_to_bring_en text check (what_to_bring_en is null or length(what_to_bring_en) <= 2000),
  -- Both languages in one vector, 'simple' configuration (no stemming: a name in pt-BR and its
  -- English text must both match the same folded prefix); names weigh more than descriptions.
  add column search tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, promata_fold(name_pt)), 'A')
    || setweight(to_tsvector('simple'::regconfig, promata_fold(coalesce(name_en, ''))), 'A')
    || setweight(to_tsvector('simple'::regconfig, promata_fold(description_pt)), 'B')
    || setweight(to_tsvector('simple'::regconfig, promata_fold(coalesce(description_en, ''))), 'B')
  ) stored;

create index experiences_search_idx on experiences using gin (search);
-- The catalogue's stable order (folded name, then id), with the public filter first: the public
-- list is `where active order by promata_fold(name_pt), id limit n`, an index range read.
create index experiences_active_order_idx on experiences (active, promata_fold(name_pt), id);

-- Gallery of an experience. Position 1 is the cover. Positions 1..20 with a unique pair cap the
-- gallery in the database; the unique constraint is DEFERRABLE so a reorder is one UPDATE that
-- permutes positions (checked at the end of the statement, not row by row).
create table experience_images (
  id uuid primary key default gen_random_uuid(),
  experience_id uuid not null references experiences (id) on delete cascade,
  position smallint not null check (position between 1 and 20),
  -- Size of the uploaded picture after orientation; the variants' own sizes are in `variants`.
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  -- { "<variant>": { "key": "<storage key>", "width": n, "height": n }, ... }
  variants jsonb not null,
  alt_pt text not null default '' check (length(alt_pt) <= 300),
  alt_en text check (alt_en is null or length(alt_en) <= 300),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint experience_images_position_key unique (experience_id, position) deferrable initially immediate
);

create index experience_images_created_by_idx on experience_images (created_by);

-- Blackout periods, inclusive on both ends; no experience means the whole reserve.
create table closures (
  id uuid primary key default gen_random_uuid(),
  experience_id uuid references experiences (id) on delete cascade,
  starts_on date not null,
  ends_on date not null,
  reason_pt text not null check (length(btrim(reason_pt)) between 1 and 500),
  reason_en text check (reason_en is null or length(btrim(reason_en)) between 1 and 500),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint closures_dates check (ends_on >= starts_on)
);

-- Availability asks "closures of this experience or of the reserve (experience_id is null) that
-- end on or after the first day": both arms are ranges of this index.
create index closures_experience_ends_on_idx on closures (experience_id, ends_on);
-- The public list of upcoming closures (ends_on >= today).
create index closures_ends_on_idx on closures (ends_on, starts_on);
create index closures_created_by_idx on closures (created_by);

-- Home page: a carousel of at most 5 and at most 3 per category. The caps are a check on the
-- position (1..5 or 1..3 by slot) plus a unique (slot, position): no writer, however concurrent,
-- can store a sixth carousel item. DEFERRABLE so a reorder is one atomic UPDATE.
create table highlights (
  id uuid primary key default gen_random_uuid(),
  slot text not null check (slot in ('CAROUSEL', 'TRAIL', 'HOSTING', 'LABORATORY', 'EVENT')),
  position smallint not null,
  title_pt text not null check (length(btrim(title_pt)) between 1 and 120),
  title_en text check (title_en is null or length(btrim(title_en)) between 1 and 120),
  description_pt text not null default '' check (length(description_pt) <= 500),
  description_en text check (description_en is null or length(description_en) <= 500),
  experience_id uuid references experiences (id) on delete set null,
  -- The picture: a fresh id per upload (it is in the public URL, so caches may keep it forever).
  image_id uuid,
  image_variants jsonb,
  image_width integer check (image_width > 0),
  image_height integer check (image_height > 0),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint highlights_position_cap check (
    position >= 1 and position <= case when slot = 'CAROUSEL' then 5 else 3 end
  ),
  constraint highlights_slot_position_key unique (slot, position) deferrable initially immediate,
  constraint highlights_image_complete check (
    (image_id is null) = (image_variants is null)
    and (image_id is null) = (image_width is null)
    and (image_id is null) = (image_height is null)
  )
);

create unique index highlights_image_id_key on highlights (image_id);
create index highlights_experience_id_idx on highlights (experience_id);
create index highlights_created_by_idx on highlights (created_by);

-- Bookings (reservation groups). Only what availability needs now; the workflow, participants and
-- events come with the bookings issue. Users are anonymised, never deleted, so history stays.
create table bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  status text not null default 'CREATED' check (
    status in (
      'CREATED', 'PEOPLE_REQUESTED', 'PEOPLE_SENT', 'PAYMENT_REQUESTED', 'PAYMENT_SENT', 'PAYMENT_APPROVED',
      'PAYMENT_REJECTED', 'APPROVED', 'CANCEL_REQUESTED', 'REJECTED', 'CANCELED', 'EXPIRED', 'COMPLETED'
    )
  ),
  notes text check (notes is null or length(notes) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index bookings_user_id_created_at_idx on bookings (user_id, created_at desc);
create index bookings_status_idx on bookings (status, created_at);

-- One experience, a half-open date range [start_date, end_date) and a number of people. Every
-- category uses the same convention: a TRAIL or LABORATORY day d is [d, d+1), HOSTING nights are
-- [check-in, check-out), an EVENT line covers the event's days. Prices are snapshotted here.
-- An experience referenced by a line cannot be deleted (restrict): staff deactivate it instead.
create table booking_lines (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references bookings (id) on delete cascade,
  experience_id uuid not null references experiences (id) on delete restrict,
  start_date date not null,
  end_date date not null,
  people integer not null check (people > 0),
  unit_price_cents integer not null check (unit_price_cents >= 0),
  total_cents integer not null check (total_cents >= 0),
  created_at timestamptz not null default now(),
  constraint booking_lines_dates check (end_date > start_date)
);

create index booking_lines_booking_id_idx on booking_lines (booking_id);
-- Occupancy of an experience over [from, to]: lines with end_date > from and start_date <= to.
-- end_date leads so the range read starts at the window and skips the experience's whole past
-- (start_date <= to would read every line ever booked); people and booking_id ride along for an
-- index-only read.
create index booking_lines_experience_dates_idx
  on booking_lines (experience_id, end_date, start_date) include (people, booking_id);
