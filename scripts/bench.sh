#!/usr/bin/env bash
# The benchmark (npm run bench): installs what is missing (wrk, Chromium, the
# HAProxies of the test command's matrix), builds, and runs bench/run.lua on
# each HAProxy of that matrix (scripts/haproxies.sh), one after the other,
# with the same configuration and the same wrk settings. Prints each
# HAProxy's table and targets, then the targets of all of them side by side.
# Not a test: it fails on nothing but its own errors. BENCH_SECONDS,
# BENCH_CONNECTIONS, BENCH_SIZES, BENCH_REQUESTS and BENCH_ONLY (see
# bench/run.lua) change the run; HAPROXY_VERSIONS="2.6 forky" or HAPROXY_BIN
# pick the HAProxies (scripts/haproxies.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh wrk chromium
npm run -s build
matrix=$(bash scripts/haproxies.sh)
work=$(mktemp -d /tmp/haproxy-api-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
labels=()
while read -r label binary; do
  [ -n "$label" ] || continue
  echo
  echo "=== $label: $("$binary" -v | head -1)"
  HAPROXY_BIN="$binary" BENCH_SUMMARY="$work/$label" lua5.3 bench/run.lua
  labels+=("$label")
done <<< "$matrix"
# The targets side by side: a row per target, a column per HAProxy.
echo
lua5.3 - "$work" "${labels[@]}" <<'LUA'
local dir = arg[1]
local labels, rows, order = {}, {}, {}
for i = 2, #arg do
  labels[#labels + 1] = arg[i]
  for line in io.lines(dir .. "/" .. arg[i]) do
    local what, value, ok = line:match("^(.-)\t(.-)\t(.-)$")
    if not rows[what] then rows[what] = {}; order[#order + 1] = what end
    rows[what][arg[i]] = value .. (ok == "ok" and "" or " MISS")
  end
end
local header = string.format("%-74s", "target")
for _, label in ipairs(labels) do header = header .. string.format(" | %-24s", label) end
print(header)
for _, what in ipairs(order) do
  local line = string.format("%-74s", what)
  for _, label in ipairs(labels) do line = line .. string.format(" | %-24s", rows[what][label] or "-") end
  print(line)
end
LUA
