-- The HTTP layer on its own, with a fake applet and a fake `core`: path
-- splitting, routing decisions, body checks, discovery parsing, and the
-- service boundary that turns a Lua error into a JSON 500.
require("helpers")
local json = require("dkjson")

--- A fake AppletHTTP: the request given, the response recorded.
local function fake_applet(method, path, headers, body, source)
  local applet = { method = method, path = path, qs = "", headers = {}, sent = {}, response_headers = {} }
  applet.sf = { src = function() return source or "127.0.0.1" end }
  for name, value in pairs(headers or {}) do applet.headers[name:lower()] = { [0] = value } end
  local unread = body or ""
  function applet:receive(size)
    local chunk = unread:sub(1, size or #unread)
    unread = unread:sub(#chunk + 1)
    return chunk
  end
  function applet:set_status(code) self.status = code end
  -- HAProxy takes a number as its text (luaL_checklstring); so does this fake.
  function applet:add_header(name, value) self.response_headers[name] = type(value) == "number" and string.format("%d", value) or value end
  function applet:start_response() self.started = true end
  function applet:send(data) self.sent[#self.sent + 1] = data end
  return applet
end

local OPEN = { access = { readOnly = false, anonymous = false, tokens = {}, tokensFile = false, tokenProblems = {} } }

--- Access settings as accessFromEnvironment makes them, with `fields` over the defaults.
local function access_of(fields)
  local settings = { readOnly = false, anonymous = false, tokens = {}, tokensFile = false, tokenProblems = {} }
  for name, value in pairs(fields or {}) do settings[name] = value end
  return settings
end

--- A fake SHA-256: the token reversed and padded, enough to tell tokens apart.
local function digest(token) return (token:reverse() .. string.rep("0", 64)):sub(1, 64) end

describe("HTTP layer", function()
  local request, router_module, body_module, service, socket_module, config_module, files, access
  local logged

  setup(function()
    _G.core = { err = 3, info = 6, tcp = function() end, log = function(level, message) logged[#logged + 1] = { level, message } end }
    request = require("http.request")
    router_module = require("http.router")
    body_module = require("http.body")
    service = require("service")
    socket_module = require("host.socket")
    config_module = require("host.config")
    files = require("host.files")
    access = require("http.access")
  end)

  teardown(function()
    _G.core = nil
  end)

  before_each(function()
    logged = {}
  end)

  it("splits and percent-decodes paths; a trailing slash adds nothing", function()
    assert.are.same({}, request.splitPath("/"))
    assert.are.same({ "stats", "backends" }, request.splitPath("/stats/backends/"))
    assert.are.same({ "a b", "c/d", "%" }, request.splitPath("/a%20b/c%2Fd/%25"))
    assert.are.same({ "", "x" }, request.splitPath("//x"))
    assert.are.same({ "a", "", "b" }, request.splitPath("/a//b"))
    -- Past 16 segments (the patterns made for one call), a segment at a time: the same split.
    local long = request.splitPath("/" .. string.rep("a/", 19) .. "b/")
    assert.are.same({ 20, "a", "b" }, { #long, long[19], long[20] })
    for _, bad in ipairs({ "/%", "/%4", "/%zz", "/a%4Zb", "/%%41" }) do
      local segments, problem = request.splitPath(bad)
      assert.is_nil(segments, bad)
      assert.is_truthy(problem:find("bad percent%-encoding"), bad)
    end
  end)

  it("routes: found, 404, 405 with Allow, OPTIONS, HEAD as GET, 501", function()
    local function handler() end
    local router = router_module.compile({
      { "GET", "/things", handler },
      { "GET", "/things/:id", handler },
      { "PATCH", "/things/:id", handler },
    })
    local match = router_module.match(router, "GET", { "things", "7" })
    assert.are.same({ "found", "7" }, { match.kind, match.params.id })
    assert.are.same({ "options", "GET, PATCH, HEAD, OPTIONS" }, { router_module.match(router, "OPTIONS", { "things", "7" }).kind, router_module.match(router, "OPTIONS", { "things", "7" }).allow })
    assert.are.equal("found", router_module.match(router, "HEAD", { "things" }).kind)
    assert.are.equal("not_found", router_module.match(router, "GET", { "things", "7", "x" }).kind)
    assert.are.same({ "method_not_allowed", "GET, HEAD, OPTIONS" }, { router_module.match(router, "DELETE", { "things" }).kind, router_module.match(router, "DELETE", { "things" }).allow })
    assert.are.equal("options", router_module.match(router, "OPTIONS", { "things", "1" }).kind)
    assert.are.equal("not_implemented", router_module.match(router, "BREW", { "things" }).kind)
  end)

  it("routes: the later of two matching routes wins, whatever bucket each is in; a name equal to a literal stays a name", function()
    local function early() end
    local function late() end
    local function literal() end
    local router = router_module.compile({
      { "GET", "/a/:x/c", early },
      { "GET", "/a/b/c", literal },
      { "GET", "/:y/b/c", late },
    })
    assert.are.equal(late, router_module.match(router, "GET", { "a", "b", "c" }).handler)
    assert.are.equal(early, router_module.match(router, "GET", { "a", "z", "c" }).handler)
    -- "c" is a route's last word and "a" a first one: here they are values of parameters.
    local match = router_module.match(router, "GET", { "c", "b", "c" })
    assert.are.same({ "found", "c" }, { match.kind, match.params.y })
    assert.are.equal("not_found", router_module.match(router, "GET", { "a", "b", "a" }).kind)
    -- Asked twice, the shape's candidates come from the memo: the same answer.
    assert.are.equal(late, router_module.match(router, "GET", { "a", "b", "c" }).handler)
  end)

  it("checks JSON bodies: media type, size, syntax, shape and field names", function()
    local function parse(body, headers)
      local applet = fake_applet("PATCH", "/x", headers or { ["Content-Type"] = "application/json" }, body)
      local fields, reply = body_module.jsonObject({ method = "PATCH", path = "/x", segments = {}, applet = applet }, { "current" })
      if fields then return fields end
      return nil, reply.status, json.decode(reply.body).message
    end
    assert.are.equal(7, parse('{"current":7}').current)
    assert.are.equal(7, parse('{"current":7}', { ["Content-Type"] = "application/merge-patch+json" }).current)
    assert.are.equal(415, select(2, parse('{"current":7}', {})))
    assert.are.equal(8192, request.MAX_BODY_BYTES)
    assert.are.equal(7, parse(string.rep(" ", 8192 - 13) .. '{"current":7}').current)
    assert.are.equal(413, select(2, parse(string.rep(" ", 8192 + 1))))
    assert.are.equal(413, select(2, parse("{}", { ["Content-Type"] = "application/json", ["Content-Length"] = "8193" })))
    assert.are.same({ nil, 400, 'the request body is not valid JSON: duplicate key "current" at byte 14' }, { parse('{"current":1,"current":2}') })
    assert.are.same({ nil, 400, 'unknown field "x": expected current' }, { parse('{"x":1}') })
    assert.are.same({ nil, 400, "the request body must be a JSON object, got array" }, { parse("[]") })
  end)

  it("finds stats sockets in a configuration, quotes and variables included", function()
    assert.are.same({ "stats", "socket", "/a b", "level", "admin" }, config_module.words('  stats socket "/a b" level admin # comment'))
    assert.are.same({ "x", os.getenv("HOME") .. "/s", "$HOME" }, config_module.words("x ${HOME}/s '$HOME'"))
    local config = "global\n  stats socket /u.sock level user\n  stats socket /o.sock\n  stats socket abns@x level admin\n"
    assert.are.same({ { address = "/u.sock", level = "user" }, { address = "/o.sock", level = "operator" }, { address = "abns@x", level = "admin" } },
      socket_module.statsSockets(config))
    -- abns@ is not reachable with core.tcp(); operator (the default level) beats user.
    assert.are.equal("/o.sock", socket_module.chooseSocket(config).address)
    assert.is_nil(socket_module.chooseSocket("global\n").address)
  end)

  it("states one version: src/version.ts, package.json and the rockspec agree", function()
    local version = require("version").VERSION
    local root = os.getenv("HAPROXY_API_ROOT") or "."
    local package_json = io.open(root .. "/package.json"):read("*a")
    assert.are.equal(version, package_json:match('"version": "([^"]+)"'))
    assert.is_truthy(io.open(root .. "/haproxy-api-" .. version .. "-1.rockspec"), "no rockspec for " .. version)
  end)

  it("reads the -f files of a command line", function()
    assert.are.same({ "a.cfg", "conf.d" }, files.filesOfCommandLine("haproxy\0-f\0a.cfg\0-D\0-f\0conf.d\0"))
    assert.are.same({ "a.cfg", "b.cfg", "c.cfg" }, files.filesOfCommandLine("haproxy\0-f\0a.cfg\0--\0b.cfg\0c.cfg\0"))
  end)

  it("answers a Lua error in a handler as a JSON 500 and logs what was caught", function()
    local router = router_module.compile({
      { "GET", "/boom", function() error(setmetatable({}, { __tostring = function() return "the error table" end })) end },
    })
    local applet = fake_applet("GET", "/boom")
    service.serve(router, OPEN, applet)
    assert.are.equal(500, applet.status)
    assert.are.equal("application/json", applet.response_headers["content-type"])
    local body = table.concat(applet.sent)
    assert.are.equal(tostring(#body), applet.response_headers["content-length"])
    assert.are.same({ code = 500, message = "internal error in haproxy-api; the details are in HAProxy's log" }, json.decode(body))
    assert.are.equal(1, #logged)
    assert.are.equal(3, logged[1][1])
    assert.is_truthy(logged[1][2]:find("GET /boom: the error table", 1, true), logged[1][2])
    assert.is_truthy(logged[1][2]:find("stack traceback", 1, true))
  end)

  it("answers running out of Lua memory as a JSON 503 and logs it", function()
    local router = router_module.compile({ { "GET", "/big", function() error("not enough memory", 0) end } })
    local applet = fake_applet("GET", "/big")
    service.serve(router, OPEN, applet)
    assert.are.equal(503, applet.status)
    assert.is_truthy(json.decode(table.concat(applet.sent)).message:find("tune.lua.maxmem", 1, true))
    assert.is_truthy(logged[1][2]:find("GET /big: out of Lua memory", 1, true), logged[1][2])
  end)

  it("answers a request target that is not a path (OPTIONS *) with a JSON 400", function()
    local applet = fake_applet("OPTIONS", nil)
    service.serve(router_module.compile({}), OPEN, applet)
    assert.are.equal(400, applet.status)
    assert.are.equal("the request target must be a path", json.decode(table.concat(applet.sent)).message)
  end)

  it("logs every write that reaches a handler, with its fields and status, and no read", function()
    local router = router_module.compile({
      { "PATCH", "/w", function(_, req) return select(2, body_module.jsonObject(req, { "current" })) or { status = 200, body = "{}", contentType = "application/json" } end },
      { "GET", "/w", function() return { status = 200, body = "{}", contentType = "application/json" } end },
    })
    service.serve(router, OPEN, fake_applet("GET", "/w"))
    service.serve(router, OPEN, fake_applet("PATCH", "/w", { ["Content-Type"] = "application/json" }, '{"current":5}', "127.0.0.7"))
    service.serve(router, OPEN, fake_applet("PATCH", "/w", { ["Content-Type"] = "application/json" }, '{"x":"a\nb"}'))
    assert.are.same({
      { 6, 'haproxy-api: 127.0.0.7 PATCH /w {"current":5} 200' },
      { 6, "haproxy-api: 127.0.0.1 PATCH /w - 400" },
    }, logged)
  end)

  it("logs a compact flat body as it was sent, any other re-encoded, and fields a handler replaced as replaced", function()
    local router = router_module.compile({
      { "PATCH", "/w", function(_, req) return select(2, body_module.jsonObject(req, { "a", "b", "pem" })) or { status = 200, body = "{}", contentType = "application/json" } end },
      -- A handler that reads the body, then logs something else in its place (as certificates.ts does with a key).
      { "PUT", "/w", function(_, req)
        body_module.jsonObject(req, { "a", "pem" })
        req.fields = setmetatable({ pem_bytes = 3 }, getmetatable(req.fields))
        return { status = 200, body = "{}", contentType = "application/json" }
      end },
    })
    local function send(method, text)
      service.serve(router, OPEN, fake_applet(method, "/w", { ["Content-Type"] = "application/json" }, text))
    end
    send("PATCH", '{"b":2,"a":"x"}')
    send("PATCH", '{"a": "x"}')
    send("PATCH", '{"a":"\\u0078"}')
    send("PUT", '{"pem":"key"}')
    assert.are.same({
      { 6, 'haproxy-api: 127.0.0.1 PATCH /w {"b":2,"a":"x"} 200' },
      { 6, 'haproxy-api: 127.0.0.1 PATCH /w {"a":"x"} 200' },
      { 6, 'haproxy-api: 127.0.0.1 PATCH /w {"a":"x"} 200' },
      { 6, 'haproxy-api: 127.0.0.1 PUT /w {"pem_bytes":3} 200' },
    }, logged)
  end)

  it("answers HEAD with the headers only", function()
    local router = router_module.compile({ { "GET", "/x", function() return { status = 200, body = "{}", contentType = "application/json" } end } })
    local applet = fake_applet("HEAD", "/x")
    service.serve(router, OPEN, applet)
    assert.are.same({ 200, "2", 0 }, { applet.status, applet.response_headers["content-length"], #applet.sent })
  end)

  it("checks bearer tokens in constant time, and keeps tokenless APIs on loopback", function()
    assert.is_true(access.constantTimeEqual("secret", "secret"))
    for _, wrong in ipairs({ "", "secreT", "secret2", "secre", "x" }) do assert.is_false(access.constantTimeEqual(wrong, "secret"), wrong) end
    local with_token = access_of({ token = "s3cret" })
    local function authenticate(settings, header, source) return (access.authenticate(settings, header, source, nil, function(_, token) return digest(token) end)) end
    assert.is_nil(authenticate(with_token, "Bearer s3cret", "10.1.2.3"))
    assert.is_nil(authenticate(with_token, "bearer   s3cret ", "10.1.2.3"))
    for _, header in ipairs({ false, "Bearer", "Basic czNjcmV0", "Bearer s3cre", "Bearer s3cret extra" }) do
      local reply = authenticate(with_token, header or nil, "127.0.0.1")
      assert.are.equal(401, reply.status, tostring(header))
      assert.are.equal('Bearer realm="haproxy-api"', reply.headers["www-authenticate"])
    end
    local tokenless = access_of()
    for _, source in ipairs({ "127.0.0.1", "127.9.9.9", "::1", "::ffff:127.0.0.1", "" }) do
      assert.is_nil(authenticate(tokenless, nil, source), source)
    end
    for _, source in ipairs({ "10.0.0.1", "::2", "128.0.0.1", "::ffff:10.0.0.1" }) do
      assert.are.equal(403, authenticate(tokenless, nil, source).status, source)
    end
    assert.is_nil(authenticate(access_of({ anonymous = true }), nil, "10.0.0.1"))
  end)

  it("reads a tokens file: good lines kept, each bad one reported and skipped", function()
    local tokens = require("http.tokens")
    local hash = string.rep("ab", 32)
    local list, problems = tokens.parseTokens(table.concat({
      "# dashboards", "grafana read " .. hash, "", "  ops operate " .. hash:upper() .. "  ", "root admin " .. hash,
      "bad superuser " .. hash, "short read abc", "grafana read " .. hash, "just-a-name",
    }, "\n"))
    assert.are.same({
      { name = "grafana", scope = "read", sha256 = hash }, { name = "ops", scope = "operate", sha256 = hash }, { name = "root", scope = "admin", sha256 = hash },
    }, list)
    assert.are.same({
      'line 6: scope "superuser" is none of read, operate, admin', "line 7: the hash is 64 hex digits (sha256sum of the token)",
      'line 8: token name "grafana" is given twice', 'line 9: expected "<name> <scope> <sha256 of the token>"',
    }, problems)
  end)

  it("authenticates scoped tokens by their hash and keeps each to its scope", function()
    local settings = access_of({ tokensFile = true, tokens = {
      { name = "grafana", scope = "read", sha256 = digest("r-token") },
      { name = "ops", scope = "operate", sha256 = digest("o-token") },
      { name = "root", scope = "admin", sha256 = digest("a-token") },
    } })
    local denied, who = access.authenticate(settings, "Bearer o-token", "10.0.0.1", nil, function(_, token) return digest(token) end)
    assert.is_nil(denied)
    assert.are.same({ name = "ops", scope = "operate" }, who)
    assert.are.equal(401, access.authenticate(settings, "Bearer x-token", "127.0.0.1", nil, function(_, token) return digest(token) end).status)
    assert.are.equal(401, access.authenticate(settings, nil, "127.0.0.1", nil, function(_, token) return digest(token) end).status)
    -- A tokens file that gave no token locks the API rather than opening it.
    assert.are.equal(401, access.authenticate(access_of({ tokensFile = true }), nil, "127.0.0.1", nil, function(_, token) return digest(token) end).status)
    local function scope(name, method, path, declared)
      local segments = {}
      for segment in path:gmatch("[^/]+") do segments[#segments + 1] = segment end
      local who = { name = name, scope = name == "grafana" and "read" or name == "ops" and "operate" or "admin" }
      local reply = access.outOfScope(who, access.neededScope(method, segments, declared), method, segments)
      return reply and reply.status or 200
    end
    assert.are.same({ 200, 403, 403 }, { scope("grafana", "GET", "/stats"), scope("grafana", "PATCH", "/stats/backends/app/servers/web1"), scope("grafana", "DELETE", "/maps/x/entries/y") })
    for _, path in ipairs({ "/stats/backends/app/servers/web1", "/stats/frontends/www", "/sessions/0x1", "/maps/x/entries", "/acls/x/entries", "/tables/t/entries/k" }) do
      assert.are.equal(200, scope("ops", "PATCH", path), path)
    end
    for _, path in ipairs({ "/certificates/x", "/process", "/stats/counters", "/stats" }) do
      assert.are.equal(403, scope("ops", "PUT", path), path)
      assert.are.equal(200, scope("root", "PUT", path), path)
    end
    -- A route may need more than its method says: GET /config is the configuration, secrets and all.
    assert.are.same({ 403, 403, 200 }, { scope("grafana", "GET", "/config", "admin"), scope("ops", "GET", "/config", "admin"), scope("root", "GET", "/config", "admin") })
  end)

  it("refuses writes in read-only mode", function()
    local read_only = access_of({ readOnly = true })
    for _, method in ipairs({ "GET", "HEAD", "OPTIONS" }) do assert.is_nil(access.forbiddenWrite(read_only, method)) end
    for _, method in ipairs({ "PATCH", "POST", "PUT", "DELETE" }) do assert.are.equal(403, access.forbiddenWrite(read_only, method).status) end
    assert.is_nil(access.forbiddenWrite({ readOnly = false }, "PATCH"))
  end)
end)
