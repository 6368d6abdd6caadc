-- The rows the API reads in-process (Proxy/Server/Listener get_stats())
-- are "show stat"'s rows: every row, key, value and type, compared with
-- the stats socket read just before and just after, on the demo
-- configuration and on 100 backends x 10 servers of every kind (checks,
-- agents, backups, tracking, cookies, queues, maintenance, a listener with
-- socket-stats, a listen section, a server added at runtime). Big answers
-- are streamed: chunked, whole, and abandoned when the client goes.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local socket = require("socket")
local stats = require("haproxy.stats")

local call = api.call

--- Asserts that `rows` (the API's) are the socket's rows read in `before`
--- and `after`: the same rows, keys and types; a value the two reads agree
--- on is the API's too, and a counter that moved between them is within.
--- Returns nil, or the first difference (a rate may dip between reads).
local function difference(rows, before, after)
  if #rows ~= #before or #before ~= #after then return string.format("%d rows, the socket %d then %d", #rows, #before, #after) end
  for i, row in ipairs(before) do
    local got, later = rows[i], after[i]
    local where = string.format("row %d (%s/%s)", i, tostring(row.pxname), tostring(row.svname))
    for name in pairs(got) do
      if row[name] == nil then return where .. ": the API has a field the socket has not: " .. name end
    end
    for name, value in pairs(row) do
      local mine, last = got[name], later[name]
      if type(mine) ~= type(value) then
        return string.format("%s: %s is %s %q, the socket's %s %q", where, name, type(mine), tostring(mine), type(value), tostring(value))
      end
      -- The API's own row counts the request being answered.
      local own = row.pxname == "api" and row.type == 0 and name == "scur" and mine == value + 1
      if value == last and mine ~= value and not own then
        return string.format("%s: %s is %q, the socket's %q", where, name, tostring(mine), tostring(value))
      end
      if value ~= last and type(value) == "number" and (mine < math.min(value, last) or mine > math.max(value, last)) then
        return string.format("%s: %s is %s, the socket's moved from %s to %s", where, name, mine, value, last)
      end
    end
  end
end

--- GET `path` against the socket's "show stat" (rows of `keep`, all when nil), a few tries for a moving rate.
local function same_rows(h, path, keep)
  local problem
  for _ = 1, 3 do
    local before = stats.parse_stats(h:command("show stat"))
    local status, headers, rows = call(h, "GET", path)
    local after = stats.parse_stats(h:command("show stat"))
    assert.are.equal(200, status)
    assert.are.equal("chunked", headers["transfer-encoding"])
    local function kept(list)
      local out = {}
      for _, row in ipairs(list) do
        if keep == nil or keep(row) then out[#out + 1] = row end
      end
      return out
    end
    problem = difference(rows, kept(before), kept(after))
    if problem == nil then return #rows end
  end
  error(path .. ": " .. problem)
end

--- 100 backends x 10 servers, each kind of server somewhere.
local function rich_site()
  local lines = {
    "frontend www",
    "  bind 127.0.0.1:${PORT:www}",
    "  bind 127.0.0.1:${PORT:www2} name second",
    "  option socket-stats",
    "  default_backend be1",
    "frontend plain",
    "  bind 127.0.0.1:${PORT:plain}",
    "  default_backend be2",
  }
  for b = 1, 100 do
    lines[#lines + 1] = "backend be" .. b
    if b % 10 == 3 then lines[#lines + 1] = "  cookie SRV insert indirect nocache" end
    if b % 10 == 4 then lines[#lines + 1] = "  balance source" end
    if b % 10 == 5 then lines[#lines + 1] = "  option httpchk GET /" end
    for s = 1, 10 do
      local server = string.format("  server s%d 127.0.0.1:${PORT:healthy} weight %d", s, s)
      if b % 10 == 3 then server = server .. " cookie " .. (s == 1 and "11" or "c" .. s) end
      if b % 10 == 5 or (b % 10 == 6 and s <= 5) then server = server .. " check inter 1h" end
      if b % 10 == 6 and s == 6 then server = server .. " check agent-check agent-port ${PORT:healthy} agent-inter 1h inter 1h" end
      if b % 10 == 7 and s > 8 then server = server .. " backup" end
      if b % 10 == 8 and s == 1 then server = server .. " maxconn 10 maxqueue 5 slowstart 10s" end
      if b % 10 == 9 and s == 2 then server = server .. " disabled" end
      if b % 10 == 0 and s == 3 then server = server .. " track be5/s3" end
      if b % 10 == 1 and s == 4 then server = server .. " weight 0" end
      lines[#lines + 1] = server
    end
    -- Names and cookies that read as numbers are numbers in the rows, as on the socket.
    if b == 7 then lines[#lines + 1] = "  server 42 127.0.0.1:${PORT:healthy}" end
  end
  return table.concat(lines, "\n") .. "\n"
end

describe("in-process rows", function()
  describe("on 100 x 10", function()
    local h
    setup(function()
      h = api.start("  stats socket ${SOCK} level admin\n", { extra = rich_site() })
      -- Added at runtime: not among HAProxy's Lua servers, read on the socket.
      assert.are.equal(201, (call(h, "POST", "/stats/backends/be2/servers", { name = "extra", address = "127.0.0.1", port = 1 })))
    end)
    teardown(function() if h then h:stop() end end)

    it("GET /stats is show stat, row for row, field for field", function()
      assert.is_true(same_rows(h, "/stats") > 1100)
    end)

    it("and so are /stats/backends, /stats/frontends and a backend's servers, the added one included", function()
      same_rows(h, "/stats/backends", function(row) return row.type == 1 end)
      same_rows(h, "/stats/frontends", function(row) return row.type == 0 end)
      assert.are.equal(11, same_rows(h, "/stats/backends/be2/servers", function(row) return row.type == 2 and row.pxname == "be2" end))
      same_rows(h, "/stats?type=listener", function(row) return row.type == 3 end)
    end)

    it("one server and one backend are their show stat rows", function()
      for _, path in ipairs({ "be6/servers/s6", "be10/servers/s3", "be2/servers/extra", "be8/servers/1" }) do
        local backend, server = path:match("^(%w+)/servers/(%w+)$")
        local before = stats.parse_stats(h:command("show stat " .. backend .. " 4 -1"))
        local _, _, row = call(h, "GET", "/stats/backends/" .. path)
        local after = stats.parse_stats(h:command("show stat " .. backend .. " 4 -1"))
        local pick = function(list)
          for _, each in ipairs(list) do
            if each.svname == server or tostring(each.sid) == server then return { each } end
          end
        end
        assert.is_nil(difference({ row }, pick(before), pick(after)))
      end
    end)

    it("streams: the chunk framing is valid, there are many chunks, the JSON is whole and ends with the last row", function()
      local conn = socket.tcp()
      conn:settimeout(10)
      assert(conn:connect("127.0.0.1", h.ports.api))
      assert(conn:send(haproxy.request_text("GET", "/stats")))
      local status_line = assert(conn:receive("*l"))
      assert.are.equal("HTTP/1.1 200 OK", status_line)
      local headers = {}
      for line in function() return assert(conn:receive("*l")) end do
        if line == "" then break end
        local name, value = line:match("^([^:]+):%s*(.-)%s*$")
        headers[name:lower()] = value
      end
      assert.are.equal("chunked", headers["transfer-encoding"])
      assert.is_nil(headers["content-length"])
      local body, chunks = haproxy.read_chunks(conn)
      conn:close()
      assert.is_true(chunks > 5, "chunks: " .. chunks)
      local rows = assert(require("dkjson").decode(body))
      local direct = stats.parse_stats(h:command("show stat"))
      assert.are.same({ direct[#direct].pxname, direct[#direct].svname }, { rows[#rows].pxname, rows[#rows].svname })
    end)

    it("stops the work when the client goes away mid-answer", function()
      -- A client that reads nothing fills HAProxy's buffers: the answer waits on it.
      local conn = socket.tcp()
      conn:settimeout(10)
      assert(conn:connect("127.0.0.1", h.ports.api))
      assert(conn:send(haproxy.request_text("GET", "/stats")))
      local function answering() return h:command("show sess"):find(" fe=api ") ~= nil end
      h:wait_for(answering, "the answer to be under way", 10)
      conn:close()
      h:wait_for(function() return not answering() end, "the answer to stop", 10)
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("on the demo configuration", function()
    local h
    setup(function()
      local text = io.open(os.getenv("HAPROXY_API_ROOT") .. "/haproxy.cfg.example"):read("*a")
      text = text:gsub("/run/haproxy/admin.sock", "${SOCK}"):gsub("/usr/local/share/lua/5.3/haproxy%-api.lua", "${ROOT}/dist/haproxy-api.lua")
        :gsub("/etc/haproxy/", "${DIR}/"):gsub("127.0.0.1:8000", "127.0.0.1:${PORT:api}"):gsub("127.0.0.1:8080", "127.0.0.1:${PORT:www}")
        :gsub("127.0.0.1:8081", "127.0.0.1:${PORT:healthy}"):gsub("127.0.0.1:8089", "127.0.0.1:${PORT:dead}")
      h = haproxy.start(text, { files = { ["routes.map"] = "/static static\n", ["blocklist.acl"] = "192.0.2.1\n", ["state/.keep"] = "" } })
      h:wait_for(function() return haproxy.http(h.ports.api, "GET", "/uname") ~= nil end, "the API")
    end)
    teardown(function() if h then h:stop() end end)

    it("GET /stats is show stat, row for row, field for field", function()
      assert.is_true(same_rows(h, "/stats") >= 10)
    end)
  end)
end)
