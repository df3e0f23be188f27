#!/usr/bin/env bash
# Backs up the Pró-Mata database: pg_dump in custom format, a SHA-256 checksum beside it, and
# retention of old dumps. Runs the same in the Swarm (a one-shot task with the secret mounted) and
# on the loopback rehearsal. Prints the path of the new dump on stdout.
#
# Environment:
#   PGHOST, PGPORT, PGDATABASE (default promata), PGUSER (default promata)
#   PGPASSWORD_FILE        file holding PGUSER's password (a Swarm secret); never pass PGPASSWORD
#   BACKUP_DIR             where dumps go (required)
#   BACKUP_RETENTION_DAYS  dumps older than this are deleted after a successful backup (default 14)
set -euo pipefail

: "${PGHOST:?PGHOST must name the database host (the primary, not PgBouncer)}"
: "${PGPORT:=5432}"
: "${PGDATABASE:=promata}"
: "${PGUSER:=promata}"
: "${PGPASSWORD_FILE:?PGPASSWORD_FILE must name the file holding the password}"
: "${BACKUP_DIR:?BACKUP_DIR must name the backup directory}"
: "${BACKUP_RETENTION_DAYS:=14}"
export PGHOST PGPORT PGDATABASE PGUSER

if ! [[ "$BACKUP_RETENTION_DAYS" =~ ^[0-9]+$ ]] || ((BACKUP_RETENTION_DAYS < 1)); then
  echo "BACKUP_RETENTION_DAYS must be a whole number of days >= 1" >&2
  exit 64
fi

umask 077
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# The password goes to libpq through a private passfile, never the command line or the environment.
escape_pgpass() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'; }
printf '*:*:*:*:%s\n' "$(tr -d '\n' <"$PGPASSWORD_FILE" | escape_pgpass)" >"$work/pgpass"
export PGPASSFILE="$work/pgpass"
unset PGPASSWORD

mkdir -p -- "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
name="${PGDATABASE}-${stamp}.dump"
partial="$BACKUP_DIR/.${name}.partial"

# The pgbouncer schema belongs to the cluster set-up (init SQL), not to the application's data.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --exclude-schema=pgbouncer \
  --file="$partial"
# A dump that pg_restore cannot list is not a backup.
pg_restore --list "$partial" >/dev/null

mv -- "$partial" "$BACKUP_DIR/$name"
(cd -- "$BACKUP_DIR" && sha256sum -- "$name" >"$name.sha256")

# Retention only after a good backup, and only our own files.
find "$BACKUP_DIR" -maxdepth 1 -type f \( -name "${PGDATABASE}-*.dump" -o -name "${PGDATABASE}-*.dump.sha256" \) \
  -mtime "+$((BACKUP_RETENTION_DAYS - 1))" -delete

echo "$BACKUP_DIR/$name"
