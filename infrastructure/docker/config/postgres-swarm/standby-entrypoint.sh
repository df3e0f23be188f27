#!/bin/sh
# Entrypoint of the PostgreSQL streaming standby in the Swarm data stack.
#
# On an empty volume it clones the primary with pg_basebackup (-X stream: WAL is streamed during the
# copy; -R: writes standby.signal and primary_conninfo; -S: uses the physical replication slot, which
# it first creates on the primary if missing, so the primary keeps the WAL this standby still needs).
# Then, and on every later start, it runs postgres as a hot standby that follows the primary.
#
# The replication password comes from a Swarm secret and is written only to a 0600 passfile on the
# container's /tmp (a tmpfs in stacks/data.yml), which primary_conninfo names: it is never an
# environment value, a command-line argument or part of the data directory.
#
# After a failover this service may run the promoted primary (no standby.signal): it then simply
# starts postgres on its data; keeping the old primary stopped is the failover runbook's job.
set -eu

: "${PGDATA:?PGDATA must be set}"
: "${PRIMARY_HOST:?PRIMARY_HOST must name the primary service}"
: "${REPLICATION_SLOT:?REPLICATION_SLOT must name the physical replication slot}"
: "${REPLICATION_PASSWORD_FILE:?REPLICATION_PASSWORD_FILE must point to the secret}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICATION_USER="${REPLICATION_USER:-replicator}"

passfile="${REPLICATION_PASSFILE:-/tmp/replication.pgpass}"
umask 077
# .pgpass escapes backslashes and colons inside a field.
password="$(sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' "$REPLICATION_PASSWORD_FILE")"
printf '%s:%s:*:%s:%s\n' "$PRIMARY_HOST" "$PRIMARY_PORT" "$REPLICATION_USER" "$password" > "$passfile"
unset password
export PGPASSFILE="$passfile"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # A half-finished clone (the task was stopped during the copy) is removed and taken again.
  if [ -d "$PGDATA" ]; then
    find "$PGDATA" -mindepth 1 -delete
  fi
  mkdir -p "$PGDATA"
  chmod 0700 "$PGDATA"

  echo "standby: waiting for the primary at $PRIMARY_HOST:$PRIMARY_PORT"
  until pg_isready -q -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -d postgres; do
    sleep 2
  done

  echo "standby: ensuring replication slot $REPLICATION_SLOT on the primary"
  pg_receivewal -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -w \
    --create-slot --if-not-exists -S "$REPLICATION_SLOT"

  echo "standby: cloning the primary with pg_basebackup"
  if ! pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" -U "$REPLICATION_USER" -w \
    -D "$PGDATA" -R -S "$REPLICATION_SLOT" -X stream --checkpoint=fast; then
    find "$PGDATA" -mindepth 1 -delete
    echo "standby: pg_basebackup failed; the task will be restarted" >&2
    exit 1
  fi
  echo "standby: clone complete"
fi

if [ -f "$PGDATA/standby.signal" ]; then
  echo "standby: starting as a hot standby of $PRIMARY_HOST (slot $REPLICATION_SLOT)"
else
  echo "standby: $PGDATA has no standby.signal: this server was promoted and starts as the primary"
fi

exec postgres "$@"
