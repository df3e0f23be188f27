-- The bookings CSV export (reports) reads bookings by visit date in keyset pages of
-- (starts_on, id): each page starts from this index instead of a scan and a sort.
create index bookings_starts_on_id_idx on bookings (starts_on, id);
