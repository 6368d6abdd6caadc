#!/usr/bin/env bash
# Installs the rock offline into a throwaway tree and loads what it installed.
# --deps-mode=none: luarocks cannot reach a rock server here, and Debian's
# dkjson (lua-dkjson) is not in luarocks' manifest, so the dependency is
# satisfied by the system package, not by luarocks.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
luarocks --lua-version=5.3 --tree="$tree" make --deps-mode=none haproxy-api-*.rockspec >/dev/null
test -f "$tree/share/lua/5.3/haproxy-api.lua"
LUA_PATH="$tree/share/lua/5.3/?.lua;;" lua5.3 -e '
  local stats = require("haproxy.stats")
  assert(getmetatable(stats.Client("/x")) == stats.Client, "haproxy.stats loads from the rock")
  assert(package.searchpath("haproxy.stats", package.path):find("'"$tree"'", 1, true), "loaded from the rock tree")
'
echo "rock installs: haproxy-api.lua and haproxy.stats"
