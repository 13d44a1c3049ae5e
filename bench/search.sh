#!/usr/bin/env bash
# Faceted full-text search over 100,000+ published entries, over HTTP at 32
# connections: `wsis serve` (tantivy) against the same requests answered by
# PostgreSQL full-text search with facet counts by GROUP BY (the hidden
# `wsis-bench-pg-search` of crates/bench, built here), in the same run, with wrk. Also times
# `wsis reindex` and its peak memory. `wsis serve` runs twice: with its answer
# cache (the default; answers are kept per index version, so the list's 300
# URLs are mostly answered from it after the warm-up) and with
# WSIS_SEARCH_CACHE=0, where every request is computed.
#
#     bash bench/search.sh
#     REUSE=1 DURATION=10s bash bench/search.sh   # keep the data of a previous run
#     WSIS_BIN=/tmp/wsis-before WSIS_PG_BIN=/tmp/wsis-bench-pg-search bash bench/search.sh
#
# Needs: wrk, PostgreSQL at 127.0.0.1:5432 (database test, trust auth), GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
# The PostgreSQL baseline server (crates/bench); built with the binary so that both share
# one feature resolution (built alone, every dependency would compile again).
PG_BIN=${WSIS_PG_BIN:-target/release/wsis-bench-pg-search}
[ -x "$PG_BIN" ] || cargo build --release -q -p wsis -p wsis-bench
COUNT=${COUNT:-117700}          # about 85 % are published: ~100,000 in the index
OUT=${OUT:-bench/out/search}
PG="postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3Dbench"
DURATION=${DURATION:-20s}
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

if [ "${REUSE:-0}" = 1 ] && [ -f "$OUT/data/wsis.db" ]; then
  echo "== data: reusing $OUT/data and the PostgreSQL schema bench (REUSE=1)"
else
  echo "== data: $COUNT generated entries (same seed) in SQLite and in PostgreSQL schema bench"
  "$BIN" demo-data --count "$COUNT" --data-dir "$OUT/data"
  psql "postgres://postgres@127.0.0.1:5432/test" -qc "CREATE SCHEMA IF NOT EXISTS bench"
  "$BIN" demo-data --count "$COUNT" --data-dir "$OUT/pgdata" --database-url "$PG"
fi

echo "== wsis reindex"
/usr/bin/time -v "$BIN" reindex --data-dir "$OUT/data" 2> "$OUT/reindex.time" | tee "$OUT/reindex.txt"
grep -E "Elapsed|Maximum resident" "$OUT/reindex.time"

echo "== the request list (same for both servers)"
python3 - "$OUT/requests.lua" <<'PY'
import random, sys, urllib.parse
random.seed(2019)
words = ["broadband", "digital", "schools", "farmers", "health", "data", "cybersecurity", "women",
         "numérique", "formation", "données", "agriculteurs", "digitales", "escuelas", "telemedicina",
         "платформа", "обучения", "connectivity", "community", "services",
         "数字技能", "社区网络", "الرقمية", "الشبكات"]
facets = [("sdg", [str(i) for i in range(1, 18)]), ("region", ["AFR", "EUR", "ASP", "AMS", "ARB", "CIS", "002", "150"]),
          ("action_line", [f"C{i}" for i in range(1, 12)]), ("stakeholder_type", ["government", "civil_society", "academia"])]
paths = []
for _ in range(300):
    params = [("q", random.choice(words))] if random.random() < 0.9 else []
    for name, values in random.sample(facets, random.choice([0, 1, 2, 2])):
        params.append(("f", f"{name}:{random.choice(values)}"))
    paths.append("/api/v1/stocktaking/entries?" + urllib.parse.urlencode(params))
with open(sys.argv[1], "w") as f:
    f.write("local paths = {\n" + ",\n".join(f'  "{p}"' for p in paths) + "\n}\n")
    f.write("local i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format('GET', paths[i])\nend\n")
PY

# wsis_up CACHE PORT: starts `wsis serve` with that answer cache size, waits until it answers.
wsis_up() {
  WSIS_SEARCH_CACHE=$1 WSIS_LOG=warn "$BIN" serve --data-dir "$OUT/data" --listen "127.0.0.1:$2" & WSIS_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && return
    sleep 0.5
  done
}
WSIS_PID=
"$PG_BIN" --database-url "$PG" --listen 127.0.0.1:18600 & PG_PID=$!
trap 'kill $WSIS_PID $PG_PID 2>/dev/null || true' EXIT
wsis_up 1024 18500
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:18600/api/v1/stocktaking/entries?q=digital" >/dev/null && break
  sleep 0.5
done
echo "sample: q=digital&f=sdg:4 → wsis total $(curl -s 'http://127.0.0.1:18500/api/v1/stocktaking/entries?q=digital&f=sdg:4' | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'),"\
  "PostgreSQL total $(curl -s 'http://127.0.0.1:18600/api/v1/stocktaking/entries?q=digital&f=sdg:4' | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
run() { wrk -t2 -c32 -d"$DURATION" --latency -s "$OUT/requests.lua" "$1"; }
# One at a time: warm up, measure, then let PostgreSQL finish the queries
# that wrk gave up on, so that neither run shares the CPU with the other.
pg_idle() {
  for _ in $(seq 1 120); do
    n=$(psql "postgres://postgres@127.0.0.1:5432/test" -Atc "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%bench_docs%' AND pid <> pg_backend_pid()")
    [ "$n" = "0" ] && return; sleep 1
  done
}
wrk -t2 -c32 -d5s -s "$OUT/requests.lua" http://127.0.0.1:18500 >/dev/null
echo "--- wsis (tantivy), answer cache of 1024"; W=$(run http://127.0.0.1:18500); echo "$W"
kill $WSIS_PID; wait $WSIS_PID 2>/dev/null || true
wsis_up 0 18501
wrk -t2 -c32 -d5s -s "$OUT/requests.lua" http://127.0.0.1:18501 >/dev/null
echo "--- wsis (tantivy), no answer cache"; U=$(run http://127.0.0.1:18501); echo "$U"
kill $WSIS_PID; wait $WSIS_PID 2>/dev/null || true
wrk -t2 -c32 -d5s --timeout 30s -s "$OUT/requests.lua" http://127.0.0.1:18600 >/dev/null; pg_idle
echo "--- PostgreSQL FTS + GROUP BY"; P=$(wrk -t2 -c32 -d"$DURATION" --timeout 30s --latency -s "$OUT/requests.lua" http://127.0.0.1:18600); echo "$P"; pg_idle
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' <<<"$1"; }
echo
echo "| engine | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| wsis serve (tantivy), answer cache | $(rps "$W") | $(pct "$W" 50%) | $(pct "$W" 99%) |"
echo "| wsis serve (tantivy), every request computed | $(rps "$U") | $(pct "$U" 50%) | $(pct "$U" 99%) |"
echo "| PostgreSQL FTS + GROUP BY | $(rps "$P") | $(pct "$P" 50%) | $(pct "$P" 99%) |"
awk -v w="$(rps "$W")" -v u="$(rps "$U")" -v p="$(rps "$P")" \
  'BEGIN { printf "ratio tantivy/PostgreSQL: %.1f with the answer cache, %.1f without\n", w / p, u / p }'
