-- The stats library from plain Lua (LuaSocket) against a real HAProxy.
-- Every write is checked through the stats socket directly.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local stats = require("haproxy.stats")

describe("haproxy.stats outside HAProxy", function()
  local h, client

  setup(function()
    h = configs.start_settled(configs.small)
    client = stats.Client(h.sock)
  end)

  teardown(function()
    if h then h:stop() end
  end)

  before_each(function()
    configs.reset_small(h)
  end)

  describe("the Client surface", function()
    it("constructs by call and by .new, with exactly address, port, timeout", function()
      local a = stats.Client("/x.sock", nil, 7)
      local b = stats.Client.new("127.0.0.1", 9999)
      assert.are.equal(stats.Client, getmetatable(a))
      assert.are.equal(stats.Client, getmetatable(b))
      assert.are.same({ address = "/x.sock", timeout = 7 }, a)
      assert.are.same({ address = "127.0.0.1", port = 9999, timeout = 3 }, b)
      assert.are.same({ address = "/run/haproxy/admin.sock", timeout = 3 }, stats.Client())
    end)

    it("exports the stats types", function()
      assert.are.same({ FRONTEND = 0, BACKEND = 1, SERVER = 2, SOCKET = 3 }, stats.stats_types)
    end)
  end)

  describe("addresses", function()
    it("reaches a unix socket with or without unix@", function()
      assert.are.equal("HAProxy", stats.Client("unix@" .. h.sock):info().Name)
      assert.are.equal("HAProxy", stats.Client(h.sock):info().Name)
    end)

    it("reaches a TCP socket as host:port, ipv4@host:port, or host and port", function()
      local port = h.ports.cli
      assert.are.equal("HAProxy", stats.Client("127.0.0.1:" .. port):info().Name)
      assert.are.equal("HAProxy", stats.Client("ipv4@127.0.0.1:" .. port):info().Name)
      assert.are.equal("HAProxy", stats.Client("127.0.0.1", port):info().Name)
    end)

    it("reports a socket that is not there as a connect error", function()
      local value, err = stats.Client(h.dir .. "/missing.sock"):info()
      assert.is_nil(value)
      assert.are.equal("connect", err.kind)
      assert.are.equal("show info", err.command)
    end)
  end)

  describe("reads", function()
    it("execute returns HAProxy's raw answer", function()
      assert.are.equal("10 (initial 10)\n\n", client:execute("get weight app/web1"))
    end)

    it("stats returns every row of show stat", function()
      local rows = assert(client:stats())
      local direct = stats.parse_stats(h:command("show stat"))
      assert.are.equal(#direct, #rows)
      for i, row in ipairs(rows) do
        assert.are.equal(direct[i].pxname, row.pxname)
        assert.are.equal(direct[i].svname, row.svname)
      end
    end)

    it("info returns show info as a table", function()
      local info = assert(client:info())
      assert.are.equal(h.pid, info.Pid)
    end)

    it("lists and finds frontends by name or id", function()
      local frontends = assert(client:get_frontends())
      local names = {}
      for _, row in ipairs(frontends) do names[#names + 1] = row.pxname end
      assert.are.same({ "probe", "www", "healthy" }, names)
      local www = assert(client:get_frontend("www"))
      assert.are.equal("FRONTEND", www.svname)
      assert.are.equal("www", assert(client:get_frontend(www.iid)).pxname)
    end)

    it("lists and finds backends by name or id", function()
      local backends = assert(client:get_backends())
      for _, row in ipairs(backends) do assert.are.equal("BACKEND", row.svname) end
      local app = assert(client:get_backend("app"))
      assert.are.equal("UP", app.status)
      assert.are.equal("app", assert(client:get_backend(app.iid)).pxname)
      assert.are.equal("app", assert(client:get_backend(tostring(app.iid))).pxname)
    end)

    it("lists a backend's servers and finds one by name or id", function()
      local servers = assert(client:get_servers("app"))
      assert.are.equal(3, #servers)
      assert.are.equal("dead", assert(client:get_server("app", 3)).svname)
      local web2 = assert(client:get_server("app", "web2"))
      assert.are.equal(2, web2.sid)
      assert.are.equal("UP", web2.status)
    end)

    it("answers not_found for unknown proxies and servers", function()
      for _, call in ipairs({
        function() return client:get_backend("nope") end,
        function() return client:get_backend("www") end, -- a frontend only
        function() return client:get_frontend("app") end, -- a backend only
        function() return client:get_servers("nope") end,
        function() return client:get_server("app", "nope") end,
        function() return client:get_server("app", 99) end,
        function() return client:get_server("nope", "web1") end,
        function() return client:get_weight("app", "nope") end,
        function() return client:get_state("app", "nope") end,
        function() return client:get_state("nope", "web1") end,
      }) do
        local value, err = call()
        assert.is_nil(value)
        assert.are.equal("not_found", err.kind, tostring(err))
      end
    end)

    it("reads weights", function()
      assert.are.same({ current = 10, initial = 10 }, client:get_weight("app", "web1"))
    end)

    it("reads states from show servers state, decoded beside the raw fields", function()
      local web1 = assert(client:get_state("app", "web1"))
      assert.are.equal("up", web1.operational_state)
      assert.are.equal("ready", web1.admin_state)
      assert.are.equal(2, web1.srv_op_state)
      assert.are.equal(0, web1.srv_admin_state)
      assert.are.equal("down", assert(client:get_state("app", "dead")).operational_state)
      assert.are.equal("web1", assert(client:get_state("app", 1)).srv_name)
    end)
  end)

  describe("writes, checked through the socket directly", function()
    it("set_weight takes integers and percentages", function()
      assert.is_true(client:set_weight("app", "web1", 42))
      assert.are.equal("42 (initial 10)\n\n", h:command("get weight app/web1"))
      assert.is_true(client:set_weight("app", "web1", 7.0))
      assert.are.equal("7 (initial 10)\n\n", h:command("get weight app/web1"))
      assert.is_true(client:set_weight("app", "web1", "50%"))
      assert.are.equal("5 (initial 10)\n\n", h:command("get weight app/web1"))
    end)

    it("set_weight refuses what HAProxy would refuse, changing nothing", function()
      for _, weight in ipairs({ 7.5, 300, -1, "x", "150%" }) do
        local done, err = client:set_weight("app", "web1", weight)
        assert.is_nil(done)
        assert.are.equal("invalid", err.kind)
      end
      local done, err = client:set_weight("static", "s1", 50) -- static algorithm
      assert.is_nil(done)
      assert.are.equal("refused", err.kind)
      assert.matches("static LB algorithm", err.haproxy)
      assert.are.equal("10 (initial 10)\n\n", h:command("get weight app/web1"))
    end)

    it("set_state drains, puts in maintenance and readies", function()
      assert.is_true(client:set_state("app", "web2", "drain"))
      assert.matches("\n%d+ app 2 web2 %S+ %d+ 8 ", h:command("show servers state app"))
      assert.is_true(client:set_state("app", "web2", "maint"))
      assert.matches("\n%d+ app 2 web2 %S+ %d+ 1 ", h:command("show servers state app"))
      assert.is_true(client:set_state("app", "web2", "ready"))
      assert.matches("\n%d+ app 2 web2 %S+ %d+ 0 ", h:command("show servers state app"))
    end)

    it("set_health forces the operational state", function()
      assert.is_true(client:set_health("static", "s1", "down"))
      assert.matches("\n%d+ static 1 s1 %S+ 0 ", h:command("show servers state static"))
      assert.is_true(client:set_health("static", "s1", "up"))
      assert.matches("\n%d+ static 1 s1 %S+ 2 ", h:command("show servers state static"))
    end)

    it("disable_server and enable_server toggle maintenance", function()
      assert.is_true(client:disable_server("app", "web2"))
      assert.are.equal("maint", assert(client:get_state("app", "web2")).admin_state)
      assert.matches("MAINT", h:command("show stat app 4 2"))
      assert.is_true(client:enable_server("app", "web2"))
      assert.are.equal("ready", assert(client:get_state("app", "web2")).admin_state)
    end)

    it("never sends a command built from an illegal name", function()
      local done, err = client:set_weight("app", "web1;set weight app/web1 0", 1)
      assert.is_nil(done)
      assert.are.equal("invalid", err.kind)
      done, err = client:set_state("app\nset server app/web1 state maint", "web1", "ready")
      assert.is_nil(done)
      assert.are.equal("invalid", err.kind)
      assert.are.equal("10 (initial 10)\n\n", h:command("get weight app/web1"))
      assert.matches("\n%d+ app 1 web1 %S+ %d+ 0 ", h:command("show servers state app"))
    end)

    it("execute refuses more than one line", function()
      local answer, err = client:execute("get weight app/web1\nset weight app/web1 0")
      assert.is_nil(answer)
      assert.are.equal("invalid", err.kind)
      assert.are.equal("10 (initial 10)\n\n", h:command("get weight app/web1"))
    end)

    it("reports HAProxy's refusal at a socket of level user", function()
      local done, err = stats.Client(h.dir .. "/user.sock"):set_weight("app", "web1", 1)
      assert.is_nil(done)
      assert.are.equal("permission", err.kind)
      assert.are.equal("Permission denied", err.haproxy)
      assert.are.equal("10 (initial 10)\n\n", h:command("get weight app/web1"))
    end)
  end)

  describe("workflows, through the socket", function()
    local function line(server) return h:command("show servers state app"):match("[^\n]* " .. server .. " [^\n]*") end

    it("adds a server, changes several fields, drains it into maintenance and deletes it", function()
      local port = h.ports.healthy
      assert.is_true(client:add_server("app", { name = "x1", address = "127.0.0.1", port = port, weight = 3 }))
      assert.matches(" x1 127%.0%.0%.1 %d 1 3 3 ", line("x1"))
      assert.is_true(client:set_server("app", "x1", { weight = 4, maxconn = 12, admin_state = "ready" }))
      assert.matches(" x1 127%.0%.0%.1 %d 0 4 3 ", line("x1"))
      assert.are.equal(12, stats.parse_stats(h:command("show stat app 4 -1"))[4].slim)
      assert.is_true(client:set_maxconn("app", "x1", 0))
      assert.is_true(client:set_servers("app", { { name = "web1", fields = { weight = 7 } }, { name = "x1", fields = { weight = 2 } } }))
      assert.are.equal("7 (initial 10)\n\n", h:command("get weight app/web1"))
      assert.are.equal("2 (initial 3)\n\n", h:command("get weight app/x1"))
      local drained = assert(client:drain("app", "x1", { timeout = 2, ["then"] = "maint" }))
      assert.are.same({ true, 0, "maint" }, { drained.drained, drained.sessions, drained.state.admin_state })
      assert.is_true(client:del_server("app", "x1"))
      assert.is_nil(line("x1"))
    end)

    it("answers nil, err for what it refuses, changing nothing", function()
      local servers_state = require("support.api").servers_state
      local before = servers_state(h, "app")
      local cases = {
        { "set_server", "app", "web1", { weight = 5, colour = "red" } },
        { "set_server", "app", "web1", { weight = 300 } },
        { "set_server", "app", "web1", {} },
        { "set_servers", "app", { { name = "web1", fields = { weight = 5 } }, { name = "nope", fields = { weight = 5 } } } },
        { "add_server", "app", { name = "a;b", address = "127.0.0.1", port = 80 } },
        { "add_server", "static", { name = "y", address = "127.0.0.1", port = 80 } },
        { "add_server", "app", { name = "web1", address = "127.0.0.1", port = 80 } },
        { "drain", "app", "web1", { timeout = 0 } },
        { "ready", "app", "web1", { ramp = 1 } },
        { "set_maxconn", "app", "web1", -1 },
        { "set_frontend", "www", { maxconn = "x" } },
      }
      local kinds = {}
      for i, case in ipairs(cases) do
        local value, err = client[case[1]](client, table.unpack(case, 2))
        assert.is_nil(value, case[1] .. " " .. i)
        kinds[i] = err.kind
        assert.is_string(tostring(err))
      end
      assert.are.same({ "invalid", "invalid", "invalid", "not_found", "invalid", "conflict", "conflict", "invalid", "invalid", "invalid", "invalid" }, kinds)
      assert.are.equal(before, servers_state(h, "app"))
    end)

    it("closes sessions, steers a frontend, clears counters, and hands out lua-haproxy's tcp()", function()
      assert.is_true(client:shutdown_sessions("app", "web1"))
      assert.is_true(client:set_frontend("www", { state = "disabled", maxconn = 50 }))
      local www = stats.parse_stats(h:command("show stat www 1 -1"))[1]
      assert.are.same({ "PAUSED", 50 }, { www.status, www.slim })
      assert.is_true(client:set_frontend("www", { state = "enabled" }))
      assert.are.equal("OPEN", stats.parse_stats(h:command("show stat www 1 -1"))[1].status)
      assert.is_true(client:clear_counters())
      assert.is_true(client:clear_counters(true))
      assert.is_true(client:set_health_check("app", "web1", "disabled"))
      assert.is_true(client:set_health_check("app", "web1", "enabled"))
      local _, err = client:set_health_check("static", "s1", "enabled")
      assert.are.equal("conflict", err.kind)
      assert.matches("^tcp{master}", tostring(client:tcp()))
    end)
  end)
end)
