#!/usr/bin/env bash
# The 300-session agenda at 256 connections on loopback: the day page,
# schedule.json and schedule.ics from `wsis serve`, each against nginx
# serving the same bytes as a static file, in the same run, with wrk; and
# the compressed weight of the day page. The exports also as browsers and calendar
# apps ask for them (Accept-Encoding: gzip), against nginx's gzip_static serving the
# same compressed bytes.
#
#     bash bench/forum.sh            # uses target/release/wsis
#     REPEAT=5 DURATION=8s bash bench/forum.sh   # medians of 5 alternating runs per row
#     ONLY='ics' bash bench/forum.sh                # only the rows whose label matches
#
# Needs wrk and nginx (Debian packages; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
DURATION=${DURATION:-15s}
REPEAT=${REPEAT:-1}
CONNS=${CONNS:-256}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
done
WORK=$(mktemp -d)
PORT=18590; NGINX_PORT=18591
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
WSIS_PID=$!
trap 'kill $WSIS_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$WORK/www"
DAY=/en/forum/2019/agenda
JSON=/api/v1/forums/2019/schedule.json
ICS=/api/v1/forums/2019/schedule.ics
curl -sf "http://127.0.0.1:$PORT$DAY" -o "$WORK/www/day.html"
curl -sf "http://127.0.0.1:$PORT$JSON" -o "$WORK/www/schedule.json"
curl -sf "http://127.0.0.1:$PORT$ICS" -o "$WORK/www/schedule.ics"
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$JSON" -o "$WORK/www/schedule.json.gz"
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$ICS" -o "$WORK/www/schedule.ics.gz"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  gzip_static on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $DAY { default_type text/html; alias $WORK/www/day.html; }
    location = $JSON { default_type application/json; alias $WORK/www/schedule.json; }
    location = $ICS { default_type text/calendar; alias $WORK/www/schedule.ics; }
  }
}
CONF
chmod a+rx "$WORK" "$WORK/www"; chmod a+r "$WORK"/www/*
nginx -c "$WORK/nginx.conf"
sleep 0.5
# Same bytes, except each new visitor's CSRF token in the page's forms.
strip() { sed 's/name="csrf" value="[^"]*"//g'; }
for u in $DAY $JSON $ICS; do
  cmp <(curl -sf "http://127.0.0.1:$NGINX_PORT$u" | strip) <(curl -sf "http://127.0.0.1:$PORT$u" | strip) || { echo "nginx and wsis differ on $u"; exit 1; }
done
echo "day page: $(wc -c < "$WORK/www/day.html") bytes; gzip $(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$DAY" | wc -c) bytes; br $(curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$PORT$DAY" | wc -c) bytes"
run() { local u=$1; shift; wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$@" "$u"; }
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' <<<"$1"; }
echo
echo "| resource | bytes | wsis req/s | wsis p99 | nginx req/s | nginx p99 | ratio |"
echo "|---|---|---|---|---|---|---|"
# A returning visitor sends their CSRF cookie; a first visit gets a new token each time.
COOKIE=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$PORT$DAY" | tr -d '\r' | awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^wsis_csrf=/ {print $2}')
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.1f\n", v}'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
row() { # label url [wrk args]: REPEAT runs of each server, alternating; medians
  local label=$1 u=$2; shift 2
  [[ -z "${ONLY:-}" || "$label" =~ $ONLY ]] || return 0
  local ws="" ns="" wp="" np=""
  for _ in $(seq 1 "$REPEAT"); do
    W_OUT=$(run "http://127.0.0.1:$PORT$u" "$@"); N_OUT=$(run "http://127.0.0.1:$NGINX_PORT$u" "$@")
    ws+="$(rps "$W_OUT")"$'\n'; ns+="$(rps "$N_OUT")"$'\n'
    wp+="$(pct "$W_OUT" 99% | to_ms)"$'\n'; np+="$(pct "$N_OUT" 99% | to_ms)"$'\n'
  done
  W=$(printf '%s' "$ws" | median); N=$(printf '%s' "$ns" | median)
  R=$(awk -v w="$W" -v n="$N" 'BEGIN { printf "%.2f", w / n }')
  echo "| $label | $(curl -sf "http://127.0.0.1:$PORT$u" | wc -c) | $W | $(printf '%s' "$wp" | median)ms | $N | $(printf '%s' "$np" | median)ms | $R |"
}
row "day page, returning visitor" $DAY -H "Cookie: $COOKIE"
row "day page, first visit (new token each time)" $DAY
row "schedule.json" $JSON
row "schedule.ics" $ICS
row "schedule.json, Accept-Encoding: gzip" $JSON -H "Accept-Encoding: gzip"
row "schedule.ics, Accept-Encoding: gzip" $ICS -H "Accept-Encoding: gzip"
# What browsers and calendar apps send: wsis answers with Brotli, nginx (gzip_static) with gzip.
row "schedule.ics, Accept-Encoding: gzip, br" $ICS -H "Accept-Encoding: gzip, br"
