-- Benchmark-only services (never shipped), loaded beside the API:
-- - "peak": the most Lua memory a sampling task saw since GET /?start
--   (KiB), read by the next GET /. The task looks every millisecond, so it sees memory
--   between the pieces of a streamed answer, not inside one; the bench's
--   tune.lua.maxmem bounds what happens inside.
-- - "cjson": the reference for the encoder choice: every row from
--   get_stats() (no field order, no filtering of the stale fields), encoded
--   by lua-cjson one row at a time, sent in pieces of 100 rows like ours.
local peak, armed = 0, false

-- Samples only while armed (between a GET /?start and the next GET /): a
-- task waking every millisecond would weigh on every other measurement.
core.register_task(function()
  while true do
    if armed then
      local now = collectgarbage("count")
      if now > peak then peak = now end
      core.msleep(1)
    else
      core.msleep(100)
    end
  end
end)

core.register_service("peak", "http", function(applet)
  local body = string.format("%d", math.floor(math.max(peak, collectgarbage("count"))))
  peak = 0
  armed = applet.qs == "start"
  applet:set_status(200)
  applet:add_header("content-length", #body)
  applet:start_response()
  applet:send(body)
end)

local ok, cjson = pcall(require, "cjson")

core.register_service("cjson", "http", function(applet)
  if not ok then
    applet:set_status(501)
    applet:start_response()
    return
  end
  local encode, concat = cjson.encode, table.concat
  -- 2.8 and later have getters (the fields warn).
  local function uuid(px) return tonumber(px.get_uuid and px:get_uuid() or px.uuid) end
  local function puid(sv) return tonumber(sv.get_puid and sv:get_puid() or sv.puid) end
  local proxies = {}
  for _, px in pairs(core.backends) do proxies[#proxies + 1] = px end
  table.sort(proxies, function(a, b) return uuid(a) < uuid(b) end)
  applet:set_status(200)
  applet:add_header("content-type", "application/json")
  applet:start_response()
  local parts, n = { "[" }, 1
  local first = true
  local function add(row)
    n = n + 1
    parts[n] = first and encode(row) or "," .. encode(row)
    first = false
    if n >= 100 then
      applet:send(concat(parts, "", 1, n))
      n = 0
      collectgarbage("step", 1024)
      core.yield()
    end
  end
  for _, px in ipairs(proxies) do
    local servers = {}
    for _, sv in pairs(px.servers) do servers[#servers + 1] = sv end
    table.sort(servers, function(a, b) return puid(a) < puid(b) end)
    for _, sv in ipairs(servers) do add(sv:get_stats()) end
    add(px:get_stats())
  end
  n = n + 1
  parts[n] = "]"
  applet:send(concat(parts, "", 1, n))
end)

-- "reads": what reading every row in-process costs alone, with no JSON:
-- CPU ms (os.clock) and KiB allocated by the get_stats() calls of a full
-- GET /stats (every server and backend, and each frontend-only proxy).
core.register_service("reads", "http", function(applet)
  collectgarbage("collect")
  collectgarbage("stop")
  local before, started = collectgarbage("count"), os.clock()
  local rows = 0
  for _, px in pairs(core.backends) do
    for _, sv in pairs(px.servers) do sv:get_stats() rows = rows + 1 end
    px:get_stats()
    rows = rows + 1
  end
  local ms, kib = (os.clock() - started) * 1000, collectgarbage("count") - before
  collectgarbage("restart")
  local body = string.format("%d %.1f %d", rows, ms, math.floor(kib))
  applet:set_status(200)
  applet:add_header("content-length", #body)
  applet:start_response()
  applet:send(body)
end)
