#!/usr/bin/env bash
# Points a DuckDNS name at the dev manager's public IP. The token is read from a file (or the
# environment) and only ever sent to curl on stdin: it appears in no argument, log or message.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$SCRIPT_DIR/lib/common.sh"

usage() {
  cat <<'USAGE'
Usage: duckdns-update.sh --domain NAME [--ip IPV4] [options]

Updates NAME.duckdns.org and checks that DuckDNS answered "OK". Retries transient failures
(network errors, non-200 answers) with exponential backoff; a "KO" answer (wrong token or
domain) fails at once.

Options:
  --domain NAME       DuckDNS subdomain, without .duckdns.org (or DUCKDNS_DOMAIN)
  --ip IPV4           address to set (default: the address DuckDNS sees the request from)
  --token-file FILE   file holding the token (or DUCKDNS_TOKEN_FILE, or DUCKDNS_TOKEN itself)
  --retries N         attempts in total (default 5)
  --backoff SECONDS   first pause between attempts, doubled each time (default 2)
  -h, --help          this text
Environment: DUCKDNS_BASE_URL overrides https://www.duckdns.org/update (http only for localhost).
USAGE
}

domain=${DUCKDNS_DOMAIN:-}
ip=""
token_file=${DUCKDNS_TOKEN_FILE:-}
retries=5
backoff=2
base_url=${DUCKDNS_BASE_URL:-https://www.duckdns.org/update}

while (($# > 0)); do
  case $1 in
    --domain) domain=${2:?--domain needs a name}; shift 2 ;;
    --ip) ip=${2:?--ip needs an address}; shift 2 ;;
    --token-file) token_file=${2:?--token-file needs a file}; shift 2 ;;
    --retries) retries=${2:?--retries needs a number}; shift 2 ;;
    --backoff) backoff=${2:?--backoff needs seconds}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument $1" ;;
  esac
done

require_cmd curl
require_uint --retries "$retries"
require_uint --backoff "$backoff"
((retries >= 1)) || die "--retries must be at least 1"
domain=${domain%.duckdns.org}
[[ $domain =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$ ]] || die "--domain must be a DuckDNS subdomain like promata-dev"
[[ -z $ip || $ip =~ ^([0-9]{1,3}\.){3}[0-9]{1,3}$ ]] || die "--ip must be an IPv4 address"
[[ $base_url =~ ^https:// || $base_url =~ ^http://(127\.0\.0\.1|localhost)(:[0-9]+)?/ ]] ||
  die "DUCKDNS_BASE_URL must be https (plain http only for localhost tests)"

if [[ -n $token_file ]]; then
  [[ -r $token_file ]] || die "cannot read token file $token_file"
  token=$(<"$token_file")
else
  token=${DUCKDNS_TOKEN:-}
fi
[[ -n $token ]] || die "no token: pass --token-file or set DUCKDNS_TOKEN_FILE / DUCKDNS_TOKEN"
# DuckDNS tokens are UUIDs; anything else could not be placed safely in the request.
[[ $token =~ ^[A-Za-z0-9-]+$ ]] || die "the token has unexpected characters (expected a DuckDNS UUID)"

attempt=1
pause=$backoff
while true; do
  answer=$(printf 'url = "%s?domains=%s&token=%s&ip=%s"\n' "$base_url" "$domain" "$token" "$ip" |
    curl --silent --fail --max-time 15 --config -) && status=0 || status=$?
  if ((status == 0)) && [[ $answer == OK* ]]; then
    log "DuckDNS updated: $domain.duckdns.org -> ${ip:-the address DuckDNS saw}"
    exit 0
  fi
  if ((status == 0)) && [[ $answer == KO* ]]; then
    die "DuckDNS refused the update (KO): check the domain and the token"
  fi
  if ((attempt >= retries)); then
    die "DuckDNS update failed after $attempt attempts (last: curl exit $status)"
  fi
  log "DuckDNS attempt $attempt failed (curl exit $status); retrying in ${pause}s"
  sleep "$pause"
  attempt=$((attempt + 1))
  pause=$((pause * 2))
done
