#!/bin/sh
# Entrypoint of PgBouncer in the Swarm data stack. The shared settings (transaction pooling, SCRAM,
# auth_query) are infrastructure/docker/config/pgbouncer/pgbouncer.ini, mounted read-only; the
# [databases] section names the current primary, so it is generated here into a writable file on the
# container's /tmp (a tmpfs), which the failover procedure rewrites before RELOAD (or it restarts the
# service with a new PGBOUNCER_DB_HOST).
set -eu

: "${PGBOUNCER_DB_HOST:?PGBOUNCER_DB_HOST must name the primary service}"
PGBOUNCER_DB_PORT="${PGBOUNCER_DB_PORT:-5432}"
PGBOUNCER_DB_NAME="${PGBOUNCER_DB_NAME:-promata}"
state=/tmp/pgbouncer
mkdir -p "$state"

printf '[databases]\n%s = host=%s port=%s dbname=%s\n' \
  "$PGBOUNCER_DB_NAME" "$PGBOUNCER_DB_HOST" "$PGBOUNCER_DB_PORT" "$PGBOUNCER_DB_NAME" > "$state/databases.ini"
printf '%%include /etc/pgbouncer/pgbouncer.ini\n%%include %s/databases.ini\n' "$state" > "$state/main.ini"

exec pgbouncer "$state/main.ini"
