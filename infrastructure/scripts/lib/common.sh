#!/usr/bin/env bash
# Shared helpers for the operator scripts: timestamped messages on stderr, fatal errors, and
# checks that the commands a script needs are installed. Sourced, never run.

log() {
  printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2
}

die() {
  log "ERROR: $*"
  exit 1
}

require_cmd() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is not installed"
  done
}

# Positive integer check for numeric options.
require_uint() {
  local name=$1 value=$2
  [[ $value =~ ^[0-9]+$ ]] || die "$name must be a whole number, got '$value'"
}
