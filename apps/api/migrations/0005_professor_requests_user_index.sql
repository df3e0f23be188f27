-- professor_requests.user_id was covered only by the partial unique index on open requests, so a
-- user's decided requests (export, erasure) were found by scanning. Every foreign key leads an index.
create index professor_requests_user_id_idx on professor_requests (user_id, created_at);
