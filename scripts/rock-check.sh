#!/usr/bin/env bash
# Installs the rock offline into a throwaway tree and loads what it installed.
# --deps-mode=none: luarocks cannot reach a rock server here, and Debian's
# dkjson (lua-dkjson) is not in luarocks' manifest, so the dependency is
# satisfied by the system package, not by luarocks.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tree"' EXIT
luarocks --lua-version=5.3 --tree="$tree" make --deps-mode=none haproxy-api-*.rockspec >/dev/null
test -f "$tree/share/lua/5.3/haproxy-api.lua"
LUA_PATH="$tree/share/lua/5.3/?.lua;;" lua5.3 -e '
  local stats = require("haproxy.stats")
  assert(getmetatable(stats.Client("/x")) == stats.Client, "haproxy.stats loads from the rock")
  assert(package.searchpath("haproxy.stats", package.path):find("'"$tree"'", 1, true), "loaded from the rock tree")
'

# The installed service, loaded by HAProxy, answers over HTTP.
port=$(lua5.3 -e 'local s = require("socket").bind("127.0.0.1", 0); local _, p = s:getsockname(); print(p); s:close()')
cat > "$tree/haproxy.cfg" <<CFG
global
  stats socket $tree/admin.sock level admin
  lua-load $tree/share/lua/5.3/haproxy-api.lua
defaults
  mode http
  timeout connect 1s
  timeout client 5s
  timeout server 5s
listen api
  bind 127.0.0.1:$port
  http-request use-service lua.haproxy-api
CFG
haproxy -D -p "$tree/haproxy.pid" -f "$tree/haproxy.cfg" >"$tree/haproxy.log" 2>&1 || { cat "$tree/haproxy.log"; exit 1; }
pid=$(cat "$tree/haproxy.pid")
answer=$(curl -s --max-time 5 "http://127.0.0.1:$port/stats/backends/api")
case "$answer" in
  '{"pxname":"api","svname":"BACKEND"'*) ;;
  *) echo "FAIL: the installed haproxy-api.lua did not serve /stats/backends/api: $answer"; exit 1 ;;
esac
echo "rock installs: haproxy-api.lua (serves the API in HAProxy) and haproxy.stats"
