-- GET /events against a real HAProxy, read by a real client (LuaSocket,
-- chunked framing and SSE parsed here): an event for a change made on the
-- stats socket directly and for an API write; 16 streams at most, the 17th
-- a 503, and slots freed when clients go away; the token rule applies.
local haproxy = require("support.haproxy")
local api = require("support.api")
local json = require("dkjson")
local socket = require("socket")
local syslog = require("support.syslog")

local call = api.call

--- Opens GET /events; returns a reader with :next(seconds) -> { event =, data = } or { comment = }, and :close().
local function open_events(h, headers, path)
  local conn = socket.tcp()
  conn:settimeout(5)
  assert(conn:connect("127.0.0.1", h.ports.api))
  assert(conn:send(haproxy.request_text("GET", path or "/events", nil, headers)))
  local status = tonumber(assert(conn:receive("*l")):match("^HTTP/1%.1 (%d+)"))
  local head = {}
  for line in function() return assert(conn:receive("*l")) end do
    if line == "" then break end
    local name, value = line:match("^([^:]+):%s*(.-)%s*$")
    head[name:lower()] = value
  end
  local reader = { status = status, headers = head, buffer = "", conn = conn }
  if status ~= 200 then
    reader.body = head["transfer-encoding"] == "chunked" and haproxy.read_chunks(conn) or conn:receive(tonumber(head["content-length"]))
    conn:close()
    return reader
  end
  assert(head["transfer-encoding"] == "chunked", "an event stream is chunked")
  function reader:next(seconds)
    local deadline = socket.gettime() + (seconds or 5)
    while true do
      local block, rest = self.buffer:match("^(.-)\n\n(.*)$")
      if block then
        self.buffer = rest
        local comment = block:match("^: ?(.*)$")
        if comment then return { comment = comment } end
        -- Data lines are joined by newlines (a reset has one per group of servers).
        local data = {}
        for line in (block .. "\n"):gmatch("data: ([^\n]*)\n") do data[#data + 1] = line end
        return { event = block:match("event: ([^\n]*)"), id = block:match("id: ([^\n]*)"), data = json.decode(#data > 0 and table.concat(data, "\n") or "null") }
      end
      if socket.gettime() > deadline then return nil end
      self.conn:settimeout(math.max(0.05, deadline - socket.gettime()))
      local size_line = self.conn:receive("*l")
      if size_line then
        local size = tonumber(assert(size_line:match("^(%x+)\r?$"), "not a chunk size line: " .. size_line), 16)
        assert(size > 0, "the stream ended")
        self.buffer = self.buffer .. assert(self.conn:receive(size))
        assert(self.conn:receive(2) == "\r\n", "chunk not followed by CRLF")
      end
    end
  end
  --- The next event named `name` for which `match(data)` holds, within `seconds`.
  function reader:expect(name, match, seconds)
    local deadline = socket.gettime() + (seconds or 5)
    while socket.gettime() < deadline do
      local got = self:next(deadline - socket.gettime())
      if got and got.event == name and match(got.data) then return got.data end
    end
    error("no " .. name .. " event in time")
  end
  function reader:ready(seconds)
    local deadline = socket.gettime() + (seconds or 5)
    while socket.gettime() < deadline do
      local got = self:next(deadline - socket.gettime())
      if got and got.comment == "ready" then return end
    end
    error("the stream never said it was ready")
  end
  function reader:close() self.conn:close() end
  return reader
end

--- More servers than one slice of the watcher's pass, so passes yield midway (and the clock moves within one).
local function many_servers()
  local lines = { "backend many" }
  for s = 1, 450 do lines[#lines + 1] = string.format("  server m%d 127.0.0.1:%d", s, 20000 + s) end
  return table.concat(lines, "\n") .. "\n" .. "frontend front\n  bind 127.0.0.1:${PORT:front}\n  default_backend app\n"
end

describe("GET /events", function()
  local h
  setup(function() h = api.start("  stats socket ${SOCK} level admin\n", { extra = many_servers() }) end)
  teardown(function() if h then h:stop() end end)

  it("tells of a change made on the stats socket and of a write through the API, with what changed", function()
    local events = open_events(h)
    assert.are.equal("text/event-stream", events.headers["content-type"])
    events:ready()
    h:command("set weight app/web1 5")
    local changed = events:expect("server", function(data) return data.server == "web1" and data.weight == 5 end)
    assert.are.same({ "app", 10, "ready", "up" }, { changed.backend, changed.was.weight, changed.admin_state, changed.operational_state })
    assert.are.equal(200, (call(h, "PATCH", "/stats/backends/app/servers/web1/state", { admin_state = "drain" })))
    -- Both, in either order: from 2.8 HAProxy's event bus tells of the drain before the write is logged.
    local write, drained
    local deadline = socket.gettime() + 5
    while not (write and drained) and socket.gettime() < deadline do
      local got = events:next(deadline - socket.gettime())
      if got and got.event == "write" and got.data.path == "/stats/backends/app/servers/web1/state" then write = got.data end
      if got and got.event == "server" and got.data.server == "web1" and got.data.admin_state == "drain" then drained = got.data end
    end
    assert.is_truthy(write and drained, "the write and the drain were not both told")
    assert.are.same({ "PATCH", 200, "drain" }, { write.method, write.status, write.result.admin_state })
    assert.are.equal("DRAIN", drained.status)
    -- A later pass still runs: a server at the end of the last slice.
    h:command("set weight many/m450 7")
    assert.are.equal(7, events:expect("server", function(data) return data.server == "m450" end).weight)
    events:close()
    assert.are.equal(200, (call(h, "PATCH", "/stats/backends/app/servers/web1", { weight = 10, admin_state = "ready" })))
  end)

  it("serves 16 streams at once, answers the 17th a JSON 503, and frees the slots of clients that went away", function()
    local streams = {}
    for i = 1, 16 do
      -- The last spec's stream may hold its slot for a moment after its close (up to a keepalive: 2 s).
      h:wait_for(function()
        streams[i] = open_events(h)
        return streams[i].status == 200
      end, "a free slot", 10)
      assert.are.equal("haproxy-api events", streams[i]:next().comment)
    end
    local refused = open_events(h)
    assert.are.equal(503, refused.status)
    assert.are.equal("application/json", refused.headers["content-type"])
    assert.is_truthy(json.decode(refused.body).message:find("16 event streams"))
    streams[1]:close()
    streams[2]:close()
    local again
    h:wait_for(function()
      again = open_events(h)
      if again.status == 200 then return true end
    end, "a freed slot", 10)
    assert.are.equal("haproxy-api events", again:next().comment)
    again:close()
    for i = 3, 16 do streams[i]:close() end
    assert.are.same({}, h:runtime_errors())
  end)

  it("tells of a backend's load when proxied traffic moves it: sessions, rate, and its servers' counters", function()
    local events
    h:wait_for(function() -- the last spec's streams may still hold their slots for a moment
      events = open_events(h)
      return events.status == 200
    end, "a free slot", 10)
    events:ready()
    for _ = 1, 3 do assert.are.equal(200, (haproxy.http(h.ports.front, "GET", "/"))) end
    local load = events:expect("load", function(data) return data.backend == "app" and #data.servers > 0 end)
    assert.are.same({ "backend", "rate", "scur", "servers" }, (function() local k = {} for key in pairs(load) do k[#k + 1] = key end table.sort(k) return k end)())
    local web1 = load.servers[1]
    assert.are.equal("web1", web1.server)
    assert.is_true(web1.smax >= 1)
    assert.are.equal("number", type(web1.rate))
    assert.are.equal("", web1.check_status) -- no check on web1
    -- A backend without traffic says nothing.
    assert.has_error(function() events:expect("load", function(data) return data.backend == "many" end, 2.5) end)
    events:close()
  end)
end)

describe("GET /events misses nothing", function()
  local h
  setup(function() h = api.start("  stats socket ${SOCK} level admin\n", { extra = many_servers() }) end)
  teardown(function() if h then h:stop() end end)

  --- Opens a stream when a slot is free (a closed stream frees its own within a keepalive).
  local function open(headers, path)
    local events
    h:wait_for(function()
      events = open_events(h, headers, path)
      return events.status == 200
    end, "a free slot", 10)
    return events
  end

  --- Reads events until `done(event)`, or 3 s passed (a weight is sampled: a pass a second, a
  --- quarter of one for these 450 servers): the events read, and the one that was done.
  local function read_until(events, done)
    local seen = {}
    local deadline = socket.gettime() + 3
    while socket.gettime() < deadline do
      local got = events:next(deadline - socket.gettime())
      if got then
        seen[#seen + 1] = got
        if done(got) then return seen, got end
      end
    end
    return seen
  end

  --- web1's weight as the stream tells it: from its reset, or an event after it.
  local function web1_weight(events, weight)
    local _, found = read_until(events, function(got)
      if got.event == "reset" then
        for _, state in ipairs(got.data.servers) do
          if state.server == "web1" and state.weight == weight then return true end
        end
      end
      return got.event == "server" and got.data.server == "web1" and got.data.weight == weight
    end)
    return found
  end

  it("shows a change made 0, 50 or 500 ms after a client's list on the stream it opens right after", function()
    for round, delay in ipairs({ 0, 0.05, 0.5 }) do
      local weight = 20 + round
      assert.are.equal(200, (call(h, "GET", "/stats/backends/app/servers")))
      local events
      if delay == 0 then
        h:command("set weight app/web1 " .. weight)
        events = open()
      else
        events = open()
        socket.sleep(delay) -- the change's moment is what this case is about, not a wait for readiness
        h:command("set weight app/web1 " .. weight)
      end
      assert.is_truthy(web1_weight(events, weight), "weight " .. weight .. " made " .. delay .. " s after the list never showed")
      events:close()
    end
  end)

  it("resumes from the last id it saw: the change made while it was closed, or a reset with the current state", function()
    local events = open()
    local _, reset = read_until(events, function(got) return got.event == "reset" end)
    assert.is_truthy(reset and reset.id, "a reset with an id starts the stream")
    h:command("set weight app/web1 31")
    local _, changed = read_until(events, function(got) return got.event == "server" and got.data.weight == 31 end)
    assert.is_truthy(changed and changed.id)
    events:close()
    -- While it was closed (the watcher lingers: the journal still misses nothing).
    h:command("set weight app/web1 32")
    for _, how in ipairs({ { { ["Last-Event-ID"] = changed.id } }, { nil, "/events?since=" .. changed.id } }) do
      local resumed = open(how[1], how[2])
      local seen, found = read_until(resumed, function(got) return got.event == "server" and got.data.weight == 32 end)
      assert.is_truthy(found, "the change made while closed was not delivered")
      for _, got in ipairs(seen) do assert.are_not.equal("reset", got.event, "resumed with a reset though the journal held the change") end
      resumed:close()
    end
    -- An id the journal cannot vouch for (another process's, or none of its own): a reset with the current state.
    for _, id in ipairs({ "someone-else-7", "garbage" }) do
      local fresh = open({ ["Last-Event-ID"] = id })
      assert.is_truthy(web1_weight(fresh, 32), "no reset for " .. id)
      fresh:close()
    end
    assert.are.equal(200, (call(h, "PATCH", "/stats/backends/app/servers/web1/weight", { current = 10 })))
  end)

  it("tells of a server added and deleted on the socket, not through the API (from 2.8)", function()
    if not haproxy.at_least("2.8") then return end -- 2.6's Lua sees only the servers of its configuration
    local events = open()
    read_until(events, function(got) return got.comment == "ready" end)
    h:command("add server app/side 127.0.0.1:" .. h.ports.healthy)
    local _, added = read_until(events, function(got) return got.event == "server" and got.data.server == "side" end)
    assert.is_truthy(added, "no event for the added server")
    assert.is_nil(added.data.was) -- null: nothing it was
    h:command("del server app/side")
    local _, deleted = read_until(events, function(got) return got.event == "deleted" and got.data.server == "side" end)
    assert.is_truthy(deleted, "no event for the deleted server")
    events:close()
  end)
end)

describe("GET /events on 1,000 backends x 10 servers", function()
  -- A pass of the watcher over these 11,000 rows takes 5.5 s at its pace: what arrives within a
  -- second came from HAProxy's event bus (2.8+), or from the pass a new stream hurries.
  local h
  setup(function()
    local lines = {}
    for b = 1, 1000 do
      lines[#lines + 1] = "backend be" .. b
      for s = 1, 10 do lines[#lines + 1] = string.format("  server s%d 127.0.0.1:%d", s, 20000 + s) end
    end
    h = api.start("  stats socket ${SOCK} level admin\n", { extra = table.concat(lines, "\n") .. "\n" })
  end)
  teardown(function() if h then h:stop() end end)

  it("starts a stream within seconds, and from 2.8 tells of state changes made on the socket within a second", function()
    local events = open_events(h)
    events:ready(30) -- a pass over 11,000 servers, hurried: seconds on 2 loaded cores
    if not haproxy.at_least("2.8") then return events:close() end -- 2.6: the pass tells, 5.5 s at most
    -- Three servers, so that a pass happening by to look at each in time cannot pass for the bus.
    for _, target in ipairs({ { "be250", "s3" }, { "be500", "s7" }, { "be900", "s1" } }) do
      h:command(string.format("set server %s/%s state drain", target[1], target[2]))
      local drained = events:expect("server", function(data)
        return data.backend == target[1] and data.server == target[2] and data.admin_state == "drain"
      end, 1)
      assert.are.equal("DRAIN", drained.status)
    end
    events:close()
  end)
end)

describe("GET /events in HAProxy's log", function()
  local h, log
  setup(function()
    log = syslog.listen()
    h = api.start("  stats socket ${SOCK} level admin\n  log 127.0.0.1:" .. log.port .. " local0 debug\n")
  end)
  teardown(function()
    if h then h:stop() end
    log:close()
  end)

  -- What answers "why is my page still connecting?" from the log alone.
  it("tells at debug level each stream's life: opened by whom and waiting for what, ready after how long, dropped once its client left", function()
    local events = open_events(h)
    events:ready()
    events:close()
    -- Nothing opens another stream: the watcher lets the first go by itself.
    local lines = log:wait("/events stream #1 ", 3, 10)
    assert.are.equal(3, #lines, table.concat(lines, "\n"))
    assert.matches("^haproxy%-api: /events stream #1 opened by 127%.0%.0%.1, waiting for a pass after pass 0 for its reset; 1 open$", lines[1])
    assert.matches("^haproxy%-api: /events stream #1 ready after %d+ ms: a reset of 1 servers at event 0$", lines[2])
    assert.matches("^haproxy%-api: /events stream #1 dropped: no turn for %d+ ms %(its client left, or HAProxy stalled%); 0 open$", lines[3])
    assert.are.same({}, h:runtime_errors())
  end)
end)

describe("GET /events with HAPROXY_API_TOKEN", function()
  local h
  setup(function() h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_TOKEN sesame\n") end)
  teardown(function() if h then h:stop() end end)

  it("needs the bearer token, as every route", function()
    assert.are.equal(401, open_events(h).status)
    local events = open_events(h, { Authorization = "Bearer sesame" })
    assert.are.equal(200, events.status)
    events:close()
  end)
end)
