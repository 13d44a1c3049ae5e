#!/usr/bin/env bash
# The Outcome Document of the 320-session demo forum (issue 12, item 5): `wsis report
# outcome` typesetting it as PDF (Typst, in process), side by side in the same run with
# LibreOffice headless (`soffice --headless --convert-to pdf`) converting our own HTML
# version of the same document. Wall time, peak memory (GNU time's maximum resident set)
# and page count; medians of REPEAT alternating runs. Each run is a whole process, as a
# user runs it: start, read the database, typeset, write the file.
#
#     cargo build --release --bin wsis && REPEAT=3 bash bench/outcome_document.sh
#
# Needs soffice (Debian libreoffice-writer-nogui), GNU time and pdfinfo (poppler-utils);
# installed if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/libreoffice.sh
BIN=${WSIS_BIN:-target/release/wsis}
REPEAT=${REPEAT:-3}
LANG_DOC=${LANG_DOC:-en}
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
[ -x /usr/bin/time ] || need+=(time)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PORT=18710
# The demo forum: seeded by `wsis demo`, which is then stopped.
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
PID=$!
for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
kill -TERM $PID; wait $PID || true
report() { "$BIN" report outcome --data-dir "$WORK/data" --forum 2019 --lang "$LANG_DOC" "$@"; }
report --format html -o "$WORK/outcome.html" >/dev/null
echo "HTML version: $(wc -c < "$WORK/outcome.html") bytes"
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: > "$WORK/wsis.txt"; : > "$WORK/lo.txt"
for i in $(seq 1 "$REPEAT"); do
  /usr/bin/time -f "%e %M" -o "$WORK/t" "$BIN" report outcome --data-dir "$WORK/data" --forum 2019 \
    --lang "$LANG_DOC" --format pdf -o "$WORK/wsis.pdf" >/dev/null
  cat "$WORK/t" >> "$WORK/wsis.txt"
  soffice_pdf "$WORK/outcome.html" "$WORK" "%e %M" >> "$WORK/lo.txt"
done
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
w_s=$(awk '{print $1}' "$WORK/wsis.txt" | median); w_m=$(awk '{print $2}' "$WORK/wsis.txt" | median)
l_s=$(awk '{print $1}' "$WORK/lo.txt" | median); l_m=$(awk '{print $2}' "$WORK/lo.txt" | median)
echo
printf '%-34s %8s %7s %14s\n' "Outcome Document ($LANG_DOC), PDF" "time s" "pages" "peak RSS MiB"
printf '%-34s %8s %7s %14s\n' "wsis report outcome (Typst)" "$w_s" "$(pages "$WORK/wsis.pdf")" "$(awk -v k="$w_m" 'BEGIN {printf "%.0f", k/1024}')"
printf '%-34s %8s %7s %14s\n' "soffice --convert-to pdf (HTML)" "$l_s" "$(pages "$WORK/lo-out/outcome.pdf")" "$(awk -v k="$l_m" 'BEGIN {printf "%.0f", k/1024}')"
awk -v a="$w_s" -v b="$l_s" 'BEGIN {printf "\nLibreOffice / wsis: %.1f× (runs: %d)\n", b/a, '"$REPEAT"'}'
