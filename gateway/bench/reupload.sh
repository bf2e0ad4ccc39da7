#!/usr/bin/env bash
# How soon a re-upload serves repaired text, with the summarizer down and up (issue 12, point 1).
#
#   gateway/bench/reupload.sh            # RUNS=3 by default
#
# 1. starts parser-service, summarizer-service (offline engine) and the gateway from their jars on an
#    empty H2 store and repairs the digest (default ../shared/corpus/daily-arxiv-ai-enhanced/md/2026-06-09.md);
# 2. RUNS times: stops the summarizer, re-uploads the digest with one more TL;DR changed, and times
#    the PUT until GET .md serves repaired text (X-Digest-Repair partial or repaired), counting the
#    lines with Chinese in what is served against those of the upload; starts the summarizer again and
#    lets the job finish; then, summarizer up, re-uploads with another TL;DR changed and times the PUT
#    until repaired text is served and until the job is DONE and its digest served;
# 3. prints the medians.
#
# Needs: JDK 25, the jars (./mvnw -pl parser-service,summarizer-service,gateway -am package -DskipTests),
# curl, python3.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIGEST=${DIGEST:-$ROOT/../shared/corpus/daily-arxiv-ai-enhanced/md/2026-06-09.md}
NAME=${NAME:-$(basename "$DIGEST" .md)}
RUNS=${RUNS:-3}
BASE_PORT=${BASE_PORT:-19180}
GATEWAY_PORT=$BASE_PORT
PARSER_PORT=$((BASE_PORT + 1))
SUMMARIZER_PORT=$((BASE_PORT + 2))

die() { echo "reupload.sh: $*" >&2; exit 2; }

for tool in curl python3; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y curl python3)"
done
[ -f "$DIGEST" ] || die "no digest at $DIGEST"

# shellcheck source=gateway/bench/common.sh
source "$HERE/common.sh"
find_java

WORK=$(mktemp -d /tmp/gateway-reupload.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  remove_work
}
trap cleanup EXIT

copy_jars parser-service summarizer-service gateway

echo "== starting parser-service, summarizer-service (offline), gateway in $WORK"
start parser-service "$PARSER_PORT"
start gateway "$GATEWAY_PORT" PARSER_URL="http://127.0.0.1:$PARSER_PORT" \
  SUMMARIZER_URL="http://127.0.0.1:$SUMMARIZER_PORT" H2_FILE="$WORK/data/gateway" WATCH_ENABLED=false
healthy "$PARSER_PORT"; healthy "$GATEWAY_PORT"  # the summarizer is started by the measuring script
GW="http://127.0.0.1:$GATEWAY_PORT"

python3 - "$GW" "$NAME" "$DIGEST" "$RUNS" "$WORK" "$JAVA" "$SUMMARIZER_PORT" <<'PY'
import json, os, re, signal, statistics, subprocess, sys, time, urllib.request

base, name, digest, runs, work = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
java, summarizer_port = sys.argv[6], sys.argv[7]
summarizer = None

def start_summarizer():
    global summarizer
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env.update({"PORT": summarizer_port, "LLM_PROVIDER": "offline"})
    log = open(os.path.join(work, "summarizer-service.log"), "a")
    summarizer = subprocess.Popen([java, "-jar", os.path.join(work, "jars", "summarizer-service-0.1.0-SNAPSHOT-all.jar")],
                                  env=env, stdout=log, stderr=log)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{summarizer_port}/health")
            return
        except Exception:
            time.sleep(0.1)
    sys.exit("summarizer-service did not start")

def stop_summarizer():
    summarizer.terminate()
    summarizer.wait()
original = open(digest, "rb").read()
CJK = re.compile("[\u4e00-\u9fff]")

def call(method, path, body=None):
    req = urllib.request.Request(base + path, data=body, method=method,
                                 headers={"Content-Type": "text/markdown"} if body is not None else {})
    with urllib.request.urlopen(req) as r:
        return r.status, dict(r.headers), r.read()

def job(id):
    return json.loads(call("GET", "/api/jobs/" + id)[2])

def until_end(id):
    while True:
        j = job(id)
        if j["state"] in ("DONE", "FAILED", "CANCELLED"):
            return j
        time.sleep(0.05)

def until_served(start, want=("partial", "repaired")):
    while True:
        status, headers, body = call("GET", "/digests/" + name + ".md")
        if headers.get("X-Digest-Repair") in want:
            return time.monotonic() - start, headers.get("X-Digest-Repair"), body
        time.sleep(0.02)

def chinese_lines(b):
    return sum(1 for line in b.decode("utf-8", "replace").splitlines() if CJK.search(line))

def changed(n):
    # the n first TL;DR lines get one more character: n papers need a repair of their own
    lines = original.decode("utf-8").split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if line.startswith("TL;DR: ") and CJK.search(line):
            lines[i] = line + "。"
            seen += 1
            if seen == n:
                break
    return "\n".join(lines).encode("utf-8")

start_summarizer()
t0 = time.monotonic()
first = json.loads(call("PUT", "/api/digests/" + name, original)[2])
j = until_end(first["jobId"])
print(f"first repair: {time.monotonic() - t0:6.2f} s  state={j['state']} total={j['total']} summarized={j['summarized']}")
print(f"lines with Chinese in the upload: {chinese_lines(original)}")

down, up_first, up_done = [], [], []
version = 0
for run in range(1, runs + 1):
    stop_summarizer()
    version += 1
    body = changed(version)
    t0 = time.monotonic()
    created = json.loads(call("PUT", "/api/digests/" + name, body)[2])
    seconds, how, served = until_served(t0)
    j = job(created["jobId"])
    down.append(seconds)
    print(f"run {run}, summarizer down: repaired text served after {seconds:5.2f} s ({how}); "
          f"lines with Chinese served {chinese_lines(served)} (upload {chinese_lines(body)}); "
          f"job {j['state']} done={j['done']}/{j['total']} cached={j['cached']}")
    start_summarizer()
    until_end(created["jobId"])

    version += 1
    body = changed(version)
    t0 = time.monotonic()
    created = json.loads(call("PUT", "/api/digests/" + name, body)[2])
    seconds, how, _ = until_served(t0)
    up_first.append(seconds)
    j = until_end(created["jobId"])
    total, _, _ = until_served(t0, ("repaired",))
    up_done.append(total)
    print(f"run {run}, summarizer up:   repaired text served after {seconds:5.2f} s ({how}); "
          f"job {j['state']} and its digest served after {total:5.2f} s (summarized={j['summarized']} cached={j['cached']})")

print(f"median, summarizer down: {statistics.median(down):5.2f} s to repaired text  (runs: {' '.join(f'{x:.2f}' for x in down)})")
print(f"median, summarizer up:   {statistics.median(up_first):5.2f} s to repaired text, {statistics.median(up_done):5.2f} s to the finished repair"
      f"  (runs: {' '.join(f'{x:.2f}' for x in up_done)})")
stop_summarizer()
PY
