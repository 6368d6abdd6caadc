-- luarocks make haproxy-api-0.1.0-1.rockspec
-- Installs the compiled Lua (dist/ is committed: no Node needed):
--   haproxy-api.lua  the service bundle, for HAProxy's lua-load
--   haproxy.stats    the Runtime API binding, for plain Lua: require("haproxy.stats")
rockspec_format = "3.0"
package = "haproxy-api"
version = "0.1.0-1"
source = {
  url = "file://.",
}
description = {
  summary = "An HTTP API inside HAProxy, and a Lua binding for HAProxy's Runtime API",
  detailed = [[
A Lua service that HAProxy loads with lua-load to expose its own stats,
server weights, states and addresses, maps, ACLs and stick tables over HTTP
(described by GET /openapi.json), plus haproxy.stats, a high-level client
for the stats socket usable inside HAProxy and from plain Lua.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.3, < 5.5", -- 5.3 and 5.4: HAProxy 2.6 as Debian 12 builds it, and 3.x as Debian 13 and newer do
  "dkjson",
}
-- Nothing to compile: the Lua is in dist/, and runs on Lua 5.3 and 5.4.
-- (luarocks 3.8 still looks for Lua's C headers before any build:
-- Debian's liblua5.3-dev or liblua5.4-dev.)
build = {
  type = "builtin",
  modules = {
    ["haproxy-api"] = "dist/haproxy-api.lua",
    ["haproxy.stats"] = "dist/haproxy/stats.lua",
  },
}
