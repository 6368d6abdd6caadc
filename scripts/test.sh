#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, checks that the
# committed dist/ is what the sources build to, runs the unit specs under
# Lua 5.3 and 5.4, then every integration spec once per HAProxy of the
# matrix (scripts/haproxies.sh: this machine's own and Debian's others,
# HAPROXY_VERSIONS or HAPROXY_BIN to choose), each with the Lua that
# HAProxy was built with, and installs the rock into throwaway trees.
# Arguments are passed to busted (a spec file runs on every HAProxy).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# The browser specs (spec/28) drive Debian's Chromium; lua5.4 runs the specs
# beside the HAProxies built with it; patchelf readies Debian's other HAProxies;
# the Ansible specs (spec/60) run Debian's ansible-core, with the collections
# of Debian's ansible (community.general.haproxy, ansible.posix's json output).
bash scripts/deps.sh chromium lua5.4 liblua5.4-dev patchelf ansible-core ansible

echo "== typecheck and build"
npm run -s typecheck
npm run -s build
npm run -s build:unit
if [ -n "$(git status --porcelain -- dist 2>/dev/null)" ]; then
  git --no-pager diff --stat -- dist
  echo "FAIL: dist/ differs from a fresh build of the sources; commit the rebuilt dist/" >&2
  exit 1
fi

echo "== docs: the HTTP reference is what the routes say, every link resolves"
reference=$(mktemp)
lua5.3 scripts/http-reference.lua > "$reference"
if ! diff -q "$reference" docs/http-reference.md >/dev/null 2>&1; then
  diff -u docs/http-reference.md "$reference" | head -40 || true
  rm -f "$reference"
  echo "FAIL: docs/http-reference.md is not what the routes generate; run npm run docs and commit it" >&2
  exit 1
fi
rm -f "$reference"
node scripts/check-links.mjs

echo "== the HAProxies"
matrix=$(bash scripts/haproxies.sh)
[ -n "$matrix" ] || { echo "FAIL: no HAProxy matches HAPROXY_VERSIONS=${HAPROXY_VERSIONS:-}" >&2; exit 1; }
declare -a labels binaries luas
while read -r label binary; do
  lua=$("$binary" -vv | sed -n 's/^Built with Lua version : Lua \([0-9]*\.[0-9]*\).*/\1/p')
  [ -n "$lua" ] || { echo "FAIL: $binary is not built with Lua" >&2; exit 1; }
  labels+=("$label"); binaries+=("$binary"); luas+=("$lua")
  echo "$label: $("$binary" -v | head -1), Lua $lua ($binary)"
done <<<"$matrix"

echo "== haproxy -c on the example configuration, on each"
example=$(mktemp -d)
trap 'rm -rf "$example"' EXIT
sed "s#/usr/local/share/lua/5.3/haproxy-api.lua#$root/dist/haproxy-api.lua#; s#/run/haproxy/admin.sock#$example/admin.sock#; s#/etc/haproxy/#$example/#g" haproxy.cfg.example > "$example/haproxy.cfg"
mkdir -p "$example/state"
touch "$example/routes.map" "$example/blocklist.acl"
for binary in "${binaries[@]}"; do "$binary" -c -q -f "$example/haproxy.cfg"; done

echo "== rock: luarocks make into a throwaway tree, for Lua 5.3 and 5.4"
bash scripts/rock-check.sh 5.3 "$(command -v haproxy)"
for i in "${!binaries[@]}"; do
  if [ "${luas[$i]}" = "5.4" ]; then bash scripts/rock-check.sh 5.4 "${binaries[$i]}"; break; fi
done

passed=0
failed=0
status=0
closing=()
# Runs busted; adds its counts to the totals and says them in one line.
run_specs() { # label lua busted-arguments...
  local label=$1 lua=$2 log counts
  shift 2
  log=$(mktemp)
  HAPROXY_API_ROOT="$root" timeout 900 busted --lua="lua$lua" -o spec/support/output.lua "$@" | tee "$log" || status=1
  # busted's summary, restated as the plain line CI reads.
  counts=$(grep -aE '^[0-9]+ successes? / [0-9]+ failures? / [0-9]+ errors?' "$log" | tail -1 || true)
  rm -f "$log"
  local ok=0 bad=1
  if [ -n "$counts" ]; then read -r ok _ _ failures _ _ errors _ <<<"$counts"; bad=$((failures + errors)); fi
  passed=$((passed + ok)); failed=$((failed + bad))
  closing+=("$label: $ok passed, $bad failed")
}

units=(spec/0*_spec.lua)
integration=()
for spec in spec/*_spec.lua; do case "$spec" in spec/0*) ;; *) integration+=("$spec") ;; esac; done
if [ "$#" -gt 0 ]; then integration=("$@"); units=(); fi

for lua in 5.3 5.4; do
  [ "${#units[@]}" -gt 0 ] || break
  echo "== unit specs, Lua $lua"
  HAPROXY_SPEC_LABEL="Lua $lua, no HAProxy" run_specs "unit specs, Lua $lua" "$lua" "${units[@]}"
done
for i in "${!binaries[@]}"; do
  version=$("${binaries[$i]}" -v | awk 'NR == 1 {print $3}')  # awk reads it all: head would leave haproxy a SIGPIPE, which pipefail makes fatal
  echo "== specs on HAProxy $version (${labels[$i]}), Lua ${luas[$i]}"
  HAPROXY_BIN="${binaries[$i]}" run_specs "HAProxy $version (${labels[$i]}, Lua ${luas[$i]})" "${luas[$i]}" "${integration[@]}"
done

echo "== summary"
printf '%s\n' "${closing[@]}"
echo "specs: $passed passed, $failed failed"
exit "$status"
