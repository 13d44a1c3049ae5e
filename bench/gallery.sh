#!/usr/bin/env bash
# Issue 14: the Photo Contest's gallery (the demo's 2019 contest, 24 photos a page) at 64
# connections on loopback, as a browser asks for it (Accept-Encoding: gzip, br): wsis
# serve against nginx serving the same page precompressed (gzip_static), in the same run,
# with wrk. Then the page's weight as a browser loads it: the compressed HTML, the
# stylesheet and the 24 thumbnails its srcset picks on a 1x screen.
#
#     bash bench/gallery.sh            # uses target/release/wsis
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${WSIS_BIN:-target/release/wsis}
DURATION=${DURATION:-15s}
CONNS=${CONNS:-64}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; }
done
WORK=$(mktemp -d)
PORT=18492; NGINX_PORT=18493
PAGE=/en/photo-contest/2019/gallery
WSIS_LOG=warn "$BIN" demo --data-dir "$WORK/data" --listen "127.0.0.1:$PORT" &
WSIS_PID=$!
trap 'kill $WSIS_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$WORK/www"
curl -sf "http://127.0.0.1:$PORT$PAGE" -o "$WORK/www/gallery.html"
gzip -9 -k "$WORK/www/gallery.html"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $PAGE { default_type text/html; alias $WORK/www/gallery.html; }
  }
}
CONF
chmod -R a+rX "$WORK/www"; chmod a+rx "$WORK"
nginx -c "$WORK/nginx.conf"
sleep 0.5
cmp <(curl -sf --compressed "http://127.0.0.1:$NGINX_PORT$PAGE") "$WORK/www/gallery.html" || { echo "nginx does not serve the page"; exit 1; }
AE='Accept-Encoding: gzip, br'
echo "wsis answers with: $(curl -sf -D - -o /dev/null -H "$AE" "http://127.0.0.1:$PORT$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}'), nginx with: $(curl -sf -D - -o /dev/null -H "$AE" "http://127.0.0.1:$NGINX_PORT$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')"
run() { wrk -t2 -c"$CONNS" -d"$DURATION" --latency -H "$AE" "$1"; }
echo "--- wsis"; WSIS_OUT=$(run "http://127.0.0.1:$PORT$PAGE"); echo "$WSIS_OUT"
echo "--- nginx"; NGINX_OUT=$(run "http://127.0.0.1:$NGINX_PORT$PAGE"); echo "$NGINX_OUT"
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' <<<"$1"; }
W=$(rps "$WSIS_OUT"); N=$(rps "$NGINX_OUT")
echo
echo "| server | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| wsis serve | $W | $(pct "$WSIS_OUT" 50%) | $(pct "$WSIS_OUT" 99%) |"
echo "| nginx (same page, gzip_static) | $N | $(pct "$NGINX_OUT" 50%) | $(pct "$NGINX_OUT" 99%) |"
awk -v w="$W" -v n="$N" 'BEGIN { printf "ratio wsis/nginx: %.2f\n", w / n }'
# The weight: what a browser downloads for the page on a 1x screen.
html=$(curl -sf -H "$AE" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$PAGE")
css_href=$(grep -o 'href="/static/style.css[^"]*"' "$WORK/www/gallery.html" | head -1 | cut -d'"' -f2)
css=$(curl -sf -H "$AE" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$css_href")
thumbs=0; n=0; largest=0
for u in $(grep -o 'src="/media/photos/[^"]*-320.jpg"' "$WORK/www/gallery.html" | cut -d'"' -f2); do
  b=$(curl -sf -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$u"); thumbs=$((thumbs + b)); n=$((n + 1))
  [ "$b" -gt "$largest" ] && largest=$b
done
echo "weight: HTML $html B (compressed) + stylesheet $css B + $n thumbnails $thumbs B (largest $largest B) = $((html + css + thumbs)) B"
