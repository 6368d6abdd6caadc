-- The stats library inside HAProxy (core.tcp() sockets), through a probe
-- service (spec/support/probe.lua); results compared with the socket read
-- directly, writes checked through the socket directly.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local stats = require("haproxy.stats")
local json = require("dkjson")

-- Runs client:<method>(...) inside HAProxy. The library's socket timeout is
-- long and the HTTP read bounded: an answer stalled in core.tcp() fails.
local function inside(h, method, args, extra)
  local request = { method = method, args = args or {}, timeout = 60 }
  for k, v in pairs(extra or {}) do request[k] = v end
  local status, _, body = haproxy.http(h.ports.probe, "POST", "/", json.encode(request))
  assert.are.equal(200, status, body)
  return json.decode(body)
end

local function project(rows, fields)
  local lines = {}
  for i, row in ipairs(rows) do
    local values = {}
    for j, name in ipairs(fields) do values[j] = tostring(row[name]) end
    lines[i] = table.concat(values, ",")
  end
  return table.concat(lines, "\n")
end

describe("haproxy.stats inside HAProxy", function()
  local h

  setup(function()
    h = configs.start_settled(configs.small)
  end)

  teardown(function()
    if h then h:stop() end
  end)

  before_each(function()
    configs.reset_small(h)
  end)

  it("reads what the socket says directly", function()
    local fields = { "pxname", "svname", "iid", "sid", "type", "status", "weight" }
    assert.are.equal(project(stats.parse_stats(h:command("show stat")), fields), inside(h, "stats", {}, { project = fields }).value)
    assert.are.equal(h.pid, inside(h, "info").value.Pid)
    assert.are.equal("UP", inside(h, "get_backend", { "app" }).value.status)
    assert.are.equal("www", inside(h, "get_frontend", { "www" }).value.pxname)
    assert.are.equal(3, #inside(h, "get_servers", { "app" }).value)
    assert.are.equal(2, inside(h, "get_server", { "app", "web2" }).value.sid)
    assert.are.equal("dead", inside(h, "get_server", { "app", 3 }).value.svname)
    assert.are.same({ current = 10, initial = 10 }, inside(h, "get_weight", { "app", "web1" }).value)
    assert.are.equal("down", inside(h, "get_state", { "app", "dead" }).value.operational_state)
    assert.are.equal("10 (initial 10)\n\n", inside(h, "execute", { "get weight app/web1" }).value)
  end)

  it("writes, as HAProxy shows directly", function()
    assert.is_true(inside(h, "set_weight", { "app", "web1", 33 }).value)
    assert.are.equal("33 (initial 10)\n\n", h:command("get weight app/web1"))
    assert.is_true(inside(h, "set_state", { "app", "web2", "drain" }).value)
    assert.matches("\n%d+ app 2 web2 %S+ %d+ 8 ", h:command("show servers state app"))
    assert.is_true(inside(h, "disable_server", { "app", "web2" }).value)
    assert.matches("\n%d+ app 2 web2 %S+ %d+ 1 ", h:command("show servers state app"))
  end)

  it("reads a configured server's weight in-process once its initial weight is known, as the socket says", function()
    assert.are.same({ current = 10, initial = 10 }, inside(h, "get_weight", { "app", "web1" }).value)
    h:command("set weight app/web1 3")
    assert.are.same({ current = 3, initial = 10 }, inside(h, "get_weight", { "app", "web1" }).value)
    h:command("set weight app/web1 50%")
    assert.are.same({ current = 5, initial = 10 }, inside(h, "get_weight", { "app", "web1" }).value)
    assert.are.equal("5 (initial 10)\n\n", h:command("get weight app/web1"))
  end)

  it("runs the workflows in-process where it can: add, several fields, drain, delete", function()
    local port = h.ports.healthy
    assert.is_true(inside(h, "add_server", { "app", { name = "in1", address = "127.0.0.1", port = port } }).value)
    assert.is_true(inside(h, "set_server", { "app", "web1", { weight = 6, maxconn = 9 } }).value)
    assert.are.equal("6 (initial 10)\n\n", h:command("get weight app/web1"))
    assert.are.equal(9, stats.parse_stats(h:command("show stat app 4 1"))[1].slim)
    assert.is_true(inside(h, "set_maxconn", { "app", "web1", 0 }).value)
    local drained = inside(h, "drain", { "app", "in1", { timeout = 2, ["then"] = "maint" } }).value
    assert.are.same({ true, "maint" }, { drained.drained, drained.state.admin_state })
    assert.is_true(inside(h, "del_server", { "app", "in1" }).value)
    assert.is_nil(h:command("show servers state app"):find(" in1 "))
    -- Before 2.8, configured servers are held by the library inside HAProxy (stats/servers/local.ts).
    h:command("set server app/web2 state maint")
    local refused = inside(h, "del_server", { "app", "web2" })
    if haproxy.at_least("2.8") then
      assert.is_true(refused.value)
      assert.is_nil(h:command("show servers state app"):find(" web2 "))
      return
    end
    assert.are.equal("conflict", refused.err.kind)
    assert.matches("defined in the configuration", refused.err.message)
  end)

  it("returns errors as values naming the command and HAProxy's words", function()
    local answer = inside(h, "set_weight", { "static", "s1", 50 })
    assert.is_false(answer.ok)
    assert.are.equal("refused", answer.err.kind)
    assert.are.equal("set weight static/s1 50", answer.err.command)
    assert.matches("static LB algorithm", answer.err.haproxy)
    assert.are.equal("not_found", inside(h, "get_server", { "app", "nope" }).err.kind)
    assert.are.equal("not_found", inside(h, "get_backend", { "nope" }).err.kind)
    assert.are.equal("invalid", inside(h, "set_weight", { "app;x", "web1", 1 }).err.kind)
    assert.are.equal("connect", inside(h, "info", {}, { address = h.dir .. "/missing.sock" }).err.kind)
    assert.are.equal("permission", inside(h, "set_weight", { "app", "web1", 1 }, { address = h.dir .. "/user.sock" }).err.kind)
    assert.are.equal("10 (initial 10)\n\n", h:command("get weight app/web1"))
  end)
end)

describe("haproxy.stats inside HAProxy, 1,000 backends x 10 servers", function()
  local h
  local fields = { "pxname", "svname", "iid", "sid", "type", "status", "weight", "addr" }

  setup(function()
    h = haproxy.start(configs.large(1000, 10, 200))
  end)

  teardown(function()
    if h then h:stop() end
  end)

  it("stats() returns every row, identical to show stat", function()
    local direct = stats.parse_stats(h:command("show stat"))
    assert.is_true(#direct > 11000)
    local answer = inside(h, "stats", {}, { project = fields })
    assert.is_true(answer.ok, answer.err and answer.err.text)
    assert.are.equal(project(direct, fields), answer.value)
  end)

  it("keeps every field of show stat, the statistics modules' included", function()
    local direct = stats.parse_stats(h:command("show stat be500 -1 -1"))
    local answer = inside(h, "get_servers", { "be500" })
    assert.are.equal(10, #answer.value)
    for name in pairs(direct[1]) do assert.is_not_nil(answer.value[1][name], name) end
  end)

  it("lists all backends, and the servers of a backend wider than one buffer", function()
    local direct = stats.parse_stats(h:command("show stat -1 2 -1"))
    assert.are.equal(project(direct, fields), inside(h, "get_backends", {}, { project = fields }).value)
    local wide = stats.parse_stats(h:command("show stat wide 4 -1"))
    assert.are.equal(200, #wide)
    assert.are.equal(project(wide, fields), inside(h, "get_servers", { "wide" }, { project = fields }).value)
  end)

  it("finds one server, by name and by id", function()
    assert.are.equal("s7", inside(h, "get_server", { "be999", "s7" }).value.svname)
    assert.are.equal("w150", inside(h, "get_server", { "wide", 150 }).value.svname)
    assert.are.equal(150 % 200, inside(h, "get_weight", { "wide", "w150" }).value.current)
  end)
end)
