-- Operator workflows against a real HAProxy: add and delete servers, several
-- fields at once and in bulk (all or nothing), drain and wait on a real open
-- session, ready with a weight ramp, closing sessions, stopping a frontend,
-- clearing counters. Every effect is read on the stats socket directly, and
-- through proxied traffic where it shows there.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local syslog = require("support.syslog")
local socket = require("socket")
local stats = require("haproxy.stats")

local call, fails = api.call, api.fails
local POOL = "/stats/backends/pool/servers"

local site = [[
frontend www
  bind 127.0.0.1:${PORT:www}
  default_backend pool
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200
backend pool
  server p1 127.0.0.1:${PORT:healthy} weight 20
  server p2 127.0.0.1:${PORT:healthy} weight 20
backend checked
  option httpchk GET /
  server c1 127.0.0.1:${PORT:healthy} check inter 100ms
backend fixed
  balance source
  server f1 127.0.0.1:${PORT:healthy}
backend spare
  server s1 127.0.0.1:${PORT:healthy}
]] .. configs.hold_site(2)

local servers_state = api.servers_state

local function row(h, backend, server)
  for _, each in ipairs(stats.parse_stats(h:command("show stat " .. backend .. " 4 -1"))) do
    if each.svname == server then return each end
  end
end

local hold_session = configs.hold_session

