#!/usr/bin/env bash
# The HAProxies the test command runs the specs on, one "<label> <binary>"
# line each: this machine's own and Debian's others (bookworm: 2.6, trixie:
# 3.0, forky: the newest), the missing ones fetched once from Debian's own
# packages into a git-ignored cache (.cache/haproxy/<suite>/), without
# touching the system:
# - apt-get with a private source list and private state downloads haproxy
#   and the libraries it depends on (Debian's archive keyring signs them);
# - dpkg -x unpacks them into the cache;
# - patchelf points a copy of the binary at the cache's own loader and
#   libraries. --force-rpath: with a RUNPATH, liblua would find the system's
#   older libm first. Not a loader wrapper ("ld-linux --library-path"): a
#   master-worker master re-executes its own binary, which must run alone.
# About 20 MB and a few seconds a suite, once.
#
# HAPROXY_BIN=/path/to/haproxy: that binary only (Ubuntu's, a self-built one).
# HAPROXY_VERSIONS="2.6 trixie": only the HAProxies whose suite or version
# starts with one of these words.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache="$root/.cache/haproxy"

version_of() { "$1" -v 2>/dev/null | sed -n 's/^HA-\{0,1\}Proxy version \([^ ]*\).*/\1/p' | head -1; }

if [ -n "${HAPROXY_BIN:-}" ]; then
  [ -x "$HAPROXY_BIN" ] || { echo "haproxies: HAPROXY_BIN=$HAPROXY_BIN is not an executable" >&2; exit 1; }
  echo "custom $HAPROXY_BIN"
  exit 0
fi

system_suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-unknown}")

wanted() { # label version
  [ -z "${HAPROXY_VERSIONS:-}" ] && return 0
  local word
  for word in $HAPROXY_VERSIONS; do
    case "$1" in "$word"*) return 0 ;; esac
    case "$2" in "$word"*) return 0 ;; esac
  done
  return 1
}

# Fetches Debian <suite>'s haproxy into $cache/<suite>/ unless it is there.
fetch_suite() {
  local suite=$1 dir="$cache/$1"
  [ -x "$dir/haproxy" ] && [ -n "$(version_of "$dir/haproxy")" ] && return 0
  command -v patchelf >/dev/null || { echo "haproxies: patchelf is missing (scripts/deps.sh installs it)" >&2; return 1; }
  rm -rf "$dir"
  mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/debs" "$dir/root"
  # The mirror this machine's own apt uses.
  local mirror
  mirror=$(grep -hoE '^(URIs:|deb) +[^ ]*https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | grep -oE 'https?://[^ ]+' | head -1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} $suite main" > "$dir/apt/sources.list"
  local apt=(-qq -o "Dir::Etc::sourcelist=$dir/apt/sources.list" -o Dir::Etc::sourceparts=/nonexistent
    -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache=$dir/apt/cache" -o Dir::State::status=/dev/null
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  apt-get "${apt[@]}" update >/dev/null
  # haproxy and every library it needs, recursively (not the maintainer scripts' tools).
  local packages
  packages=$(apt-cache "${apt[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances --no-pre-depends haproxy | grep -E '^(haproxy|lib[^ ]*)$' | sort -u)
  (cd "$dir/debs" && apt-get "${apt[@]}" download $packages >/dev/null)
  local deb
  for deb in "$dir"/debs/*.deb; do dpkg -x "$deb" "$dir/root"; done
  local interpreter loader libs
  interpreter=$(patchelf --print-interpreter "$dir/root/usr/sbin/haproxy")
  loader=$(find "$dir/root" -name "$(basename "$interpreter")" -type f | head -1)
  libs=$(dirname "$loader")
  cp "$dir/root/usr/sbin/haproxy" "$dir/haproxy.new"
  patchelf --set-interpreter "$loader" --force-rpath --set-rpath "$libs" "$dir/haproxy.new"
  rm -rf "$dir/debs" "$dir/apt"
  mv "$dir/haproxy.new" "$dir/haproxy"
  [ -n "$(version_of "$dir/haproxy")" ] || { echo "haproxies: Debian $suite's haproxy does not run here" >&2; return 1; }
}

for suite in bookworm trixie forky; do
  binary="$cache/$suite/haproxy"
  [ "$suite" != "$system_suite" ] || binary=$(command -v haproxy) || { echo "haproxies: no system haproxy (scripts/deps.sh installs it)" >&2; exit 1; }
  # A suite named in HAPROXY_VERSIONS is taken without asking its version; otherwise its version decides (fetched to know it).
  wanted "$suite" "" || {
    [ "$suite" = "$system_suite" ] || fetch_suite "$suite"
    wanted "$suite" "$(version_of "$binary")" || continue
  }
  [ "$suite" = "$system_suite" ] || fetch_suite "$suite"
  echo "$suite $binary"
done
