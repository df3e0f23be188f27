#!/bin/sh
# Entrypoint of the PostgreSQL primary in the Swarm data stack, wrapping the official image's
# docker-entrypoint.sh (initdb, init scripts, then postgres).
#
# postgresql.conf asks for synchronous commit to one standby. On the very first start no standby can
# exist yet (it is cloned from this primary), and the image runs the init scripts on a socket-only
# server, so their commits would wait forever. Only while the cluster is being created, the init
# sessions commit locally; afterwards every commit waits for the standby as configured.
set -eu

: "${PGDATA:?PGDATA must be set}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  export PGOPTIONS='-c synchronous_commit=local'
fi

exec docker-entrypoint.sh "$@"
