-- Maps, ACLs, stick tables and server addresses through the stats library,
-- from plain Lua and inside HAProxy (the probe service), against a real
-- HAProxy whose frontend uses them; every write checked on the socket.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local stats = require("haproxy.stats")
local json = require("dkjson")

local site = configs.globals .. [[
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200
backend app
  server web1 127.0.0.1:${PORT:healthy}
]] .. configs.runtime_site

-- client:<method>(...) run inside HAProxy by the probe: ok, value, err.
local function inside(h, method, ...)
  local request = { method = method, args = { ... }, timeout = 30 }
  local status, _, body = haproxy.http(h.ports.probe, "POST", "/", json.encode(request))
  assert.are.equal(200, status, body)
  local answer = json.decode(body)
  return answer.ok, answer.value, answer.err
end

--- The body a request through the edge frontend gets, and its status.
local function through_edge(h, path, headers)
  local status, _, body = haproxy.http(h.ports.edge, "GET", path, nil, headers)
  return status, body
end

describe("haproxy.stats runtime operations", function()
  local h, client, routes, agents, blocklist

  setup(function()
    h = haproxy.start(site, { files = configs.runtime_files })
    client = stats.Client(h.sock)
    routes, agents, blocklist = h.dir .. "/routes.map", h.dir .. "/agents.acl", h.dir .. "/blocklist.acl"
  end)

  teardown(function()
    if h then h:stop() end
  end)

  before_each(function()
    h:command("clear map " .. routes)
    h:command("add map " .. routes .. " /api/v1 api_v1")
    h:command("add map " .. routes .. " /static static_be")
    h:command("clear acl " .. agents)
    h:command("add acl " .. agents .. " bad\\ bot")
    h:command("clear table edge")
  end)

  describe("maps", function()
    it("lists the map with its id, file and entry count", function()
      local maps = assert(client:get_maps())
      assert.are.equal(1, #maps)
      assert.are.equal(routes, maps[1].file)
      assert.are.equal(2, maps[1].entry_count)
      assert.are.equal("integer", math.type(maps[1].id))
    end)

    it("reads entries by file or #id, and one entry by key or by id", function()
      local by_file = assert(client:get_map(routes))
      local id = "#" .. client:get_maps()[1].id
      assert.are.same(by_file, (client:get_map(id)))
      assert.are.equal("/api/v1", by_file[1].key)
      assert.are.equal("api_v1", by_file[1].value)
      assert.are.same(by_file[2], (client:get_map_entry(routes, "/static")))
      assert.are.same(by_file[2], (client:get_map_entry(routes, by_file[2].id)))
      local none, err = client:get_map_entry(routes, "/nope")
      assert.is_nil(none)
      assert.are.equal("not_found", err.kind)
    end)

    it("adds, sets and deletes entries, and HAProxy routes by them", function()
      assert.is_true(client:add_map_entry(routes, "/new", "static_be"))
      assert.is_truthy(h:command("show map " .. routes):find(" /new static_be\n", 1, true))
      assert.are.same({ 200, "static_be" }, { through_edge(h, "/new/page") })
      assert.is_true(client:set_map_entry(routes, "/new", "api_v1"))
      assert.is_truthy(h:command("show map " .. routes):find(" /new api_v1\n", 1, true))
      assert.are.same({ 200, "api_v1" }, { through_edge(h, "/new/page") })
      assert.is_true(client:del_map_entry(routes, "/new"))
      assert.is_nil(h:command("show map " .. routes):find("/new", 1, true))
      local again, err = client:del_map_entry(routes, "/new")
      assert.is_nil(again)
      assert.are.equal("not_found", err.kind)
    end)

    it("keeps a hostile value one word: no command is injected", function()
      local value = "v;clear map " .. routes .. "\tx\\y z"
      assert.is_true(client:add_map_entry(routes, "/evil;k", value))
      local entry = assert(client:get_map_entry(routes, "/evil;k"))
      assert.are.equal(value, entry.value)
      assert.are.equal(3, #client:get_map(routes))
    end)

    it("looks up what HAProxy's match picks for an input", function()
      local results = assert(client:lookup_map(routes, "/api/v1/users"))
      assert.are.same({ method = "beg", found = true, case_sensitive = true, key = "/api/v1", value = "api_v1" }, results[1])
    end)

    it("clears a map", function()
      assert.is_true(client:clear_map(routes))
      assert.are.same({}, client:get_map(routes))
      assert.are.equal("", h:command("show map " .. routes):gsub("%s", ""))
    end)

    it("answers not_found for an unknown map", function()
      local value, err = client:get_map("/no/such.map")
      assert.is_nil(value)
      assert.are.equal("not_found", err.kind)
      assert.matches("no such map", err.message)
    end)
  end)

  describe("ACLs", function()
    it("adds a free-text pattern, which HAProxy then matches", function()
      assert.are.same({ 200, "" }, { through_edge(h, "/", { ["User-Agent"] = "evil crawler; clear acl " .. agents } ) })
      assert.is_true(client:add_acl_entry(agents, "evil crawler; clear acl " .. agents))
      assert.are.equal(429, (through_edge(h, "/", { ["User-Agent"] = "evil crawler; clear acl " .. agents })))
      local values = {}
      for _, entry in ipairs(client:get_acl(agents)) do values[#values + 1] = entry.value end
      assert.are.same({ "bad bot", "evil crawler; clear acl " .. agents }, values)
    end)

    it("deletes a pattern by value and by id", function()
      assert.is_true(client:add_acl_entry(blocklist, "127.0.0.1"))
      assert.are.equal(403, (through_edge(h, "/")))
      assert.is_true(client:del_acl_entry(blocklist, "127.0.0.1"))
      assert.are.equal(200, (through_edge(h, "/")))
      local first = client:get_acl(blocklist)[1]
      assert.is_true(client:del_acl_entry(blocklist, first.id))
      assert.is_nil(h:command("show acl " .. blocklist):find(first.value, 1, true))
      assert.is_true(client:add_acl_entry(blocklist, first.value))
    end)

    it("reports HAProxy's refusal of a pattern as rejected", function()
      local done, err = client:add_acl_entry(blocklist, "not an ip")
      assert.is_nil(done)
      assert.are.equal("rejected", err.kind)
      assert.matches("not a valid IPv4 or IPv6 address", err.message)
    end)
  end)

  describe("stick tables", function()
    it("lists the tables and reads the entries real traffic made", function()
      for _ = 1, 3 do through_edge(h, "/abuse") end
      local tables = assert(client:get_tables())
      local names = {}
      for _, t in ipairs(tables) do names[t.name] = t end
      assert.are.same({ name = "edge", type = "ip", size = 1024, used = 1 }, names.edge)
      local edge = assert(client:get_table("edge"))
      assert.are.equal("127.0.0.1", edge.entries[1].key)
      assert.are.equal(3, edge.entries[1].data.gpc0)
      assert.are.equal(3, edge.entries[1].data.http_req_cnt)
    end)

    it("reads one key, and filters on stored data", function()
      through_edge(h, "/abuse")
      assert.are.equal(1, #client:get_table("edge", { key = "127.0.0.1" }).entries)
      assert.are.equal(0, #client:get_table("edge", { key = "10.9.9.9" }).entries)
      assert.are.equal(1, #client:get_table("edge", { filters = { { data = "gpc0", operator = "ge", value = 1 } } }).entries)
      assert.are.equal(0, #client:get_table("edge", { filters = { { data = "gpc0", operator = "gt", value = 1 } } }).entries)
      local value, err = client:get_table("edge", { filters = { { data = "conn_cur", operator = "gt", value = 0 } } })
      assert.is_nil(value)
      assert.are.equal("rejected", err.kind)
    end)

    it("reads string keys as they were sent, escapes and all", function()
      through_edge(h, "/", { ["X-Name"] = "a b=c\\d;e" })
      configs.untracked(h, "names")
      local entry = assert(client:get_table_entry("names", "a b=c\\d;e"))
      assert.are.equal("a b=c\\d;e", entry.key)
      assert.is_true(client:clear_table("names", "a b=c\\d;e"))
      assert.is_nil(h:command("show table names"):find("key=", 1, true))
    end)

    it("clears a table", function()
      through_edge(h, "/")
      configs.untracked(h, "edge")
      assert.is_true(client:clear_table("edge"))
      assert.is_truthy(h:command("show table edge"):find("used:0", 1, true))
    end)

    it("answers not_found for an unknown table", function()
      local value, err = client:get_table("nope")
      assert.is_nil(value)
      assert.are.equal("not_found", err.kind)
    end)
  end)

  describe("server addresses", function()
    it("moves a server, port included, and reads it back", function()
      assert.is_true(client:set_address("app", "web1", "127.0.0.2", 8080))
      assert.is_truthy(h:command("show servers state app"):find(" web1 127.0.0.2 .* 8080 ", 1))
      assert.are.same({ address = "127.0.0.2", port = 8080 }, (client:get_address("app", "web1")))
      assert.is_true(client:set_address("app", "web1", "127.0.0.1", h.ports.healthy))
      -- Traffic follows the move back (one fresh-clone run on 3.2.26 got a 503 from the very
      -- first request after it; the suite and three reruns of this spec did not): waited for, bounded.
      h:wait_for(function() return (through_edge(h, "/")) == 200 end, "traffic to web1 on its port again", 5)
    end)

    it("refuses a host name and a port out of range before sending", function()
      local done, err = client:set_address("app", "web1", "example.com")
      assert.is_nil(done)
      assert.are.equal("invalid", err.kind)
      done, err = client:set_address("app", "web1", "127.0.0.1", 99999)
      assert.is_nil(done)
      assert.are.equal("invalid", err.kind)
    end)
  end)

  describe("inside HAProxy", function()
    it("reads a map far larger than a buffer, whole", function()
      local adds = {}
      for i = 1, 3000 do adds[i] = string.format("add map %s /bulk/%05d backend_%d", routes, i, i) end
      h:commands(adds)
      local direct = client:get_map(routes)
      assert.are.equal(3002, #direct)
      local ok, value, err = inside(h, "get_map", routes)
      assert.is_true(ok, err and err.text)
      assert.are.equal(3002, #value)
      assert.are.same(direct[3002], value[3002])
    end)

    it("runs the map, ACL and table calls with core.tcp() as from plain Lua", function()
      local ok, value = inside(h, "add_map_entry", routes, "/in", "api_v1")
      assert.is_true(ok)
      assert.is_truthy(h:command("show map " .. routes):find(" /in api_v1\n", 1, true))
      ok, value = inside(h, "get_acl", agents)
      assert.is_true(ok)
      assert.are.equal("bad bot", value[1].value)
      through_edge(h, "/")
      ok, value = inside(h, "get_table", "edge")
      assert.is_true(ok)
      assert.are.equal("127.0.0.1", value.entries[1].key)
      ok, value = inside(h, "get_table", "edge", { key = "10.1.1.1" })
      assert.is_true(ok)
      assert.are.equal(0, #value.entries)
    end)
  end)

  it("replaces a whole map and ACL, writes a stick-table entry, reads and sets the process's limits (issue 18)", function()
    assert.are.equal(2, client:replace_map(routes, { { key = "/api/v1", value = "api_v1" }, { key = "/static", value = "static_be" } }))
    assert.are.same({ 200, "api_v1" }, { through_edge(h, "/api/v1/x") })
    local count, err = client:replace_map(routes, { { key = "/ok", value = "x" }, { key = "bad key", value = "x" } })
    assert.is_nil(count)
    assert.are.equal("invalid", err.kind)
    assert.is_truthy(err.message:find("entry 2", 1, true))
    assert.are.same({ 200, "api_v1" }, { through_edge(h, "/api/v1/x") })
    assert.are.equal(2, client:replace_acl(agents, { "bad bot", "scanner 2.0" }))
    local entry = assert(client:set_table_entry("edge", "10.7.7.7", { gpc0 = 4 }))
    assert.are.same({ "10.7.7.7", 4 }, { entry.key, entry.data.gpc0 })
    assert.is_truthy(h:command("show table edge key 10.7.7.7"):find("gpc0=4", 1, true))
    local _, refused = client:set_table_entry("edge", "10.7.7.8", { gpc1 = 1 })
    assert.are.equal("invalid", refused.kind)
    assert.is_nil(h:command("show table edge key 10.7.7.8"):find("10.7.7.8", 1, true))
    assert.is_true(client:set_process({ rate_limit_sessions = 50 }))
    assert.are.equal(50, client:get_process().rate_limit_sessions)
    assert.is_true(client:set_session_rate_limit(0))
    assert.are.equal(0, client:get_process().rate_limit_sessions)
    local list = assert(client:get_sessions({ frontend = "GLOBAL" }, 10))
    assert.is_true(#list.sessions >= 1) -- this very connection to the stats socket
    assert.are.same({}, assert(client:get_errors()))
  end)
end)
