#!/usr/bin/env bash
# Post-deploy health check of the public URL: TLS certificate, API readiness, web login page and
# metrics protection. Every check runs; the exit status is non-zero if any failed.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$SCRIPT_DIR/lib/common.sh"

usage() {
  cat <<'USAGE'
Usage: health-check.sh --url https://host[:port] [options]

Checks, in order:
  1. the TLS certificate verifies for the host and does not expire within --days days
  2. GET /health/ready answers 200
  3. GET /login answers 200 with the web app's root element
  4. GET /metrics is refused without the token (401/403) and, when a token is given, answers 200
Exits 0 only when every check passed.

Options:
  --url URL                 public base URL (required; https unless --allow-http)
  --days N                  minimum days of certificate validity left (default 14)
  --ca-file FILE            trust this CA bundle instead of the system one
  --insecure                skip certificate chain verification (expiry is still checked)
  --metrics-token-file FILE file holding the METRICS_TOKEN (or set METRICS_TOKEN); never printed
  --timeout SECONDS         per-request timeout (default 10)
  --allow-http              accept an http:// URL (no TLS checks; local tests only)
  -h, --help                this text
USAGE
}

url=""
days=14
ca_file=""
insecure=false
token_file=""
timeout=10
allow_http=false

while (($# > 0)); do
  case $1 in
    --url) url=${2:?--url needs a value}; shift 2 ;;
    --days) days=${2:?--days needs a number}; shift 2 ;;
    --ca-file) ca_file=${2:?--ca-file needs a file}; shift 2 ;;
    --insecure) insecure=true; shift ;;
    --metrics-token-file) token_file=${2:?--metrics-token-file needs a file}; shift 2 ;;
    --timeout) timeout=${2:?--timeout needs seconds}; shift 2 ;;
    --allow-http) allow_http=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument $1" ;;
  esac
done

[[ -n $url ]] || { usage >&2; die "--url is required"; }
require_uint --days "$days"
require_uint --timeout "$timeout"
require_cmd curl openssl
[[ -z $ca_file || -r $ca_file ]] || die "cannot read CA file $ca_file"
url=${url%/}
[[ $url =~ ^(https?)://([^/:]+)(:([0-9]+))?$ ]] || die "--url must look like https://host[:port] (no path)"
scheme=${BASH_REMATCH[1]}
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]:-443}
[[ $scheme == https || $allow_http == true ]] || die "--url must be https (or pass --allow-http)"

token=${METRICS_TOKEN:-}
if [[ -n $token_file ]]; then
  [[ -r $token_file ]] || die "cannot read token file $token_file"
  token=$(<"$token_file")
fi

curl_tls=()
[[ -z $ca_file ]] || curl_tls+=(--cacert "$ca_file")
[[ $insecure == false ]] || curl_tls+=(--insecure)

failures=0
pass() { log "PASS $*"; }
fail() {
  log "FAIL $*"
  failures=$((failures + 1))
}

# The status code of a GET (000 when the request itself failed); the body goes to $2.
# Extra curl arguments come on stdin as a config file, so the token never appears in `ps`.
http_get() {
  local path=$1 body=$2 config=${3:-} code
  code=$(printf '%s' "$config" | curl --silent --max-time "$timeout" ${curl_tls[@]+"${curl_tls[@]}"} \
    --config - --output "$body" --write-out '%{http_code}' "$url$path") || true
  printf '%s' "${code:-000}"
}

check_certificate() {
  local s_client_args=(-connect "$host:$port" -servername "$host")
  local chain cert
  if [[ $insecure == false ]]; then
    s_client_args+=(-verify_return_error)
    # The certificate must name the host (or the IP address) the URL uses.
    if [[ $host =~ ^[0-9.]+$ ]]; then s_client_args+=(-verify_ip "$host"); else s_client_args+=(-verify_hostname "$host"); fi
    [[ -z $ca_file ]] || s_client_args+=(-CAfile "$ca_file")
  fi
  if ! chain=$(openssl s_client "${s_client_args[@]}" </dev/null 2>/dev/null); then
    fail "TLS: the certificate of $host:$port does not verify"
    return
  fi
  cert=$(printf '%s\n' "$chain" | openssl x509 2>/dev/null) || {
    fail "TLS: no certificate received from $host:$port"
    return
  }
  if printf '%s\n' "$cert" | openssl x509 -noout -checkend $((days * 86400)) >/dev/null; then
    pass "TLS: certificate valid for more than $days days ($(printf '%s\n' "$cert" | openssl x509 -noout -enddate))"
  else
    fail "TLS: certificate expires within $days days ($(printf '%s\n' "$cert" | openssl x509 -noout -enddate))"
  fi
}

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

if [[ $scheme == https ]]; then check_certificate; fi

status=$(http_get /health/ready "$workdir/ready")
if [[ $status == 200 ]]; then pass "API ready: /health/ready 200"; else fail "API ready: /health/ready answered $status"; fi

status=$(http_get /login "$workdir/login")
if [[ $status != 200 ]]; then
  fail "web: /login answered $status"
elif ! grep -q '<div id="root">' "$workdir/login"; then
  fail "web: /login did not return the app (no <div id=\"root\">)"
else
  pass "web: /login 200 with the app root"
fi

status=$(http_get /metrics "$workdir/metrics-anonymous")
if [[ $status == 401 || $status == 403 ]]; then
  pass "metrics: refused without the token ($status)"
else
  fail "metrics: /metrics without the token answered $status (expected 401 or 403)"
fi
if [[ -n $token ]]; then
  # Quoted for curl's config syntax.
  quoted=${token//\\/\\\\}
  quoted=${quoted//\"/\\\"}
  status=$(http_get /metrics "$workdir/metrics" "header = \"Authorization: Bearer $quoted\"")
  if [[ $status == 200 ]]; then pass "metrics: 200 with the token"; else fail "metrics: /metrics with the token answered $status"; fi
fi

if ((failures > 0)); then
  log "$failures check(s) failed for $url"
  exit 1
fi
log "all checks passed for $url"
