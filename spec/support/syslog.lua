-- A syslog receiver on loopback UDP, for specs that read what HAProxy logs
-- (the API's write log). Bound before HAProxy starts, so nothing is lost.
local socket = require("socket")

local M = {}
M.__index = M

function M.listen()
  local udp = socket.udp()
  assert(udp:setsockname("127.0.0.1", 0))
  local _, port = udp:getsockname()
  return setmetatable({ udp = udp, port = tonumber(port) }, M)
end

--- The global-section line that sends HAProxy's logs here.
function M:global_line()
  return "  log 127.0.0.1:" .. self.port .. " local0 info\n"
end

--- Messages (the text after "haproxy[pid]: ") matching `pattern`, read until
--- `count` of them arrived or `seconds` passed, in arrival order.
function M:wait(pattern, count, seconds)
  local found = {}
  local deadline = socket.gettime() + (seconds or 5)
  while #found < count and socket.gettime() < deadline do
    self.udp:settimeout(math.max(0.01, deadline - socket.gettime()))
    local datagram = self.udp:receive()
    local message = datagram and datagram:match("^<%d+>.-haproxy%[%d+%]: (.*)$")
    if message and message:find(pattern) then found[#found + 1] = message:gsub("%s+$", "") end
  end
  return found
end

function M:close()
  self.udp:close()
end

return M
