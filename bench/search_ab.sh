#!/bin/bash
# A/B of two `wsis` binaries on the same data: computed searches (no answer cache), 5 s
# warm-up then `wrk -t2 -c32 -d20s`, alternating before/after twice. Run after
# bench/search.sh (its request list). Usage:
#   OLD_BIN=/tmp/wsis-old OLD_DATA=/tmp/olddata NEW_BIN=target/release/wsis \
#   NEW_DATA=bench/out/search/data bash bench/search_ab.sh
# A binary older than the data's schema refuses it: give it a copy with the newer
# migrations undone (see docs/benchmarks.md).
set -u
REQ=${REQ:-bench/out/search/requests.lua}
ab() { # BIN DATA PORT LABEL
  WSIS_SEARCH_CACHE=0 WSIS_LOG=warn "$1" serve --data-dir "$2" --listen "127.0.0.1:$3" & P=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$3/healthz" >/dev/null && break; sleep 0.5; done
  wrk -t2 -c32 -d5s -s $REQ http://127.0.0.1:$3 >/dev/null
  R=$(wrk -t2 -c32 -d20s --latency -s $REQ http://127.0.0.1:$3)
  echo "$4 rps=$(awk '/Requests\/sec/ {print $2}' <<<"$R") p50=$(awk '$1=="50%" {print $2}' <<<"$R") p99=$(awk '$1=="99%" {print $2}' <<<"$R")"
  kill $P; wait $P 2>/dev/null
}
for i in 1 2; do
  ab "$OLD_BIN" "$OLD_DATA" 18700 "before"
  ab "$NEW_BIN" "$NEW_DATA" 18701 "after"
done
