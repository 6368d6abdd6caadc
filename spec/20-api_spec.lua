-- The HTTP API inside a real HAProxy: every route, every error status, and
-- every write verified by reading HAProxy's state directly on the socket.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local stats = require("haproxy.stats")

local call, fails, direct_state = api.call, api.fails, api.direct_state
local SERVER = "/stats/backends/steer/servers/s1"

local function read_file(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

describe("HTTP API", function()
  local h

  setup(function()
    h = configs.start_settled(configs.api, {
      args = "-f ${DIR}/conf.d",
      files = {
        ["conf.d/20-later.cfg"] = "backend later\n  server l1 127.0.0.1:1 disabled\n",
        ["conf.d/10-first.cfg"] = "backend first\n  server f1 127.0.0.1:1 disabled\n",
        ["conf.d/README"] = "not a configuration file\n",
      },
    })
  end)

  teardown(function()
    if h then h:stop() end
  end)

  before_each(function()
    configs.reset_small(h)
    for _, server in ipairs({ "s1", "s2" }) do
      h:command("set weight steer/" .. server .. " 20")
      h:command("set server steer/" .. server .. " state ready")
      h:command("set server steer/" .. server .. " health up")
    end
  end)

  describe("reads", function()
    it("GET / answers the name, version, HAProxy's version and the main links", function()
      local status, _, root, raw = call(h, "GET", "/")
      assert.are.equal(200, status)
      assert.is_truthy(raw:find('^{"name":"haproxy%-api","version":"0%.1%.0","haproxy":"[^"]+","links":{"stats":"/stats","info":'), raw)
      local version = h:command("show info"):match("\nVersion: ([^\n]+)")
      assert.are.same({ name = "haproxy-api", version = "0.1.0", haproxy = version, links = {
        stats = "/stats", info = "/stats/info", frontends = "/stats/frontends", backends = "/stats/backends",
        maps = "/maps", acls = "/acls", tables = "/tables", openapi = "/openapi.json", config = "/config", uname = "/uname",
      } }, root)
      for _, link in pairs(root.links) do assert.are.equal(200, (call(h, "GET", link))) end
    end)

    it("answers [] for maps and tables when HAProxy has none", function()
      assert.are.equal("[]", select(4, call(h, "GET", "/maps")))
      assert.are.equal("[]", select(4, call(h, "GET", "/tables")))
    end)

    it("GET /config answers every loaded file, in the order HAProxy read them", function()
      local status, headers, _, body = call(h, "GET", "/config")
      assert.are.equal(200, status)
      assert.are.equal("text/plain; charset=utf-8", headers["content-type"])
      local expected = read_file(h.cfg) .. read_file(h.dir .. "/conf.d/10-first.cfg") .. read_file(h.dir .. "/conf.d/20-later.cfg")
      assert.are.equal(expected, body)
      assert.are.equal(table.concat({ h.cfg, h.dir .. "/conf.d/10-first.cfg", h.dir .. "/conf.d/20-later.cfg" }, ";"), headers["x-haproxy-config-files"])
    end)

    it("GET /uname answers the OS name as uname -a prints it", function()
      local status, headers, _, body = call(h, "GET", "/uname")
      assert.are.equal(200, status)
      assert.are.equal("text/plain; charset=utf-8", headers["content-type"])
      local uname = io.popen("uname -s -n -r -v -m"):read("*l")
      assert.are.equal(uname .. "\n", body)
    end)

    it("GET /stats answers every row of show stat", function()
      local status, _, rows = call(h, "GET", "/stats")
      assert.are.equal(200, status)
      local direct = stats.parse_stats(h:command("show stat"))
      assert.are.equal(#direct, #rows)
      for i, row in ipairs(direct) do
        assert.are.same({ row.pxname, row.svname, row.type, row.iid, row.sid }, { rows[i].pxname, rows[i].svname, rows[i].type, rows[i].iid, rows[i].sid })
      end
    end)

    it("?fields= answers only those fields, in HAProxy's order, on every rows route; ?type= picks a row type", function()
      local status, _, rows, raw = call(h, "GET", "/stats?fields=status,svname,pxname&type=server")
      assert.are.equal(200, status)
      local direct = {}
      for _, row in ipairs(stats.parse_stats(h:command("show stat"))) do
        if row.type == 2 then direct[#direct + 1] = { pxname = row.pxname, svname = row.svname } end
      end
      assert.are.equal(#direct, #rows)
      for i, row in ipairs(rows) do
        assert.are.same(direct[i], { pxname = row.pxname, svname = row.svname })
        assert.is_string(row.status)
      end
      assert.is_truthy(raw:find('^%[{"pxname":"[^"]+","svname":"[^"]+","status":"[^"]+"}'), raw:sub(1, 80))
      assert.are.same({ pxname = "app", svname = "web1", scur = 0 }, select(3, call(h, "GET", "/stats/backends/app/servers/web1?fields=pxname,svname,scur")))
      assert.are.same({ { svname = "web1" }, { svname = "web2" }, { svname = "dead" } }, select(3, call(h, "GET", "/stats/backends/app/servers?fields=svname")))
      assert.are.same({ { svname = "FRONTEND" }, { svname = "FRONTEND" }, { svname = "FRONTEND" } }, select(3, call(h, "GET", "/stats/frontends?fields=svname")))
      assert.are.equal("BACKEND", select(3, call(h, "GET", "/stats/backends/app?fields=svname")).svname)
      assert.are.equal(8, #select(3, call(h, "GET", "/stats/backends?fields=pxname")))
      assert.are.equal(3, #select(3, call(h, "GET", "/stats?type=frontend&fields=pxname")))
      fails(h, 400, 'unknown field "colour".*the fields are pxname,svname,qcur', "GET", "/stats?fields=pxname,colour")
      fails(h, 400, '"type" must be frontend, backend, server or listener', "GET", "/stats?type=servers")
      fails(h, 400, 'unknown query parameter "type"', "GET", "/stats/backends?type=backend")
      fails(h, 400, 'unknown query parameter "x"', "GET", "/stats/backends/app/servers?x=1")
      fails(h, 400, "names no field", "GET", "/stats?fields=,")
      fails(h, 400, "given 2 times", "GET", "/stats?fields=pxname&fields=svname")
    end)

    it("GET /stats/info answers show info as an object", function()
      local status, _, info, raw = call(h, "GET", "/stats/info")
      assert.are.equal(200, status)
      local head = '{"Name":"HAProxy","Version":'
      assert.are.equal(head, raw:sub(1, #head))
      assert.are.equal(h.pid, info.Pid)
      assert.are.equal(h:command("show info"):match("Version: ([^\n]+)"), info.Version)
    end)

    it("GET /stats/frontends and one frontend by name or id", function()
      local status, _, rows = call(h, "GET", "/stats/frontends")
      assert.are.equal(200, status)
      local names = {}
      for i, row in ipairs(rows) do
        assert.are.equal(stats.stats_types.FRONTEND, row.type)
        names[i] = row.pxname
      end
      assert.are.same({ "api", "www", "healthy" }, names)
      local _, _, www = call(h, "GET", "/stats/frontends/www")
      assert.are.equal("FRONTEND", www.svname)
      local iid = tonumber(h:command("show stat www 1 -1"):match("\nwww,FRONTEND,[^,]*,[^\n]*"):match("") and www.iid)
      local _, _, by_id = call(h, "GET", "/stats/frontends/" .. iid)
      assert.are.equal("www", by_id.pxname)
    end)

    it("GET /stats/backends and one backend by name or id", function()
      local status, _, rows = call(h, "GET", "/stats/backends")
      assert.are.equal(200, status)
      local names = {}
      for i, row in ipairs(rows) do names[i] = row.pxname end
      assert.are.same({ "api", "healthy", "app", "static", "steer", "empty", "first", "later" }, names)
      local _, _, app, raw = call(h, "GET", "/stats/backends/app")
      assert.are.equal("BACKEND", app.svname)
      -- Fields keep HAProxy's order, not Lua's hash order.
      local head = '{"pxname":"app","svname":"BACKEND","qcur":'
      assert.are.equal(head, raw:sub(1, #head))
      assert.are.equal("UP", app.status)
      local _, _, by_id = call(h, "GET", "/stats/backends/" .. app.iid)
      assert.are.equal("app", by_id.pxname)
    end)

    it("GET a backend's servers, and one server by name or id", function()
      local status, _, rows = call(h, "GET", "/stats/backends/app/servers")
      assert.are.equal(200, status)
      assert.are.same({ "web1", "web2", "dead" }, { rows[1].svname, rows[2].svname, rows[3].svname })
      assert.are.same({ "UP", "UP", "DOWN" }, { rows[1].status, rows[2].status, rows[3].status })
      local _, _, web2 = call(h, "GET", "/stats/backends/app/servers/web2")
      assert.are.equal(2, web2.sid)
      local _, _, dead = call(h, "GET", "/stats/backends/app/servers/3")
      assert.are.equal("dead", dead.svname)
    end)

    it("answers [] for a list of nothing", function()
      local status, _, _, body = call(h, "GET", "/stats/backends/empty/servers")
      assert.are.equal(200, status)
      assert.are.equal("[]", body)
    end)

    it("GET weight answers current and initial, as get weight says", function()
      h:command("set weight steer/s1 7")
      local status, _, weight, raw = call(h, "GET", SERVER .. "/weight")
      assert.are.equal(200, status)
      assert.are.same({ current = 7, initial = 20 }, weight)
      assert.are.equal('{"current":7,"initial":20}', raw)
      assert.are.equal("7 (initial 20)", h:command("get weight steer/s1"):match("^[^\n]+"))
    end)

    it("GET state answers the show servers state row, decoded", function()
      h:command("set server steer/s1 state drain")
      h:command("set server steer/s1 health down")
      local status, _, state = call(h, "GET", SERVER .. "/state")
      assert.are.equal(200, status)
      local direct = direct_state(h, "steer", "s1")
      assert.are.same({ "drain", "down", direct.admin, direct.op, "s1", "steer" },
        { state.admin_state, state.operational_state, state.srv_admin_state, state.srv_op_state, state.srv_name, state.be_name })
      local _, _, dead = call(h, "GET", "/stats/backends/app/servers/dead/state")
      assert.are.same({ "ready", "down" }, { dead.admin_state, dead.operational_state })
    end)

    it("decodes path segments, takes a trailing slash, and ignores the query string where a route reads none", function()
      assert.are.equal("app", select(3, call(h, "GET", "/stats/backends/%61pp")).pxname)
      assert.are.equal(3, #select(3, call(h, "GET", "/stats/backends/app/servers/")))
      assert.are.equal(200, (call(h, "GET", "/stats/info?limit=1")))
      assert.are.same({ current = 10, initial = 10 }, select(3, call(h, "GET", "/stats/backends/app/servers/web1/weight?limit=1")))
    end)

    it("HEAD answers GET's headers without a body", function()
      local _, get_headers, _, get_body = call(h, "GET", "/stats/backends/app")
      local status, headers, _, body = call(h, "HEAD", "/stats/backends/app")
      assert.are.equal(200, status)
      assert.are.equal("", body)
      assert.are.equal("application/json", headers["content-type"])
      assert.is_truthy(math.abs(tonumber(headers["content-length"]) - #get_body) < 8, "lengths " .. headers["content-length"] .. " " .. get_headers["content-length"])
    end)
  end)

  describe("writes, verified on the socket", function()
    it("PATCH weight sets it and answers the weight read back", function()
      local status, _, weight = call(h, "PATCH", SERVER .. "/weight", { current = 33 })
      assert.are.equal(200, status)
      assert.are.same({ current = 33, initial = 20 }, weight)
      assert.are.equal(33, direct_state(h, "steer", "s1").weight)
      status, _, weight = call(h, "PATCH", SERVER .. "/weight", { current = "25%" })
      assert.are.equal(200, status)
      assert.are.same({ current = 5, initial = 20 }, weight)
      assert.are.equal(5, direct_state(h, "steer", "s1").weight)
      assert.are.equal(20, direct_state(h, "steer", "s2").weight)
    end)

    it("PATCH state sets the admin state", function()
      for _, case in ipairs({ { "drain", 8 }, { "maint", 1 }, { "ready", 0 } }) do
        local status, _, state = call(h, "PATCH", SERVER .. "/state", { admin_state = case[1] })
        assert.are.equal(200, status)
        assert.are.equal(case[1], state.admin_state)
        assert.are.equal(case[2], direct_state(h, "steer", "s1").admin)
      end
    end)

    it("PATCH state sets the health, and both at once", function()
      local status, _, state = call(h, "PATCH", SERVER .. "/state", { operational_state = "down" })
      assert.are.equal(200, status)
      assert.are.equal("down", state.operational_state)
      assert.are.equal(0, direct_state(h, "steer", "s1").op)
      status, _, state = call(h, "PATCH", SERVER .. "/state", { operational_state = "up", admin_state = "drain" })
      assert.are.equal(200, status)
      assert.are.same({ "up", "drain" }, { state.operational_state, state.admin_state })
      local direct = direct_state(h, "steer", "s1")
      assert.are.same({ 2, 8 }, { direct.op, direct.admin })
      assert.are.same({ 2, 0 }, { direct_state(h, "steer", "s2").op, direct_state(h, "steer", "s2").admin })
    end)

    it("PATCH a server with lua-haproxy's status: MAINT and DOWN disable, UP enables", function()
      for _, case in ipairs({ { "MAINT", 1, "MAINT" }, { "UP", 0, "no check" }, { "DOWN", 1, "MAINT" }, { "up", 0, "no check" } }) do
        local status, _, row = call(h, "PATCH", SERVER, { status = case[1] })
        assert.are.equal(200, status)
        assert.are.equal(case[3], row.status)
        assert.are.equal("s1", row.svname)
        assert.are.equal(case[2], direct_state(h, "steer", "s1").admin)
      end
    end)
  end)

  describe("errors", function()
    it("404 for unknown routes, frontends, backends and servers", function()
      fails(h, 404, "no such resource: /nope", "GET", "/nope")
      fails(h, 404, "no such resource", "GET", "/stats/backends/app/servers/web1/nope")
      fails(h, 404, "no such frontend: nope", "GET", "/stats/frontends/nope")
      fails(h, 404, "no such backend: nope", "GET", "/stats/backends/nope")
      fails(h, 404, "no such backend: nope", "GET", "/stats/backends/nope/servers")
      fails(h, 404, "no such server: app/nope", "GET", "/stats/backends/app/servers/nope")
      fails(h, 404, "No such server", "GET", "/stats/backends/app/servers/nope/weight")
      fails(h, 404, "no such server: app/nope", "GET", "/stats/backends/app/servers/nope/state")
      fails(h, 404, "no such backend: nope", "GET", "/stats/backends/nope/servers/web1/state")
      local before = api.snapshot(h)
      fails(h, 404, "no such server: app/nope", "PATCH", "/stats/backends/app/servers/nope/weight", { current = 1 })
      fails(h, 404, "no such backend: nope", "PATCH", "/stats/backends/nope/servers/web1/state", { admin_state = "maint" })
      assert.are.equal(before, api.snapshot(h))
    end)

    it("405 with Allow for a known route and a method it lacks; OPTIONS answers 204 with Allow", function()
      local _, headers = fails(h, 405, "PATCH is not allowed", "PATCH", "/stats", { current = 1 })
      assert.are.equal("GET, HEAD, OPTIONS", headers.allow)
      _, headers = fails(h, 405, "DELETE", "DELETE", SERVER .. "/weight")
      assert.are.equal("GET, PATCH, HEAD, OPTIONS", headers.allow)
      local status, options_headers, _, body = call(h, "OPTIONS", SERVER .. "/state")
      assert.are.equal(204, status)
      assert.are.equal("", body)
      assert.are.equal("GET, PATCH, HEAD, OPTIONS", options_headers.allow)
      fails(h, 404, nil, "OPTIONS", "/nope")
    end)

    it("501 for a method no route handles", function()
      fails(h, 501, "FOO is not implemented", "FOO", "/stats")
      fails(h, 501, "PROPFIND", "PROPFIND", "/nope")
    end)

    it("415 for a write without Content-Type: application/json", function()
      local before = api.snapshot(h)
      fails(h, 415, "Content%-Type: application/json", "PATCH", SERVER .. "/weight", '{"current":1}', {})
      fails(h, 415, nil, "PATCH", SERVER .. "/weight", '{"current":1}', { ["Content-Type"] = "text/plain" })
      assert.are.equal(before, api.snapshot(h))
      local status = call(h, "PATCH", SERVER .. "/weight", '{"current":1}', { ["Content-Type"] = "application/json; charset=utf-8" })
      assert.are.equal(200, status)
    end)

    it("400 for bad bodies, naming the field and why, and nothing changes", function()
      local before = api.snapshot(h)
      local cases = {
        { "/weight", "{", "not valid JSON" },
        { "/weight", "", "body is empty" },
        { "/weight", "[1]", "must be a JSON object, got array" },
        { "/weight", '"7"', "must be a JSON object, got string" },
        { "/weight", "{}", "no field given: expected current" },
        { "/weight", '{"current":1} x', "not valid JSON" },
        { "/weight", '{"current":1,"extra":2}', 'unknown field "extra"' },
        { "/weight", '{"current":"abc"}', 'field "current" must be .* got "abc"' },
        { "/weight", '{"current":257}', 'field "current" .* got 257' },
        { "/weight", '{"current":-1}', 'field "current"' },
        { "/weight", '{"current":1.5}', 'field "current"' },
        { "/weight", '{"current":"101%"}', 'field "current"' },
        { "/weight", '{"current":true}', 'got true' },
        { "/weight", '{"current":null}', 'got null' },
        { "/weight", '{"current":{"a":1}}', 'got an object' },
        { "/state", '{"admin_state":"off"}', 'field "admin_state" must be' },
        { "/state", '{"admin_state":"ready","operational_state":"sideways"}', 'field "operational_state" must be' },
        { "/state", '{"state":"ready"}', 'unknown field "state": expected admin_state, operational_state' },
        { "", '{"status":"PAUSED"}', 'field "status" must be "UP", "DOWN" or "MAINT"' },
      }
      for _, case in ipairs(cases) do
        fails(h, 400, case[3], "PATCH", SERVER .. case[1], case[2])
      end
      assert.are.equal(before, api.snapshot(h))
    end)

    it("400 for names HAProxy cannot have and bad percent-encoding", function()
      local before = api.snapshot(h)
      fails(h, 400, 'backend "a b"', "GET", "/stats/backends/a%20b")
      fails(h, 400, "name may only hold", "GET", "/stats/backends/app%3Bshow%20info/servers")
      fails(h, 400, 'server "s1/x"', "PATCH", "/stats/backends/steer/servers/s1%2Fx/weight", { current = 1 })
      fails(h, 400, 'server "s1;', "PATCH", "/stats/backends/steer/servers/s1%3Bset%20weight%20steer%2Fs2%200/state", { admin_state = "maint" })
      fails(h, 400, "bad percent%-encoding", "GET", "/stats/backends/%zz")
      assert.are.equal(before, api.snapshot(h))
    end)

    it("502 with HAProxy's own words when it refuses a command", function()
      local before = api.snapshot(h)
      fails(h, 502, "HAProxy refused \"set weight static/s1 50\": Backend is using a static LB algorithm", "PATCH", "/stats/backends/static/servers/s1/weight", { current = 50 })
      assert.are.equal(before, api.snapshot(h))
    end)
  end)
end)
