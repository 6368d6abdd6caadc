#!/usr/bin/env bash
# Installs the rock offline into a throwaway tree for one Lua version and
# loads what it installed: the library in plain Lua, the service in a
# HAProxy built with that Lua. Usage: rock-check.sh [5.3|5.4] [haproxy binary]
# --deps-mode=none: luarocks cannot reach a rock server here, and Debian's
# dkjson (lua-dkjson) is not in luarocks' manifest, so the dependency is
# satisfied by the system package, not by luarocks.
set -euo pipefail
cd "$(dirname "$0")/.."
lua=${1:-5.3}
haproxy=${2:-haproxy}
tree=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tree"' EXIT
luarocks --lua-version=$lua --tree="$tree" make --deps-mode=none haproxy-api-*.rockspec >/dev/null
test -f "$tree/share/lua/$lua/haproxy-api.lua"
LUA_PATH="$tree/share/lua/$lua/?.lua;;" "lua$lua" -e '
  local stats = require("haproxy.stats")
  assert(getmetatable(stats.Client("/x")) == stats.Client, "haproxy.stats loads from the rock")
  assert(package.searchpath("haproxy.stats", package.path):find("'"$tree"'", 1, true), "loaded from the rock tree")
'

# The installed service, loaded by HAProxy, serves every kind of resource:
# stats, a server's address, a map, an ACL and a stick table fed by a request.
free_port() { "lua$lua" -e 'local s = require("socket").bind("127.0.0.1", 0); local _, p = s:getsockname(); print(p); s:close()'; }
port=$(free_port)
www=$(free_port)
printf '/static app\n' > "$tree/routes.map"
printf '192.0.2.1\n' > "$tree/blocklist.acl"
cat > "$tree/haproxy.cfg" <<CFG
global
  stats socket $tree/admin.sock level admin
  lua-load $tree/share/lua/$lua/haproxy-api.lua
defaults
  mode http
  timeout connect 1s
  timeout client 5s
  timeout server 5s
listen api
  bind 127.0.0.1:$port
  http-request use-service lua.haproxy-api
frontend www
  bind 127.0.0.1:$www
  stick-table type ip size 10 expire 1m store http_req_cnt
  http-request track-sc0 src
  http-request deny if { src -f $tree/blocklist.acl }
  use_backend %[path,map_beg($tree/routes.map,app)]
backend app
  http-request return status 200
  server web1 127.0.0.1:$www
CFG
"$haproxy" -D -p "$tree/haproxy.pid" -f "$tree/haproxy.cfg" >"$tree/haproxy.log" 2>&1 || { cat "$tree/haproxy.log"; exit 1; }
pid=$(cat "$tree/haproxy.pid")
curl -s --max-time 5 -o /dev/null "http://127.0.0.1:$www/"
api="http://127.0.0.1:$port"
map="${tree//\//%2F}%2Froutes.map"
expect() { # what, answer, glob
  case "$2" in
    $3) ;;
    *) echo "FAIL: the installed haproxy-api.lua: $1 answered: $2"; exit 1 ;;
  esac
}
expect "GET /stats/backends/api" "$(curl -s --max-time 5 "$api/stats/backends/api")" '{"pxname":"api","svname":"BACKEND"*'
expect "GET /openapi.json" "$(curl -s --max-time 5 "$api/openapi.json")" '{"openapi":"3.1.0",*'
expect "GET /maps/:map" "$(curl -s --max-time 5 "$api/maps/$map")" '*{"id":"#0x*","key":"/static","value":"app"}]'
expect "POST /maps/:map/entries" "$(curl -s --max-time 5 -H 'Content-Type: application/json' -d '{"key":"/x","value":"app"}' "$api/maps/$map/entries")" '{"id":"#0x*","key":"/x","value":"app"}'
expect "GET /acls" "$(curl -s --max-time 5 "$api/acls")" '*"file":"'"$tree"'/blocklist.acl"*'
expect "GET /tables/www" "$(curl -s --max-time 5 "$api/tables/www")" '*"key":"127.0.0.1"*"data":{"http_req_cnt":1}*'
expect "GET .../address" "$(curl -s --max-time 5 "$api/stats/backends/app/servers/web1/address")" '{"address":"127.0.0.1","port":'"$www"'}'
echo "rock for Lua $lua installs, on $("$haproxy" -v | awk 'NR == 1 {print $3}'): haproxy-api.lua (serves stats, maps, ACLs, tables, addresses, /openapi.json) and haproxy.stats"
