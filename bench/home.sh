#!/usr/bin/env bash
# The home page at 64 connections on loopback: wsis serve against nginx
# serving the same bytes as a static file, in the same run, with wrk.
#
#     bash bench/home.sh            # uses target/release/wsis
#
# Needs wrk and nginx (Debian packages; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
DURATION=${DURATION:-15s}
CONNS=${CONNS:-64}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
done
WORK=$(mktemp -d)
PORT=18490; NGINX_PORT=18491
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
WSIS_PID=$!
trap 'kill $WSIS_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$WORK/www"
curl -sf "http://127.0.0.1:$PORT/en" -o "$WORK/www/en.html"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /en { default_type text/html; alias $WORK/www/en.html; }
  }
}
CONF
chmod a+rx "$WORK" "$WORK/www"; chmod a+r "$WORK/www/en.html"   # nginx workers run unprivileged
nginx -c "$WORK/nginx.conf"
sleep 0.5
# Both must answer 200 with the same bytes, or the comparison means nothing.
cmp <(curl -sf "http://127.0.0.1:$NGINX_PORT/en") "$WORK/www/en.html" || { echo "nginx does not serve the page"; exit 1; }
run() { wrk -t2 -c"$CONNS" -d"$DURATION" --latency "$1"; }
echo "page size: $(wc -c < "$WORK/www/en.html") bytes (uncompressed; wrk sends no Accept-Encoding)"
echo "--- wsis"; WSIS_OUT=$(run "http://127.0.0.1:$PORT/en"); echo "$WSIS_OUT"
echo "--- nginx"; NGINX_OUT=$(run "http://127.0.0.1:$NGINX_PORT/en"); echo "$NGINX_OUT"
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' <<<"$1"; }
W=$(rps "$WSIS_OUT"); N=$(rps "$NGINX_OUT")
echo
echo "| server | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| wsis serve | $W | $(pct "$WSIS_OUT" 50%) | $(pct "$WSIS_OUT" 99%) |"
echo "| nginx (same bytes, static file) | $N | $(pct "$NGINX_OUT" 50%) | $(pct "$NGINX_OUT" 99%) |"
awk -v w="$W" -v n="$N" 'BEGIN { printf "ratio wsis/nginx: %.2f\n", w / n }'
