#!/usr/bin/env python3
"""Time to first paint of a page in Debian's headless Chromium, median over runs.

    firstpaint.py URL [RUNS] [WIDTHxHEIGHT]

Drives /usr/bin/chromedriver over the W3C WebDriver HTTP protocol (no Selenium needed), a fresh
browser profile per run so that nothing comes from the browser's cache, and reads the Paint
Timing API (`first-paint`, `first-contentful-paint`) and Navigation Timing (`responseEnd`,
`domContentLoadedEventEnd`, `loadEventEnd`, the body's `encodedBodySize`/`decodedBodySize`).
Prints one line per run and the medians; used by serving.sh.
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["value"]


SCRIPT = """
const paint = {};
performance.getEntriesByType('paint').forEach(e => paint[e.name] = e.startTime);
const nav = performance.getEntriesByType('navigation')[0];
return {fp: paint['first-paint'], fcp: paint['first-contentful-paint'],
        response: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        encoded: nav.encodedBodySize, decoded: nav.decodedBodySize};
"""


def measure(base, url, size):
    w, h = (int(x) for x in size.split("x"))
    profile = tempfile.mkdtemp(prefix="firstpaint-")
    try:
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", "--disable-sync",
                     "--disable-dev-shm-usage", "--user-data-dir=" + profile, f"--window-size={w},{h}"]}}}}
        session = call(base, "POST", "/session", caps)["sessionId"]
        try:
            call(base, "POST", f"/session/{session}/url", {"url": url})
            for _ in range(100):
                m = call(base, "POST", f"/session/{session}/execute/sync", {"script": SCRIPT, "args": []})
                if m["fcp"] is not None and m["load"]:
                    return m
                time.sleep(0.05)
            return m
        finally:
            call(base, "DELETE", f"/session/{session}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    url = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    size = sys.argv[3] if len(sys.argv) > 3 else "1280x900"
    port = free_port()
    driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        rows = []
        for i in range(runs):
            m = measure(base, url, size)
            rows.append(m)
            print(f"run {i + 1}: first paint {m['fp']:.0f} ms, first contentful paint {m['fcp']:.0f} ms, "
                  f"DOMContentLoaded {m['dcl']:.0f} ms, load {m['load']:.0f} ms, "
                  f"{m['encoded']} bytes on the wire, {m['decoded']} decoded")
        med = {k: statistics.median(r[k] for r in rows) for k in ("fp", "fcp", "dcl", "load")}
        print(f"median of {runs} ({size}): first paint {med['fp']:.0f} ms, first contentful paint "
              f"{med['fcp']:.0f} ms, DOMContentLoaded {med['dcl']:.0f} ms, load {med['load']:.0f} ms, "
              f"{rows[0]['decoded']} bytes of HTML")
    finally:
        driver.terminate()
        driver.wait()


if __name__ == "__main__":
    main()
