#!/usr/bin/env bash
# Repair and serving benchmark of the gateway (see gateway/README.md, "Benchmark").
#
#   gateway/bench/serving.sh            # RUNS=5 DURATION=10s CONNECTIONS=32 by default
#
# 1. starts parser-service, summarizer-service (offline engine) and the gateway from their jars
#    (copied first, so a rebuild during the run cannot pull them away), on an empty H2 store;
# 2. uploads the digest (default ../shared/corpus/daily-arxiv-ai-enhanced/md/2026-06-09.md) and
#    times its repair end to end (PUT until the job is DONE), then repairs it again (summarized must be 0);
#    It also repairs the same day's JSON Lines (JSONL, default .../jsonl/2026-06-09_AI_enhanced_Chinese.jsonl);
# 3. measures the page: its size and its time to first paint in headless Chromium (firstpaint.py,
#    FIRSTPAINT_RUNS runs, fresh profile each, medians), at desktop and phone size;
# 4. writes the gateway's page, .md, Atom feed (/digests/NAME.atom) and data-branch JSON Lines
#    (/data-branch/data/<date>_AI_enhanced_English.jsonl) as static files served by nginx (Debian's
#    package) on another port under the same paths, checks both serve the same bytes, and drives
#    all eight URLs with wrk at CONNECTIONS connections, RUNS times, interleaved, after a warm-up;
# 5. prints the median requests/s of each and the gateway/nginx ratios (target >= 0.5 each).
#
# Needs: JDK 25, the jars (./mvnw -pl parser-service,summarizer-service,gateway -am package -DskipTests),
# nginx, wrk, curl, python3 (apt-get install -y nginx wrk curl python3).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIGEST=${DIGEST:-$ROOT/../shared/corpus/daily-arxiv-ai-enhanced/md/2026-06-09.md}
NAME=${NAME:-$(basename "$DIGEST" .md)}
JSONL=${JSONL:-$ROOT/../shared/corpus/daily-arxiv-ai-enhanced/jsonl/${NAME}_AI_enhanced_Chinese.jsonl}
JSONL_NAME=$(basename "$JSONL" .jsonl)
DATE=${NAME:0:10}
FIRSTPAINT_RUNS=${FIRSTPAINT_RUNS:-5}
RUNS=${RUNS:-5}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
BASE_PORT=${BASE_PORT:-19080}
GATEWAY_PORT=$BASE_PORT
PARSER_PORT=$((BASE_PORT + 1))
SUMMARIZER_PORT=$((BASE_PORT + 2))
NGINX_PORT=$((BASE_PORT + 10))

die() { echo "serving.sh: $*" >&2; exit 2; }

for tool in nginx wrk curl python3; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || die "$tool is missing (apt-get install -y nginx wrk curl python3)"
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$DIGEST" ] || die "no digest at $DIGEST"
[ -f "$JSONL" ] || die "no JSON Lines digest at $JSONL"
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "chromium and chromedriver are missing (apt-get install -y chromium chromium-driver)"

# shellcheck source=gateway/bench/common.sh
source "$HERE/common.sh"
find_java

WORK=$(mktemp -d /tmp/gateway-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && "$NGINX" -p "$WORK/nginx" -c nginx.conf -s stop 2>/dev/null || true
  wait 2>/dev/null || true
  remove_work
}
trap cleanup EXIT

copy_jars parser-service summarizer-service gateway

echo "== starting parser-service, summarizer-service (offline), gateway in $WORK"
start parser-service "$PARSER_PORT"
start summarizer-service "$SUMMARIZER_PORT" LLM_PROVIDER=offline
start gateway "$GATEWAY_PORT" PARSER_URL="http://127.0.0.1:$PARSER_PORT" \
  SUMMARIZER_URL="http://127.0.0.1:$SUMMARIZER_PORT" H2_FILE="$WORK/data/gateway" WATCH_ENABLED=false
healthy "$PARSER_PORT"; healthy "$SUMMARIZER_PORT"; healthy "$GATEWAY_PORT"
GW="http://127.0.0.1:$GATEWAY_PORT"

job_until_end() { # job id -> prints the job JSON when it ends
  python3 - "$GW" "$1" <<'PY'
import json, sys, time, urllib.request
base, job = sys.argv[1], sys.argv[2]
while True:
    j = json.load(urllib.request.urlopen(f"{base}/api/jobs/{job}"))
    if j["state"] in ("DONE", "FAILED", "CANCELLED"):
        print(json.dumps(j)); break
    time.sleep(0.05)
PY
}
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
now() { date +%s.%N; }

echo "== repair of $(basename "$DIGEST") ($(stat -c %s "$DIGEST") bytes)"
t0=$(now)
created=$(curl -sf -X PUT -H 'Content-Type: text/markdown' --data-binary @"$DIGEST" "$GW/api/digests/$NAME")
job=$(job_until_end "$(field "$created" jobId)")
t1=$(now)
printf 'first repair:  %6.2f s  state=%s total=%s summarized=%s cached=%s failed=%s\n' "$(echo "$t1 - $t0" | bc)" \
  "$(field "$job" state)" "$(field "$job" total)" "$(field "$job" summarized)" "$(field "$job" cached)" "$(field "$job" failed)"
t0=$(now)
started=$(curl -sf -X POST "$GW/api/digests/$NAME/repair")
job2=$(job_until_end "$(field "$started" jobId)")
t1=$(now)
printf 'second repair: %6.2f s  state=%s total=%s summarized=%s cached=%s failed=%s\n' "$(echo "$t1 - $t0" | bc)" \
  "$(field "$job2" state)" "$(field "$job2" total)" "$(field "$job2" summarized)" "$(field "$job2" cached)" "$(field "$job2" failed)"

