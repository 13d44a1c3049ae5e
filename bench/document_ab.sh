#!/usr/bin/env bash
# Two builds of `wsis` compared on the Outcome Document (issue 12), alternating so that
# both see the same machine: A and B are two release binaries (for example the one built
# before a change, copied aside, and the one after).
#   - `wsis report outcome ... --format pdf`, whole process, PAIRS alternating runs;
#   - two demo servers on copies of one seeded database; before each request one approved
#     outcome is edited in that server's database, so the PDF is typeset again in the
#     process (what a rebuild after an edit costs); asked as a browser does
#     (`Accept-Encoding: gzip, br`).
#
#     cp target/release/wsis /tmp/wsis-a; (change, cargo build --release --bin wsis)
#     bash bench/document_ab.sh /tmp/wsis-a target/release/wsis
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1
B=$2
PAIRS=${PAIRS:-12}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT
up() { for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.1; done; }
# One seeded database, copied for each server.
WSIS_LOG=error "$B" demo --data-dir "$WORK/seed" --listen 127.0.0.1:18720 &
p=$!; up 18720; kill -TERM $p; wait $p || true
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$WORK/cli-a"; : > "$WORK/cli-b"
for _ in $(seq 1 "$PAIRS"); do
  for x in a b; do
    bin=$A; [ $x = b ] && bin=$B
    /usr/bin/time -f "%e" -a -o "$WORK/cli-$x" "$bin" report outcome --data-dir "$WORK/seed" \
      --forum 2019 --lang en --format pdf -o "$WORK/$x.pdf" >/dev/null 2>&1
  done
done

cp -r "$WORK/seed" "$WORK/da"; cp -r "$WORK/seed" "$WORK/db"
WSIS_LOG=error "$A" demo --data-dir "$WORK/da" --listen 127.0.0.1:18721 & PIDS+=($!)
WSIS_LOG=error "$B" demo --data-dir "$WORK/db" --listen 127.0.0.1:18722 & PIDS+=($!)
up 18721; up 18722
get() { curl -sf -o /dev/null -H 'Accept-Encoding: gzip, br' -w '%{time_total}\n' \
  "http://127.0.0.1:$1/en/forum/2019/outcomes/documents/outcome-document.pdf"; }
edit() { # DB N: changes one approved outcome, a different one each time
  local s
  s=$(sqlite3 -cmd ".timeout 20000" "$1" "SELECT session_id FROM forum_outcomes WHERE status = 'approved'
        ORDER BY session_id LIMIT 1 OFFSET $(( ($2 * 37) % 200 ))")
  sqlite3 -cmd ".timeout 20000" "$1" "UPDATE forum_outcomes SET version = version + 1, updated_at = updated_at + 1,
      data = json_set(data, '\$.summary', json_extract(data, '\$.summary') || ' (edited $2)')
    WHERE session_id = $s"
}
first_a=$(get 18721); first_b=$(get 18722)
: > "$WORK/srv-a"; : > "$WORK/srv-b"; faster=0
for n in $(seq 1 "$PAIRS"); do
  edit "$WORK/da/wsis.db" "$n"; a=$(get 18721); echo "$a" >> "$WORK/srv-a"
  edit "$WORK/db/wsis.db" "$n"; b=$(get 18722); echo "$b" >> "$WORK/srv-b"
  awk -v a="$a" -v b="$b" 'BEGIN {exit !(b < a)}' && faster=$((faster + 1))
done
printf '%-58s %8s %8s\n' "Outcome Document (en), PDF, medians of $PAIRS" "A s" "B s"
printf '%-58s %8s %8s\n' "wsis report outcome (whole process)" "$(median < "$WORK/cli-a")" "$(median < "$WORK/cli-b")"
printf '%-58s %8s %8s\n' "server: first request after the start" "$first_a" "$first_b"
printf '%-58s %8s %8s\n' "server: after an edit of one outcome" "$(median < "$WORK/srv-a")" "$(median < "$WORK/srv-b")"
echo "B faster than A after an edit in $faster of $PAIRS pairs"
