-- Bookings workflow (issue 5): quoted totals, the stay's span, the payment deadline, participants
-- assigned to lines, the append-only timeline, idempotency keys and documents attached to bookings.

alter table bookings
  add column total_cents integer not null default 0 check (total_cents >= 0),
  -- [starts_on, ends_on) over all lines: the inbox's date filter and the COMPLETE job read these
  -- instead of aggregating lines. Null only for rows written before this migration.
  add column starts_on date,
  add column ends_on date,
  -- Set when staff request payment; the EXPIRE job takes open unpaid bookings past it.
  add column payment_deadline timestamptz,
  -- The state a cancellation request came from: rejecting the request goes back to it.
  add column status_before_cancel_request text check (
    status_before_cancel_request is null or status_before_cancel_request in (
      'CREATED', 'PEOPLE_REQUESTED', 'PEOPLE_SENT', 'PAYMENT_REQUESTED', 'PAYMENT_SENT', 'PAYMENT_APPROVED',
      'PAYMENT_REJECTED', 'APPROVED'
    )
  ),
  -- When the owner was reminded of the visit (the reminder job sends one, once).
  add column reminded_at timestamptz,
  add constraint bookings_span check (ends_on is null or starts_on is null or ends_on > starts_on);

-- The jobs' batches, partial so they hold only what is due some day (and do not compete with the
-- inbox's bookings_status_idx): unpaid bookings by deadline, approved ones by end of stay.
create index bookings_awaiting_payment_deadline_idx on bookings (payment_deadline)
  where status in ('PAYMENT_REQUESTED', 'PAYMENT_REJECTED');
create index bookings_approved_ends_on_idx on bookings (ends_on) where status = 'APPROVED';
-- Confirmed bookings not yet reminded, by first day.
create index bookings_to_remind_starts_on_idx on bookings (starts_on)
  where reminded_at is null and status in ('APPROVED', 'PAYMENT_APPROVED');
-- The inbox's date filter (bookings overlapping [from, to]).
create index bookings_ends_on_starts_on_idx on bookings (ends_on, starts_on);

-- Lines keep the order the client sent them in (participants refer to lines by that index).
alter table booking_lines add column position smallint not null default 0 check (position between 0 and 9);
create unique index booking_lines_booking_position_key on booking_lines (booking_id, position);
-- Staff filter the inbox by experience.
create index booking_lines_experience_id_booking_id_idx on booking_lines (experience_id, booking_id);

-- People of a booking. Personal data of third parties: bounded texts, no free-form extras.
create table booking_participants (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references bookings (id) on delete cascade,
  position smallint not null check (position between 0 and 499),
  name text not null check (length(btrim(name)) between 1 and 200),
  document_type text not null check (document_type in ('CPF', 'PASSPORT')),
  document_number text not null check (document_number ~ '^[A-Z0-9]{5,20}$'),
  birth_date date not null,
  gender text not null check (gender in ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')),
  phone text check (phone is null or length(phone) <= 30),
  created_at timestamptz not null default now(),
  -- One person once per booking, whatever the client sends.
  constraint booking_participants_document_key unique (booking_id, document_type, document_number),
  constraint booking_participants_position_key unique (booking_id, position)
);

-- Which lines each participant attends.
create table booking_participant_lines (
  participant_id uuid not null references booking_participants (id) on delete cascade,
  line_id uuid not null references booking_lines (id) on delete cascade,
  primary key (participant_id, line_id)
);
create index booking_participant_lines_line_id_idx on booking_participant_lines (line_id);

-- Documents attached to a booking (payment proofs, other files); professor credentials have none.
alter table documents add column booking_id uuid references bookings (id) on delete cascade;
create index documents_booking_id_idx on documents (booking_id, created_at);

-- The timeline: one row per transition, never changed (a trigger refuses updates). actor_id is
-- null for the system (jobs); actor_role says in which capacity the actor acted.
create table booking_events (
  id bigint generated always as identity primary key,
  booking_id uuid not null references bookings (id) on delete cascade,
  event text not null check (event ~ '^[A-Z_]{3,40}$'),
  from_status text,
  to_status text not null,
  actor_id uuid references users (id),
  actor_role text not null check (actor_role in ('OWNER', 'STAFF', 'SYSTEM')),
  message text check (message is null or length(message) <= 2000),
  document_id uuid references documents (id) on delete set null,
  created_at timestamptz not null default now()
);
create index booking_events_booking_id_idx on booking_events (booking_id, id);
create index booking_events_actor_id_idx on booking_events (actor_id);
create index booking_events_document_id_idx on booking_events (document_id);

create function booking_events_append_only() returns trigger
  language plpgsql
  as $$
    begin
      -- A cascade from a deleted document only clears the reference; nothing else may change.
      if tg_op = 'UPDATE' and new.document_id is null and old.document_id is not null
        and (new.id, new.booking_id, new.event, new.from_status, new.to_status, new.actor_id, new.actor_role,
             new.message, new.created_at)
          is not distinct from
            (old.id, old.booking_id, old.event, old.from_status, old.to_status, old.actor_id, old.actor_role,
             old.message, old.created_at) then
        return new;
      end if;
      raise exception 'booking_events is append-only' using errcode = '55000';
    end
  $$;
create trigger booking_events_append_only before update on booking_events
  for each row execute function booking_events_append_only();

-- Idempotency-Key of POST /bookings: the first request with a key inserts this row in the booking's
-- transaction; a concurrent duplicate waits on the primary key until that transaction ends, then
-- finds the row (and the booking) instead of booking twice. request_hash detects a reused key.
create table booking_idempotency_keys (
  user_id uuid not null references users (id),
  key text not null check (length(key) between 8 and 100),
  request_hash text not null,
  booking_id uuid references bookings (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
create index booking_idempotency_keys_booking_id_idx on booking_idempotency_keys (booking_id);

-- The staff inbox without a status filter: newest first.
create index bookings_created_at_idx on bookings (created_at desc, id desc);
