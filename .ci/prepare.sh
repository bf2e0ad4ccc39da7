# Sourced by .ci/run: selects a JDK >= 25 and starts the real parts the tests need.
# Every step is idempotent, so a developer can source it too.

log() { printf '== %s\n' "$*"; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}'; }

select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      log "JDK: $JAVA_HOME"
      return 0
    fi
  done
  echo "No JDK >= 25 found (JAVA_HOME or /usr/lib/jvm/*). Install a JDK 25, e.g. Temurin 25." >&2
  return 1
}

select_jdk

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install_packages() {
  local missing=()
  for p in "$@"; do have_pkg "$p" || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgresql() {
  install_packages postgresql
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  # the role and database the tests use (TEST_POSTGRES_URL in the README)
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='digestrepair'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE digestrepair LOGIN PASSWORD 'digestrepair' CREATEDB\""
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='digestrepair_test'\"" | grep -q 1 ||
    su postgres -c "createdb -O digestrepair digestrepair_test"
  log "PostgreSQL on 127.0.0.1:5432"
}

install_browser() {
  install_packages chromium chromium-driver
  log "browser: $(/usr/bin/chromium --version 2>/dev/null)"
}

if [ "$(id -u)" = 0 ]; then
  start_postgresql
  install_browser
fi
