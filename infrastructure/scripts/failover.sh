#!/usr/bin/env bash
# Promotes the streaming standby to primary and repoints PgBouncer at it, without restarting
# PgBouncer or the API: the API's connections to PgBouncer stay open, and PgBouncer opens its new
# server connections to the promoted node after RELOAD. Idempotent: on an already promoted standby
# it only repoints PgBouncer. See infrastructure/docs/runbooks/failover.md.
#
# Environment:
#   STANDBY_HOST, STANDBY_PORT            the standby to promote, as this script reaches it
#   PGUSER (default postgres)             a superuser on the standby (pg_promote, ALTER SYSTEM)
#   PGPASSWORD_FILE                       file holding PGUSER's password
#   OLD_PRIMARY_HOST, OLD_PRIMARY_PORT    optional: the failed primary; if it still accepts
#                                         connections the script refuses (split brain) unless
#                                         FAILOVER_FORCE=true
#   NEW_PRIMARY_HOST, NEW_PRIMARY_PORT    the promoted node as PgBouncer reaches it (default: the
#                                         STANDBY_* values; in the Swarm, the standby's service name)
#   PGBOUNCER_DATABASES_FILE              the [databases] file PgBouncer %includes (rewritten here)
#   PGBOUNCER_EXEC                        optional command prefix that runs where that file is, e.g.
#                                         "docker exec -i <pgbouncer container>" in the Swarm (the
#                                         file lives on the container's tmpfs); empty: a local file
#   PGBOUNCER_DATABASE (default promata)  the database entry and the PostgreSQL database it names
#   PGBOUNCER_HOST, PGBOUNCER_PORT        PgBouncer's admin console
#   PGBOUNCER_ADMIN_USER (default pgbouncer_admin), PGBOUNCER_ADMIN_PASSWORD_FILE
#   FAILOVER_KEEP_SYNC (default false)    keep synchronous_standby_names on the new primary; with
#                                         no standby left every write would wait, so by default the
#                                         new primary runs asynchronously until a standby is rebuilt
set -euo pipefail

: "${STANDBY_HOST:?STANDBY_HOST must name the standby to promote}"
: "${STANDBY_PORT:=5432}"
: "${PGUSER:=postgres}"
: "${PGPASSWORD_FILE:?PGPASSWORD_FILE must name the file holding the superuser password}"
: "${NEW_PRIMARY_HOST:=$STANDBY_HOST}"
: "${NEW_PRIMARY_PORT:=$STANDBY_PORT}"
: "${PGBOUNCER_DATABASES_FILE:?PGBOUNCER_DATABASES_FILE must name the [databases] file PgBouncer includes}"
: "${PGBOUNCER_DATABASE:=promata}"
: "${PGBOUNCER_HOST:?PGBOUNCER_HOST must name PgBouncer}"
: "${PGBOUNCER_PORT:=6432}"
: "${PGBOUNCER_ADMIN_USER:=pgbouncer_admin}"
: "${PGBOUNCER_ADMIN_PASSWORD_FILE:?PGBOUNCER_ADMIN_PASSWORD_FILE must name the admin password file}"
: "${FAILOVER_FORCE:=false}"
: "${FAILOVER_KEEP_SYNC:=false}"
: "${PROMOTE_WAIT_SECONDS:=60}"

