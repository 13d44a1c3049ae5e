#!/usr/bin/env python3
"""Time to rebuild every export of the 300-session agenda after one change.

Starts `wsis demo` (WSIS Forum 2019: 20 rooms, 320 sessions), signs in as
the secretariat, and RUNS times: takes one session off the schedule (or
puts it back), publishes a new version through the schedule editor's
forms, then fetches every export of the new version once: schedule.json,
.xml, .ics, .xcal, .csv, the iCalendar feed of each of the 20 rooms and
each of the 5 days (30 files). Exports are built lazily, on the first
request after a publication, so the first round is the rebuild; a second
round of the same requests, served from memory, is reported beside it.

    python3 bench/export_rebuild.py          # uses target/release/wsis
"""
import http.cookiejar, os, re, statistics, subprocess, sys, tempfile, time
import urllib.parse, urllib.request

BIN = os.environ.get("WSIS_BIN", "target/release/wsis")
RUNS = int(os.environ.get("RUNS", "10"))
PORT = 18620
BASE = f"http://127.0.0.1:{PORT}"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(BASE + path, timeout=60) as r:
        return r.read()


def post(path, fields):
    csrf = next(c.value for c in jar if c.name == "wsis_csrf")
    data = urllib.parse.urlencode([("csrf", csrf)] + fields).encode()
    with opener.open(BASE + path, data=data, timeout=60) as r:
        return r.read()


def main():
    data = tempfile.mkdtemp(prefix="wsis-bench-")
    proc = subprocess.Popen(
        [BIN, "demo", "--data-dir", data, "--listen", f"127.0.0.1:{PORT}"],
        env={**os.environ, "WSIS_LOG": "warn"},
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                get("/healthz")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    sys.exit("wsis demo did not start")
                time.sleep(0.2)
        get("/en/account/login")
        post("/en/account/login", [("email", "secretariat@wsis.example"),
                                   ("password", "demo-secretariat-password")])
        rooms = sorted(set(re.findall(r'/en/forum/2019/rooms/([A-Za-z0-9-]+)"',
                                      get("/en/forum/2019/agenda/grid").decode())))
        days = [f"2019-04-{d:02}" for d in range(8, 13)]
        exports = [f"/api/v1/forums/2019/schedule.{x}" for x in ("json", "xml", "ics", "xcal", "csv")]
        exports += [f"/api/v1/forums/2019/rooms/{r}/schedule.ics" for r in rooms]
        exports += [f"/api/v1/forums/2019/days/{d}/schedule.ics" for d in days]
        assert len(rooms) == 20, rooms
        cold, warm, sizes = [], [], 0
        for i in range(RUNS):
            editor = get("/en/forum/2019/manage/schedule?day=2019-04-10").decode()
            form = re.search(r'action="/en/forum/2019/manage/schedule/place".*?name="session" value="(\d+)">'
                             r'<input type="hidden" name="version" value="(\d+)">', editor, re.S)
            session, version = form.group(1), form.group(2)
            # One change: this session leaves the schedule, then comes back.
            date = re.search(r'<option value="(2019-04-\d\d)" selected>', editor[form.end():]).group(1)
            start = re.search(r'name="start" value="([0-9:]+)"', editor[form.end():]).group(1)
            end = re.search(r'name="end" value="([0-9:]+)"', editor[form.end():]).group(1)
            room = re.search(r'name="room">.*?<option value="(\d+)" selected>', editor[form.end():], re.S).group(1)
            if i % 2 == 0:
                post("/en/forum/2019/manage/schedule/unplace", [("session", session), ("version", version)])
            else:
                post("/en/forum/2019/manage/schedule/place", [("session", session), ("version", version),
                     ("date", date), ("start", start), ("end", end), ("room", room), ("force", "1")])
            based_on = re.search(r'name="based_on" value="(\d+)"',
                                 get("/en/forum/2019/manage/schedule").decode()).group(1)
            post("/en/forum/2019/manage/schedule/publish", [("based_on", based_on), ("note", f"bench {i}")])
            t0 = time.perf_counter()
            sizes = sum(len(get(u)) for u in exports)
            cold.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            for u in exports:
                get(u)
            warm.append(time.perf_counter() - t0)
        ms = lambda xs: f"median {statistics.median(xs) * 1000:.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"
        print(f"{len(exports)} exports, {sizes:,} bytes in all, {RUNS} publications")
        print(f"first fetch after a publication (rebuild): {ms(cold)}")
        print(f"second fetch (from memory):                {ms(warm)}")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
