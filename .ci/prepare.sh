# Sourced by .ci/run: selects a JDK >= 25 and starts the real parts the tests need.
# Every step is idempotent, so a developer can source it too.

log() { printf '== %s\n' "$*"; }

select_jdk() {
  # the launcher's own JDK lookup, so CI and users pick the same JDK
  JAVA_HOME=$(./digest-repair java-home) || return 1
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
  log "JDK: $JAVA_HOME"
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

install_feed_parser() {
  # the feed tests read our Atom feeds with the parser feed readers use (ReaderFeedsTest)
  install_packages python3-feedparser
  /usr/bin/python3 -c 'import feedparser' || { echo "python3-feedparser is not importable by /usr/bin/python3" >&2; return 1; }
  log "feed parser: feedparser $(/usr/bin/python3 -c 'import feedparser; print(feedparser.__version__)')"
}

start_docker() {
  install_packages docker.io debootstrap docker-compose
  if ! docker info >/dev/null 2>&1; then
    # containers share the host's network: this machine has no bridge networking
    (setsid dockerd --bridge=none --iptables=false >/var/log/dockerd.log 2>&1 &)
    for _ in $(seq 1 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
    docker info >/dev/null 2>&1 || { tail -20 /var/log/dockerd.log >&2; return 1; }
  fi
  log "Docker engine $(docker version --format '{{.Server.Version}}')"
  # no registry is reachable: the images build on a local JRE image (docker/build-base-image.sh)
  docker/build-base-image.sh local/jre:25 >/dev/null
  export DIGEST_REPAIR_BASE_IMAGE=local/jre:25
  export TESTCONTAINERS_RYUK_DISABLED=true
  export TESTCONTAINERS_HOST_OVERRIDE=localhost
}

if [ "$(id -u)" = 0 ]; then
  start_postgresql
  install_browser
  install_feed_parser
  start_docker
fi
