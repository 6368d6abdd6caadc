-- Traffic controls against a real HAProxy (issue 18): stick-table entries
-- written through the API flag a client for the rules that read the table
-- (checked through proxied traffic), and every bad key, data type or value
-- is a JSON 4xx that creates nothing (checked on the socket: HAProxy 2.6
-- itself creates the entry before it refuses a value); the process's
-- limits change what "show info" reports, and bad ones change nothing.
local api = require("support.api")
local configs = require("support.configs")
local haproxy = require("support.haproxy")
local socket = require("socket")

local call, fails, segment = api.call, api.fails, api.segment

local site = [[
frontend guard
  bind 127.0.0.1:${PORT:guard}
  stick-table type ip size 1k expire 10m store gpc0,http_req_cnt
  http-request track-sc0 src
  http-request deny deny_status 403 if { sc0_get_gpc0 gt 0 }
  http-request return status 200
backend words
  stick-table type string len 16 size 10 expire 1m store gpc0
backend numbers
  stick-table type integer size 10 expire 1m store gpt0
]]

--- The entries of `table` as show table prints them, one line each.
local function entries(h, table_name)
  local list = {}
  for line in h:command("show table " .. table_name):gmatch("[^\n]+") do
    if not line:find("^#") then list[#list + 1] = line:match("key=(%S+)") end
  end
  return list
end

describe("stick-table writes", function()
  local h
  setup(function() h = api.start("  stats socket ${SOCK} level admin\n", { extra = site }) end)
  teardown(function() if h then h:stop() end end)

  it("flag a source so that a rule on sc0_get_gpc0 denies it, and let it through again once its entry is removed", function()
    assert.are.equal(200, (haproxy.http(h.ports.guard, "GET", "/")))
    configs.untracked(h, "guard")
    local status, _, entry = call(h, "PUT", "/tables/guard/entries/127.0.0.1", { data = { gpc0 = 1 } })
    assert.are.equal(200, status)
    assert.are.same({ "127.0.0.1", 1 }, { entry.key, entry.data.gpc0 })
    assert.is_truthy(h:command("show table guard key 127.0.0.1"):find("gpc0=1", 1, true))
    assert.are.equal(403, (haproxy.http(h.ports.guard, "GET", "/")))
    configs.untracked(h, "guard")
    assert.are.equal(204, (call(h, "DELETE", "/tables/guard/entries/127.0.0.1")))
    assert.are.equal(200, (haproxy.http(h.ports.guard, "GET", "/")))
  end)

  it("create an entry with several values at once, for ip, string and integer tables", function()
    local status, _, entry = call(h, "PUT", "/tables/guard/entries/10.1.2.3", { data = { gpc0 = 7, http_req_cnt = 3 } })
    assert.are.equal(200, status)
    assert.are.same({ gpc0 = 7, http_req_cnt = 3 }, entry.data)
    assert.is_true(entry.expire_ms > 0)
    status, _, entry = call(h, "PUT", "/tables/words/entries/" .. segment("a b;c"), { data = { gpc0 = 2 } })
    assert.are.equal(200, status)
    assert.are.equal("a b;c", entry.key)
    status, _, entry = call(h, "PUT", "/tables/numbers/entries/42", { data = { gpt0 = 5 } })
    assert.are.equal(200, status)
    assert.are.same({ 42, 5 }, { entry.key, entry.data.gpt0 })
  end)

  it("refuse keys the table's type forbids, data types it does not store and values that are no counters: nothing created", function()
    local before = { guard = entries(h, "guard"), numbers = entries(h, "numbers") }
    fails(h, 400, "an ip table's key is an IPv4 address", "PUT", "/tables/guard/entries/zz", { data = { gpc0 = 1 } })
    fails(h, 400, "IPv4", "PUT", "/tables/guard/entries/" .. segment("10.0.0.1;show info"), { data = { gpc0 = 1 } })
    fails(h, 400, "IPv4", "PUT", "/tables/guard/entries/10.0.0.256", { data = { gpc0 = 1 } })
    fails(h, 400, "IPv4", "PUT", "/tables/guard/entries/" .. segment("10.0.0.1\nshow info"), { data = { gpc0 = 1 } })
    fails(h, 400, "from 0 to 4294967295", "PUT", "/tables/numbers/entries/99999999999", { data = { gpt0 = 1 } })
    fails(h, 400, "from 0 to 4294967295", "PUT", "/tables/numbers/entries/-42", { data = { gpt0 = 1 } })
    fails(h, 400, 'data type "gpc1": data type not stored in this table guard', "PUT", "/tables/guard/entries/10.0.0.1", { data = { gpc1 = 1 } })
    fails(h, 400, 'data type "nope": unknown data type', "PUT", "/tables/guard/entries/10.0.0.1", { data = { nope = 1 } })
    fails(h, 400, "data type", "PUT", "/tables/guard/entries/10.0.0.1", { data = { ["gpc0 1 data.gpt0"] = 1 } })
    fails(h, 400, "data.gpc0 \"abc\": must be an integer", "PUT", "/tables/guard/entries/10.0.0.1", { data = { gpc0 = "abc" } })
    fails(h, 400, "from 0 to 4294967295", "PUT", "/tables/guard/entries/10.0.0.1", { data = { gpc0 = -1 } })
    fails(h, 400, "must be an integer", "PUT", "/tables/guard/entries/10.0.0.1", { data = { gpc0 = 1.5 } })
    fails(h, 400, "expected an object", "PUT", "/tables/guard/entries/10.0.0.1", { data = {} })
    fails(h, 400, "unknown field", "PUT", "/tables/guard/entries/10.0.0.1", { gpc0 = 1 })
    fails(h, 404, "no such table", "PUT", "/tables/nope/entries/10.0.0.1", { data = { gpc0 = 1 } })
    fails(h, 413, "over the limit", "PUT", "/tables/guard/entries/10.0.0.1", { data = { gpc0 = 1 }, pad = string.rep("x", 1024 * 1024) })
    assert.are.same(before.guard, entries(h, "guard"))
    assert.are.same(before.numbers, entries(h, "numbers"))
    assert.are.same({}, h:runtime_errors())
  end)
end)

--- The limits "show info" reports, read on the socket.
local function limits(h)
  local text = h:command("show info")
  local function field(name) return tonumber(text:match("\n" .. name .. ": (%d+)")) end
  return { field("Maxconn"), field("ConnRateLimit"), field("SessRateLimit"), field("SslRateLimit"), field("Hard_maxconn") }
end

describe("the process's live limits", function()
  local h
  setup(function() h = api.start("  stats socket ${SOCK} level admin\n  maxconn 2000\n") end)
  teardown(function() if h then h:stop() end end)

  it("GET /process reads them; PATCH /process changes what show info reports, several at once", function()
    local status, _, process = call(h, "GET", "/process")
    assert.are.equal(200, status)
    assert.are.same({ 2000, 2000, 0 }, { process.maxconn, process.hard_maxconn, process.rate_limit_connections })
    assert.is_false(process.stopping)
    status, _, process = call(h, "PATCH", "/process", { maxconn = 500, rate_limit_connections = 100, rate_limit_sessions = 200, rate_limit_ssl_sessions = 300 })
    assert.are.equal(200, status)
    assert.are.same({ 500, 100, 200, 300 }, { process.maxconn, process.rate_limit_connections, process.rate_limit_sessions, process.rate_limit_ssl_sessions })
    assert.are.same({ 500, 100, 200, 300, 2000 }, limits(h))
    assert.are.equal(200, (call(h, "PATCH", "/process", { rate_limit_connections = 0 })))
    assert.are.same({ 500, 0, 200, 300, 2000 }, limits(h))
  end)

  it("refuses a maxconn over Hard_maxconn, zero or not a number, a negative rate, an unknown field: nothing changed", function()
    local before = limits(h)
    fails(h, 400, "at most Hard_maxconn, 2000", "PATCH", "/process", { rate_limit_sessions = 1, maxconn = 5000 })
    fails(h, 400, "maxconn", "PATCH", "/process", { maxconn = 0 })
    fails(h, 400, "maxconn", "PATCH", "/process", { maxconn = "abc" })
    fails(h, 400, "rate_limit_connections", "PATCH", "/process", { rate_limit_connections = -5, maxconn = 600 })
    fails(h, 400, "unknown field", "PATCH", "/process", { nbthread = 2 })
    assert.are.same(before, limits(h))
    assert.are.same({}, h:runtime_errors())
  end)
end)

describe("sessions and error captures", function()
  local h, upstream
  setup(function()
    -- An upstream that takes connections and never answers: a session held open.
    upstream = assert(socket.bind("127.0.0.1", 0))
    local _, port = upstream:getsockname()
    h = api.start("  stats socket ${SOCK} level admin\n", {
      extra = "frontend front\n  bind 127.0.0.1:${PORT:front}\n  timeout client 30s\n  default_backend slow\nbackend slow\n  timeout server 30s\n  server s1 127.0.0.1:" .. port .. "\n",
    })
  end)
  teardown(function()
    if h then h:stop() end
    if upstream then upstream:close() end
  end)

  it("lists a session held open by a slow upstream with its backend and server, and DELETE ends it", function()
    local client = socket.tcp()
    client:settimeout(10)
    assert(client:connect("127.0.0.1", h.ports.front))
    assert(client:send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"))
    local list
    h:wait_for(function()
      local status
      status, _, list = call(h, "GET", "/sessions?backend=slow")
      return status == 200 and list.count == 1
    end, "the held session")
    local session = list.sessions[1]
    assert.are.same({ "front", "slow", "s1", "tcpv4", false }, { session.frontend, session.backend, session.server, session.proto, list.truncated })
    assert.is_truthy(session.id:find("^0x%x+$"))
    assert.is_truthy(session.source:find("^127%.0%.0%.1:%d+$"))
    assert.are.equal("integer", math.type(session.age_seconds))
    assert.is_truthy(h:command("show sess"):find(session.id, 1, true))
    -- Filters and the cap.
    assert.are.equal(1, select(3, call(h, "GET", "/sessions?src=127.0.0.1&server=s1")).count)
    assert.are.equal(0, select(3, call(h, "GET", "/sessions?frontend=nope")).count)
    local status, _, capped = call(h, "GET", "/sessions?limit=1")
    assert.are.equal(200, status)
    assert.are.same({ 1, true }, { capped.count, capped.truncated })
    fails(h, 400, "limit", "GET", "/sessions?limit=0")
    fails(h, 400, "limit", "GET", "/sessions?limit=abc")
    fails(h, 400, "unknown query parameter", "GET", "/sessions?nope=1")
    -- Ended: the client sees its connection end, and the session is gone.
    assert.are.equal(204, (call(h, "DELETE", "/sessions/" .. session.id)))
    -- At once, not after the server's 30 s timeout: HAProxy answers the client 502 (the server
    -- side shut: 2.6.12, 3.0.0), or closes its connection without an answer (3.0.11, 3.2.26).
    local line, err = client:receive("*l")
    client:close()
    assert.is_truthy(line == "HTTP/1.1 502 Bad Gateway" or (line == nil and err == "closed"), tostring(line) .. " " .. tostring(err))
    h:wait_for(function() return not h:command("show sess"):find(session.id, 1, true) end, "the session to end")
    -- Not the same id again: HAProxy reuses a freed stream's address for the next session (this very request's, often).
    fails(h, 404, "no such session", "DELETE", "/sessions/0x1")
    fails(h, 400, "a session id is", "DELETE", "/sessions/" .. segment("0x1;show info"))
  end)

  it("shows an error capture made by a malformed request", function()
    local client = socket.tcp()
    client:settimeout(5)
    assert(client:connect("127.0.0.1", h.ports.front))
    assert(client:send("GET /x HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"))
    assert.is_truthy(assert(client:receive("*l")):find(" 400 "))
    client:close()
    local status, _, captures = call(h, "GET", "/errors")
    assert.are.equal(200, status)
    assert.are.equal(1, #captures)
    local capture = captures[1]
    assert.are.same({ "front", "request", "invalid request", 0, false }, { capture.proxy, capture.direction, capture.reason, capture.event, capture.truncated })
    assert.is_truthy(capture.source:find("^127%.0%.0%.1:%d+$"))
    assert.is_truthy(capture.captured:find("Bad Header\\r\\n", 1, true), capture.captured)
    assert.is_true(capture.length > 0 and capture.error_position > 0)
    assert.are.same({}, h:runtime_errors())
  end)
end)

describe("peers and resolvers", function()
  local h, other, dns
  setup(function()
    local one, two = haproxy.free_port(), haproxy.free_port()
    -- A "nameserver" on a local UDP port that never answers: queries are sent and time out.
    dns = assert(socket.udp())
    assert(dns:setsockname("127.0.0.1", 0))
    local _, dns_port = dns:getsockname()
    local function section(name)
      return string.format("peers mesh\n  peer node1 127.0.0.1:%d\n  peer node2 127.0.0.1:%d\n  table shared type ip size 1k expire 10m store gpc0\n", one, two)
        .. string.format("resolvers dns\n  nameserver ns1 127.0.0.1:%d\n  timeout resolve 1s\n  timeout retry 1s\n", dns_port)
        .. "backend resolved\n  server s1 resolved.example:80 resolvers dns init-addr none\n"
        .. "frontend edge_" .. name .. "\n  bind 127.0.0.1:${PORT:edge}\n  http-request track-sc0 src table mesh/shared\n  http-request return status 200\n"
    end
    h = api.start("  stats socket ${SOCK} level admin\n  localpeer node1\n", { extra = section("one") })
    other = haproxy.start("global\n  stats socket ${SOCK} level admin\n  localpeer node2\ndefaults\n  mode http\n  timeout connect 1s\n  timeout client 5s\n  timeout server 5s\n" .. section("two"))
  end)
  teardown(function()
    if h then h:stop() end
    if other then other:stop() end
    if dns then dns:close() end
  end)

  it("GET /peers parses real show peers output: the other process connected, and an update pushed to it", function()
    assert.are.equal(200, (haproxy.http(h.ports.edge, "GET", "/")))
    local sections
    h:wait_for(function()
      sections = select(3, call(h, "GET", "/peers"))
      local remote = sections and sections[1] and sections[1].peers[1]
      return remote and remote.last_status == "ESTA" and remote.tables[1] and remote.tables[1].pushed_all and remote.tables[1].last_pushed > 0
    end, "the peers in sync", 10)
    assert.are.equal("mesh", sections[1].name)
    local remote, self = sections[1].peers[1], sections[1].peers[2]
    assert.are.same({ "node2", false, true, "EST", "mesh/shared" }, { remote.name, remote["local"], remote.active, remote.state, remote.tables[1].table })
    assert.are.same({ "node1", true }, { self.name, self["local"] })
    -- The other process has the entry: the update went through.
    other:wait_for(function() return other:command("show table mesh/shared"):find("key=127.0.0.1", 1, true) ~= nil end, "the entry on node2")
  end)

  it("GET /resolvers parses real show resolvers output: queries sent to a nameserver that never answers", function()
    local sections
    h:wait_for(function()
      sections = select(3, call(h, "GET", "/resolvers"))
      for _, section in ipairs(sections or {}) do
        if section.name == "dns" and section.nameservers[1].counters.sent > 0 then return true end
      end
    end, "a query sent", 10)
    local dns_section
    for _, section in ipairs(sections) do if section.name == "dns" then dns_section = section end end
    assert.are.equal("ns1", dns_section.nameservers[1].name)
    local counters = dns_section.nameservers[1].counters
    for _, name in ipairs({ "sent", "snd_error", "valid", "timeout", "outdated", "nx", "refused" }) do
      assert.are.equal("integer", math.type(counters[name]), name)
    end
    assert.are.same({}, h:runtime_errors())
  end)
end)

describe("replacing a whole map or ACL at once", function()
  local h, map, acl
  local N = 100000

  --- "/k1 old\n/k2 old\n..." for the map file.
  local function map_text(value)
    local lines = {}
    for i = 1, N do lines[i] = "/k" .. i .. " " .. value end
    return table.concat(lines, "\n") .. "\n"
  end

  setup(function()
    h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_MAX_BULK_BYTES 8000000\n", {
      extra = "frontend route\n  bind 127.0.0.1:${PORT:route}\n"
        .. "  http-request deny deny_status 403 if { src -f ${DIR}/block.acl }\n"
        .. '  http-request return status 200 content-type text/plain lf-string "%[path,map(${DIR}/big.map,MISSING)]"\n',

      files = { ["big.map"] = map_text("old"), ["block.acl"] = "10.0.0.1\n" },
    })
    map = "/maps/" .. segment(h.dir .. "/big.map") .. "/entries"
    acl = "/acls/" .. segment(h.dir .. "/block.acl") .. "/entries"
  end)
  teardown(function() if h then h:stop() end end)

  it("swaps 100,000 entries as traffic sees them: the old route or the new one, never a missing entry", function()
    -- Traffic during the swap, from another process: the answers, one a line.
    local results = os.tmpname()
    local traffic = string.format([[lua5.3 -e '
      local socket = require("socket")
      local out = io.open(%q, "w")
      local deadline = socket.gettime() + 30
      while socket.gettime() < deadline do
        local c = socket.tcp(); c:settimeout(5)
        if c:connect("127.0.0.1", %d) then
          c:send("GET /k77777 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          local body = (c:receive("*a") or ""):match("\r\n\r\n(.*)$")
          out:write(tostring(body), "\n"); out:flush()
          if body == "new" then break end
        end
        c:close()
      end
      out:close()' &]], results, h.ports.route)
    assert.are.equal(200, (haproxy.http(h.ports.route, "GET", "/k77777")))
    os.execute(traffic)
    local entries = {}
    for i = 1, N do entries[i] = { key = "/k" .. i, value = "new" } end
    local status, _, summary = call(h, "PUT", map, entries)
    assert.are.equal(200, status)
    assert.are.equal(N, summary.entry_count)
    h:wait_for(function()
      local file = io.open(results)
      local text = file and file:read("*a") or ""
      if file then file:close() end
      return text:find("new\n", 1, true) ~= nil
    end, "traffic to see the new route", 30)
    local seen = {}
    for line in io.lines(results) do seen[line] = (seen[line] or 0) + 1 end
    os.remove(results)
    assert.is_nil(seen.MISSING)
    assert.is_true(seen.new == 1)
    for answer in pairs(seen) do assert.is_truthy(answer == "old" or answer == "new", answer) end
    assert.is_truthy(h:command("show map " .. h.dir .. "/big.map"):find("^0x%x+ /k1 new\n"))
  end)

  it("commits nothing when an entry is refused, and names it; every hostile body is a 4xx that changes nothing", function()
    local before = h:command("get map " .. h.dir .. "/big.map /k500")
    local entries = {}
    for i = 1, 60000 do entries[i] = { key = "/k" .. i, value = "bad" } end
    entries[50000] = { key = "/k 50000", value = "bad" }
    fails(h, 400, "entry 50000: key \"/k 50000\": map keys can't hold spaces or tabs; nothing was committed", "PUT", map, entries)
    fails(h, 400, "entry 2: value .*CR, LF and NUL", "PUT", map, { { key = "/a", value = "x" }, { key = "/b", value = "x\nshow info" } })
    fails(h, 400, 'can\'t start with "#"', "PUT", map, { { key = "#0x1", value = "x" } })
    fails(h, 400, 'unknown field "weight"', "PUT", map, { { key = "/a", value = "x", weight = 1 } })
    fails(h, 400, "objects and arrays inside items", "PUT", map, '[{"key": "/a", "value": {"x": 1}}]', { ["Content-Type"] = "application/json" })
    fails(h, 400, "not closed", "PUT", map, '[{"key": "/a", "value": "x"}, {"key": "/b", "val', { ["Content-Type"] = "application/json" })
    fails(h, 400, "must be a JSON array", "PUT", map, { key = "/a", value = "x" })
    fails(h, 415, "must be JSON", "PUT", map, "/a x", { ["Content-Type"] = "text/plain" })
    -- Announced over the limit: refused once HAProxy passes the first buffer on (http-buffer-request waits for it).
    api.send_fails(h, 413, "over the limit of 8000000 bytes", "PUT " .. map .. " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 9000000\r\nConnection: close\r\n\r\n[" .. string.rep(" ", 20000))
    fails(h, 404, "no such map", "PUT", "/maps/" .. segment(h.dir .. "/none.map") .. "/entries", { { key = "/a", value = "x" } })
    assert.are.equal(before, h:command("get map " .. h.dir .. "/big.map /k500"))
    local _, _, maps = call(h, "GET", "/maps")
    for _, item in ipairs(maps) do if item.file == h.dir .. "/big.map" then assert.are.equal(N, item.entry_count) end end
    assert.are.same({}, h:runtime_errors())
  end)

  it("replaces an ACL's patterns, which the rules see at once; a map value with spaces and ';' is kept as text", function()
    local status, _, summary = call(h, "PUT", acl, { { value = "127.0.0.1" }, { value = "192.168.0.0/16" } })
    assert.are.equal(200, status, require("dkjson").encode(summary))
    assert.are.equal(2, summary.entry_count)
    assert.are.equal(403, (haproxy.http(h.ports.route, "GET", "/k1")))
    status = call(h, "PUT", acl, { { value = "10.9.9.9" } })
    assert.are.equal(200, status)
    assert.are.equal(200, (haproxy.http(h.ports.route, "GET", "/k1")))
    local lines = {}
    for line in h:command("show acl " .. h.dir .. "/block.acl"):gmatch("[^\n]+") do lines[#lines + 1] = line:match("^0x%x+ (.*)$") end
    assert.are.same({ "10.9.9.9" }, lines)
    status = call(h, "PUT", map, { { key = "/a;b", value = "x y;show info" } })
    assert.are.equal(200, status)
    local _, _, body = haproxy.http(h.ports.route, "GET", "/a;b")
    assert.are.equal("x y;show info", body)
  end)
end)
