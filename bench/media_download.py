#!/usr/bin/env python3
"""Issue 14: a 20 MB session document served from the media store, from the local folder
and from an S3-protocol server (moto on loopback): time to first byte and to the last
byte, and the server's resident memory, for one download and for eight at once, as a
browser asks (`Accept-Encoding: gzip, br`). Streamed, the server's memory must not grow
with the file's size: the peak during the downloads is compared with the resident size
before them.

    cargo build --release --bin wsis
    python3 bench/media_download.py                 # WSIS_BIN=target/release/wsis
    STORES=local python3 bench/media_download.py    # only one: local, s3

The S3 case starts .ci/s3-server (moto) itself. Each store gets a fresh `demo` (its
accounts and its 2019 forum); the secretariat uploads the document to session 1.
"""
import concurrent.futures as cf
import http.client
import http.cookiejar
import os
import re
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

BIN = os.environ.get("WSIS_BIN", "target/release/wsis")
STORES = os.environ.get("STORES", "local,s3").split(",")
PORT = int(os.environ.get("PORT", "18590"))
BASE = f"http://127.0.0.1:{PORT}"
SIZE = 20 * 1024 * 1024 - 4096


def status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak(pid):
    with open(f"/proc/{pid}/clear_refs", "w") as f:
        f.write("5")


def serve(data, env):
    p = subprocess.Popen(
        [BIN, "demo", "--data-dir", data, "--listen", f"127.0.0.1:{PORT}"],
        env=dict(os.environ, WSIS_LOG="warn", **env),
    )
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if p.poll() is not None:
            raise SystemExit(f"wsis exited with {p.returncode}")
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=1) as r:
                if r.status == 200:
                    return p
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("wsis did not become healthy in time")


def pdf():
    lines = [b"%PDF-1.4\n"]
    n, i = 9, 0
    while n < SIZE - 6:
        line = f"% {i:012d} filler line of a large conference document\n".encode()
        lines.append(line)
        n += len(line)
        i += 1
    lines.append(b"%%EOF\n")
    return b"".join(lines)


def upload(doc):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{BASE}/en/account/login").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode(
        {"csrf": token, "email": "secretariat@wsis.example", "password": "demo-secretariat-password"}
    ).encode()
    opener.open(f"{BASE}/en/account/login", body)
    page = opener.open(f"{BASE}/en/forum/proposals/1/documents").read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    boundary = "----wsisbench"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLarge paper\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.pdf\"\r\n"
        f"Content-Type: application/pdf\r\n\r\n"
    ).encode() + doc + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(
        f"{BASE}/en/forum/proposals/1/documents",
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    t0 = time.monotonic()
    r = opener.open(req, timeout=300)
    r.read()
    took = time.monotonic() - t0
    page = opener.open(f"{BASE}/en/forum/proposals/1/documents").read().decode()
    href = re.findall(r'href="(/en/forum/2019/documents/\d+/large\.pdf)"', page)
    if not href:
        raise SystemExit("the upload did not show on the documents page")
    return href[-1], took


def download(path):
    """(time to first byte, time to the last byte, bytes) of one GET as a browser sends it."""
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=300)
    t0 = time.monotonic()
    c.request("GET", path, headers={"Accept-Encoding": "gzip, br"})
    r = c.getresponse()
    first = r.read(1)
    ttfb = time.monotonic() - t0
    n = len(first)
    while True:
        chunk = r.read(1 << 16)
        if not chunk:
            break
        n += len(chunk)
    total = time.monotonic() - t0
    enc = r.getheader("Content-Encoding") or "identity"
    c.close()
    return ttfb, total, n, enc


def case(name, env):
    with tempfile.TemporaryDirectory() as work:
        p = serve(os.path.join(work, "data"), env)
        try:
            doc = pdf()
            href, took = upload(doc)
            print(f"[{name}] upload of {len(doc) / 1e6:.1f} MB: {took:.2f} s")
            download(href)  # warm
            for parallel in (1, 8):
                base = status(p.pid, "VmRSS")
                reset_peak(p.pid)
                with cf.ThreadPoolExecutor(parallel) as pool:
                    t0 = time.monotonic()
                    rs = list(pool.map(lambda _: download(href), range(parallel)))
                    wall = time.monotonic() - t0
                peak = status(p.pid, "VmHWM")
                assert all(r[2] == len(doc) for r in rs), [r[2] for r in rs]
                ttfb = sorted(r[0] * 1000 for r in rs)
                total = sorted(r[1] for r in rs)
                print(
                    f"[{name}] {parallel} at once: first byte median {ttfb[len(ttfb) // 2]:.1f} ms "
                    f"(max {ttfb[-1]:.1f}), last byte max {total[-1]:.2f} s, "
                    f"{parallel * len(doc) / wall / 1e6:.0f} MB/s in all, encoding {rs[0][3]}; "
                    f"server resident {base:.0f} MB before, peak {peak:.0f} MB "
                    f"(+{peak - base:.0f} MB for {parallel} x {len(doc) / 1e6:.0f} MB)"
                )
        finally:
            p.terminate()
            p.wait()


def main():
    if "local" in STORES:
        case("local folder", {})
    if "s3" in STORES:
        out = subprocess.run([".ci/s3-server", "start"], capture_output=True, text=True, check=True).stdout
        env = dict(re.findall(r"export (\w+)=(\S+)", out))
        try:
            case("S3 (moto)", {**env, "WSIS_MEDIA_URL": "s3://wsis-test/bench"})
        finally:
            subprocess.run([".ci/s3-server", "stop", env["S3_SERVER_PID"]])


if __name__ == "__main__":
    main()
