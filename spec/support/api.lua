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

--- Checks what every answer must have (an exact Content-Length, or a
--- chunked body whose framing support.haproxy checked; a JSON body for a
--- JSON type) and returns status, headers, the decoded JSON (or nil) and
--- the raw body.
local function checked(what, head_only, status, headers, raw)
  if status ~= 204 and not head_only and headers["transfer-encoding"] ~= "chunked" then
    assert.are.equal(tostring(#raw), headers["content-length"], "content-length of " .. what)
  end
  local decoded
  if (headers["content-type"] or ""):find("^application/json") and not head_only then
    local value, _, err = json.decode(raw)
    assert(err == nil, "not JSON (" .. tostring(err) .. "): " .. (#raw > 400 and raw:sub(1, 200) .. " ... " .. raw:sub(-200) or raw))
    decoded = value
  end
  return status, headers, decoded, raw
end

--- One request to the API: status, headers, the decoded JSON (or nil) and the raw body.
function M.call(h, method, path, body, headers)
  if body ~= nil and type(body) ~= "string" then body = json.encode(body) end
  if body ~= nil and headers == nil then headers = { ["Content-Type"] = "application/json" } end
  return checked(method .. " " .. path, method == "HEAD", haproxy.http(h.ports.api, method, path, body, headers))
end

--- Raw bytes to the API (for framing a well-behaved client would not send): as call().
function M.send(h, text)
  return checked(text:sub(1, 60), text:match("^HEAD ") ~= nil, haproxy.raw_http(h.ports.api, text))
end

--- Asserts an error answer: the status, a JSON {"code", "message"} body, and a message matching `pattern`.
local function is_error(status, pattern, what, got, response_headers, decoded, raw)
  assert.are.equal(status, got, what .. ": " .. raw)
  assert.are.equal("application/json", response_headers["content-type"])
  assert.are.equal(status, decoded.code)
  assert.is_string(decoded.message)
  if pattern then assert.is_truthy(decoded.message:find(pattern), "message: " .. decoded.message) end
  return decoded, response_headers
end

function M.fails(h, status, pattern, method, path, body, headers)
  return is_error(status, pattern, method .. " " .. path, M.call(h, method, path, body, headers))
end

--- fails() for raw request bytes.
function M.send_fails(h, status, pattern, text)
  return is_error(status, pattern, text:sub(1, 60), M.send(h, text))
end

--- `text` percent-encoded as one path segment ("/" as %2F, "#" as %23).
function M.segment(text)
  return (tostring(text):gsub("[^%w%-%._~]", function(char) return string.format("%%%02X", char:byte()) end))
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

--- Every column of a backend's "show servers state" but what moves by itself:
--- srv_time_since_last_change ticks; while a check runs, the "in progress"
--- bit (1) of srv_check_state and srv_agent_state is set and srv_check_result
--- of a failing server reads 0 (neutral) instead of 2 (failed). Read on `sock`,
--- by default the admin socket.
function M.servers_state(h, backend, sock)
  local lines = {}
  for line in haproxy.raw(sock or h.sock, "show servers state " .. backend):gmatch("[^\n]+") do
    local fields = {}
    for field in line:gmatch("%S+") do fields[#fields + 1] = field end
    if #fields > 15 and line:match("^%d") then
      fields[12] = "-"
      fields[14] = tostring(tonumber(fields[14]) & ~1)
      fields[15] = tostring(tonumber(fields[15]) & ~1)
      table.remove(fields, 10)
      lines[#lines + 1] = table.concat(fields, " ")
    end
  end
  return table.concat(lines, "\n")
end

--- Everything a write could change on the site, read directly: compared
--- before and after a refused request to prove it changed nothing.
function M.snapshot(h)
  local lines = {}
  for _, backend in ipairs({ "app", "static", "steer" }) do lines[#lines + 1] = M.servers_state(h, backend) end
  return table.concat(lines, "\n")
end

return M
