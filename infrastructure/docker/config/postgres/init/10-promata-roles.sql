-- Roles and database of a fresh Pró-Mata cluster. Run once by the superuser with psql on the
-- PRIMARY (the official image runs it from /docker-entrypoint-initdb.d; the rehearsal runs it after
-- initdb). Safe to run again: it creates what is missing and resets the passwords, which is how a
-- password is rotated (docs/runbooks/secret-rotation).
--
-- Passwords are never in this file: each comes from a file (a Swarm secret) named by an
-- environment variable, read by psql on the client side:
--   PROMATA_APP_PASSWORD_FILE          promata          the API (through PgBouncer) and migrations
--   PROMATA_REPLICATION_PASSWORD_FILE  replicator       the standby's streaming connection
--   PROMATA_PGBOUNCER_PASSWORD_FILE    pgbouncer_auth   PgBouncer's auth_query lookup
--   PROMATA_MONITOR_PASSWORD_FILE      promata_monitor  postgres_exporter (pg_monitor)

\set ON_ERROR_STOP on
-- A failing statement below would otherwise be logged with its text, password included.
SET log_min_error_statement = panic;
SET log_statement = 'none';
-- No standby exists yet when this runs; its commits must not wait for one (postgresql.conf).
SET synchronous_commit = local;

\getenv app_password_file PROMATA_APP_PASSWORD_FILE
\getenv replication_password_file PROMATA_REPLICATION_PASSWORD_FILE
\getenv pgbouncer_password_file PROMATA_PGBOUNCER_PASSWORD_FILE
\getenv monitor_password_file PROMATA_MONITOR_PASSWORD_FILE
\if :{?app_password_file}
\else
  DO $$ BEGIN RAISE EXCEPTION 'PROMATA_APP_PASSWORD_FILE is not set'; END $$;
\endif
\if :{?replication_password_file}
\else
  DO $$ BEGIN RAISE EXCEPTION 'PROMATA_REPLICATION_PASSWORD_FILE is not set'; END $$;
\endif
\if :{?pgbouncer_password_file}
\else
  DO $$ BEGIN RAISE EXCEPTION 'PROMATA_PGBOUNCER_PASSWORD_FILE is not set'; END $$;
\endif
\if :{?monitor_password_file}
\else
  DO $$ BEGIN RAISE EXCEPTION 'PROMATA_MONITOR_PASSWORD_FILE is not set'; END $$;
\endif
\set app_password `cat -- :'app_password_file'`
\set replication_password `cat -- :'replication_password_file'`
\set pgbouncer_password `cat -- :'pgbouncer_password_file'`
\set monitor_password `cat -- :'monitor_password_file'`

-- Least privilege: only the replication role may replicate; the application role owns its
-- database (migrations create its tables) and nothing else; the lookup role can only call the
-- lookup function; the monitoring role only reads statistics.
SELECT format('CREATE ROLE %I', name)
FROM unnest(array['promata', 'replicator', 'pgbouncer_auth', 'promata_monitor']) AS name
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = name)
\gexec
ALTER ROLE promata WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
ALTER ROLE replicator WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'replication_password';
ALTER ROLE pgbouncer_auth WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 10 PASSWORD :'pgbouncer_password';
ALTER ROLE promata_monitor WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 5 PASSWORD :'monitor_password';
GRANT pg_monitor TO promata_monitor;
-- PgBouncer drops the API's statement_timeout startup parameter; the role carries the default.
ALTER ROLE promata SET statement_timeout = '15s';
\unset app_password
\unset replication_password
\unset pgbouncer_password
\unset monitor_password

SELECT 'CREATE DATABASE promata OWNER promata ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_database WHERE datname = 'promata')
\gexec
REVOKE ALL ON DATABASE promata FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE promata TO promata;
GRANT CONNECT ON DATABASE promata TO pgbouncer_auth, promata_monitor;
-- Nobody but the superuser needs the maintenance database.
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;

\connect promata
SET log_min_error_statement = panic;
SET synchronous_commit = local;
-- PG15 already denies CREATE on public to PUBLIC; stated here so an older template cannot undo it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- PgBouncer's auth_query: pgbouncer_auth may read the SCRAM verifier of ordinary login roles only
-- (never a superuser's or the replication role's), through this function owned by the superuser.
-- PgBouncer 1.18 runs auth_query in the database being connected to, so it lives in promata.
CREATE SCHEMA IF NOT EXISTS pgbouncer AUTHORIZATION CURRENT_USER;
REVOKE ALL ON SCHEMA pgbouncer FROM PUBLIC;
GRANT USAGE ON SCHEMA pgbouncer TO pgbouncer_auth;
CREATE OR REPLACE FUNCTION pgbouncer.get_auth(p_usename text)
RETURNS TABLE (usename name, passwd text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT s.usename, s.passwd
  FROM pg_catalog.pg_shadow AS s
  WHERE s.usename = p_usename AND NOT s.usesuper AND NOT s.userepl
    AND s.usename NOT IN ('pgbouncer_auth', 'promata_monitor')
$$;
REVOKE ALL ON FUNCTION pgbouncer.get_auth(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgbouncer.get_auth(text) TO pgbouncer_auth;
