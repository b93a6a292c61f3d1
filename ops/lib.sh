# Sourced by ops/run, ops/test and ops/db: one place for ports, folders and the local cluster.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUDGETING_PORT=${BUDGETING_PORT:-5080}
export BUDGETING_PG_PORT=${BUDGETING_PG_PORT:-55433}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Tiered compilation promotes hot methods as soon as they have been called 30 times, not after a quiet 100 ms that a
# busy engine never has (README, Configuration).
export DOTNET_TC_CallCountingDelayMs=${DOTNET_TC_CallCountingDelayMs:-0}

die() { echo "ops: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root).
as_pg() { if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

find_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(readlink -f "$(command -v initdb)")"; return 0; }
  return 1
}

ensure_pg_installed() {
  PG_BIN=$(find_pg_bin) && return 0
  if is_root && command -v apt-get >/dev/null 2>&1; then
    echo "ops: PostgreSQL not found; installing it with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
    PG_BIN=$(find_pg_bin) || die "apt-get installed postgresql but initdb is still missing"
  else
    die "PostgreSQL server binaries (initdb, pg_ctl) are missing: install PostgreSQL 15+ (Debian: apt-get install postgresql)"
  fi
}

# The browser tests drive Debian's Chromium (Playwright cannot download its own browsers here) and need a Korean font:
# without one Hangul renders as empty boxes while every text assertion still passes.
ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      echo "ops: installing Chromium and a Korean font (fonts-nanum) with apt-get for the browser tests" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-nanum fontconfig >&2
    fi
  fi
  [ -x /usr/bin/chromium ] || die "Chromium is missing for the browser tests: install it (Debian: apt-get install chromium)"
  [ -n "$(fc-list :lang=ko 2>/dev/null)" ] \
    || die "no Korean font: Hangul would render as empty boxes in the browser tests; install one (apt-get install fonts-nanum)"
}

# The postgres user must be able to reach the data folder: when the repo sits under a folder
# it cannot traverse (a mktemp -d clone), fall back to a per-repo folder under /var/tmp.
pg_data_dir() {
  if [ -n "${BUDGETING_PG_DATA:-}" ]; then echo "$BUDGETING_PG_DATA"; return; fi
  local d="$ROOT/.pgdata"
  if is_root && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    d="/var/tmp/budgeting-pg-$(echo -n "$ROOT" | sha1sum | cut -c1-12)"
  fi
  echo "$d"
}

PGDATA_DIR=$(pg_data_dir)
export BUDGETING_PG_DATA=$PGDATA_DIR
PG_LOG="$PGDATA_DIR.log"

pg_running() { [ -n "${PG_BIN:-}" ] && [ -f "$PGDATA_DIR/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# For an engine that shares this machine's cores with its PostgreSQL (ops/run, and through ops/proof.sh the benches and
# drills that start one): it serves 2 suggestions, ballots or supports per core at once and queues the rest (BENCHMARKS.md, "How
# many writes at once"), unless RateLimits__ConcurrentWrites is given (0 turns it off). Not for ops/test, whose tests
# set the limit themselves.
limit_writes_beside_pg() { export RateLimits__ConcurrentWrites=${RateLimits__ConcurrentWrites:-$((2 * $(nproc)))}; }

db_start() {
  ensure_pg_installed
  if pg_running; then return 0; fi
  port_taken "$BUDGETING_PG_PORT" && die "port $BUDGETING_PG_PORT is taken by another process: set BUDGETING_PG_PORT to a free port"
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    mkdir -p "$PGDATA_DIR"
    is_root && chown postgres:postgres "$PGDATA_DIR"
    chmod 700 "$PGDATA_DIR"
    as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -E UTF8 --locale=C.UTF-8 -U postgres --auth=trust >/dev/null \
      || die "initdb failed for $PGDATA_DIR"
  fi
  touch "$PG_LOG"; is_root && chown postgres:postgres "$PG_LOG"
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
    -o "-p $BUDGETING_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=on ${BUDGETING_PG_OPTIONS:-}" \
    start >/dev/null || { tail -20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
}

db_stop() {
  ensure_pg_installed
  pg_running && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
  return 0
}

psql_cmd() { PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$BUDGETING_PG_PORT" -U postgres "$@"; }

ensure_database() {
  local name=$1
  psql_cmd -d postgres -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1 \
    || psql_cmd -d postgres -qc "create database \"$name\"" >/dev/null
}
