#!/usr/bin/env bash
# The compiled outcome documents as the site serves them (issue 12, item 5): the
# Outcome Document's PDF requested from a running server (release build, the demo's
# 2019 forum), as a browser asks for it (`Accept-Encoding: gzip, br`):
#   - the first request after the server starts (typeset from nothing);
#   - the same request again (the kept copy);
#   - after each of EDITS edits of one approved outcome (its summary changed, its
#     version and time bumped in the database, as an approval or edit does), so that
#     the kept copy is stale and the document is typeset again in the same process;
#   - ROUNDS rounds of the four documents in the six languages, each after an edit,
#     with the server's resident memory after each round (Typst's memoized work is let
#     go after two compilations that do not use it, so it must level off).
# LibreOffice converting the same document's HTML version runs in the same session
# for comparison (`soffice --headless --convert-to pdf`, medians of 3).
#
#     cargo build --release --bin wsis && bash bench/document_rebuilds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/libreoffice.sh
BIN=${WSIS_BIN:-target/release/wsis}
EDITS=${EDITS:-5}
ROUNDS=${ROUNDS:-3}
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
WORK=$(mktemp -d)
PORT=18712
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
DB="$WORK/data/wsis.db"
BASE="http://127.0.0.1:$PORT"
get() { # get LANG FILE → seconds
  curl -sf -o "$WORK/doc" -H 'Accept-Encoding: gzip, br' -w '%{time_total}' \
    "$BASE/$1/forum/2019/outcomes/documents/$2"
}
n_edit=0
edit() { # changes one approved outcome, a different one each time
  n_edit=$((n_edit + 1))
  local s
  s=$(sqlite3 -cmd ".timeout 20000" "$DB" "SELECT session_id FROM forum_outcomes WHERE status = 'approved'
        ORDER BY session_id LIMIT 1 OFFSET $(( (n_edit * 37) % 200 ))")
  sqlite3 -cmd ".timeout 20000" "$DB" "UPDATE forum_outcomes SET version = version + 1, updated_at = updated_at + 1,
      data = json_set(data, '\$.summary', json_extract(data, '\$.summary') || ' (edited $n_edit)')
    WHERE session_id = $s"
}
rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "server resident memory before any document: $(rss) MiB"
first=$(get en outcome-document.pdf)
kept=$(get en outcome-document.pdf)
: > "$WORK/rebuilds"
for _ in $(seq 1 "$EDITS"); do edit; get en outcome-document.pdf >> "$WORK/rebuilds"; echo >> "$WORK/rebuilds"; done
printf '%-58s %8s\n' "Outcome Document (en), PDF, through the server" "time s"
printf '%-58s %8s\n' "first request after the start (typeset from nothing)" "$first"
printf '%-58s %8s\n' "same request again (kept copy)" "$kept"
printf '%-58s %8s\n' "after an edit of one outcome (median of $EDITS)" "$(median < "$WORK/rebuilds")"
echo "rebuild times: $(tr '\n' ' ' < "$WORK/rebuilds")"
echo "server resident memory now: $(rss) MiB"

echo
echo "Rounds: 4 documents × 6 languages, PDF, each after an edit"
for r in $(seq 1 "$ROUNDS"); do
  t0=$(date +%s.%N)
  for doc in outcome-document high-level-track action-lines-report sdg-matrix; do
    for l in ar zh en fr ru es; do edit; get "$l" "$doc.pdf" > /dev/null; done
  done
  t1=$(date +%s.%N)
  echo "round $r: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s, server resident memory $(rss) MiB"
done

curl -sf -o "$WORK/outcome.html" "$BASE/en/forum/2019/outcomes/documents/outcome-document.html"
: > "$WORK/lo"
for _ in 1 2 3; do
  soffice_pdf "$WORK/outcome.html" "$WORK" "%e" >> "$WORK/lo"
done
echo
echo "soffice --convert-to pdf of the HTML version, median of 3: $(median < "$WORK/lo") s"
