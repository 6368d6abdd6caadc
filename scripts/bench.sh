#!/usr/bin/env bash
# The benchmark (npm run bench): installs what is missing (wrk too), builds,
# and runs bench/run.lua against a real HAProxy per configuration. Prints a
# table and the targets of issue 5; it is not a test and fails on nothing
# but its own errors. BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_SIZES and
# BENCH_REQUESTS (see bench/run.lua) change the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh wrk chromium
npm run -s build
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(haproxy -v | head -1)"
exec lua5.3 bench/run.lua
