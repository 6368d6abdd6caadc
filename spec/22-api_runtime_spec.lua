-- Maps, ACLs, stick tables and server addresses through the HTTP API, on a
-- real HAProxy whose frontend "edge" routes by the map, denies by the ACLs
-- and feeds the stick tables. Every write is checked on the stats socket,
-- and where it changes what HAProxy does, by traffic through "edge".
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local socket = require("socket")

local call, fails, segment = api.call, api.fails, api.segment

--- Status and body of a request through the edge frontend.
local function edge(h, path, headers)
  local status, _, body = haproxy.http(h.ports.edge, "GET", path, nil, headers)
  return status, body
end

describe("HTTP API runtime resources", function()
  local h, routes, agents, blocklist

  setup(function()
    h = api.start("  stats socket ${SOCK} mode 600 level admin\n", { extra = configs.runtime_site, files = configs.runtime_files })
    routes = "/maps/" .. segment(h.dir .. "/routes.map")
    agents = "/acls/" .. segment(h.dir .. "/agents.acl")
    blocklist = "/acls/" .. segment(h.dir .. "/blocklist.acl")
  end)

  teardown(function()
    if h then h:stop() end
  end)

  before_each(function()
    local map = h.dir .. "/routes.map"
    h:command("clear map " .. map)
    h:command("add map " .. map .. " /api/v1 api_v1")
    h:command("add map " .. map .. " /static static_be")
    h:command("clear acl " .. h.dir .. "/agents.acl")
    h:command("add acl " .. h.dir .. "/agents.acl bad\\ bot")
    h:command("clear acl " .. h.dir .. "/blocklist.acl")
    h:command("add acl " .. h.dir .. "/blocklist.acl 10.0.0.1")
    h:command("clear table edge")
    h:command("clear table names")
  end)

  local function show(kind, file) return h:command("show " .. kind .. " " .. h.dir .. "/" .. file) end

  describe("maps", function()
    it("GET /maps lists every map: id, file, description, entry count", function()
      local status, _, maps = call(h, "GET", "/maps")
      assert.are.equal(200, status)
      assert.are.equal(1, #maps)
      assert.are.equal(h.dir .. "/routes.map", maps[1].file)
      assert.are.equal(2, maps[1].entry_count)
      assert.is_string(maps[1].description)
    end)

    it("GET /maps/:map and /acls/:acl stream a big one as the dump arrives: chunked, whole, HAProxy's entries in its order", function()
      local map, acl = h.dir .. "/routes.map", h.dir .. "/agents.acl"
      local adds, acls = {}, {}
      for n = 1, 5000 do
        adds[n] = string.format("add map %s /p/%d be%d", map, n, n)
        acls[n] = string.format("add acl %s agent%d", acl, n)
      end
      h:commands(adds)
      h:commands(acls)
      for _, case in ipairs({ { routes, "map", map, "^0x(%x+) (%S+) (.*)$", 5002 }, { agents, "acl", acl, "^0x(%x+) (.*)$", 5001 } }) do
        local status, headers, entries = call(h, "GET", case[1])
        assert.are.equal(200, status)
        assert.are.equal("chunked", headers["transfer-encoding"])
        local direct = {}
        for line in h:command("show " .. case[2] .. " " .. case[3]):gmatch("[^\n]+") do
          local id, a, b = line:match(case[4])
          direct[#direct + 1] = case[2] == "map" and { id = "#0x" .. id, key = a, value = b } or { id = "#0x" .. id, value = a }
        end
        assert.are.equal(case[5], #direct)
        assert.are.same(direct, entries)
      end
    end)

    it("HEAD /maps/:map answers the headers and gives its stats socket connection back at once", function()
      -- More HEADs than the 5 connections the API keeps to the socket: none may hold one.
      for _ = 1, 8 do
        local status, headers, _, body = call(h, "HEAD", routes)
        assert.are.same({ 200, "application/json", "" }, { status, headers["content-type"], body })
      end
      assert.are.equal(200, (call(h, "GET", "/stats/info")))
    end)

    it("GET /maps/:map answers the entries, by file or by #id", function()
      local status, _, entries = call(h, "GET", routes)
      assert.are.equal(200, status)
      assert.are.same({ "/api/v1", "api_v1" }, { entries[1].key, entries[1].value })
      assert.matches("^#0x%x+$", entries[1].id)
      local _, _, maps = call(h, "GET", "/maps")
      assert.are.same(entries, select(3, call(h, "GET", "/maps/" .. segment("#" .. maps[1].id))))
    end)

    it("GET /maps/:map/entries/:key answers one entry by key, /ids/:id by id; 404 when missing", function()
      local status, _, entry = call(h, "GET", routes .. "/entries/" .. segment("/static"))
      assert.are.equal(200, status)
      assert.are.equal("static_be", entry.value)
      assert.are.same(entry, select(3, call(h, "GET", routes .. "/ids/" .. segment(entry.id))))
      assert.are.same(entry, select(3, call(h, "GET", routes .. "/ids/" .. entry.id:sub(2))))
      -- A key is a key: an id in the key's place names no entry.
      fails(h, 404, "no entry", "GET", routes .. "/entries/" .. segment(entry.id))
      fails(h, 404, 'no entry "/nope"', "GET", routes .. "/entries/" .. segment("/nope"))
      fails(h, 404, "no such map", "GET", "/maps/" .. segment("/etc/none.map"))
      fails(h, 404, "no such map", "GET", "/maps/%23999")
    end)

    it("GET /maps/:map/lookup?input= answers what HAProxy's match picks", function()
      local status, _, results = call(h, "GET", routes .. "/lookup?input=" .. segment("/api/v1/users"))
      assert.are.equal(200, status)
      assert.are.same({ { method = "beg", found = true, case_sensitive = true, key = "/api/v1", value = "api_v1" } }, results)
      fails(h, 400, '"input" is required', "GET", routes .. "/lookup")
      fails(h, 400, 'unknown query parameter "key"', "GET", routes .. "/lookup?key=x")
    end)

    it("POST /maps/:map/entries adds an entry: 201, its Location, and HAProxy routes by it", function()
      local status, headers, entry = call(h, "POST", routes .. "/entries", { key = "/new", value = "static_be" })
      assert.are.equal(201, status)
      assert.are.same({ "/new", "static_be" }, { entry.key, entry.value })
      assert.are.equal(routes .. "/ids/" .. segment(entry.id), headers.location)
      assert.is_truthy(show("map", "routes.map"):find(entry.id:sub(2) .. " /new static_be\n", 1, true))
      assert.are.same({ 200, "static_be" }, { edge(h, "/new/page") })
    end)

    it("PUT /maps/:map/entries/:key sets the value; HAProxy routes by it; 404 when missing", function()
      local status, _, entry = call(h, "PUT", routes .. "/entries/" .. segment("/api/v1"), { value = "static_be" })
      assert.are.equal(200, status)
      assert.are.equal("static_be", entry.value)
      assert.is_truthy(show("map", "routes.map"):find(" /api/v1 static_be\n", 1, true))
      assert.are.same({ 200, "static_be" }, { edge(h, "/api/v1/users") })
      local before = show("map", "routes.map")
      fails(h, 404, 'no entry "/nope"', "PUT", routes .. "/entries/" .. segment("/nope"), { value = "x" })
      assert.are.equal(before, show("map", "routes.map"))
    end)

    it("DELETE /maps/:map/entries/:key removes it (204), /ids/:id by id; 404 the second time", function()
      local status, _, _, raw = call(h, "DELETE", routes .. "/entries/" .. segment("/api/v1"))
      assert.are.equal(204, status)
      assert.are.equal("", raw)
      assert.is_nil(show("map", "routes.map"):find("/api/v1", 1, true))
      fails(h, 404, 'no entry "/api/v1"', "DELETE", routes .. "/entries/" .. segment("/api/v1"))
      local _, _, entries = call(h, "GET", routes)
      assert.are.equal(204, (call(h, "DELETE", routes .. "/ids/" .. segment(entries[1].id))))
      assert.is_nil(show("map", "routes.map"):find("/static", 1, true))
    end)

    it("DELETE /maps/:map/entries clears it; the empty map is []", function()
      assert.are.equal(204, (call(h, "DELETE", routes .. "/entries")))
      assert.are.equal("", (show("map", "routes.map"):gsub("%s", "")))
      local status, _, _, raw = call(h, "GET", routes)
      assert.are.equal(200, status)
      assert.are.equal("[]", raw)
    end)

    it("keeps hostile keys and values inside their command: escaped, or refused with nothing changed", function()
      local value = "x;clear map " .. h.dir .. "/routes.map\tand\\more words"
      local status, _, entry = call(h, "POST", routes .. "/entries", { key = "/a;b", value = value })
      assert.are.equal(201, status)
      assert.are.same({ "/a;b", value }, { entry.key, entry.value })
      local _, _, entries = call(h, "GET", routes)
      assert.are.equal(3, #entries)
      local before = show("map", "routes.map")
      fails(h, 400, "can't hold spaces", "POST", routes .. "/entries", { key = "a b", value = "v" })
      fails(h, 400, "CR, LF and NUL", "POST", routes .. "/entries", { key = "k", value = "v\nclear map #0" })
      fails(h, 400, "CR, LF and NUL", "PUT", routes .. "/entries/k%0Dx", { value = "v" })
      fails(h, 400, "entry id", "PUT", routes .. "/entries/%230xdecoy", { value = "v" })
      fails(h, 400, "entry id", "DELETE", routes .. "/entries/%230x1234")
      fails(h, 400, "can't start with", "POST", routes .. "/entries", { key = "#0x1234", value = "decoy" })
      fails(h, 404, 'no entry "#hash"', "DELETE", routes .. "/entries/%23hash")
      fails(h, 400, "expected a string, got number", "POST", routes .. "/entries", { key = "k", value = 5 })
      fails(h, 400, 'unknown field "other"', "POST", routes .. "/entries", { key = "k", value = "v", other = 1 })
      fails(h, 400, '"key" and "value" are both required', "POST", routes .. "/entries", { key = "k" })
      fails(h, 400, '"#x" is not "#<id>"', "GET", "/maps/%23x")
      assert.are.equal(before, show("map", "routes.map"))
    end)
  end)

  describe("ACLs", function()
    it("GET /acls lists every ACL; one written inline has file null", function()
      local status, _, acls, raw = call(h, "GET", "/acls")
      assert.are.equal(200, status)
      local files = {}
      for _, acl in ipairs(acls) do files[#files + 1] = tostring(acl.file) end
      assert.is_truthy(table.concat(files, " "):find(h.dir .. "/agents.acl", 1, true))
      assert.is_truthy(raw:find('"file":null', 1, true))
    end)

    it("GET /acls/:acl and .../entries/:value answer the patterns", function()
      local status, _, entries = call(h, "GET", agents)
      assert.are.equal(200, status)
      assert.are.same({ "bad bot" }, { entries[1].value })
      assert.are.same(entries[1], select(3, call(h, "GET", agents .. "/entries/" .. segment("bad bot"))))
      fails(h, 404, "no entry", "GET", agents .. "/entries/nope")
    end)

    it("POST /acls/:acl/entries adds a free-text pattern that HAProxy then matches", function()
      local agent = "evil crawler; clear acl " .. h.dir .. "/agents.acl"
      assert.are.equal(200, (edge(h, "/", { ["User-Agent"] = agent })))
      local status, headers, entry = call(h, "POST", agents .. "/entries", { value = agent })
      assert.are.equal(201, status)
      assert.are.equal(agent, entry.value)
      assert.are.equal(agents .. "/ids/" .. segment(entry.id), headers.location)
      assert.are.equal(429, (edge(h, "/", { ["User-Agent"] = agent })))
      assert.is_truthy(show("acl", "agents.acl"):find(" bad bot\n", 1, true))
    end)

    it("DELETE /acls/:acl/entries/:value lets the source through again", function()
      assert.are.equal(201, (call(h, "POST", blocklist .. "/entries", { value = "127.0.0.1" })))
      assert.are.equal(403, (edge(h, "/")))
      assert.are.equal(204, (call(h, "DELETE", blocklist .. "/entries/127.0.0.1")))
      assert.are.equal(200, (edge(h, "/")))
      assert.is_nil(show("acl", "blocklist.acl"):find("127.0.0.1", 1, true))
    end)

    it("a pattern HAProxy refuses is a 400 with its words, and changes nothing", function()
      local before = show("acl", "blocklist.acl")
      fails(h, 400, "not a valid IPv4 or IPv6 address", "POST", blocklist .. "/entries", { value = "not an ip" })
      assert.are.equal(before, show("acl", "blocklist.acl"))
    end)

    it("DELETE /acls/:acl/entries clears it", function()
      assert.are.equal(204, (call(h, "DELETE", agents .. "/entries")))
      assert.are.equal("[]", select(4, call(h, "GET", agents)))
    end)
  end)

  describe("stick tables", function()
    it("GET /tables and /tables/:table answer what real traffic stored", function()
      for _ = 1, 3 do edge(h, "/abuse") end
      local status, _, tables = call(h, "GET", "/tables")
      assert.are.equal(200, status)
      local by_name = {}
      for _, t in ipairs(tables) do by_name[t.name] = t end
      assert.are.same({ name = "edge", type = "ip", size = 1024, used = 1 }, by_name.edge)
      local _, _, t = call(h, "GET", "/tables/edge")
      assert.are.equal("127.0.0.1", t.entries[1].key)
      assert.are.equal(3, t.entries[1].data.gpc0)
      assert.are.equal(3, t.entries[1].data.http_req_cnt)
    end)

    it("?key= and ?filter= select entries; no match is an empty list", function()
      for _ = 1, 3 do edge(h, "/abuse") end
      assert.are.equal(1, #select(3, call(h, "GET", "/tables/edge?key=127.0.0.1")).entries)
      assert.is_truthy(select(4, call(h, "GET", "/tables/edge?key=10.9.9.9")):find('"entries":[]', 1, true))
      assert.are.equal(1, #select(3, call(h, "GET", "/tables/edge?filter=data.gpc0:gt:2")).entries)
      assert.are.equal(0, #select(3, call(h, "GET", "/tables/edge?filter=data.gpc0:gt:3&filter=data.http_req_cnt:ge:1")).entries)
      fails(h, 400, "not data.<type>:<operator>:<value>", "GET", "/tables/edge?filter=gpc0")
      fails(h, 400, "Data type not stored in this table", "GET", "/tables/edge?filter=data.conn_cur:gt:0")
      fails(h, 400, "Unknown data type", "GET", "/tables/edge?filter=data.nope:gt:0")
      fails(h, 400, "operator", "GET", "/tables/edge?filter=data.gpc0:zz:0")
      fails(h, 400, "not both", "GET", "/tables/edge?key=127.0.0.1&filter=data.gpc0:gt:0")
      fails(h, 400, 'unknown query parameter "limit"', "GET", "/tables/edge?limit=1")
      fails(h, 404, "no such table", "GET", "/tables/nope")
    end)

    it("string keys come back as sent", function()
      edge(h, "/", { ["X-Name"] = "a b=c\\d;e" })
      local status, _, entry = call(h, "GET", "/tables/names/entries/" .. segment("a b=c\\d;e"))
      assert.are.equal(200, status)
      assert.are.equal("a b=c\\d;e", entry.key)
    end)

    it("answers valid UTF-8 whatever bytes HAProxy holds: U+FFFD for the rest", function()
      edge(h, "/", { ["X-Name"] = "caf\233 \255" })
      h:command("add map " .. h.dir .. "/routes.map /latin caf\233")
      for _, path in ipairs({ "/tables/names", routes }) do
        local status, _, _, raw = call(h, "GET", path)
        assert.are.equal(200, status)
        assert.is_not_nil(utf8.len(raw), path)
        assert.is_truthy(raw:find("caf\239\191\189", 1, true), raw)
      end
      -- The key, percent-encoded as sent, still names the entry.
      configs.untracked(h, "names")
      assert.are.equal(204, (call(h, "DELETE", "/tables/names/entries/caf%E9%20%FF")))
      assert.is_nil(h:command("show table names"):find("key=", 1, true))
    end)

    it("DELETE /tables/:table/entries/:key removes the entry (204), 404 when missing", function()
      edge(h, "/")
      configs.untracked(h, "edge")
      assert.are.equal(204, (call(h, "DELETE", "/tables/edge/entries/127.0.0.1")))
      assert.is_nil(h:command("show table edge"):find("key=127.0.0.1", 1, true))
      fails(h, 404, "no entry", "DELETE", "/tables/edge/entries/127.0.0.1")
    end)

    it("an entry a session tracks is a 409, and goes once the session ends", function()
      local held = socket.tcp()
      assert(held:connect("127.0.0.1", h.ports.edge))
      h:wait_for(function() return h:command("show table conns"):find("key=127.0.0.1 use=1", 1, true) end, "the held connection")
      fails(h, 409, "tracked by 1 session", "DELETE", "/tables/conns/entries/127.0.0.1")
      assert.is_truthy(h:command("show table conns"):find("key=127.0.0.1", 1, true))
      held:close()
      h:wait_for(function() return h:command("show table conns"):find("key=127.0.0.1 use=0", 1, true) end, "the connection to end")
      assert.are.equal(204, (call(h, "DELETE", "/tables/conns/entries/127.0.0.1")))
    end)

    it("DELETE /tables/:table clears it and answers what is left", function()
      edge(h, "/")
      configs.untracked(h, "edge")
      local status, _, t = call(h, "DELETE", "/tables/edge")
      assert.are.equal(200, status)
      assert.are.same({ name = "edge", type = "ip", size = 1024, used = 0 }, t)
      assert.is_truthy(h:command("show table edge"):find("used:0", 1, true))
    end)
  end)

  describe("server address", function()
    local ADDRESS = "/stats/backends/app/servers/web1/address"

    it("PATCH moves the server; GET and the socket agree; traffic follows", function()
      local status, _, address = call(h, "PATCH", ADDRESS, { address = "127.0.0.2", port = 8080 })
      assert.are.equal(200, status)
      assert.are.same({ address = "127.0.0.2", port = 8080 }, address)
      assert.are.same(address, select(3, call(h, "GET", ADDRESS)))
      assert.is_truthy(h:command("show servers state app"):find(" web1 127.0.0.2 .* 8080 "))
      assert.are.same({ address = "127.0.0.1", port = h.ports.healthy },
        select(3, call(h, "PATCH", ADDRESS, { address = "127.0.0.1", port = h.ports.healthy })))
      assert.are.equal(200, (edge(h, "/")))
    end)

    it("refuses what is not an IP address or a port, changing nothing", function()
      local before = h:command("show servers state app")
      fails(h, 400, 'field "address" must be an IPv4 or IPv6 address, got "example.com"', "PATCH", ADDRESS, { address = "example.com" })
      fails(h, 400, 'field "port" must be an integer from 1 to 65535, got 99999', "PATCH", ADDRESS, { address = "127.0.0.1", port = 99999 })
      fails(h, 400, '"address" is required', "PATCH", ADDRESS, { port = 80 })
      fails(h, 400, "backend", "PATCH", "/stats/backends/a;b/servers/web1/address", { address = "127.0.0.1" })
      fails(h, 404, "no such server: app/nope", "PATCH", "/stats/backends/app/servers/nope/address", { address = "127.0.0.1" })
      assert.are.equal(before:gsub(" %d+ %d+ %d+ %d+ %d+ %d+ %d+ ", " "), h:command("show servers state app"):gsub(" %d+ %d+ %d+ %d+ %d+ %d+ %d+ ", " "))
    end)
  end)
end)
