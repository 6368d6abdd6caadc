-- Faults around the API in a real HAProxy: the stats socket removed or
-- dead while HAProxy runs, a socket below "level admin", 200 clients at
-- once, Lua memory under tune.lua.maxmem, and a reload with -sf.
local socket = require("socket")
local unix = require("socket.unix")
local json = require("dkjson")
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local syslog = require("support.syslog")

local fails, call = api.fails, api.call

--- The steer backend's state, read on the level-user socket (the admin one may be gone).
local function steer_state(h)
  return api.servers_state(h, "steer", h.dir .. "/user.sock")
end

describe("faults", function()
  local h, log

  after_each(function()
    if h then h:stop() end
    if log then log:close() end
    h, log = nil, nil
  end)

  it("a stats socket removed or dead while HAProxy runs is a 503; proxied traffic goes on", function()
    h = configs.start_settled(configs.api)
    assert.are.equal(200, (call(h, "GET", "/stats/info")))
    local before = steer_state(h)
    assert(os.remove(h.sock))
    local sock = h.sock:gsub("%p", "%%%0")
    fails(h, 503, "cannot connect to " .. sock, "GET", "/stats/backends")
    fails(h, 503, "cannot connect to " .. sock, "PATCH", "/stats/backends/steer/servers/s1/weight", { current = 1 })
    assert.are.equal(200, (haproxy.http(h.ports.www, "GET", "/")))
    -- A socket file nobody listens on any more.
    local dead = unix.stream()
    assert(dead:bind(h.sock))
    assert(dead:listen())
    dead:close()
    fails(h, 503, "cannot connect to " .. sock, "PATCH", "/stats/backends/steer/servers/s1/state", { admin_state = "maint" })
    assert.are.equal(before, steer_state(h))
    assert.is_true(h:alive())
  end)

  it("at level operator, reads work and writes are a 502 that says to add level admin", function()
    h = api.start("  stats socket ${SOCK} level operator\n")
    local status, _, rows = call(h, "GET", "/stats/backends/app/servers")
    assert.are.equal(200, status)
    assert.are.equal("web1", rows[1].svname)
    assert.are.equal(200, (call(h, "GET", "/stats/backends/app/servers/web1/state")))
    local server = "/stats/backends/app/servers/web1"
    fails(h, 502, 'needs "level admin"', "PATCH", server .. "/weight", { current = 1 })
    fails(h, 502, 'needs "level admin"', "PATCH", server .. "/state", { admin_state = "maint" })
    fails(h, 502, 'needs "level admin"', "PATCH", server, { status = "DOWN" })
    assert.are.same({ op = 2, admin = 0, weight = 10, initial = 10 }, api.direct_state(h, "app", "web1"))
  end)

  it("200 clients at once: every write applied once, in the write log's order; traffic flows", function()
    log = syslog.listen()
    h = configs.start_settled((configs.api:gsub("global\n", "global\n" .. log:global_line(), 1)))
    local server = "/stats/backends/steer/servers/s1"
    local requests, expected = {}, {}
    local function add(port, method, path, body)
      local headers = body and { ["Content-Type"] = "application/json" } or nil
      requests[#requests + 1] = { port = port, text = haproxy.request_text(method, path, body, headers) }
      expected[#requests] = { method = method, path = path, body = body and json.decode(body) }
    end
    local reads = { server, server .. "/weight", server .. "/state", "/stats/backends/steer/servers", "/stats/info", "/stats/backends" }
    local states = { "drain", "ready", "maint" }
    for i = 1, 200 do
      if i % 2 == 0 then
        add(h.ports.api, "PATCH", server .. "/weight", '{"current":' .. (i // 2) .. "}") -- 100 distinct weights
      elseif i % 5 ~= 0 then
        add(h.ports.api, "PATCH", server .. "/state", '{"admin_state":"' .. states[i % 3 + 1] .. '"}') -- 80 state writes
      else
        add(h.ports.api, "GET", reads[i % #reads + 1]) -- 20 reads
      end
      if i % 10 == 0 then add(h.ports.www, "GET", "/") end -- 20 proxied requests between them
    end
    local answers = haproxy.parallel(requests, 30)
    local writes = 0
    for i, answer in ipairs(answers) do
      local want = expected[i]
      assert.are.equal(200, answer.status, want.method .. " " .. want.path .. ": " .. tostring(answer.error or answer.body))
      if want.body then
        writes = writes + 1
        local got = json.decode(answer.body)
        -- Under the write lock a write's answer is the state it produced, not a neighbour's.
        if want.body.current then assert.are.equal(want.body.current, got.current) end
        if want.body.admin_state then assert.are.equal(want.body.admin_state, got.admin_state) end
      end
    end
    assert.are.equal(180, writes)
    local lines = log:wait("^haproxy%-api: 127%.0%.0%.1 PATCH ", writes)
    assert.are.equal(writes, #lines)
    local seen, last_weight, last_state = {}, nil, nil
    for _, line in ipairs(lines) do
      local fields, status = line:match(" (%b{}) (%d+)$")
      assert.are.equal("200", status, line)
      local body = json.decode(fields)
      if body.current then
        assert.is_nil(seen[body.current], "weight " .. body.current .. " applied twice")
        seen[body.current] = true
        last_weight = body.current
      else
        last_state = body.admin_state
      end
    end
    for weight = 1, 100 do assert.is_true(seen[weight], "weight " .. weight .. " never applied") end
    local final = api.direct_state(h, "steer", "s1")
    assert.are.equal(last_weight, final.weight)
    assert.are.equal(({ ready = 0, maint = 1, drain = 8 })[last_state], final.admin)
    assert.is_true(h:alive())
  end)

  it("Lua memory stays flat over 3,000 requests, and a request over tune.lua.maxmem is a 503", function()
    local big = { "backend big" }
    for s = 1, 1000 do big[#big + 1] = string.format("  server s%d 127.0.0.1:%d", s, 20000 + s % 1000) end
    local entries = {}
    for i = 1, 40000 do entries[i] = string.format("/path/%d backend%d", i, i) end
    -- Init peaks highest (the configuration read, its 1,000 servers, redacted once): 6 MB was no
    -- longer enough on 2.6.12 ("Lua post-init: not enough memory"); from 2.8 a Server object
    -- carries its ~45 methods in a table of its own (1.6 MB for 1,000, measured on 3.0.11).
    local maxmem = 8
    h = api.start("  stats socket ${SOCK} level admin\n  tune.lua.maxmem " .. maxmem .. "\n  lua-load ${DIR}/memory.lua\n", {
      extra = configs.memory_section .. table.concat(big, "\n") .. "\n"
        .. "frontend mapped\n  bind 127.0.0.1:${PORT:mapped}\n  http-request set-var(txn.to) path,map(${DIR}/big.map)\n  default_backend big\n"
        .. "backend flags\n  stick-table type string len 32 size 100k store gpc0\n",
      files = { ["memory.lua"] = configs.memory_service, ["big.map"] = table.concat(entries, "\n") .. "\n" },
    })
    local function memory() return tonumber(select(3, haproxy.http(h.ports.memory, "GET", "/"))) end
    local mix = {
      { "GET", "/stats/backends/app/servers/web1" }, { "GET", "/stats/info" }, { "GET", "/stats/backends/app/servers/web1/weight" },
      { "PATCH", "/stats/backends/app/servers/web1/weight", '{"current":7}' }, { "PATCH", "/stats/backends/app/servers/web1/state", '{"admin_state":"ready"}' },
      { "PATCH", "/stats/backends/app/servers/web1/weight", '{"current":"x"}' }, { "GET", "/stats/backends/nope" }, { "GET", "/nope" },
    }
    local function run(count)
      for i = 1, count do
        local case = mix[i % #mix + 1]
        haproxy.http(h.ports.api, case[1], case[2], case[3], case[3] and { ["Content-Type"] = "application/json" })
      end
    end
    -- 1,000 servers' rows are streamed, a slice at a time: they fit in 8 MB of Lua.
    local status, _, rows = call(h, "GET", "/stats/backends/big/servers")
    assert.are.equal(200, status)
    assert.are.equal(1000, #rows)
    run(1000)
    local warm = memory()
    run(2000)
    assert.is_true(memory() <= warm * 1.01, "Lua memory grew from " .. warm .. " to " .. memory())
    -- So are 40,000 map entries, as the dump arrives.
    local mapped = select(3, call(h, "GET", "/maps/" .. api.segment(h.dir .. "/big.map")))
    assert.are.equal(40000, #mapped)
    assert.are.same({ key = "/path/40000", value = "backend40000" }, { key = mapped[40000].key, value = mapped[40000].value })
    -- 40,000 stick-table entries do not (read whole): that request fails alone, the next ones are served.
    local sets = {}
    for i = 1, 40000 do sets[i] = string.format("set table flags key k%d data.gpc0 1", i) end
    h:commands(sets)
    assert.is_truthy(h:command("show table"):find("table: flags, type: string, size:%d+, used:40000"))
    fails(h, 503, "tune.lua.maxmem", "GET", "/tables/flags")
    assert.are.equal(200, (call(h, "GET", "/stats/backends/app/servers/web1")))
    assert.is_true(memory() <= warm * 1.01)
    assert.is_true(h:alive())
  end)

  it("a reload with -sf: no request fails, and the new process serves the API at once", function()
    -- The new process takes the old one's listening sockets (-x, expose-fd listeners): the specs'
    -- HAProxies bind without SO_REUSEPORT (support.haproxy), so it could not bind beside them.
    h = api.start("  stats socket ${SOCK} level admin expose-fd listeners\n")
    local old = h.pid
    os.execute(string.format("%s -D -p %s -f %s -x %s -sf %d >%s/reload.log 2>&1 &", haproxy.binary, h.pidfile, h.cfg, h.sock, old, h.dir))
    local served, new = 0, nil
    local deadline = socket.gettime() + 10
    -- Until the old process has gone, and then some: every answer is a 200 from the API.
    local after = 0
    while after < 50 and socket.gettime() < deadline do
      local status, _, info, raw = call(h, "GET", "/stats/info")
      assert.are.equal(200, status, raw)
      served = served + 1
      if info.Pid ~= old then new = info.Pid end
      if new and not os.execute("kill -0 " .. old .. " 2>/dev/null") then after = after + 1 end
    end
    assert.are.equal(50, after, "the old process did not leave within 10 s")
    h.pid = new
    assert.is_true(h:alive())
    assert.are.equal(200, (call(h, "PATCH", "/stats/backends/app/servers/web1/weight", { current = 3 })))
    assert.are.equal(3, api.direct_state(h, "app", "web1").weight)
    assert.is_true(served > 50)
  end)
end)
