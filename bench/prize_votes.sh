#!/usr/bin/env bash
# Prize votes per second through the real HTTP endpoint (issue 13): signed-in voters
# (session cookie), the CSRF field, the one-vote-per-category primary key, each vote
# answered only once it is on disk (the vote writer's group commit on a connection
# with SQLite `synchronous = FULL`; PostgreSQL's commit is durable by default). 64
# connections on loopback, wrk and the server on the same 2-core machine; SQLite and
# PostgreSQL one after the other in the same run. After each run the votes in the
# database are counted against the 303 answers wrk received.
#
#     cargo build --release -p wsis -p wsis-bench && bash bench/prize_votes.sh
#
# Needs wrk (Debian package; installed if missing) and, for PostgreSQL, a server at
# PG_URL (default postgres://postgres@127.0.0.1:5432/test; the run uses a database of
# its own, wsis_bench_votes, created and dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
SETUP=${SETUP_BIN:-target/release/wsis-bench-votes-setup}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
ACCOUNTS=${ACCOUNTS:-30000}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
WORK=$(mktemp -d)
PORT=18790
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null || true' EXIT

run() {
  local name=$1 url=$2 dir=$WORK/$1
  mkdir -p "$dir"
  WSIS_LOG=warn WSIS_DATABASE_URL="$url" "$BIN" migrate --data-dir "$dir" >/dev/null
  "$SETUP" --database-url "$url" --accounts "$ACCOUNTS" --out "$dir/voters.txt"
  WSIS_LOG=warn WSIS_DATABASE_URL="$url" WSIS_PROXY_HOPS=1 "$BIN" serve --data-dir "$dir" --listen "127.0.0.1:$PORT" &
  PID=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
  local out
  out=$(VOTERS="$dir/voters.txt" THREADS=$THREADS wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s bench/prize_votes.lua "http://127.0.0.1:$PORT/en/prizes/2030/vote")
  local rps p50 p99 total bad
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  kill $PID; wait $PID 2>/dev/null || true; PID=
  local stored
  if [ "$name" = sqlite ]; then
    stored=$(sqlite3 "$dir/wsis.db" "SELECT COUNT(*) FROM prize_votes")
  else
    stored=$(psql -qtA "$url" -c "SELECT COUNT(*) FROM prize_votes")
  fi
  echo "$name: $rps votes/s (p50 $p50, p99 $p99), $total answers, $bad refused, $stored votes stored"
  if [ "$bad" != 0 ] || [ "$stored" -lt "$((total - bad))" ]; then
    echo "$name: acknowledged votes and stored votes disagree"; echo "$out"; exit 1
  fi
}

run sqlite "sqlite:$WORK/sqlite/wsis.db"
PG_DB_URL="${PG_URL%/*}/wsis_bench_votes"
psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS wsis_bench_votes" -c "CREATE DATABASE wsis_bench_votes"
run postgres "$PG_DB_URL"
psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS wsis_bench_votes"
