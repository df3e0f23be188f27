#!/usr/bin/env bash
# Restores a dump made by backup.sh into a database that init/10-promata-roles.sql prepared (roles,
# database owned by the application role). Verifies the checksum first. Refuses a database that
# already has tables unless RESTORE_CLEAN=true, which drops the dumped objects before restoring.
#
# Usage: restore.sh <dump file>
# Environment:
#   PGHOST, PGPORT, PGDATABASE (default promata), PGUSER (default promata: the restored objects are
#   owned by the role that restores them, so restore as the application role)
#   PGPASSWORD_FILE  file holding PGUSER's password
#   RESTORE_CLEAN    true to replace the objects of a non-empty database (default false)
set -euo pipefail

if (($# != 1)); then
  echo "usage: $0 <dump file>" >&2
  exit 64
fi
dump="$1"
: "${PGHOST:?PGHOST must name the database host (the primary, not PgBouncer)}"
: "${PGPORT:=5432}"
: "${PGDATABASE:=promata}"
: "${PGUSER:=promata}"
: "${PGPASSWORD_FILE:?PGPASSWORD_FILE must name the file holding the password}"
: "${RESTORE_CLEAN:=false}"
export PGHOST PGPORT PGDATABASE PGUSER

[[ -f "$dump" ]] || { echo "no such dump: $dump" >&2; exit 66; }
[[ -f "$dump.sha256" ]] || { echo "no checksum file $dump.sha256: refusing an unverified dump" >&2; exit 65; }
(cd -- "$(dirname -- "$dump")" && sha256sum --check --quiet -- "$(basename -- "$dump").sha256") || {
  echo "checksum mismatch for $dump: refusing to restore it" >&2
  exit 65
}

umask 077
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT
escape_pgpass() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'; }
printf '*:*:*:*:%s\n' "$(tr -d '\n' <"$PGPASSWORD_FILE" | escape_pgpass)" >"$work/pgpass"
export PGPASSFILE="$work/pgpass"
unset PGPASSWORD

tables="$(psql -X -At -v ON_ERROR_STOP=1 -c \
  "select count(*) from pg_catalog.pg_tables where schemaname not in ('pg_catalog', 'information_schema', 'pgbouncer')")"
clean=()
if ((tables > 0)); then
  if [[ "$RESTORE_CLEAN" != true ]]; then
    echo "$PGDATABASE on $PGHOST:$PGPORT already has $tables tables; set RESTORE_CLEAN=true to replace them" >&2
    exit 73
  fi
  clean=(--clean --if-exists)
fi

started=$SECONDS
pg_restore --dbname="$PGDATABASE" --no-owner --no-privileges --single-transaction --exit-on-error \
  "${clean[@]}" -- "$dump"
# Fresh statistics for the restored tables (only those this role owns: the catalogs are not ours).
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
select format('analyze %I.%I', schemaname, tablename) from pg_catalog.pg_tables
where tableowner = current_user and schemaname not in ('pg_catalog', 'information_schema')
\gexec
SQL
echo "restored $dump into $PGDATABASE on $PGHOST:$PGPORT in $((SECONDS - started)) s"
