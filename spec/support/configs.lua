-- Configurations the integration specs start HAProxy with.
local M = {}

M.globals = [[
global
  stats socket ${SOCK} mode 600 level admin
  stats socket ${DIR}/user.sock mode 600 level user
  stats socket ipv4@127.0.0.1:${PORT:cli} level admin
  setenv HAPROXY_API_LIBRARY ${ROOT}/dist/haproxy/stats.lua
  setenv HAPROXY_API_SOCKET ${SOCK}
  lua-load ${ROOT}/spec/support/probe.lua
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
listen probe
  bind 127.0.0.1:${PORT:probe}
  http-request use-service lua.probe
]]

--- A small site: a frontend, a healthy target, servers passing and failing checks.
M.small = M.globals .. [[
frontend www
  bind 127.0.0.1:${PORT:www}
  default_backend app
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200
backend app
  option httpchk GET /
  server web1 127.0.0.1:${PORT:healthy} check inter 100ms weight 10
  server web2 127.0.0.1:${PORT:healthy} check inter 100ms
  server dead 127.0.0.1:${PORT:closed} check inter 100ms
backend static
  balance source
  server s1 127.0.0.1:${PORT:healthy}
]]

--- The API's listen section as the README recommends it: HAProxy holds the
--- body until it is complete (or over the API's limit), so a client that
--- announces more than it sends gets a JSON 408, not a service waiting forever;
--- and it sends each event of /events at once (http-no-delay).
M.api_section = [[
listen api
  bind 127.0.0.1:${PORT:api}
  option http-buffer-request
  option http-no-delay
  timeout http-request 1s
  http-error status 408 content-type application/json string '{"code":408,"message":"the request did not arrive in time"}'
  http-request use-service lua.haproxy-api
]]

--- The API on ${PORT:api}, with `global_lines` (stats sockets, setenv) before its lua-load.
function M.api_globals(global_lines)
  -- 3.1 and later warn unless tune.lua.bool-sample-conversion is set before lua-load
  -- (the API reads no boolean sample: either value suits it).
  return "global\n" .. global_lines .. [[
  .if version_atleast(3.1)
    tune.lua.bool-sample-conversion normal
  .endif
  lua-load ${ROOT}/dist/haproxy-api.lua
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
]] .. M.api_section
end

--- The small site behind the API, found by discovery: the user-level socket comes
--- first, so only a preference for "level admin" picks ${SOCK}. Backend "steer"
--- has servers without checks, whose health stays where a spec sets it; "empty"
--- has no server at all.
M.api = M.api_globals([[
  stats socket ${DIR}/user.sock mode 600 level user
  stats socket ${SOCK} mode 600 level admin
]]) .. M.small:match("\nfrontend www.*$") .. [[
backend steer
  server s1 127.0.0.1:${PORT:healthy} weight 20
  server s2 127.0.0.1:${PORT:healthy} weight 20
backend empty
]]

--- A service reporting the bytes of Lua memory in use after two full
--- collections (the second frees what the first only finalized: core.tcp
--- sockets). Load it with "lua-load ${DIR}/memory.lua" and serve it with
--- M.memory_section; pass the file with opts.files = { ["memory.lua"] = ... }.
M.memory_service = [[
core.register_service("memory", "http", function(applet)
  collectgarbage("collect")
  collectgarbage("collect")
  local body = string.format("%d", math.floor(collectgarbage("count") * 1024))
  applet:set_status(200)
  applet:add_header("content-length", #body)
  applet:start_response()
  applet:send(body)
end)
]]
M.memory_section = "listen memory\n  bind 127.0.0.1:${PORT:memory}\n  http-request use-service lua.memory\n"

--- True once the small site's health checks have settled: web1 and web2 up, dead down.
function M.small_settled(h)
  return function()
    local state = h:command("show servers state app")
    return state:find("web1 127.0.0.1 2 ") and state:find("web2 127.0.0.1 2 ") and state:find("dead 127.0.0.1 0 ")
  end
end

--- Starts HAProxy on `config` (one of the small site's) and waits until its health checks settled.
function M.start_settled(config, opts)
  local h = require("support.haproxy").start(config, opts)
  h:wait_for(M.small_settled(h), "health checks")
  return h
end

--- Puts the small site back to its configured weights and states, so every test starts alike.
function M.reset_small(h)
  h:command("set weight app/web1 10")
  h:command("set server app/web2 state ready")
  h:command("set server app/web2 health up")
end

--- `backends` backends of `servers` servers each, plus one backend of `wide` servers.
function M.large(backends, servers, wide)
  local lines = { M.globals }
  for b = 1, backends do
    lines[#lines + 1] = "backend be" .. b
    for s = 1, servers do
      lines[#lines + 1] = string.format("  server s%d 127.0.0.1:%d%s", s, 20000 + s, s % 3 == 0 and " disabled" or "")
    end
  end
  lines[#lines + 1] = "backend wide"
  for s = 1, wide or 0 do lines[#lines + 1] = string.format("  server w%d 127.0.0.1:%d weight %d", s, 30000 + s, s % 200) end
  return table.concat(lines, "\n") .. "\n"
end

--- Maps, ACLs and stick tables, fed by real traffic through frontend "edge"
--- (${PORT:edge}): routes.map sends path prefixes to backends (map_beg), and
--- each backend answers its own name; blocklist.acl denies source IPs (403);
--- agents.acl, free text, denies User-Agents (429); table "edge" counts
--- requests per source, gpc0 counts those to /abuse; table "conns" holds a
--- source while one of its connections is open; table "names" is keyed by
--- the X-Name header (free text). Start it with M.runtime_files.
M.runtime_site = [[
frontend edge
  bind 127.0.0.1:${PORT:edge}
  stick-table type ip size 1k expire 10m store http_req_cnt,http_req_rate(10s),gpc0
  tcp-request connection track-sc1 src table conns
  http-request track-sc0 src
  http-request sc-inc-gpc0(0) if { path_beg /abuse }
  http-request track-sc2 req.hdr(x-name) table names if { req.hdr(x-name) -m found }
  http-request deny deny_status 403 if { src -f ${DIR}/blocklist.acl }
  http-request deny deny_status 429 if { req.hdr(user-agent) -f ${DIR}/agents.acl }
  use_backend %[path,map_beg(${DIR}/routes.map,app)]
backend api_v1
  http-request return status 200 content-type text/plain lf-string "%[be_name]"
backend static_be
  http-request return status 200 content-type text/plain lf-string "%[be_name]"
backend conns
  stick-table type ip size 10 expire 1m store conn_cur
backend names
  stick-table type string len 64 size 10 expire 1m store gpc0
]]

--- Waits until no session tracks an entry of `table`: a request's tracking
--- ends a moment after its client has the response, and HAProxy keeps
--- tracked entries when clearing.
function M.untracked(h, table)
  h:wait_for(function() return not h:command("show table " .. table):find(" use=[1-9]") end, "table " .. table .. " untracked")
end

--- A frontend (${PORT:holdfe}) whose backend "held" has one server, h1,
--- that holds every session `seconds` and then ends it (a TCP listener
--- that accepts and never answers): a real open session on a server.
function M.hold_site(seconds)
  return string.format([[
frontend holdfe
  bind 127.0.0.1:${PORT:holdfe}
  default_backend held
listen hold
  mode tcp
  bind 127.0.0.1:${PORT:hold}
  tcp-request inspect-delay %ds
  tcp-request content accept if WAIT_END
  server none 127.0.0.1:${PORT:closed}
backend held
  server h1 127.0.0.1:${PORT:hold}
]], seconds)
end

--- Opens a session through M.hold_site and waits until held/h1 has it.
--- HAProxy keeps a session whose client left while the server has not
--- answered, so the session lasts until the hold ends, whatever the client does.
function M.hold_session(h)
  local conn = require("socket").tcp()
  conn:settimeout(10)
  assert(conn:connect("127.0.0.1", h.ports.holdfe))
  assert(conn:send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
  h:wait_for(function() return h:command("show stat held 4 -1"):find("\nheld,h1,0,0,1,") ~= nil end, "a session on held/h1")
  return conn
end

--- The files M.runtime_site reads.
M.runtime_files = {
  ["routes.map"] = "/api/v1 api_v1\n/static static_be\n",
  ["blocklist.acl"] = "10.0.0.1\n192.168.0.0/16\n",
  ["agents.acl"] = "bad bot\nscanner 2.0\n",
}

return M