t0=$(now)
created=$(curl -sf -X PUT -H 'Content-Type: application/x-ndjson' --data-binary @"$JSONL" "$GW/api/digests/$JSONL_NAME")
job3=$(job_until_end "$(field "$created" jobId)")
t1=$(now)
printf 'JSON Lines repair: %6.2f s  state=%s total=%s summarized=%s cached=%s failed=%s\n' "$(echo "$t1 - $t0" | bc)" \
  "$(field "$job3" state)" "$(field "$job3" total)" "$(field "$job3" summarized)" "$(field "$job3" cached)" "$(field "$job3" failed)"
DATA_FILE=$(curl -sf "$GW/data-branch/assets/file-list.txt" | grep "^${DATE}_AI_enhanced_" | head -1)
[ -n "$DATA_FILE" ] || die "the data-branch file list names no file of $DATE"

echo "== the page of $NAME: size and time to first paint (headless Chromium, $FIRSTPAINT_RUNS runs)"
echo "page size: $(curl -sf "$GW/digests/$NAME" | wc -c) bytes, $(curl -sf -H 'Accept-Encoding: gzip' "$GW/digests/$NAME" | wc -c) gzipped"
python3 "$HERE/firstpaint.py" "$GW/digests/$NAME" "$FIRSTPAINT_RUNS" 1280x900 | tail -1
python3 "$HERE/firstpaint.py" "$GW/digests/$NAME" "$FIRSTPAINT_RUNS" 390x844 | tail -1

echo "== static copies for nginx on :$NGINX_PORT"
mkdir -p "$WORK/nginx/www/digests" "$WORK/nginx/www/data-branch/data" "$WORK/nginx/logs"
# nginx's workers run as another user: they need to read the copies
chmod 755 "$WORK" "$WORK/nginx" "$WORK/nginx/www" "$WORK/nginx/www/digests" "$WORK/nginx/www/data-branch" "$WORK/nginx/www/data-branch/data"
curl -sf -o "$WORK/nginx/www/digests/$NAME.html" "$GW/digests/$NAME"
curl -sf -o "$WORK/nginx/www/digests/$NAME.md" "$GW/digests/$NAME.md"
curl -sf -o "$WORK/nginx/www/digests/$NAME.atom" "$GW/digests/$NAME.atom"
curl -sf -o "$WORK/nginx/www/data-branch/data/$DATA_FILE" "$GW/data-branch/data/$DATA_FILE"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid nginx.pid;
error_log logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; text/markdown md; application/atom+xml atom; application/x-ndjson jsonl; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root www;
    location = /digests/$NAME { default_type text/html; try_files /digests/$NAME.html =404; }
  }
}
EOF
chmod 644 "$WORK/nginx/www/digests/"* "$WORK/nginx/www/data-branch/data/"*
"$NGINX" -p "$WORK/nginx" -c nginx.conf
NG="http://127.0.0.1:$NGINX_PORT"
for path in "/digests/$NAME" "/digests/$NAME.md" "/digests/$NAME.atom" "/data-branch/data/$DATA_FILE"; do
  a=$(curl -sf "$GW$path" | sha256sum | cut -c1-64)
  b=$(curl -sf "$NG$path" | sha256sum | cut -c1-64)
  [ "$a" = "$b" ] || die "gateway and nginx serve different bytes for $path"
  echo "$path: $(curl -sf "$GW$path" | wc -c) bytes, same on both"
done

declare -A URL=([gateway-page]="$GW/digests/$NAME" [nginx-page]="$NG/digests/$NAME"
                [gateway-md]="$GW/digests/$NAME.md" [nginx-md]="$NG/digests/$NAME.md"
                [gateway-atom]="$GW/digests/$NAME.atom" [nginx-atom]="$NG/digests/$NAME.atom"
                [gateway-jsonl]="$GW/data-branch/data/$DATA_FILE" [nginx-jsonl]="$NG/data-branch/data/$DATA_FILE")
ORDER=(gateway-page nginx-page gateway-md nginx-md gateway-atom nginx-atom gateway-jsonl nginx-jsonl)
echo "== warm-up ($WARMUP each)"
for t in "${ORDER[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${URL[$t]}" >/dev/null
done

echo "== $RUNS runs of wrk -t$THREADS -c$CONNECTIONS -d$DURATION, interleaved"
RESULTS="$WORK/results.txt"
: >"$RESULTS"
for run in $(seq 1 "$RUNS"); do
  # rotate the order so that neither server always runs first
  shift_by=$(( (run - 1) % ${#ORDER[@]} ))
  for i in $(seq 0 $(( ${#ORDER[@]} - 1 ))); do
    t=${ORDER[$(( (i + shift_by) % ${#ORDER[@]} ))]}
    rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${URL[$t]}" | awk '/Requests\/sec/{print $2}')
    echo "$run $t $rps" | tee -a "$RESULTS"
  done
done

python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
by = {}
for _, target, rps in rows:
    by.setdefault(target, []).append(float(rps))
med = {t: statistics.median(v) for t, v in by.items()}
print()
print(f"{'target':<14}{'median req/s':>14}   runs")
for t in ("gateway-page", "nginx-page", "gateway-md", "nginx-md", "gateway-atom", "nginx-atom", "gateway-jsonl", "nginx-jsonl"):
    print(f"{t:<14}{med[t]:>14.1f}   " + " ".join(f"{x:.0f}" for x in by[t]))
ok = True
for kind in ("page", "md", "atom", "jsonl"):
    ratio = med[f"gateway-{kind}"] / med[f"nginx-{kind}"]
    ok &= ratio >= 0.5
    print(f"ratio gateway/nginx {kind:<5}: {ratio:.2f}  (target >= 0.5)")
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
