#!/usr/bin/env python3
"""Issue 14: uploads of 5 MB photos to the Photo Contest on a release `wsis serve` (the
demo): each is checked by its content, decoded, resized to three sizes and written to the
media store. Throughput with two uploads at a time (the machine's cores), then the
server's peak resident memory with eight uploads at once (the target: bounded, under
1 GB; decoding is limited to two images at a time).

    cargo build --release --bin wsis
    python3 bench/photo_uploads.py               # WSIS_BIN=target/release/wsis

The photos are 5 MB PNGs of 1,290 x 1,290 pixels of noise (incompressible, so the file
is as large as a camera's JPEG; decoding a PNG costs about what a JPEG of the same
pixels costs). Eight entrant accounts are made with `wsis admin create-user`.
"""
import concurrent.futures as cf
import http.cookiejar
import os
import random
import re
import struct
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
import zlib

BIN = os.environ.get("WSIS_BIN", "target/release/wsis")
PORT = int(os.environ.get("PORT", "18594"))
BASE = f"http://127.0.0.1:{PORT}"
SIDE = 1290


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def png(seed):
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + rnd.randbytes(SIDE * 3) for _ in range(SIDE))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", SIDE, SIDE, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


def opener_for(email, password):
    jar = http.cookiejar.CookieJar()
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = o.open(f"{BASE}/en/account/login").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    o.open(f"{BASE}/en/account/login", urllib.parse.urlencode({"csrf": token, "email": email, "password": password}).encode())
    return o


def form(o, path, fields):
    page = o.open(f"{BASE}{path}").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    return o.open(f"{BASE}{path}", urllib.parse.urlencode([("csrf", token)] + fields).encode())


def upload(o, data, n):
    page = o.open(f"{BASE}/en/photo-contest/2031/submit").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    b = "----wsisbench"
    parts = [("csrf", token), ("title", f"Bench photo {n}"), ("alt", "Noise"), ("caption", "Noise for the benchmark."),
             ("place", "Geneva"), ("taken_on", "2018-01-01"), ("sdgs", "9")]
    body = b"".join(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode() for k, v in parts)
    body += f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\nContent-Type: image/png\r\n\r\n".encode()
    body += data + f"\r\n--{b}--\r\n".encode()
    req = urllib.request.Request(f"{BASE}/en/photo-contest/2031/submit", data=body,
                                 headers={"Content-Type": f"multipart/form-data; boundary={b}"})
    t0 = time.monotonic()
    r = o.open(req, timeout=300)
    r.read()
    if "/submit" not in r.geturl() or r.status != 200:
        raise SystemExit(f"upload {n} failed")
    return time.monotonic() - t0


def main():
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "data")
        env = dict(os.environ, WSIS_LOG="warn")
        p = subprocess.Popen([BIN, "demo", "--data-dir", data, "--listen", f"127.0.0.1:{PORT}"], env=env)
        try:
            for _ in range(9000):
                try:
                    if urllib.request.urlopen(f"{BASE}/healthz", timeout=1).status == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            sec = opener_for("secretariat@wsis.example", "demo-secretariat-password")
            today = time.strftime("%Y-%m-%d", time.gmtime())
            later = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 3 * 86400))
            latest = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 6 * 86400))
            form(sec, "/en/photo-contest", [("year", "2031"), ("theme_en", "Bench"), ("submission_opens", today),
                                            ("submission_closes", later), ("announced_at", latest)])
            openers = []
            for i in range(8):
                email = f"bench{i}@example.org"
                subprocess.run([BIN, "admin", "create-user", "--data-dir", data, "--email", email, "--name", f"Bench {i}"],
                               env=dict(env, WSIS_NEW_PASSWORD="a long bench password"), check=True, capture_output=True)
                o = opener_for(email, "a long bench password")
                page = o.open(f"{BASE}/en/photo-contest/2031/submit").read().decode()
                token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
                o.open(f"{BASE}/en/photo-contest/2031/confirm",
                       urllib.parse.urlencode([("csrf", token), ("adult", "1"), ("rights", "1")]).encode())
                openers.append(o)
            photos = [png(i) for i in range(40)]
            print(f"photo size: {len(photos[0]) / 1e6:.1f} MB ({SIDE} x {SIDE} px)")
            # Eight at once, the peak memory.
            base = status(p.pid, "VmRSS")
            with open(f"/proc/{p.pid}/clear_refs", "w") as f:
                f.write("5")
            t0 = time.monotonic()
            with cf.ThreadPoolExecutor(8) as pool:
                times = list(pool.map(lambda i: upload(openers[i], photos[i], i), range(8)))
            wall = time.monotonic() - t0
            peak = status(p.pid, "VmHWM")
            print(f"8 at once: {wall:.2f} s in all, slowest {max(times):.2f} s; server resident {base:.0f} MB before, "
                  f"peak {peak:.0f} MB (+{peak - base:.0f} MB)")
            # Throughput: 32 more, two at a time.
            jobs = [(openers[i % 8], photos[8 + i], 8 + i) for i in range(32)]
            t0 = time.monotonic()
            with cf.ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda j: upload(*j), jobs))
            wall = time.monotonic() - t0
            mb = sum(len(photos[8 + i]) for i in range(32)) / 1e6
            print(f"32 uploads two at a time: {wall:.1f} s, {32 / wall:.2f} photos/s, {mb / wall:.1f} MB/s received")
        finally:
            p.terminate()
            p.wait()


if __name__ == "__main__":
    main()
