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
