# Sourced by the gateway's benchmark scripts: the JDK, the services' jars, starting them, their health.
# The caller defines die(), ROOT, WORK and PIDS (its own cleanup stops what PIDS holds).

# JAVA: the first JDK >= 25 of JAVA_HOME and /usr/lib/jvm (the launcher's rule, without its messages)
find_java() {
  JAVA=""
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}')
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then JAVA="$candidate/bin/java"; return 0; fi
  done
  die "no JDK >= 25 (set JAVA_HOME)"
}

# copies the modules' runnable jars into $WORK/jars, so a rebuild during the run changes nothing
copy_jars() { # module...
  mkdir -p "$WORK/jars"
  local module jar
  for module in "$@"; do
    jar="$ROOT/$module/target/$module-0.1.0-SNAPSHOT-all.jar"
    [ -f "$jar" ] || die "$jar is missing: ./mvnw -pl $(IFS=,; echo "$*") -am package -DskipTests"
    cp "$jar" "$WORK/jars/"
  done
}

# starts a service from its copied jar, without the caller's LLM, store or token settings
start() { # name port env...
  local name=$1 port=$2; shift 2
  env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u DATASOURCE_URL -u GATEWAY_API_TOKEN PORT="$port" "$@" \
    "$JAVA" -jar "$WORK/jars/$name-0.1.0-SNAPSHOT-all.jar" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}

healthy() { # port: up to two minutes (a loaded machine starts a JVM slowly)
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0
    sleep 0.2
  done
  die "nothing healthy on port $1 (logs in $WORK)"
}

# A run's folder holds copies of the jars and a whole store (gigabytes for the corpus): removed when
# the benchmark ends, kept for a look with KEEP_WORK=1.
remove_work() {
  if [ -n "${KEEP_WORK:-}" ]; then
    echo "work folder kept: $WORK" >&2
  else
    cd / && rm -rf "$WORK"
  fi
}
