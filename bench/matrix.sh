#!/usr/bin/env bash
# The WSIS–SDG Matrix at 64 connections on loopback (issue 12): the public matrix page
# and its JSON from `wsis demo`, each against nginx serving the same bytes in the same
# run, as browsers ask for them (Accept-Encoding: gzip, br) against nginx's gzip_static
# serving the same gzip bytes, and uncompressed. Medians of REPEAT alternating runs.
#
#     cargo build --release --bin wsis && REPEAT=3 DURATION=8s bash bench/matrix.sh
#
# Needs wrk and nginx (Debian packages; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
DURATION=${DURATION:-10s}
REPEAT=${REPEAT:-3}
CONNS=${CONNS:-64}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
done
WORK=$(mktemp -d)
PORT=18690; NGINX_PORT=18691
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
WSIS_PID=$!
trap 'kill $WSIS_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
PAGE=/en/matrix
JSON=/api/v1/matrix
# The same bytes for nginx: plain, and the gzip wsis sends (for gzip_static).
mkdir -p "$WORK/www/p" "$WORK/www/j"
curl -sf "http://127.0.0.1:$PORT$PAGE" -o "$WORK/www/p/matrix"
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$PAGE" -o "$WORK/www/p/matrix.gz"
curl -sf "http://127.0.0.1:$PORT$JSON" -o "$WORK/www/j/matrix"
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$JSON" -o "$WORK/www/j/matrix.gz"
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
    location = $PAGE { default_type text/html; alias $WORK/www/p/matrix; }
    location = $JSON { default_type application/json; alias $WORK/www/j/matrix; }
  }
}
CONF
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf"
sleep 0.5
for u in $PAGE $JSON; do
  cmp <(curl -sf "http://127.0.0.1:$NGINX_PORT$u") <(curl -sf "http://127.0.0.1:$PORT$u") || { echo "nginx and wsis differ on $u"; exit 1; }
done
echo "matrix page: $(wc -c < "$WORK/www/p/matrix") bytes, gzip $(wc -c < "$WORK/www/p/matrix.gz"), br $(curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$PORT$PAGE" | wc -c); JSON: $(wc -c < "$WORK/www/j/matrix") bytes, gzip $(wc -c < "$WORK/www/j/matrix.gz")"
run() { local u=$1; shift; wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$@" "$u"; }
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "| resource | wsis req/s | nginx req/s | ratio |"
echo "|---|---|---|---|"
row() { # label url wsis-encoding nginx-encoding
  local label=$1 u=$2 we=$3 ne=$4 ws="" ns=""
  for _ in $(seq 1 "$REPEAT"); do
    ws+="$(rps "$(run "http://127.0.0.1:$PORT$u" -H "Accept-Encoding: $we")")"$'\n'
    ns+="$(rps "$(run "http://127.0.0.1:$NGINX_PORT$u" -H "Accept-Encoding: $ne")")"$'\n'
  done
  local w n
  w=$(printf '%s' "$ws" | median); n=$(printf '%s' "$ns" | median)
  printf '| %s | %.0f | %.0f | %.2f |\n' "$label" "$w" "$n" "$(awk -v a="$w" -v b="$n" 'BEGIN {print a / b}')"
}
row "matrix page, Accept-Encoding: gzip, br (nginx: gzip_static)" $PAGE "gzip, br" "gzip, br"
row "matrix JSON, Accept-Encoding: gzip, br (nginx: gzip_static)" $JSON "gzip, br" "gzip, br"
row "matrix page, identity" $PAGE identity identity
row "matrix JSON, identity" $JSON identity identity
