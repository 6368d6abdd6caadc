-- Drives wrk (Debian's package) for the benchmark and reads its report.
local haproxy = require("support.haproxy")

local M = {}

local function tmpfile(text)
  local path = os.tmpname()
  local file = assert(io.open(path, "w"))
  file:write(text)
  file:close()
  return path
end

local function quote(text)
  return string.format("%q", text)
end

local function ms(value, unit)
  local scale = ({ us = 0.001, ms = 1, s = 1000, m = 60000 })[unit] or 1
  return tonumber(value) * scale
end

--- The wrk script for one request: method, headers and body.
local function script(method, headers, body)
  local lines = { "wrk.method = " .. quote(method) }
  if body then lines[#lines + 1] = "wrk.body = " .. quote(body) end
  for name, value in pairs(headers or {}) do lines[#lines + 1] = string.format("wrk.headers[%s] = %s", quote(name), quote(value)) end
  return table.concat(lines, "\n") .. "\n"
end

--- Runs wrk on one request for `seconds`; returns { rps, p50, p99 (ms), bytes (one answer's body), errors }.
function M.run(port, method, path, headers, body, seconds, connections)
  local _, _, answer = haproxy.http(port, method, path, body, headers)
  local file = tmpfile(script(method, headers, body))
  local command = string.format("wrk -t1 -c%d -d%ds --timeout 30s --latency -s %s 'http://127.0.0.1:%d%s' 2>&1", connections, seconds, file, port, path)
  local pipe = assert(io.popen(command))
  local report = pipe:read("*a")
  pipe:close()
  os.remove(file)
  local rps = tonumber(report:match("Requests/sec:%s+([%d%.]+)"))
  assert(rps, "wrk failed: " .. report)
  local p50v, p50u = report:match("\n%s+50%%%s+([%d%.]+)(%a+)")
  local p99v, p99u = report:match("\n%s+99%%%s+([%d%.]+)(%a+)")
  local errors = tonumber(report:match("Non%-2xx or 3xx responses: (%d+)") or "0")
  for count in (report:match("Socket errors: ([^\n]+)") or ""):gmatch("(%d+)") do errors = errors + tonumber(count) end
  return { rps = rps, p50 = ms(p50v, p50u), p99 = ms(p99v, p99u), bytes = #answer, errors = errors }
end

--- Sends at least `total` requests cycling through `requests` ({ method, path, body }),
--- in wrk runs of a few seconds each; returns how many were answered.
function M.count(port, requests, total, connections)
  local lines = { "local requests = {" }
  for _, request in ipairs(requests) do
    local headers = request[3] and '{ ["Content-Type"] = "application/json" }' or "nil"
    lines[#lines + 1] = string.format("  wrk.format(%s, %s, %s, %s),", quote(request[1]), quote(request[2]), headers, request[3] and quote(request[3]) or "nil")
  end
  lines[#lines + 1] = "}"
  lines[#lines + 1] = "local sent = 0"
  lines[#lines + 1] = "function request() sent = sent + 1; return requests[sent % #requests + 1] end"
  local file = tmpfile(table.concat(lines, "\n") .. "\n")
  local answered, seconds = 0, 1
  while answered < total do
    local command = string.format("wrk -t1 -c%d -d%ds --timeout 30s -s %s 'http://127.0.0.1:%d/' 2>&1", connections, seconds, file, port)
    local pipe = assert(io.popen(command))
    local report = pipe:read("*a")
    pipe:close()
    local done = tonumber(report:match("(%d+) requests in"))
    assert(done, "wrk failed: " .. report)
    answered = answered + done
    -- Aim the next run at what is left, from the rate just measured, 10 s at most.
    seconds = math.max(1, math.min(10, math.ceil((total - answered) / math.max(done / seconds, 1))))
  end
  os.remove(file)
  return answered
end

return M
