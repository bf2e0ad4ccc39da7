#!/usr/bin/env bash
# Whole-history backfill benchmark (`./digest-repair bench history`, README: Benchmarks).
#
#   gateway/bench/history.sh [DIR]     # DIR: the Markdown digests (default ../shared/corpus/.../md)
#
# 1. the offline engine alone, on one thread, over every abstract of DIR with the originals of the
#    fields to translate, as a repair calls it (offline-engine's bench --originals translated): the
#    yardstick the repairs are held against; then the same over the abstracts alone, for comparison;
# 2. parse + diagnose of DIR by the parser (ParserBenchmark, all cores) against a plain Python
#    script on the same cores (plain-parse.py), and the parser's zero-edit render;
# 3. RUNS times: parser, summarizer (offline engine) and gateway from copies of their jars on an
#    empty store (H2, or a fresh PostgreSQL database per run when DATASOURCE_URL is set), then
#    `digest-repair repair DIR/*.md -o OUT` (the CLI, as a user runs it) twice: first repair, then
#    the same again with everything cached; the gateway's peak RSS (VmHWM) and each service's
#    CPU seconds; the repaired files compared byte for byte with REFERENCE;
# 4. medians of the runs, each against its target; exits 1 when a target is missed or a repaired
#    file differs from REFERENCE.
#
# REFERENCE (default .run/history-reference): a folder of repaired files. When it does not exist,
# the first run's output is saved there (do this once on the code you compare against).
# Environment: RUNS (3), KEEP_WORK=1 (keep the run folder in /tmp; removed by default), BASE_PORT (24180), DATASOURCE_URL/USERNAME/PASSWORD (PostgreSQL; the
# user needs CREATEDB, a database is created and dropped per run), SERVICE_JAVA_OPTS and JAVA_OPTS
# for the services (as in the launcher),
# ENGINE_RUNS (3) timed passes of the engine, SKIP_PARSER=1 / SKIP_ENGINE=1 to leave out steps 1-2 (their figures are then not printed).
# Needs: JDK 25, the jars (./mvnw -pl parser-service,summarizer-service,gateway,cli,offline-engine
# -am package -DskipTests; the launcher builds them), curl, python3, psql for PostgreSQL.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${1:-$ROOT/../shared/corpus/daily-arxiv-ai-enhanced/md}
RUNS=${RUNS:-3}
BASE_PORT=${BASE_PORT:-24180}
REFERENCE=${REFERENCE:-$ROOT/.run/history-reference}
# the runs work in a temporary folder: a relative REFERENCE is of the folder the script was started in
[[ "$REFERENCE" = /* ]] || REFERENCE=$PWD/$REFERENCE
GATEWAY_PORT=$BASE_PORT
PARSER_PORT=$((BASE_PORT + 1))
SUMMARIZER_PORT=$((BASE_PORT + 2))
VERSION=0.1.0-SNAPSHOT
# the services run with the launcher's heap bounds (digest-repair: SERVICE_JAVA_OPTS), then JAVA_OPTS
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError}

# targets of issue 16, as factors of the engine's single-thread time and absolute figures
FIRST_FACTOR=3.0
CACHED_FACTOR=0.5
RSS_LIMIT_MB=1024
PLAIN_FACTOR=3.0
PARSE_MB_S=150
RENDER_MB_S=200

die() { echo "history.sh: $*" >&2; exit 2; }

for tool in curl python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done
[ -d "$DIR" ] || die "no digests folder $DIR"
DIR=$(cd "$DIR" && pwd)
FILES=("$DIR"/*.md)
[ -f "${FILES[0]}" ] || die "no .md digests in $DIR"

# shellcheck source=gateway/bench/common.sh
source "$HERE/common.sh"
find_java

WORK=$(mktemp -d /tmp/history-bench.XXXXXX)
cd "$WORK"
PIDS=()
DATABASES=()
stop_services() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
cleanup() {
  stop_services
  for db in "${DATABASES[@]}"; do drop_database "$db" || true; done
  remove_work
}
trap cleanup EXIT

copy_jars parser-service summarizer-service gateway cli offline-engine
jar() { printf '%s/jars/%s-%s-all.jar' "$WORK" "$1" "$VERSION"; }

# --- PostgreSQL: one fresh database per run, on the server DATASOURCE_URL names -------------------
STORE=h2
if [ -n "${DATASOURCE_URL:-}" ]; then
  STORE=postgresql
  command -v psql >/dev/null || die "psql is missing (apt-get install -y postgresql-client)"
  PG_HOSTPORT=$(printf '%s' "$DATASOURCE_URL" | sed -n 's#^jdbc:postgresql://\([^/]*\)/.*#\1#p')
  [ -n "$PG_HOSTPORT" ] || die "DATASOURCE_URL is not jdbc:postgresql://host:port/db"
  PG_ADMIN_DB=$(printf '%s' "$DATASOURCE_URL" | sed -n 's#^jdbc:postgresql://[^/]*/\([^?]*\).*#\1#p')
fi
pg() { # SQL
  PGPASSWORD=${DATASOURCE_PASSWORD:-} psql -qtA -h "${PG_HOSTPORT%%:*}" -p "${PG_HOSTPORT##*:}" \
    -U "${DATASOURCE_USERNAME:-postgres}" -d "$PG_ADMIN_DB" -c "$1" >/dev/null
}
drop_database() { pg "DROP DATABASE IF EXISTS $1"; }

# --- services ----------------------------------------------------------------------------------------
# its own start(): the launcher's heap bounds, and each pid kept by name for its CPU and RSS
start() { # module port env...
  local name=$1 port=$2 gc=""; shift 2
  # the collector the launcher gives each service (digest-repair: gc_of)
  if [ "$name" = parser-service ]; then gc=-XX:+UseParallelGC; fi
  env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u GATEWAY_API_TOKEN -u DATASOURCE_URL PORT="$port" "$@" \
    "$JAVA" $gc $SERVICE_JAVA_OPTS ${JAVA_OPTS:-} -jar "$(jar "$name")" >>"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_${name//-/_}=$!"
}
cpu_seconds() { # pid: user + system CPU of the process so far
  awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"
}
peak_rss_mb() { # pid
  awk '/^VmHWM:/{printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
now() { date +%s.%N; }

start_stack() { # run number
  local port
  for port in "$GATEWAY_PORT" "$PARSER_PORT" "$SUMMARIZER_PORT"; do
    # a stranger on these ports would take the uploads (or answer for a service): BASE_PORT=NNNN
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is taken: BASE_PORT=NNNN picks others"
  done
  local store_env=(H2_FILE="$WORK/run$1/data/gateway")
  if [ "$STORE" = postgresql ]; then
    local db="history_bench_$$_$1"
    drop_database "$db"
    pg "CREATE DATABASE $db"
    DATABASES+=("$db")
    store_env=(DATASOURCE_URL="jdbc:postgresql://$PG_HOSTPORT/$db"
      DATASOURCE_USERNAME="${DATASOURCE_USERNAME:-}" DATASOURCE_PASSWORD="${DATASOURCE_PASSWORD:-}")
  fi
  start parser-service "$PARSER_PORT"
  start summarizer-service "$SUMMARIZER_PORT" LLM_PROVIDER=offline
  start gateway "$GATEWAY_PORT" PARSER_URL="http://127.0.0.1:$PARSER_PORT" \
    SUMMARIZER_URL="http://127.0.0.1:$SUMMARIZER_PORT" WATCH_ENABLED=false "${store_env[@]}"
  # the services' own start-up (Flyway, the engine's model) is no part of the repair's time
  healthy "$PARSER_PORT"; healthy "$SUMMARIZER_PORT"; healthy "$GATEWAY_PORT"
}

repair() { # output dir -> seconds on stdout; the CLI's summary lines go to the log
  local out=$1 t0 t1
  t0=$(now)
  if ! "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$(jar cli)" repair --gateway "http://127.0.0.1:$GATEWAY_PORT" -o "$out" "${FILES[@]}" \
      >"$out.log" 2>"$out.err"; then
    tail -5 "$out.err" >&2
    die "the repair into $out failed (log $out.log)"
  fi
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.2f}')"
}

summarized() { # CLI log -> papers summarized, from its lines "NAME: N papers, R repaired (C from cache, S summarized)"
  { grep -o '[0-9]* summarized)' "$1" || true; } | awk '{s += $1} END {print s + 0}'
}

same_bytes() { # dir dir -> number of files that differ or are missing
  local a=$1 b=$2 differ=0 f
  for f in "${FILES[@]}"; do
    cmp -s "$a/$(basename "$f")" "$b/$(basename "$f")" || differ=$((differ + 1))
  done
  echo "$differ"
}

RESULTS="$WORK/results.txt"
: >"$RESULTS"
echo "== $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); store: $STORE; work in $WORK"

# --- 1. the engine alone ---------------------------------------------------------------------------
# The yardstick is the engine doing what the repair asks of it: each paper's abstract with the originals
# of the fields to translate, whose numbers and terms guide its choice (offline-engine bench --originals
# translated). The abstract alone (the engine's 2 ms budget is measured so) is printed beside it.
if [ -z "${SKIP_ENGINE:-}" ]; then
  for originals in translated none; do
    echo "== the offline engine alone, one thread (offline-engine bench --runs ${ENGINE_RUNS:-3} --originals $originals)"
    "$JAVA" -jar "$(jar offline-engine)" bench "$DIR" --runs "${ENGINE_RUNS:-3}" --originals "$originals" \
      | tee "$WORK/engine-$originals.txt" | grep -E '^(abstracts|run )' \
      || true # its own 2 ms budget is offline-engine's benchmark's business, not this one's
    python3 - "$WORK/engine-$originals.txt" "$originals" >>"$RESULTS" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"abstracts=(\d+) runs=\d+ median_ms_per_abstract=([\d.]+)", text)
name = "engine" if sys.argv[2] == "translated" else "engine_abstracts"
print(f"{name} {int(m.group(1)) * float(m.group(2)) / 1000:.2f} {m.group(1)} {m.group(2)}")
PY
  done
fi

# --- 2. parse + diagnose against the plain script ----------------------------------------------
if [ -z "${SKIP_PARSER:-}" ]; then
  echo "== parse + diagnose and zero-edit render (ParserBenchmark, $(nproc) cores), then the plain script"
  "$JAVA" -XX:+UseParallelGC -Xmx1g -cp "$(jar parser-service)" io.digestrepair.parser.bench.ParserBenchmark "$DIR" 15 \
    | tee "$WORK/parser.txt" | grep -E '^(run |parse|zero)' || true
  python3 "$HERE/plain-parse.py" "$DIR" "$(nproc)" 5 2>/dev/null | tee "$WORK/plain.txt"
  python3 - "$WORK/parser.txt" "$WORK/plain.txt" >>"$RESULTS" <<'PY'
import re, sys
parser, plain = open(sys.argv[1]).read(), open(sys.argv[2]).read()
print("parse", re.search(r"parse\+diagnose: median [\d.]+ s over \d+ runs = ([\d.]+) MB/s", parser).group(1))
print("render", re.search(r"zero-edit render .*= ([\d.]+) MB/s", parser).group(1))
print("plain", re.search(r"mb_per_s=([\d.]+)", plain).group(1))
PY
fi

# --- 3. the repairs --------------------------------------------------------------------------------
for run in $(seq 1 "$RUNS"); do
  echo "== run $run of $RUNS: ${#FILES[@]} digests through ./digest-repair repair on an empty $STORE store"
  mkdir -p "$WORK/run$run"
  start_stack "$run"
  first=$(repair "$WORK/run$run/first")
  logged=$(wc -l <"$WORK/gateway.log")
  cached=$(repair "$WORK/run$run/cached")
  rss=$(peak_rss_mb "$PID_gateway")
  cpu=$(for p in "$PID_parser_service" "$PID_summarizer_service" "$PID_gateway"; do cpu_seconds "$p"; done | paste -sd' ')
  summarized=$(summarized "$WORK/run$run/first.log")
  # an identical upload answers with the job that repaired it (its counts in the CLI's lines): what the
  # repeat asked the summarizer is what the jobs it started logged
  resummarized=$(tail -n +"$((logged + 1))" "$WORK/gateway.log" | { grep -o '[0-9]* to summarize' || true; } | awk '{s += $1} END {print s + 0}')
  stop_services
  if [ ! -d "$REFERENCE" ]; then
    mkdir -p "$(dirname "$REFERENCE")"
    cp -r "$WORK/run$run/first" "$REFERENCE"
    echo "   saved the repaired files as the reference in $REFERENCE"
  fi
  differ=$(same_bytes "$WORK/run$run/first" "$REFERENCE")
  differ_cached=$(same_bytes "$WORK/run$run/cached" "$WORK/run$run/first")
  printf '   first %s s (%s summarized), cached %s s (%s summarized), gateway peak RSS %s MB, CPU s parser/summarizer/gateway %s; files differing from the reference: %s, cached from first: %s\n' \
    "$first" "$summarized" "$cached" "$resummarized" "$rss" "$cpu" "$differ" "$differ_cached"
  echo "repair $first $cached $rss $differ $differ_cached $resummarized" >>"$RESULTS"
done

# --- 4. medians against the targets ----------------------------------------------------------------
python3 - "$RESULTS" "$STORE" <<PY
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
store = sys.argv[2]
one = {r[0]: r[1:] for r in rows if r[0] != "repair"}
repairs = [r[1:] for r in rows if r[0] == "repair"]
med = lambda i: statistics.median(float(r[i]) for r in repairs)
first, cached, rss = med(0), med(1), med(2)
differ = sum(int(r[3]) + int(r[4]) for r in repairs)
resummarized = sum(int(r[5]) for r in repairs)
ok = differ == 0 and resummarized == 0
def check(name, figure, target, met):
    global ok
    ok &= met
    print(f"{name:<44}{figure:<34}{target:<30}{'met' if met else 'MISSED'}")
print()
print(f"bench history, {store}, medians of {len(repairs)} runs")
if "engine" in one:
    engine = float(one["engine"][0])
    print(f"{'the engine alone, one thread, as repairs':<44}{engine:.2f} s ({one['engine'][1]} abstracts with the originals, {one['engine'][2]} ms each)")
    if "engine_abstracts" in one:
        alone = float(one["engine_abstracts"][0])
        print(f"{'  (abstracts alone, no originals)':<44}{alone:.2f} s ({one['engine_abstracts'][2]} ms each): first repair = {first / alone:.2f} x, cached = {cached / alone:.2f} x")
    check("first repair, empty store", f"{first:.2f} s = {first / engine:.2f} x engine", f"<= {$FIRST_FACTOR} x", first <= $FIRST_FACTOR * engine)
    check("again, everything cached", f"{cached:.2f} s = {cached / engine:.2f} x engine", f"<= {$CACHED_FACTOR} x", cached <= $CACHED_FACTOR * engine)
else:
    print(f"first repair {first:.2f} s, cached {cached:.2f} s (engine not measured: no ratio)")
check("gateway peak RSS", f"{rss:.0f} MB", "<= $RSS_LIMIT_MB MB", rss <= $RSS_LIMIT_MB)
if "parse" in one:
    parse, plain, render = float(one["parse"][0]), float(one["plain"][0]), float(one["render"][0])
    check("parse + diagnose", f"{parse:.1f} MB/s = {parse / plain:.2f} x plain ({plain:.1f})", ">= $PLAIN_FACTOR x, >= $PARSE_MB_S MB/s",
          parse >= $PLAIN_FACTOR * plain and parse >= $PARSE_MB_S)
    check("zero-edit render", f"{render:.1f} MB/s", ">= $RENDER_MB_S MB/s", render >= $RENDER_MB_S)
print(f"repaired files differing from the reference (or cached from first): {differ}; papers summarized again when cached: {resummarized}")
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
