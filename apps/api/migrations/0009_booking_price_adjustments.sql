-- Staff price adjustments (DESIGN.md §2: "prices are quoted by the server and snapshotted on each
-- line at creation; staff adjustments are logged"), ADR 0049.

-- The line total the server quoted at creation, kept when staff change total_cents. Every insert
-- gets it from total_cents unless it names one (a trigger, so no writer can forget it), and no
-- update may change it: the quote is history, the adjusted total is what is owed.
alter table booking_lines add column quoted_total_cents integer check (quoted_total_cents >= 0);
update booking_lines set quoted_total_cents = total_cents;
alter table booking_lines alter column quoted_total_cents set not null;

create function booking_lines_keep_quote() returns trigger
  language plpgsql
  as $$
    begin
      if tg_op = 'INSERT' then
        new.quoted_total_cents := coalesce(new.quoted_total_cents, new.total_cents);
      elsif new.quoted_total_cents is distinct from old.quoted_total_cents then
        raise exception 'booking_lines.quoted_total_cents never changes' using errcode = '55000';
      end if;
      return new;
    end
  $$;
create trigger booking_lines_keep_quote before insert or update on booking_lines
  for each row execute function booking_lines_keep_quote();

-- One row per adjustment, the detail of its PRICE_ADJUSTED timeline entry (booking_events, which
-- already holds who, when and the reason as its message; its status columns repeat the status,
-- which an adjustment does not change). Never changed (a trigger refuses updates); rows go only
-- with their booking (cascade).
create table booking_price_adjustments (
  event_id bigint primary key references booking_events (id) on delete cascade,
  booking_id uuid not null references bookings (id) on delete cascade,
  line_id uuid not null references booking_lines (id) on delete cascade,
  from_total_cents integer not null check (from_total_cents >= 0),
  to_total_cents integer not null check (to_total_cents >= 0),
  created_at timestamptz not null default now(),
  constraint booking_price_adjustments_changes check (from_total_cents <> to_total_cents)
);
create index booking_price_adjustments_booking_id_idx on booking_price_adjustments (booking_id, event_id);
create index booking_price_adjustments_line_id_idx on booking_price_adjustments (line_id);

create function booking_price_adjustments_append_only() returns trigger
  language plpgsql
  as $$
    begin
      raise exception 'booking_price_adjustments is append-only' using errcode = '55000';
    end
  $$;
create trigger booking_price_adjustments_append_only before update on booking_price_adjustments
  for each row execute function booking_price_adjustments_append_only();

-- A reason is what makes an adjustment accountable: its timeline entry always carries one.
alter table booking_events
  add constraint booking_events_price_adjusted_reason check (event <> 'PRICE_ADJUSTED' or message is not null);
