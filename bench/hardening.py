#!/usr/bin/env python3
"""Issue 10: the abusive requests of the review, replayed against a release `wsis serve`,
with the server's memory watched. Each case runs on a freshly started server, so that its
peak resident memory (VmHWM) is the case's own.

  filters  four requests at once of the search page with 3,000 `f=` filters (a 36 KB URL),
           while an ordinary search is timed
  export   eight full JSON exports at once of ENTRIES entries, while an ordinary search is
           timed
  upload   four image uploads at once of 8000 x 5000 pixels (refused from the header), then
           four of 6000 x 4000 (decoded two at a time)

    cargo build --release --bin wsis
    ENTRIES=20680 python3 bench/hardening.py        # WSIS_BIN=target/release/wsis
    CASES=upload python3 bench/hardening.py          # only some: filters, export, upload
"""
import concurrent.futures as cf
import http.cookiejar
import os
import re
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zlib

BIN = os.environ.get("WSIS_BIN", "target/release/wsis")
ENTRIES = int(os.environ.get("ENTRIES", "20680"))
CASES = os.environ.get("CASES", "filters,export,upload").split(",")
PORT = int(os.environ.get("PORT", "18490"))
BASE = f"http://127.0.0.1:{PORT}"


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_healthy(proc, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"wsis exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit("wsis did not become healthy in time")


def serve(data, cmd="serve"):
    env = dict(os.environ, WSIS_LOG="warn")
    p = subprocess.Popen(
        [BIN, cmd, "--data-dir", data, "--listen", f"127.0.0.1:{PORT}"], env=env
    )
    wait_healthy(p, 600)
    return p


def stop(p):
    p.terminate()
    p.wait()


def get(path, timeout=120, headers=None):
    req = urllib.request.Request(BASE + path, headers=headers or {})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            n = len(r.read())
            code = r.status
    except urllib.error.HTTPError as e:
        n = len(e.read())
        code = e.code
    return code, n, time.monotonic() - t0


def timed_searches(stop_at):
    """Ordinary searches, one after another, until `stop_at` (monotonic)."""
    times = []
    while time.monotonic() < stop_at:
        _, _, t = get("/api/v1/stocktaking/entries?q=digital&limit=20")
        times.append(t * 1000)
    return times


def reset_peak(pid):
    """Starts VmHWM again from the current resident size (Linux: clear_refs 5)."""
    with open(f"/proc/{pid}/clear_refs", "w") as f:
        f.write("5")


def run_case(name, data, work, prepare=lambda: None):
    p = serve(data)
    # A baseline search latency on the idle server, and what the case needs first (the
    # sign-ins of the uploads: argon2id takes its memory per sign-in), outside the peak.
    idle = timed_searches(time.monotonic() + 2)
    ready = prepare()
    reset_peak(p.pid)
    base_rss = status(p.pid, "VmRSS")
    with cf.ThreadPoolExecutor(max_workers=16) as pool:
        t0 = time.monotonic()
        jobs = work(pool, ready) if ready is not None else work(pool)
        searches = pool.submit(timed_searches, time.monotonic() + 2)
        results = [j.result() for j in jobs]
        wall = time.monotonic() - t0
        during = searches.result()
    peak = status(p.pid, "VmHWM")
    stop(p)
    codes = sorted({r[0] for r in results})
    print(
        f"| {name} | {codes} | {wall:.2f} s | {base_rss:.0f} MB | {peak:.0f} MB | "
        f"{statistics.median(idle):.1f} ms | {statistics.median(during):.1f} ms |"
    )
    return results


def filters_case(pool):
    values = [f"country:{a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    facets = ["sdg", "action_line", "country", "region", "target"]
    fs = []
    for i in range(3000):
        fs.append(values[i % len(values)] if i % 2 else f"{facets[i % 5]}:{i}")
    qs = urllib.parse.urlencode([("f", f) for f in fs])
    return [pool.submit(get, f"/en/stocktaking?{qs}") for _ in range(4)]


def export_case(pool):
    return [pool.submit(get, "/api/v1/stocktaking/export/json", 600) for _ in range(8)]


def png(w, h):
    """A gradient PNG (RGB), written row by row."""
    raw = bytearray()
    row = bytes((x * 7) & 0xFF for x in range(w * 3))
    for y in range(h):
        raw.append(0)
        raw += row[y % 3 :] + row[: y % 3]
    def chunk(kind, body):
        c = struct.pack(">I", len(body)) + kind + body
        return c + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(raw), 6))
        + chunk(b"IEND", b"")
    )


def signed_in(email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{BASE}/en/account/login").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrf": token, "email": email, "password": password}).encode()
    opener.open(f"{BASE}/en/account/login", body)
    return opener


def sign_ins(n):
    def prepare():
        return [signed_in("secretariat@wsis.example", "demo-secretariat-password") for _ in range(n)]
    return prepare


def upload_case(files):
    def work(pool, openers):
        def one(data, opener):
            page = opener.open(f"{BASE}/en/stocktaking/entries/1/images").read().decode()
            token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            boundary = "----wsisbench"
            body = (
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA gradient\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"g.png\"\r\n"
                f"Content-Type: image/png\r\n\r\n"
            ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
            req = urllib.request.Request(
                f"{BASE}/en/stocktaking/entries/1/images",
                data=body,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
            t0 = time.monotonic()
            try:
                r = opener.open(req, timeout=120)
                code = r.status
                r.read()
            except urllib.error.HTTPError as e:
                code = e.code
            return code, len(data), time.monotonic() - t0
        return [pool.submit(one, f, o) for f, o in zip(files, openers)]
    return work


def main():
    data = tempfile.mkdtemp(prefix="wsis-bench-hardening-")
    env = dict(os.environ, WSIS_LOG="warn")
    # The demo content, then generated entries up to ENTRIES published ones.
    p = serve(data, "demo")
    stop(p)
    subprocess.run(
        [BIN, "demo-data", "--data-dir", data, "--count", str(ENTRIES)], env=env, check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"wsis {BIN}, {ENTRIES} generated entries, {os.cpu_count()} cores")
    print("| case | answers | wall | RSS before | peak RSS during | search p50 idle | search p50 during |")
    print("|---|---|---|---|---|---|---|")
    if "filters" in CASES:
        run_case("4 × search page with 3,000 filters", data, filters_case)
    if "export" in CASES:
        run_case("8 × full JSON export", data, export_case)
    if "upload" in CASES:
        big = png(8000, 5000)
        run_case(f"4 × upload 8000×5000 PNG ({len(big) // 1024} KB)", data, upload_case([big] * 4), sign_ins(4))
        ok = png(6000, 4000)
        run_case(f"4 × upload 6000×4000 PNG ({len(ok) // 1024} KB)", data, upload_case([ok] * 4), sign_ins(4))


if __name__ == "__main__":
    main()
