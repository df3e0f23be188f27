#!/usr/bin/env bash
# Deploys the Swarm stacks in order and fails unless every service converges.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$SCRIPT_DIR/lib/common.sh"

usage() {
  cat <<'USAGE'
Usage: deploy.sh [options] [stack...]

Runs `docker stack deploy --detach=false` for each stack (default order: data app monitoring
traefik), then waits until every service of every stack runs its desired replicas (jobs: all
tasks completed). Exits non-zero when a deploy fails or a service does not converge in time.
Run it on a Swarm manager.

CONFIG_VERSION (the suffix of the stacks' immutable Swarm config names) defaults to a hash of
the config files, so a changed file rolls out under a new name and an unchanged one is reused.

Options:
  --stacks-dir DIR   folder with <stack>.yml files (default: ../docker/stacks next to this script)
  --env-file FILE    KEY=value lines exported for the stack files' ${VAR} substitution
  --render           print each stack as `docker stack config` resolves it (YAML documents), deploy nothing
  --timeout SECONDS  convergence deadline per stack (default 600)
  --interval SECONDS pause between convergence checks (default 5)
  -h, --help         this text
USAGE
}

stacks_dir="$SCRIPT_DIR/../docker/stacks"
env_file=""
timeout=600
interval=5
render=false
stacks=()

while (($# > 0)); do
  case $1 in
    --stacks-dir) stacks_dir=${2:?--stacks-dir needs a folder}; shift 2 ;;
    --env-file) env_file=${2:?--env-file needs a file}; shift 2 ;;
    --timeout) timeout=${2:?--timeout needs seconds}; shift 2 ;;
    --interval) interval=${2:?--interval needs seconds}; shift 2 ;;
    --render) render=true; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) stacks+=("$1"); shift ;;
  esac
done
((${#stacks[@]} > 0)) || stacks=(data app monitoring traefik)
require_uint --timeout "$timeout"
require_uint --interval "$interval"
require_cmd docker

# Exports KEY=value lines without evaluating them: the file holds data, not shell code.
load_env_file() {
  local line key value
  [[ -r $1 ]] || die "cannot read env file $1"
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || die "invalid line in $1: ${line%%=*}"
    key=${BASH_REMATCH[1]}
    value=${BASH_REMATCH[2]}
    value=${value#\"}
    value=${value%\"}
    export "$key=$value"
  done <"$1"
}

# A short hash of every file the stacks mount as Swarm configs (docker/config, monitoring).
config_files_hash() {
  local base dir dirs=()
  base=$(cd "$stacks_dir/../.." && pwd) || return 1
  for dir in docker/config monitoring; do
    if [[ -d $base/$dir ]]; then dirs+=("$dir"); fi
  done
  ((${#dirs[@]} > 0)) || { echo "none"; return 0; }
  (cd "$base" && find "${dirs[@]}" -type f -print0 | sort -z | xargs -0 -r sha256sum) | sha256sum | cut -c1-12
}

# Prints the services of a stack that are not converged; returns 0 only when all are.
unconverged_services() {
  local stack=$1 name mode replicas running desired pending=0 listing
  listing=$(docker stack services "$stack" --format '{{.Name}}|{{.Mode}}|{{.Replicas}}') || return 1
  [[ -n $listing ]] || { echo "$stack: no services"; return 1; }
  while IFS='|' read -r name mode replicas; do
    # Jobs report "0/1 (1/1 completed)": what matters is that every task completed.
    if [[ $replicas =~ \(([0-9]+)/([0-9]+)[[:space:]]completed\) ]]; then
      running=${BASH_REMATCH[1]}
      desired=${BASH_REMATCH[2]}
    elif [[ $replicas =~ ^([0-9]+)/([0-9]+) ]]; then
      running=${BASH_REMATCH[1]}
      desired=${BASH_REMATCH[2]}
    else
      echo "$name ($mode): unreadable replicas '$replicas'"
      pending=1
      continue
    fi
    if ((running != desired)); then
      echo "$name ($mode): $replicas"
      pending=1
    fi
  done <<<"$listing"
  return "$pending"
}

wait_for_stack() {
  local stack=$1 deadline report
  deadline=$((SECONDS + timeout))
  while true; do
    if report=$(unconverged_services "$stack"); then
      log "$stack: all services converged"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      log "$stack: services not converged after ${timeout}s:"
      printf '  %s\n' "$report" >&2
      return 1
    fi
    sleep "$interval"
  done
}

[[ -z $env_file ]] || load_env_file "$env_file"
if [[ -z ${CONFIG_VERSION:-} ]]; then
  CONFIG_VERSION=$(config_files_hash) || die "cannot hash the config files next to $stacks_dir"
  export CONFIG_VERSION
fi

if [[ $render == true ]]; then
  for stack in "${stacks[@]}"; do
    file="$stacks_dir/$stack.yml"
    [[ -r $file ]] || die "stack file $file not found"
    echo "---"
    docker stack config -c "$file" || die "docker stack config failed for $stack"
  done
  exit 0
fi

log "config version $CONFIG_VERSION"
[[ $(docker info --format '{{.Swarm.ControlAvailable}}') == true ]] || die "this node is not a Swarm manager"

for stack in "${stacks[@]}"; do
  file="$stacks_dir/$stack.yml"
  [[ -r $file ]] || die "stack file $file not found"
  log "deploying $stack from $file"
  docker stack deploy --detach=false --with-registry-auth --prune -c "$file" "$stack" ||
    die "docker stack deploy failed for $stack"
  wait_for_stack "$stack" || die "stack $stack did not converge"
done

for stack in "${stacks[@]}"; do
  docker stack services "$stack" --format '{{.Name}} {{.Mode}} {{.Replicas}} {{.Image}}'
done
log "deployed: ${stacks[*]}"
