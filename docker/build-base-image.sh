#!/usr/bin/env bash
# Builds local/jre:25, a stand-in for eclipse-temurin:25-jre on machines that cannot pull images:
# a minimal Debian root file system (debootstrap, from the machine's own Debian mirror) plus a
# jlink'd JRE from the local JDK 25. Elsewhere, the Dockerfiles' default BASE_IMAGE is the real one.
set -euo pipefail
image=${1:-local/jre:25}
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image exists"
  exit 0
fi
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
echo "== debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

# every module of the JDK, as the Temurin JRE images carry (Netty needs jdk.jfr, for one)
echo "== jlink JRE from $JAVA_HOME"
modules=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' |
  grep -vE '^jdk\.(compiler|javadoc|jshell|jdeps|jlink|jpackage|hotspot\.agent|jconsole|jdi|jartool|jstatd|editpad|jcmd|internal\..*|incubator\..*|graal\..*)$' |
  paste -sd, -)
"$JAVA_HOME/bin/jlink" \
  --add-modules "$modules" \
  --strip-debug --no-man-pages --no-header-files \
  --output "$rootfs/opt/java/openjdk"
ln -s /opt/java/openjdk/bin/java "$rootfs/usr/bin/java"

echo "== import $image"
tar -C "$rootfs" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java/openjdk' \
  --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  - "$image" >/dev/null
docker image ls "$image"
