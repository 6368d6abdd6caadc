-- GET /events against a real HAProxy, read by a real client (LuaSocket,
-- chunked framing and SSE parsed here): an event for a change made on the
-- stats socket directly and for an API write; 16 streams at most, the 17th
-- a 503, and slots freed when clients go away; the token rule applies.
local haproxy = require("support.haproxy")
local api = require("support.api")
local json = require("dkjson")
local socket = require("socket")

local call = api.call

--- Opens GET /events; returns a reader with :next(seconds) -> { event =, data = } or { comment = }, and :close().
local function open_events(h, headers)
  local conn = socket.tcp()
  conn:settimeout(5)
  assert(conn:connect("127.0.0.1", h.ports.api))
  assert(conn:send(haproxy.request_text("GET", "/events", nil, headers)))
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
        return { event = block:match("event: ([^\n]*)"), data = json.decode(block:match("data: ([^\n]*)") or "null") }
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
  function reader:ready()
    local deadline = socket.gettime() + 5
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
    local write = events:expect("write", function(data) return data.path == "/stats/backends/app/servers/web1/state" end)
    assert.are.same({ "PATCH", 200, "drain" }, { write.method, write.status, write.result.admin_state })
    local drained = events:expect("server", function(data) return data.server == "web1" and data.admin_state == "drain" end)
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
