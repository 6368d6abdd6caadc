-- The floor of the socket design, for the benchmark only (never shipped):
-- sends the runtime command in the query string to the stats socket and
-- answers HAProxy's raw text, with no parsing and no JSON.
local address = "unix@" .. os.getenv("BENCH_SOCKET")

core.register_service("relay", "http", function(applet)
  local command = applet.qs:gsub("%%(%x%x)", function(hex) return string.char(tonumber(hex, 16)) end)
  local socket = core.tcp()
  socket:settimeout(3)
  local answer = ""
  if socket:connect(address) then
    socket:send(command .. "\n")
    answer = socket:receive("*a") or ""
  end
  socket:close()
  applet:set_status(200)
  applet:add_header("content-type", "text/plain")
  applet:add_header("content-length", #answer)
  applet:start_response()
  applet:send(answer)
end)
