#!/usr/bin/env python3
"""Cold start and idle memory of `wsis serve` on an existing database.

Cold start: time from spawning the process until /healthz answers 200,
on a database that already exists (migrated, with demo accounts).
Idle memory: VmRSS of the process after start and 20 page requests, then
2 s idle. Repeated RUNS times; prints the median, min and max.

    python3 bench/startup.py            # uses target/release/wsis
"""
import os, socket, statistics, subprocess, sys, tempfile, time, urllib.request

BIN = os.environ.get("WSIS_BIN", "target/release/wsis")
RUNS = int(os.environ.get("RUNS", "10"))
PORT = 18480

def wait_healthy(proc, deadline):
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"wsis exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", PORT), timeout=0.05) as s:
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return
        except OSError:
            pass
        time.sleep(0.001)
    raise SystemExit("wsis did not become healthy in time")

def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

def main():
    data = tempfile.mkdtemp(prefix="wsis-bench-")
    args = ["--data-dir", data, "--listen", f"127.0.0.1:{PORT}"]
    env = dict(os.environ, WSIS_LOG="warn")
    # Create the database once (migrations, reference data, demo accounts).
    p = subprocess.Popen([BIN, "demo", *args], env=env)
    wait_healthy(p, time.monotonic() + 60)
    p.terminate(); p.wait()
    starts, rss = [], []
    for _ in range(RUNS):
        t0 = time.monotonic()
        p = subprocess.Popen([BIN, "serve", *args], env=env)
        wait_healthy(p, time.monotonic() + 30)
        starts.append((time.monotonic() - t0) * 1000)
        for path in ["/en", "/ar/sdgs", "/fr/action-lines", "/zh/account/login"] * 5:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}").read()
        time.sleep(2)
        rss.append(rss_kib(p.pid) / 1024)
        p.terminate(); p.wait()
    print(f"cold start of wsis serve (ms, {RUNS} runs): median {statistics.median(starts):.0f}, min {min(starts):.0f}, max {max(starts):.0f}")
    print(f"idle resident memory (MB): median {statistics.median(rss):.1f}, min {min(rss):.1f}, max {max(rss):.1f}")

if __name__ == "__main__":
    main()
