# Sourced by ops/bench and ops/drill: a cluster and an engine of their own (ports, data folder), Release builds of
# the engine and the load generator, and cleanup of everything they started, also on failure.
PROOF_PG_PORT=${PROOF_PG_PORT:-55470}
PROOF_PORT=${PROOF_PORT:-5170}
export BUDGETING_PG_PORT=$PROOF_PG_PORT BUDGETING_PORT=$PROOF_PORT
export BUDGETING_PG_DATA=${PROOF_DATA:-/var/tmp/budgeting-proof-$PROOF_PG_PORT}
export BUDGETING_DB=${PROOF_DB:-budgeting}
# The load generator posts hundreds of suggestions and ballots a second as a handful of subjects.
export RateLimits__SuggestionsPerMinute=${RateLimits__SuggestionsPerMinute:-100000000} RateLimits__BallotsPerMinute=${RateLimits__BallotsPerMinute:-100000000}
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
limit_writes_beside_pg
API_DLL=$ROOT/Budgeting.Api/bin/Release/net10.0/Budgeting.Api.dll
LOADGEN_DLL=$ROOT/ops/loadgen/bin/Release/net10.0/Loadgen.dll
URL=http://127.0.0.1:$PROOF_PORT
API_PID=
WORK=$(mktemp -d /tmp/budgeting-proof.XXXXXX)
RESULTS=${RESULTS:-}

say() { echo "$*"; [ -z "$RESULTS" ] || echo "$*" >>"$RESULTS"; }

proof_cleanup() {
  local code=$?
  set +e
  [ -n "$API_PID" ] && kill -9 "$API_PID" 2>/dev/null
  [ -n "${PEER_PID:-}" ] && kill -9 "$PEER_PID" 2>/dev/null
  db_stop >/dev/null 2>&1 || true
  [ "${PROOF_KEEP:-}" = 1 ] || rm -rf "$BUDGETING_PG_DATA" "$PG_LOG"
  rm -rf "$WORK"
  exit $code
}

proof_setup() {
  trap proof_cleanup EXIT
  trap 'exit 130' INT TERM
  port_taken "$PROOF_PORT" && die "port $PROOF_PORT is taken: set PROOF_PORT"
  port_taken "$PROOF_PG_PORT" && die "port $PROOF_PG_PORT is taken: set PROOF_PG_PORT"
  ensure_pg_installed
  rm -rf "$BUDGETING_PG_DATA"
  (cd "$ROOT" && dotnet build Budgeting.Api/Budgeting.Api.csproj -c Release -nologo -v q -clp:ErrorsOnly >&2 \
    && dotnet build ops/loadgen/Loadgen.csproj -c Release -nologo -v q -clp:ErrorsOnly >&2) || die "build failed"
  db_start
  ensure_database "$BUDGETING_DB"
}

machine() {
  say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  say "postgresql: $(psql_cmd -d postgres -Atc 'show server_version'); .NET $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

engine_start() {
  (cd "$ROOT/Budgeting.Api" && exec env BUDGETING_SEED="${1:-off}" dotnet "$API_DLL" --urls "$URL" >>"$WORK/api.log" 2>&1) &
  API_PID=$!
  local i
  for i in $(seq 1 600); do
    curl -fsS "$URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$API_PID" 2>/dev/null || { tail -20 "$WORK/api.log" >&2; die "the engine exited"; }
    sleep 0.5
  done
  die "the engine was not ready in 300 s"
}

engine_stop() { [ -z "$API_PID" ] || { kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null || true; API_PID=; }; }
engine_kill() { kill -9 "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null || true; API_PID=; }

loadgen() { dotnet "$LOADGEN_DLL" "$@" --url "$URL"; }
# A warm-up of each page given, for anonymous and signed-in readers, as a running engine has had before a page bench
# measures it: tier-1 code, prepared statements, the list's cache. Usage: warm_pages CYCLES PROPOSALS PAGE...
warm_pages() {
  local cycles=$1 proposals=$2 page signed; shift 2
  for page in "$@"; do for signed in false true; do
    loadgen pages --clients 8 --seconds 3 --cycles "$cycles" --proposals "$proposals" --page "$page" --signed-in $signed >/dev/null
  done; done
}
sql_file() { psql_cmd -d "$BUDGETING_DB" -v ON_ERROR_STOP=1 -At "${@:2}" -f "$ROOT/ops/sql/$1"; } # file [psql options]
token() { dotnet "$LOADGEN_DLL" token --role "$1" --sub "$2"; }
field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"; }

# POST as a role; prints the new record's id.
post_id() {
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$URL$2" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}

open_cycle() { post_id "$(token admin proof-admin)" /api/cycles "{\"name\":\"$1\",\"scope\":\"city\",\"fiscalYear\":2027,\"envelope\":10000000000}"; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$API_PID/status" 2>/dev/null || echo 0; }
