-- A tiny HAProxy service for specs: runs one method of the stats library
-- inside HAProxy (core.tcp() sockets) and answers its results as JSON.
-- POST {"method": "get_server", "args": ["app", "web1"], "address": "..."}.
local json = require("dkjson")
local stats = dofile(os.getenv("HAPROXY_API_LIBRARY"))

core.register_service("probe", "http", function(applet)
  local request = json.decode(applet:receive() or "") or {}
  local client = stats.Client(request.address or os.getenv("HAPROXY_API_SOCKET"), nil, request.timeout)
  local started = core.now()
  local ok, value, err = pcall(client[request.method], client, table.unpack(request.args or {}))
  local finished = core.now()
  -- "project": answer rows as "field,field,..." lines, to compare large results compactly.
  if ok and request.project and type(value) == "table" then
    local lines = {}
    for i, row in ipairs(value) do
      local fields = {}
      for j, name in ipairs(request.project) do fields[j] = tostring(row[name]) end
      lines[i] = table.concat(fields, ",")
    end
    value = table.concat(lines, "\n")
  end
  local answer = {
    ok = ok and value ~= nil,
    value = value,
    err = (not ok) and tostring(value) or (err and { kind = err.kind, message = err.message, command = err.command, haproxy = err.haproxy, text = tostring(err) }) or nil,
    ms = (finished.sec - started.sec) * 1000 + (finished.usec - started.usec) / 1000,
  }
  if type(answer.value) == "table" and #answer.value == 0 and next(answer.value) == nil then
    answer.value = setmetatable({}, { __jsontype = "array" })
  end
  local body = json.encode(answer)
  applet:set_status(200)
  applet:add_header("content-type", "application/json")
  applet:add_header("content-length", #body)
  applet:start_response()
  applet:send(body)
end)