describe("operator workflows", function()
  local h, log

  setup(function()
    log = syslog.listen()
    h = haproxy.start(configs.api_globals(log:global_line() .. "  stats socket ${SOCK} mode 600 level admin\n") .. site)
    h:wait_for(function() return haproxy.http(h.ports.api, "GET", "/uname") ~= nil end, "the API")
    h:wait_for(function() return h:command("show servers state checked"):find(" c1 127.0.0.1 2 ") ~= nil end, "c1's check")
  end)

  teardown(function()
    if h then h:stop() end
    if log then log:close() end
  end)

  before_each(function()
    for _, server in ipairs({ "p1", "p2" }) do
      h:command("set weight pool/" .. server .. " 20")
      h:command("set server pool/" .. server .. " state ready")
      h:command("set maxconn server pool/" .. server .. " 0")
    end
    h:command("enable health checked/c1")
    h:command("set server held/h1 state ready")
  end)

  describe("adding and deleting servers", function()
    it("adds a server in maintenance, then one ready with its check on: 201, Location, state on the socket, traffic", function()
      local status, headers, added = call(h, "POST", POOL, { name = "new1", address = "127.0.0.1", port = h.ports.healthy, weight = 7, maxconn = 30 })
      assert.are.equal(201, status)
      assert.are.equal(POOL .. "/new1", headers.location)
      assert.are.same({ "new1", "MAINT" }, { added.svname, added.status })
      assert.is_truthy(h:command("show servers state pool"):find(" new1 127.0.0.1 0 1 7 7 "))
      assert.are.equal(30, row(h, "pool", "new1").slim)
      -- In maintenance it gets no request.
      for _ = 1, 6 do assert.are.equal(200, (haproxy.http(h.ports.www, "GET", "/"))) end
      assert.are.equal(0, row(h, "pool", "new1").stot)

      status = call(h, "POST", "/stats/backends/checked/servers", { name = "new2", address = "127.0.0.1", port = h.ports.healthy, check = true, admin_state = "ready" })
      assert.are.equal(201, status)
      local line = h:command("show servers state checked"):match("[^\n]* new2 [^\n]*")
      local admin, check_state = line:match("^%d+ %S+ %d+ new2 %S+ %d+ (%d+) %d+ %d+ %d+ %d+ %d+ %d+ (%d+)")
      assert.are.equal("0", admin)
      assert.are.equal(4, tonumber(check_state) & 4, "health check enabled: " .. line)
      h:wait_for(function() return row(h, "checked", "new2").check_status == "L7OK" end, "new2's first check")
      for _, path in ipairs({ POOL .. "/new1", "/stats/backends/checked/servers/new2" }) do
        assert.are.equal(200, (call(h, "PATCH", path, { admin_state = "maint", health_check = path:find("new2") and "disabled" or nil })))
        assert.are.equal(204, (call(h, "DELETE", path)))
      end
    end)

    it("refuses duplicates, unknown and static backends and bad fields, creating nothing", function()
      local before = servers_state(h, "pool") .. servers_state(h, "fixed")
      fails(h, 409, "Already exists", "POST", POOL, { name = "p1", address = "127.0.0.1", port = 80 })
      fails(h, 404, "No such backend", "POST", "/stats/backends/nope/servers", { name = "x", address = "127.0.0.1", port = 80 })
      fails(h, 409, "dynamic load balancing", "POST", "/stats/backends/fixed/servers", { name = "x", address = "127.0.0.1", port = 80 })
      for _, case in ipairs({
        { { name = "a;b", address = "127.0.0.1", port = 80 }, 'field "name"' },
        { { name = "a b", address = "127.0.0.1", port = 80 }, 'field "name"' },
        { { name = "x", address = "127.0.0.1;show info", port = 80 }, 'field "address" must be an IPv4 or IPv6 address' },
        { { name = "x", address = "example.com", port = 80 }, 'field "address"' },
        { { name = "x", address = "127.0.0.1", port = 0 }, 'field "port" must be an integer from 1 to 65535, got 0' },
        { { name = "x", address = "127.0.0.1", port = 65536 }, 'field "port"' },
        { { name = "x", address = "127.0.0.1", port = 80, weight = 257 }, 'field "weight" must be an integer from 0 to 256, got 257' },
        { { name = "x", address = "127.0.0.1", port = 80, check = "yes" }, 'field "check" must be true or false' },
        { { name = "x", address = "127.0.0.1", port = 80, admin_state = "drain" }, 'field "admin_state"' },
        { { name = "x", address = "127.0.0.1" }, 'field "port" is required' },
        { { name = "x", address = "127.0.0.1", port = 80, colour = "red" }, 'unknown field "colour"' },
        { { name = 5, address = "127.0.0.1", port = 80 }, 'field "name"' },
      }) do
        fails(h, 400, case[2], "POST", POOL, case[1])
      end
      fails(h, 400, 'backend "a;b"', "POST", "/stats/backends/a%3Bb/servers", { name = "x", address = "127.0.0.1", port = 80 })
      assert.are.equal(before, servers_state(h, "pool") .. servers_state(h, "fixed"))
    end)

    it("deletes a server only in maintenance; one of the configuration too from 2.8, or says why it stays", function()
      assert.are.equal(201, (call(h, "POST", POOL, { name = "gone", address = "127.0.0.1", port = h.ports.healthy, admin_state = "ready" })))
      fails(h, 409, "drain it, then put it in maintenance", "DELETE", POOL .. "/gone")
      assert.is_truthy(h:command("show servers state pool"):find(" gone "))
      assert.are.equal(200, (call(h, "PATCH", POOL .. "/gone", { admin_state = "maint" })))
      assert.are.equal(204, (call(h, "DELETE", POOL .. "/gone")))
      assert.is_nil(h:command("show servers state pool"):find(" gone "))
      fails(h, 404, "No such server", "DELETE", POOL .. "/gone")
      h:command("set server spare/s1 state maint")
      if haproxy.at_least("2.8") then
        -- Lua holds servers by counted references from 2.8: a configured one can be deleted too.
        assert.are.equal(204, (call(h, "DELETE", "/stats/backends/spare/servers/s1")))
        assert.is_nil(h:command("show servers state spare"):find(" s1 "))
        fails(h, 404, "no such server", "GET", "/stats/backends/spare/servers/s1")
      else
        fails(h, 409, "defined in the configuration", "DELETE", "/stats/backends/spare/servers/s1")
        assert.is_truthy(h:command("show servers state spare"):find(" s1 "))
      end
    end)
  end)

  describe("changing fields", function()
    it("applies several fields at once, checked on the socket", function()
      local status, _, answer = call(h, "PATCH", POOL .. "/p1", { weight = 5, maxconn = 40, admin_state = "drain", address = "127.0.0.2", port = 8081 })
      assert.are.equal(200, status)
      assert.are.same({ "p1", 5, 40, "DRAIN" }, { answer.svname, answer.weight, answer.slim, answer.status:match("^%a+") })
      local state = api.direct_state(h, "pool", "p1")
      assert.are.same({ 5, 8 }, { state.weight, state.admin })
      assert.is_truthy(h:command("show servers state pool"):find(" p1 127.0.0.2 .* 8081 "))
      h:command("set server pool/p1 addr 127.0.0.1 port " .. h.ports.healthy)
      -- lua-haproxy's status still works, and port alone keeps the address.
      assert.are.equal("MAINT", select(3, call(h, "PATCH", POOL .. "/p1", { status = "MAINT" })).status)
      assert.are.equal(200, (call(h, "PATCH", POOL .. "/p1", { port = h.ports.healthy, status = "UP" })))
      assert.are.same({ 5, 0 }, { api.direct_state(h, "pool", "p1").weight, api.direct_state(h, "pool", "p1").admin })
    end)

    it("switches health checks off and on; refuses one bad field, naming it, changing nothing", function()
      assert.are.equal(200, (call(h, "PATCH", "/stats/backends/checked/servers/c1", { health_check = "disabled" })))
      local check_state = tonumber(h:command("show servers state checked"):match(" c1 " .. ("%S+ "):rep(9) .. "(%d+)"))
      assert.are.equal(0, check_state & 4)
      assert.are.equal(200, (call(h, "PATCH", "/stats/backends/checked/servers/c1", { health_check = "enabled" })))
      local before = servers_state(h, "pool")
      for _, case in ipairs({
        { { weight = 5, maxconn = -1 }, 'field "maxconn" must be an integer' },
        { { weight = 300 }, 'field "weight"' },
        { { weight = 5, address = "1.2.3.4;disable server pool/p2" }, 'field "address"' },
        { { weight = 5, health_check = "off" }, 'field "health_check" must be one of "enabled", "disabled"' },
        { { weight = 5, colour = 1 }, 'unknown field "colour"' },
        { { status = "UP", admin_state = "ready" }, "one at a time" },
        { { weight = "5" }, 'field "weight"' },
      }) do
        fails(h, 400, case[2], "PATCH", POOL .. "/p1", case[1])
      end
      assert.are.equal(before, servers_state(h, "pool"))
    end)

    it("puts back what the earlier steps changed when a later one fails half-way", function()
      local before = servers_state(h, "pool")
      -- The weight is applied first; pool/p1 has no health check, so HAProxy refuses the second step.
      fails(h, 409, "was not configured.*nothing changed: .*weight of pool/p1 put back", "PATCH", POOL .. "/p1", { weight = 3, maxconn = 9, health_check = "enabled" })
      assert.are.equal(before, servers_state(h, "pool"))
      assert.are.equal("", row(h, "pool", "p1").slim)
      -- In bulk, the servers changed before the failing one are put back too.
      fails(h, 409, "put back", "PATCH", POOL, { { name = "p1", weight = 4 }, { name = "p2", weight = 6, health_check = "enabled" } })
      assert.are.equal(before, servers_state(h, "pool"))
    end)

    it("changes servers in bulk: listed, all, one object each; an unknown server changes nothing", function()
      local status, _, rows = call(h, "PATCH", POOL, { servers = { "p2" }, weight = 3 })
      assert.are.equal(200, status)
      assert.are.same({ { "p2", 3 } }, { { rows[1].svname, rows[1].weight } })
      assert.are.same({ 20, 3 }, { api.direct_state(h, "pool", "p1").weight, api.direct_state(h, "pool", "p2").weight })
      status, _, rows = call(h, "PATCH", POOL, { weight = 11 })
      assert.are.equal(200, status)
      assert.are.same({ 11, 11 }, { api.direct_state(h, "pool", "p1").weight, api.direct_state(h, "pool", "p2").weight })
      assert.are.equal(2, #rows)
      status = call(h, "PATCH", POOL, { { name = "p1", weight = 1 }, { name = "p2", weight = 2, admin_state = "drain" } })
      assert.are.equal(200, status)
      assert.are.same({ 1, 2, 8 }, { api.direct_state(h, "pool", "p1").weight, api.direct_state(h, "pool", "p2").weight, api.direct_state(h, "pool", "p2").admin })
      local before = servers_state(h, "pool")
      fails(h, 404, "no such server: pool/web9", "PATCH", POOL, { servers = { "p1", "web9" }, weight = 9 })
      fails(h, 404, "no such server: pool/nope", "PATCH", POOL, { { name = "p1", weight = 9 }, { name = "nope", weight = 9 } })
      fails(h, 400, "server p2: field \"weight\"", "PATCH", POOL, { { name = "p1", weight = 9 }, { name = "p2", weight = 999 } })
      fails(h, 400, 'field "servers" must be a list', "PATCH", POOL, { servers = "p1", weight = 9 })
      fails(h, 400, "no field given", "PATCH", POOL, { servers = { "p1" } })
      assert.are.equal(before, servers_state(h, "pool"))
    end)
  end)

  describe("drain and wait", function()
    it("times out while a real session lasts, answers other requests meanwhile, and drains once it ends", function()
      local held = hold_session(h)
      local stot = row(h, "held", "h1").stot
      local status, _, answer = call(h, "POST", "/stats/backends/held/servers/h1/drain", { timeout = 0.3 })
      assert.are.equal(200, status)
      assert.are.same({ false, 1, "drain" }, { answer.drained, answer.sessions, answer.state.admin_state })
      assert.is_true(answer.waited_ms >= 300)
      -- A drained server keeps its session and gets no new one.
      assert.are.equal(1, row(h, "held", "h1").scur)

      local waiting = socket.tcp()
      waiting:settimeout(10)
      assert(waiting:connect("127.0.0.1", h.ports.api))
      assert(waiting:send(haproxy.request_text("POST", "/stats/backends/held/servers/h1/drain", '{"timeout":20,"then":"maint"}', { ["Content-Type"] = "application/json" })))
      -- While that drain waits, the API and traffic answer.
      assert.are.equal(200, (call(h, "GET", "/stats/info")))
      assert.are.equal(200, (call(h, "PATCH", POOL .. "/p1", { weight = 9 })))
      assert.are.equal(200, (haproxy.http(h.ports.www, "GET", "/")))
      waiting:settimeout(0)
      local early, err = waiting:receive(1)
      assert.is_nil(early)
      assert.are.equal("timeout", err)
      waiting:settimeout(10)
      local drained_status, _, body = haproxy.read_response(waiting)
      waiting:close()
      held:close()
      assert.are.equal(200, drained_status)
      local drained = require("dkjson").decode(body)
      assert.are.same({ true, 0, "maint" }, { drained.drained, drained.sessions, drained.state.admin_state })
      assert.are.equal(1, api.direct_state(h, "held", "h1").admin)
      assert.are.equal(stot, row(h, "held", "h1").stot)
    end)

    it("is idempotent: a server in maintenance, or drained without sessions, answers at once", function()
      h:command("set server held/h1 state maint")
      local _, _, answer = call(h, "POST", "/stats/backends/held/servers/h1/drain", { timeout = 5 })
      assert.are.same({ true, 0, 0, "maint" }, { answer.drained, answer.sessions, answer.waited_ms, answer.state.admin_state })
      h:command("set server held/h1 state drain")
      _, _, answer = call(h, "POST", "/stats/backends/held/servers/h1/drain", { timeout = 5 })
      assert.are.same({ true, "drain" }, { answer.drained, answer.state.admin_state })
    end)

    it("closes the sessions left when asked to, then puts the server in maintenance", function()
      local held = hold_session(h)
      local _, _, answer = call(h, "POST", "/stats/backends/held/servers/h1/drain", { timeout = 0.2, on_timeout = "shutdown_sessions", ["then"] = "maint" })
      held:close()
      assert.are.same({ true, 0, "maint" }, { answer.drained, answer.sessions, answer.state.admin_state })
    end)

    it("refuses bad options, changing nothing", function()
      local before = servers_state(h, "held")
      for _, case in ipairs({
        { { timeout = 0 }, 'field "timeout" must be a number of seconds above 0 and at most 3600' },
        { { timeout = 3601 }, 'field "timeout"' },
        { { timeout = "5" }, 'field "timeout"' },
        { "{}", "no field given" },
        { { timeout = 1, ["then"] = "ready" }, 'field "then" must be one of "maint"' },
        { { timeout = 1, on_timeout = "kill" }, 'field "on_timeout"' },
        { { timeout = 1, wait = true }, 'unknown field "wait"' },
      }) do
        fails(h, 400, case[2], "POST", "/stats/backends/held/servers/h1/drain", case[1])
      end
      fails(h, 400, 'server "h1;x"', "POST", "/stats/backends/held/servers/h1%3Bx/drain", { timeout = 1 })
      fails(h, 404, "no such server", "POST", "/stats/backends/held/servers/nope/drain", { timeout = 1 })
      assert.are.equal(before, servers_state(h, "held"))
    end)

    it("refuses bad input to ready, delete, sessions and bulk, changing nothing", function()
      h:command("set server pool/p2 state maint")
      local before = servers_state(h, "pool")
      for _, case in ipairs({
        { "POST", POOL .. "/p2/ready", { ramp = 0 }, 'field "ramp" must be a number of seconds above 0' },
        { "POST", POOL .. "/p2/ready", { ramp = "10" }, 'field "ramp"' },
        { "POST", POOL .. "/p2/ready", { ramp = 1, weight = 5 }, 'unknown field "weight"' },
        { "POST", POOL .. "/p2%20x/ready", nil, 'server "p2 x"' },
        { "DELETE", POOL .. "/p2%3Bshow%20info", nil, 'server "p2;show info"' },
        { "DELETE", "/stats/backends/po%20ol/servers/p2/sessions", nil, 'backend "po ol"' },
        { "PATCH", POOL, { { name = "p1;x", weight = 1 } }, 'server "p1;x"' },
        { "PATCH", POOL, { { weight = 1 } }, 'needs "name"' },
        { "PATCH", POOL, { 5 }, "must be an object" },
        { "PATCH", POOL, "[]", "empty" },
        { "PATCH", POOL, { servers = { "p1" }, address = "10.0.0.1;x" }, 'field "address"' },
      }) do
        fails(h, 400, case[4], case[1], case[2], case[3])
      end
      fails(h, 404, "no such server", "POST", POOL .. "/nope/ready")
      fails(h, 404, "No such server", "DELETE", POOL .. "/nope/sessions")
      assert.are.equal(before, servers_state(h, "pool"))
    end)
  end)

  describe("ready, sessions, frontends, counters", function()
    it("puts a server back with a weight ramp that rises to its weight; a later write cancels a ramp", function()
      h:command("set server pool/p1 state maint")
      local status, _, answer = call(h, "POST", POOL .. "/p1/ready", { ramp = 0.5 })
      assert.are.equal(200, status)
      assert.are.equal("ready", answer.state.admin_state)
      assert.are.same({ 20, 10 }, { answer.ramp.target, #answer.ramp.steps })
      assert.are.equal(2, answer.ramp.steps[1].weight)
      h:wait_for(function() return api.direct_state(h, "pool", "p1").weight == 20 end, "the ramp to reach 20")
      h:command("set server pool/p1 state maint")
      call(h, "POST", POOL .. "/p1/ready", { ramp = 1 })
      assert.are.equal(200, (call(h, "PATCH", POOL .. "/p1/weight", { current = 13 })))
      -- The ramp's task sees the cancel at its next step, says so, and stops.
      assert.are.equal(1, #log:wait("weight ramp of pool/p1 cancelled", 1, 5))
      assert.are.equal(13, api.direct_state(h, "pool", "p1").weight)
      -- No body is no ramp.
      h:command("set server pool/p2 state maint")
      status, _, answer = call(h, "POST", POOL .. "/p2/ready")
      assert.are.same({ 200, "ready" }, { status, answer.state.admin_state })
      assert.is_nil(answer.ramp)
    end)

    it("closes a server's sessions", function()
      local held = hold_session(h)
      assert.are.equal(204, (call(h, "DELETE", "/stats/backends/held/servers/h1/sessions")))
      h:wait_for(function() return row(h, "held", "h1").scur == 0 end, "the session closed")
      held:close()
    end)

    it("stops a frontend and resumes it, sets its maxconn; refuses to stop the API's own", function()
      local status, _, answer = call(h, "PATCH", "/stats/frontends/www", { state = "disabled", maxconn = 77 })
      assert.are.equal(200, status)
      assert.are.same({ "PAUSED", 77 }, { answer.status, answer.slim })
      local direct = stats.parse_stats(h:command("show stat www 1 -1"))[1]
      assert.are.same({ "PAUSED", 77 }, { direct.status, direct.slim })
      local refused = not pcall(haproxy.http, h.ports.www, "GET", "/")
      assert.is_true(refused, "a stopped frontend takes no request")
      assert.are.equal("OPEN", select(3, call(h, "PATCH", "/stats/frontends/www", { state = "enabled" })).status)
      assert.are.equal(200, (haproxy.http(h.ports.www, "GET", "/")))
      fails(h, 409, "serves this API", "PATCH", "/stats/frontends/api", { state = "disabled" })
      fails(h, 400, 'field "maxconn"', "PATCH", "/stats/frontends/www", { maxconn = "abc" })
      fails(h, 400, 'field "state"', "PATCH", "/stats/frontends/www", { state = "stopped" })
      fails(h, 404, "no such frontend", "PATCH", "/stats/frontends/nope", { maxconn = 10 })
      assert.are.equal(77, stats.parse_stats(h:command("show stat www 1 -1"))[1].slim)
    end)

    it("clears the max counters, and with ?all=true every counter", function()
      for _ = 1, 3 do haproxy.http(h.ports.www, "GET", "/") end
      local before = stats.parse_stats(h:command("show stat www 1 -1"))[1]
      assert.is_true(before.smax > 0 and before.stot > 0)
      assert.are.equal(204, (call(h, "DELETE", "/stats/counters")))
      local after = stats.parse_stats(h:command("show stat www 1 -1"))[1]
      assert.are.same({ 0, before.stot }, { after.smax, after.stot })
      assert.are.equal(204, (call(h, "DELETE", "/stats/counters?all=true")))
      assert.are.equal(0, stats.parse_stats(h:command("show stat www 1 -1"))[1].stot)
      fails(h, 400, '"all" must be true or false', "DELETE", "/stats/counters?all=yes")
    end)

    it("left no Lua runtime error in HAProxy's log", function()
      assert.are.same({}, log:wait("runtime error", 1, 0.5))
    end)
  end)
end)
