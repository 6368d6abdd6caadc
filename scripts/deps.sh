#!/usr/bin/env bash
# Installs what is missing to build, run and test haproxy-api on Debian 12:
# HAProxy (built with Lua 5.3), Lua 5.3 and its modules, busted, luarocks,
# curl (the demo prints curl lines), and the pinned npm packages, plus any
# Debian package named as an argument (the benchmark adds wrk, the tests
# chromium). Idempotent:
# installs nothing that is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(haproxy lua5.3 lua-busted lua-dkjson lua-socket lua-cjson luarocks liblua5.3-dev git curl "$@")
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/tstl ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "deps: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
