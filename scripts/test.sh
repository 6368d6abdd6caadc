#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, checks that the
# committed dist/ is what the sources build to, runs every spec under busted
# (Lua 5.3) against a real HAProxy, and installs the rock into a throwaway tree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash scripts/deps.sh chromium # the browser specs (spec/28) drive Debian's Chromium

echo "== typecheck and build"
npx --no-install tsc -p tsconfig.json --noEmit
npm run -s build
npm run -s build:unit
if [ -n "$(git status --porcelain -- dist 2>/dev/null)" ]; then
  git --no-pager diff --stat -- dist
  echo "FAIL: dist/ differs from a fresh build of the sources; commit the rebuilt dist/" >&2
  exit 1
fi

echo "== haproxy -c on the example configuration"
example=$(mktemp -d)
trap 'rm -rf "$example"' EXIT
sed "s#/usr/local/share/lua/5.3/haproxy-api.lua#$root/dist/haproxy-api.lua#; s#/run/haproxy/admin.sock#$example/admin.sock#; s#/etc/haproxy/#$example/#g" haproxy.cfg.example > "$example/haproxy.cfg"
mkdir -p "$example/state"
touch "$example/routes.map" "$example/blocklist.acl"
haproxy -c -q -f "$example/haproxy.cfg"

echo "== rock: luarocks make into a throwaway tree"
bash scripts/rock-check.sh

echo "== specs"
log=$(mktemp)
status=0
HAPROXY_API_ROOT="$root" timeout 900 busted --lua=lua5.3 "$@" | tee "$log" || status=$?
# busted's summary, restated as the plain closing line CI reads.
summary=$(grep -aE '^[0-9]+ successes / [0-9]+ failures / [0-9]+ errors' "$log" | tail -1 || true)
rm -f "$log"
if [ -n "$summary" ]; then
  read -r passed _ _ failed _ _ errored _ <<<"$summary"
  echo "specs: $passed passed, $((failed + errored)) failed"
fi
exit "$status"