log() { printf '%s failover: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

umask 077
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT
escape_pgpass() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'; }
{
  printf '%s:%s:*:%s:%s\n' "$PGBOUNCER_HOST" "$PGBOUNCER_PORT" "$PGBOUNCER_ADMIN_USER" \
    "$(tr -d '\n' <"$PGBOUNCER_ADMIN_PASSWORD_FILE" | escape_pgpass)"
  printf '*:*:*:%s:%s\n' "$PGUSER" "$(tr -d '\n' <"$PGPASSWORD_FILE" | escape_pgpass)"
} >"$work/pgpass"
export PGPASSFILE="$work/pgpass"
unset PGPASSWORD

standby_sql() {
  psql -X -At -v ON_ERROR_STOP=1 -h "$STANDBY_HOST" -p "$STANDBY_PORT" -U "$PGUSER" -d postgres -c "$1"
}
bouncer() {
  psql -X -At -v ON_ERROR_STOP=1 -h "$PGBOUNCER_HOST" -p "$PGBOUNCER_PORT" -U "$PGBOUNCER_ADMIN_USER" \
    -d pgbouncer -c "$1"
}

started=$SECONDS

# 1. Fence: promoting while the old primary still takes writes would give two primaries.
if [[ -n "${OLD_PRIMARY_HOST:-}" ]] && pg_isready -q -t 3 -h "$OLD_PRIMARY_HOST" -p "${OLD_PRIMARY_PORT:-5432}"; then
  if [[ "$FAILOVER_FORCE" != true ]]; then
    log "the old primary $OLD_PRIMARY_HOST:${OLD_PRIMARY_PORT:-5432} still accepts connections; stop it first" \
      "(or set FAILOVER_FORCE=true if it is unreachable for the clients)"
    exit 75
  fi
  log "old primary still answers, continuing because FAILOVER_FORCE=true"
fi

# 2. Promote, unless a previous run already did.
in_recovery="$(standby_sql 'select pg_is_in_recovery()')"
if [[ "$in_recovery" == t ]]; then
  log "promoting $STANDBY_HOST:$STANDBY_PORT"
  promoted="$(standby_sql "select pg_promote(wait => true, wait_seconds => $PROMOTE_WAIT_SECONDS)")"
  [[ "$promoted" == t ]] || { log "pg_promote did not finish within $PROMOTE_WAIT_SECONDS s"; exit 1; }
else
  log "$STANDBY_HOST:$STANDBY_PORT is already a primary"
fi

# 3. Synchronous replication needs a standby; the new primary has none until one is rebuilt.
if [[ "$FAILOVER_KEEP_SYNC" != true ]]; then
  standby_sql "alter system set synchronous_standby_names = ''" >/dev/null
  standby_sql 'select pg_reload_conf()' >/dev/null
  log "synchronous_standby_names cleared on the new primary (asynchronous until a standby is rebuilt)"
fi

# 4. Repoint PgBouncer: new [databases] file in place atomically, then RELOAD. PgBouncer closes its
# server connections to the old address as they come back and opens new ones to the new primary.
section="$(printf '[databases]\n%s = host=%s port=%s dbname=%s\n' \
  "$PGBOUNCER_DATABASE" "$NEW_PRIMARY_HOST" "$NEW_PRIMARY_PORT" "$PGBOUNCER_DATABASE")"
if [[ -n "${PGBOUNCER_EXEC:-}" ]]; then
  read -r -a exec_prefix <<<"$PGBOUNCER_EXEC"
  # shellcheck disable=SC2016 # $1 is expanded by the remote shell, not here.
  printf '%s\n' "$section" | "${exec_prefix[@]}" sh -c 'cat > "$1.new" && mv -f "$1.new" "$1"' sh "$PGBOUNCER_DATABASES_FILE"
else
  tmp="$(mktemp "$(dirname -- "$PGBOUNCER_DATABASES_FILE")/.databases.XXXXXX")"
  printf '%s\n' "$section" >"$tmp"
  # PgBouncer must still be able to read it after the rename (it may run as another user).
  chmod 644 "$tmp"
  if [[ -e "$PGBOUNCER_DATABASES_FILE" ]]; then
    chown --reference="$PGBOUNCER_DATABASES_FILE" "$tmp" 2>/dev/null || true
  fi
  mv -f -- "$tmp" "$PGBOUNCER_DATABASES_FILE"
fi
bouncer 'RELOAD' >/dev/null

# 5. Verify PgBouncer now names the new primary.
target="$(bouncer 'SHOW DATABASES' | awk -F'|' -v db="$PGBOUNCER_DATABASE" '$1 == db { print $2 ":" $3 }')"
if [[ "$target" != "$NEW_PRIMARY_HOST:$NEW_PRIMARY_PORT" ]]; then
  log "PgBouncer still points at '$target' after RELOAD"
  exit 1
fi
log "PgBouncer now sends $PGBOUNCER_DATABASE to $target; done in $((SECONDS - started)) s"
