#!/usr/bin/env bash
# Where the time goes (npm run profile): installs what is missing (wrk,
# perf), builds, and runs bench/run.lua's site under perf (bench/profile.lua).
# Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh wrk linux-perf
npm run -s build
exec lua5.3 bench/profile.lua
