-- Calls the HTTP API of a HAProxy started by support.haproxy, and reads
-- what HAProxy says directly on its stats socket (never through the API).
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local json = require("dkjson")
local assert = require("luassert")

local M = {}

--- The smallest site behind the API: one backend of one server, weight 10.
M.one_server_site = [[
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200
backend app
  server web1 127.0.0.1:${PORT:healthy} weight 10
]]

--- Starts HAProxy with the API, `globals` (stats sockets, setenv) and the
--- one-server site (plus `opts.extra`), and waits until the API answers at all.
function M.start(globals, opts)
  local h = haproxy.start(configs.api_globals(globals) .. M.one_server_site .. (opts and opts.extra or ""), opts)
  h:wait_for(function() return haproxy.http(h.ports.api, "GET", "/uname") ~= nil end, "the API")
  return h
end

--- One request to the API. Checks what every answer must have (an exact
--- Content-Length; JSON bodies for JSON types) and returns status, headers,
--- the decoded JSON (or nil) and the raw body.
function M.call(h, method, path, body, headers)
  if body ~= nil and type(body) ~= "string" then body = json.encode(body) end
  if body ~= nil and headers == nil then headers = { ["Content-Type"] = "application/json" } end
  local status, response_headers, raw = haproxy.http(h.ports.api, method, path, body, headers)
  if status ~= 204 and method ~= "HEAD" then
    assert.are.equal(tostring(#raw), response_headers["content-length"], "content-length of " .. method .. " " .. path)
  end
  local decoded
  if (response_headers["content-type"] or ""):find("^application/json") and method ~= "HEAD" then
    local value, _, err = json.decode(raw)
    assert(err == nil, "not JSON: " .. raw)
    decoded = value
  end
  return status, response_headers, decoded, raw
end

--- Asserts an error answer: the status, a JSON {"code", "message"} body, and a message matching `pattern`.
function M.fails(h, status, pattern, method, path, body, headers)
  local got, response_headers, decoded, raw = M.call(h, method, path, body, headers)
  assert.are.equal(status, got, method .. " " .. path .. ": " .. raw)
  assert.are.equal("application/json", response_headers["content-type"])
  assert.are.equal(status, decoded.code)
  assert.is_string(decoded.message)
  if pattern then assert.is_truthy(decoded.message:find(pattern), "message: " .. decoded.message) end
  return decoded, response_headers
end

--- One server's line of "show servers state", read on the socket: op state,
--- admin state bits, current and initial weight.
function M.direct_state(h, backend, server)
  local answer = h:command("show servers state " .. backend)
  for line in answer:gmatch("[^\n]+") do
    local name, op, admin, uweight, iweight = line:match("^%d+ %S+ %d+ (%S+) %S+ (%d+) (%d+) (%d+) (%d+)")
    if name == server then
      return { op = tonumber(op), admin = tonumber(admin), weight = tonumber(uweight), initial = tonumber(iweight) }
    end
  end
  error("no server " .. backend .. "/" .. server .. " in: " .. answer)
end

--- Everything a write could change on the site, read directly: compared
--- before and after a refused request to prove it changed nothing.
function M.snapshot(h)
  local lines = {}
  for _, backend in ipairs({ "app", "static", "steer" }) do
    local answer = h:command("show servers state " .. backend)
    for line in answer:gmatch("[^\n]+") do
      local name, op, admin, uweight = line:match("^%d+ %S+ %d+ (%S+) %S+ (%d+) (%d+) (%d+)")
      if name then lines[#lines + 1] = table.concat({ backend, name, op, admin, uweight }, " ") end
    end
  end
  return table.concat(lines, "\n")
end

return M
