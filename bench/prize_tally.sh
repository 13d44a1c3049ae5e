#!/usr/bin/env bash
# The tally of the demo's two million prize votes (issue 13): by `wsis tally` from the
# published ballots file alone, and by the site (the first request for
# /en/prizes/2019/results/tally.txt on a freshly started node, which counts the votes in
# the database; later requests are served from memory). Time and peak resident memory
# of each (the server's peak is reset just before its request, so it is the tally's own).
#
#     cargo build --release --bin wsis && RUNS=3 bash bench/prize_tally.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d)}
PORT=18791
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null || true' EXIT
start() {
  WSIS_LOG=warn "$BIN" "$1" --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
  PID=$!
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
}
stop() { kill $PID; wait $PID 2>/dev/null || true; PID=; }
# The demo, seeded once (its ballots are sealed at seeding).
start demo; stop
BALLOTS=$WORK/data/media/prizes/ballots-2019.csv
echo "ballots: $(($(wc -l < "$BALLOTS") - 1)) votes, $(wc -c < "$BALLOTS") bytes"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "wsis tally: %e s, peak %M KB" "$BIN" tally "$BALLOTS" > "$WORK/cli.txt" 2> "$WORK/time.txt" || true
  tail -1 "$WORK/time.txt"
  start serve
  echo 5 > /proc/$PID/clear_refs
  before=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
  t=$(curl -sf -o "$WORK/site.txt" -w '%{time_total}' "http://127.0.0.1:$PORT/en/prizes/2019/results/tally.txt")
  peak=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
  t2=$(curl -sf -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/en/prizes/2019/results/tally.txt")
  stop
  echo "site: first request ${t} s (server peak ${peak} KB, ${before} KB before), next request ${t2} s"
  cmp "$WORK/cli.txt" "$WORK/site.txt" && echo "the command and the site print the same result"
done
