-- GET /openapi.json: generated from the route table, so no route is missing
-- and none is documented but absent; valid OpenAPI 3.1 by a real validator
-- (scripts/openapi-check.mjs, npm); matching the live router path by path;
-- and every operation's real answers validate against its schemas.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local tls = require("support.tls")
local api = require("support.api")
local json = require("dkjson")
local socket = require("socket")

local call, segment = api.call, api.segment

local write = haproxy.write_file

--- Runs the npm validator on the document (and samples): its output, and whether it passed.
local function check(document_file, samples_file)
  local command = string.format("node %s/scripts/openapi-check.mjs %s %s 2>&1", haproxy.root, document_file, samples_file or "")
  local pipe = assert(io.popen(command))
  local output = pipe:read("*a")
  local ok = pipe:close()
  return ok, output
end

describe("the route table and its document", function()
  local routes = require("api.routes").routes
  local document = require("api.openapi").document(routes)

  it("documents every route, and nothing else", function()
    local documented = {}
    for path, operations in pairs(document.paths) do
      for method in pairs(operations) do documented[#documented + 1] = method:upper() .. " " .. path end
    end
    local routed = {}
    for i, route in ipairs(routes) do
      assert.is_table(route[4], route[1] .. " " .. route[2] .. " has no doc")
      routed[i] = route[1] .. " " .. route[2]:gsub(":([%w_]+)", "{%1}")
    end
    table.sort(documented)
    table.sort(routed)
    assert.are.same(routed, documented)
  end)

  it("describes every path parameter", function()
    for path, operations in pairs(document.paths) do
      for _, operation in pairs(operations) do
        local described = {}
        for _, parameter in ipairs(operation.parameters or {}) do
          if parameter["in"] == "path" then described[parameter.name] = parameter.description end
        end
        for name in path:gmatch("{([%w_]+)}") do assert.is_string(described[name], path .. " {" .. name .. "}") end
      end
    end
  end)
end)

describe("GET /openapi.json", function()
  local h, document, raw, dir, shop, pem

  setup(function()
    shop = tls.workshop()
    local crt, key = shop:self_signed("a", "a.example", 30)
    local files = { ["a.pem"] = crt .. key }
    for name, content in pairs(configs.runtime_files) do files[name] = content end
    pem = crt .. key
    h = api.start("  stats socket ${SOCK} mode 600 level admin\n  crt-base ${DIR}\n", {
      extra = configs.runtime_site .. "frontend tls\n  bind 127.0.0.1:${PORT:tls} ssl crt a.pem\n  http-request return status 200\n"
        .. "listen hold\n  mode tcp\n  bind 127.0.0.1:${PORT:hold}\n  server held 127.0.0.1:${PORT:healthy}\n",
      files = files,
    })
    local status
    status, _, document, raw = call(h, "GET", "/openapi.json")
    assert.are.equal(200, status)
    dir = h.dir
    write(dir .. "/openapi.json", raw)
  end)

  teardown(function()
    if h then h:stop() end
    if shop then shop:remove() end
  end)

  it("is the document of the route table, and valid OpenAPI 3.1", function()
    assert.are.same(require("api.openapi").document(require("api.routes").routes), document)
    assert.are.equal("3.1.0", document.openapi)
    assert.is_truthy(raw:find('^{"openapi":"3%.1%.0","info":'))
    local ok, output = check(dir .. "/openapi.json")
    assert(ok, output)
    assert.matches("valid OpenAPI 3.1", output)
  end)

  it("is in the HTTP reference route by route, and the reference has no other route", function()
    local file = assert(io.open(haproxy.root .. "/docs/http-reference.md"))
    local reference = file:read("*a")
    file:close()
    local documented, headings = {}, {}
    for path, operations in pairs(document.paths) do
      for method in pairs(operations) do documented[method:upper() .. " " .. path:gsub("{([%w_]+)}", ":%1")] = true end
    end
    for method, path in reference:gmatch("\n### (%u+) (/%S*)") do headings[method .. " " .. path] = true end
    for route in pairs(documented) do assert.is_true(headings[route] ~= nil, route .. " is missing from docs/http-reference.md (npm run docs)") end
    for route in pairs(headings) do assert.is_true(documented[route] ~= nil, route .. " is in docs/http-reference.md but not in /openapi.json") end
  end)

  it("matches the live router: each path answers OPTIONS with exactly its documented methods", function()
    for path, operations in pairs(document.paths) do
      local concrete = path:gsub("{[%w_]+}", "x")
      local expected = {}
      for method in pairs(operations) do expected[method:upper()] = true end
      if expected.GET then expected.HEAD = true end
      expected.OPTIONS = true
      local status, headers = call(h, "OPTIONS", concrete)
      assert.are.equal(204, status, path)
      local allowed = {}
      for method in headers.allow:gmatch("[A-Z]+") do allowed[method] = true end
      assert.are.same(expected, allowed, path)
    end
  end)

  it("describes what every operation really answers", function()
    local map = segment(h.dir .. "/routes.map")
    local acl = segment(h.dir .. "/agents.acl")
    local server = "/stats/backends/app/servers/web1"
    haproxy.http(h.ports.edge, "GET", "/abuse")
    configs.untracked(h, "edge")
    -- A TCP session held open, for DELETE /sessions/:id.
    local held = socket.tcp()
    held:settimeout(5)
    assert(held:connect("127.0.0.1", h.ports.hold))
    local session
    h:wait_for(function()
      local list = select(3, call(h, "GET", "/sessions?frontend=hold"))
      session = list and list.sessions[1]
      return session ~= nil
    end, "the held session")
    -- Entries to reach by id.
    h:command("add map " .. h.dir .. "/routes.map /byid api_v1")
    h:command("add acl " .. h.dir .. "/agents.acl by-id-agent")
    local map_id = "%23" .. h:command("show map " .. h.dir .. "/routes.map"):match("(0x%x+) /byid ")
    local acl_id = "%23" .. h:command("show acl " .. h.dir .. "/agents.acl"):match("(0x%x+) by%-id%-agent")
    -- { documented path, method, concrete path, body }, in an order that leaves each resource usable by the next.
    local requests = {
      { "/", "get", "/" }, { "/openapi.json", "get", "/openapi.json" }, { "/config", "get", "/config" }, { "/uname", "get", "/uname" },
      { "/stats", "get", "/stats" }, { "/stats/info", "get", "/stats/info" },
      { "/process", "get", "/process" }, { "/process", "patch", "/process", { rate_limit_sessions = 0 } },
      { "/process", "patch", "/process", { maxconn = 0 } },
      { "/sessions", "get", "/sessions" }, { "/sessions", "get", "/sessions?limit=1" }, { "/sessions", "get", "/sessions?limit=0" },
      { "/sessions/{id}", "delete", "/sessions/" .. session.id }, { "/sessions/{id}", "delete", "/sessions/0x1" }, { "/errors", "get", "/errors" },
      { "/peers", "get", "/peers" }, { "/resolvers", "get", "/resolvers" },
      { "/stats/servers-state", "get", "/stats/servers-state" }, { "/stats/persistence", "get", "/stats/persistence" },
      { "/stats/frontends", "get", "/stats/frontends" }, { "/stats/frontends/{frontend}", "get", "/stats/frontends/edge" },
      { "/stats/backends", "get", "/stats/backends" }, { "/stats/backends/{backend}", "get", "/stats/backends/app" },
      { "/stats/backends/{backend}/servers", "get", "/stats/backends/app/servers" },
      { "/stats/backends/{backend}/servers/{server}", "get", server },
      { "/stats/backends/{backend}/servers/{server}", "patch", server, { status = "UP" } },
      { "/stats/backends/{backend}/servers/{server}/weight", "get", server .. "/weight" },
      { "/stats/backends/{backend}/servers/{server}/weight", "patch", server .. "/weight", { current = 10 } },
      { "/stats/backends/{backend}/servers/{server}/state", "get", server .. "/state" },
      { "/stats/backends/{backend}/servers/{server}/state", "patch", server .. "/state", { admin_state = "ready" } },
      { "/stats/backends/{backend}/servers/{server}/address", "get", server .. "/address" },
      { "/stats/backends/{backend}/servers/{server}/address", "patch", server .. "/address", { address = "127.0.0.1", port = h.ports.healthy } },
      { "/stats/backends/{backend}/servers/{server}/address", "patch", server .. "/address", { address = "example.com" } },
      { "/stats/counters", "delete", "/stats/counters" }, { "/stats/counters", "delete", "/stats/counters?all=maybe" },
      { "/stats/frontends/{frontend}", "patch", "/stats/frontends/edge", { maxconn = 1000, state = "enabled" } },
      { "/stats/frontends/{frontend}", "patch", "/stats/frontends/edge", { maxconn = -1 } },
      { "/stats/backends/{backend}/servers", "post", "/stats/backends/app/servers", { name = "dyn1", address = "127.0.0.1", port = h.ports.healthy, weight = 5 } },
      { "/stats/backends/{backend}/servers", "post", "/stats/backends/app/servers", { name = "dyn1", address = "127.0.0.1", port = h.ports.healthy } },
      { "/stats/backends/{backend}/servers", "patch", "/stats/backends/app/servers", { servers = { "web1" }, weight = 10 } },
      { "/stats/backends/{backend}/servers", "patch", "/stats/backends/app/servers", { { name = "web1", weight = 10 }, { name = "nope", weight = 1 } } },
      { "/stats/backends/{backend}/servers/{server}/ready", "post", "/stats/backends/app/servers/web1/ready" },
      { "/stats/backends/{backend}/servers/{server}/sessions", "delete", server .. "/sessions" },
      { "/stats/backends/{backend}/servers/{server}/drain", "post", "/stats/backends/app/servers/dyn1/drain", { timeout = 1, ["then"] = "maint" } },
      { "/stats/backends/{backend}/servers/{server}/drain", "post", "/stats/backends/app/servers/dyn1/drain", { timeout = 0 } },
      { "/stats/backends/{backend}/servers/{server}", "delete", "/stats/backends/app/servers/dyn1" },
      { "/stats/backends/{backend}/servers/{server}", "delete", "/stats/backends/app/servers/web1" },
      { "/maps", "get", "/maps" }, { "/maps/{map}", "get", "/maps/" .. map },
      { "/maps/{map}", "get", "/maps/%23999" },
      { "/maps/{map}/lookup", "get", "/maps/" .. map .. "/lookup?input=%2Fapi%2Fv1%2Fx" },
      { "/maps/{map}/entries", "post", "/maps/" .. map .. "/entries", { key = "/x", value = "api_v1" } },
      { "/maps/{map}/entries", "post", "/maps/" .. map .. "/entries", { key = "a b", value = "v" } },
      { "/maps/{map}/entries/{key}", "get", "/maps/" .. map .. "/entries/%2Fx" },
      { "/maps/{map}/entries/{key}", "put", "/maps/" .. map .. "/entries/%2Fx", { value = "static_be" } },
      { "/maps/{map}/entries/{key}", "delete", "/maps/" .. map .. "/entries/%2Fx" },
      { "/maps/{map}/ids/{id}", "get", "/maps/" .. map .. "/ids/" .. map_id },
      { "/maps/{map}/ids/{id}", "put", "/maps/" .. map .. "/ids/" .. map_id, { value = "static_be" } },
      { "/maps/{map}/ids/{id}", "put", "/maps/" .. map .. "/ids/nope", { value = "static_be" } },
      { "/maps/{map}/ids/{id}", "delete", "/maps/" .. map .. "/ids/" .. map_id },
      { "/maps/{map}/ids/{id}", "get", "/maps/" .. map .. "/ids/" .. map_id },
      { "/maps/{map}/entries", "put", "/maps/" .. map .. "/entries", { { key = "/api/v1", value = "api_v1" }, { key = "/static", value = "static_be" } } },
      { "/maps/{map}/entries", "put", "/maps/" .. map .. "/entries", { { key = "a b", value = "x" } } },
      { "/maps/{map}/entries", "delete", "/maps/" .. map .. "/entries" },
      { "/acls", "get", "/acls" }, { "/acls/{acl}", "get", "/acls/" .. acl },
      { "/acls/{acl}/lookup", "get", "/acls/" .. acl .. "/lookup?input=bad+bot" },
      { "/acls/{acl}/entries", "post", "/acls/" .. acl .. "/entries", { value = "some agent" } },
      { "/acls/{acl}/entries/{value}", "get", "/acls/" .. acl .. "/entries/some%20agent" },
      { "/acls/{acl}/entries/{value}", "delete", "/acls/" .. acl .. "/entries/some%20agent" },
      { "/acls/{acl}/ids/{id}", "get", "/acls/" .. acl .. "/ids/" .. acl_id },
      { "/acls/{acl}/ids/{id}", "delete", "/acls/" .. acl .. "/ids/" .. acl_id },
      { "/acls/{acl}/entries", "put", "/acls/" .. acl .. "/entries", { { value = "bad bot" }, { value = "scanner 2.0" } } },
      { "/acls/{acl}/entries", "delete", "/acls/" .. acl .. "/entries" },
      { "/ui", "get", "/ui" }, { "/ui/app.js", "get", "/ui/app.js" }, { "/ui/app.css", "get", "/ui/app.css" },
      { "/tables", "get", "/tables" }, { "/tables/{table}", "get", "/tables/edge" },
      { "/tables/{table}", "get", "/tables/edge?filter=data.gpc0:gt:0" }, { "/tables/{table}", "get", "/tables/nope" },
      { "/tables/{table}/entries/{key}", "get", "/tables/edge/entries/127.0.0.1" },
      { "/tables/{table}/entries/{key}", "put", "/tables/edge/entries/10.9.9.9", { data = { gpc0 = 3 } } },
      { "/tables/{table}/entries/{key}", "put", "/tables/edge/entries/zz", { data = { gpc0 = 3 } } },
      { "/tables/{table}/entries/{key}", "delete", "/tables/edge/entries/127.0.0.1" },
      { "/tables/{table}", "delete", "/tables/edge" },
      { "/certificates", "get", "/certificates" }, { "/certificates/{file}", "get", "/certificates/" .. segment(h.dir .. "/a.pem") },
      { "/certificates/{file}", "get", "/certificates/" .. segment(h.dir .. "/none.pem") },
      { "/certificates/{file}", "put", "/certificates/" .. segment(h.dir .. "/a.pem"), { pem = pem } },
      { "/certificates/{file}", "put", "/certificates/" .. segment(h.dir .. "/a.pem"), { pem = "not a pem" } },
      { "/certificates", "post", "/certificates", { file = h.dir .. "/n.pem", pem = pem } },
      { "/certificates", "post", "/certificates", { file = h.dir .. "/n.pem", pem = pem } },
      { "/certificates/{file}", "delete", "/certificates/" .. segment(h.dir .. "/n.pem") },
      { "/certificates/{file}", "delete", "/certificates/" .. segment(h.dir .. "/a.pem") },
    }
    local samples, answered = {}, {}
    for i, request in ipairs(requests) do
      local status, headers, _, body = call(h, request[2]:upper(), request[3], request[4])
      local is_json = (headers["content-type"] or ""):find("^application/json") ~= nil
      samples[i] = string.format('{"path":%s,"method":%s,"status":%d,"body":%s}', json.encode(request[1]), json.encode(request[2]), status, is_json and body or "null")
      answered[request[2] .. " " .. request[1] .. " " .. status] = true
    end
    held:close()
    -- The event stream never ends: its status line and type are what there is to see.
    local conn = socket.tcp()
    conn:settimeout(5)
    assert(conn:connect("127.0.0.1", h.ports.api))
    assert(conn:send(haproxy.request_text("GET", "/events")))
    local status = tonumber(assert(conn:receive("*l")):match("^HTTP/1%.1 (%d+)"))
    local stream_type
    for line in function() return assert(conn:receive("*l")) end do
      if line == "" then break end
      stream_type = line:match("^content%-type: (.*)$") or stream_type
    end
    conn:close()
    assert.are.same({ 200, "text/event-stream" }, { status, stream_type })
    assert.is_truthy(document.paths["/events"].get.responses["200"].content["text/event-stream"])
    answered["get /events 200"] = true
    -- Every operation was seen answering its documented success.
    for path, operations in pairs(document.paths) do
      for method, operation in pairs(operations) do
        local ok_status
        for status in pairs(operation.responses) do
          if tonumber(status) < 300 then ok_status = status end
        end
        assert.is_true(answered[method .. " " .. path .. " " .. ok_status] == true, method .. " " .. path .. " never answered " .. ok_status)
      end
    end
    write(dir .. "/samples.json", "[" .. table.concat(samples, ",") .. "]")
    local ok, output = check(dir .. "/openapi.json", dir .. "/samples.json")
    assert(ok, output)
    assert.matches(#requests .. " of " .. #requests .. " answers match", output)
  end)
end)
