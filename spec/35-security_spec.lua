-- What an adversarial probe found (issue 23), each against a real HAProxy:
-- no secret to a read token, no CLI syntax from a value, no entry mistaken
-- for another, no self-lockout, nothing split by a blank HAProxy keeps, one
-- strict JSON grammar for bulk bodies, and the CLI's line limit stated up
-- front. Effects are read on the stats socket directly.
local haproxy = require("support.haproxy")
local api = require("support.api")
local tls = require("support.tls")
local socket = require("socket")

local call, fails, segment = api.call, api.fails, api.segment
local JSON = { ["Content-Type"] = "application/json" }

local function sha256(token) return tls.sh(string.format("printf %%s %q | sha256sum", token)):match("^(%x+)") end
local function as(token, extra)
  local headers = { Authorization = "Bearer " .. token }
  for k, v in pairs(extra or {}) do headers[k] = v end
  return headers
end

describe("security", function()
  local h, map, acl

  setup(function()
    h = api.start(table.concat({
      "  stats socket ${SOCK} level admin",
      "  stats socket ${DIR}/other.sock level admin",
      "  setenv HAPROXY_API_TOKEN the-full-access-token",
      "  setenv HAPROXY_API_TOKENS_FILE ${DIR}/tokens",
      "  setenv DB_PASSWORD hunter2-secret",
      "  setenv PLAIN_SETTING visible-value",
      "  presetenv UPSTREAM_API_KEY key-secret-42",
      "",
    }, "\n"), {
      extra = table.concat({
        "userlist operators",
        "  user ops password $5$rounds=5000$salt$hash-secret",
        "  user dev insecure-password 'plain-secret'",
        "listen stats_page",
        "  bind 127.0.0.1:${PORT:statspage}",
        "  stats enable",
        "  stats auth admin:stats-secret",
        "frontend edge",
        "  bind 127.0.0.1:${PORT:edge}",
        "  http-request set-header Authorization \"Basic header-secret\"",
        "  http-request deny if { req.hdr(user-agent) -m str -f ${DIR}/agents.acl }",
        "  http-request return status 200 content-type text/plain lf-string \"%[path,map(${DIR}/routes.map,NONE)]\"",
        "backend flags",
        "  stick-table type string len 64 size 10 store gpc0",
        "",
      }, "\n"),
      files = {
        tokens = "grafana read " .. sha256("r-token") .. "\nops operate " .. sha256("o-token") .. "\nroot admin " .. sha256("a-token") .. "\n",
        ["routes.map"] = "/old old_be\n",
        ["agents.acl"] = "bad bot\n",
      },
    })
    map = "/maps/" .. segment(h.dir .. "/routes.map")
    acl = "/acls/" .. segment(h.dir .. "/agents.acl")
  end)

  teardown(function()
    if h then h:stop() end
  end)

  local function show_map() return h:command("show map " .. h.dir .. "/routes.map") end

  it("1. /config needs the admin scope, and even then shows no credential it recognises", function()
    fails(h, 403, 'token "grafana" has scope read: GET /config needs admin', "GET", "/config", nil, as("r-token"))
    fails(h, 403, "needs admin", "GET", "/config", nil, as("o-token"))
    for _, token in ipairs({ "a-token", "the-full-access-token" }) do
      local status, _, _, text = call(h, "GET", "/config", nil, as(token))
      assert.are.equal(200, status)
      for _, secret in ipairs({ "the-full-access-token", "hunter2-secret", "key-secret-42", "hash-secret", "plain-secret", "stats-secret", "header-secret" }) do
        assert.is_nil(text:find(secret, 1, true), secret .. " shows in /config")
      end
      assert.is_truthy(text:find("setenv HAPROXY_API_TOKEN <redacted>", 1, true))
      assert.is_truthy(text:find("setenv DB_PASSWORD <redacted>", 1, true))
      assert.is_truthy(text:find("stats auth admin:<redacted>", 1, true))
      assert.is_truthy(text:find("user dev insecure-password <redacted>", 1, true))
      assert.is_truthy(text:find("set-header Authorization <redacted>", 1, true))
      -- What is not a credential stays, the tokens file's path included.
      assert.is_truthy(text:find("setenv PLAIN_SETTING visible-value", 1, true))
      assert.is_truthy(text:find("setenv HAPROXY_API_TOKENS_FILE " .. h.dir .. "/tokens", 1, true))
    end
    -- The read token reads what it may, and writes nothing.
    assert.are.equal(200, (call(h, "GET", "/stats/info", nil, as("r-token"))))
    fails(h, 403, "needs admin", "PATCH", "/process", '{"rate_limit_sessions":10}', as("r-token", JSON))
    -- The OpenAPI document says which scope each operation needs.
    local _, _, document = call(h, "GET", "/openapi.json", nil, as("r-token"))
    assert.are.same({ "admin", "read", "operate", "admin" }, {
      document.paths["/config"].get["x-scope"], document.paths["/stats"].get["x-scope"],
      document.paths["/maps/{map}/entries"].post["x-scope"], document.paths["/process"].patch["x-scope"],
    })
  end)

  it("2. a value ending in << never puts the CLI into payload mode: answered at once, and the API stays free", function()
    local admin = as("a-token", JSON)
    local status, _, results = call(h, "GET", map .. "/lookup?input=" .. segment("x<<"), nil, as("r-token"))
    assert.are.same({ 200, false }, { status, results[1].found })
    fails(h, 404, "no entry", "GET", "/tables/flags/entries/" .. segment("k<<"), nil, as("r-token"))
    fails(h, 404, "no entry", "GET", acl .. "/entries/" .. segment("<<END"), nil, as("r-token"))
    -- Stored literally, in a single add and in a whole replace (3.x takes "<<END" as a payload's start).
    local _, _, entry = call(h, "POST", map .. "/entries", { key = "/payload", value = "a <<" }, admin)
    assert.are.equal("a <<", entry.value)
    assert.are.equal(200, (call(h, "PUT", acl .. "/entries", { { value = "bad bot" }, { value = "<<END" }, { value = "x<<" } }, admin)))
    assert.is_truthy(h:command("show acl " .. h.dir .. "/agents.acl"):find(" <<END\n0x%x+ x<<\n"))
    -- 30 such lookups at once with a read token, then an admin write: all answered within a second.
    local requests = {}
    for i = 1, 30 do
      requests[i] = { port = h.ports.api, text = haproxy.request_text("GET", map .. "/lookup?input=" .. segment("in" .. i .. "<<"), nil, as("r-token")) }
    end
    local started = socket.gettime()
    local answers = haproxy.parallel(requests, 5)
    for i, answer in ipairs(answers) do assert.are.equal(200, answer.status, "lookup " .. i .. ": " .. tostring(answer.error)) end
    local written = call(h, "PATCH", "/stats/backends/app/servers/web1/weight", { current = 7 }, admin)
    assert.are.equal(200, written)
    assert.is_true(socket.gettime() - started < 1, "30 lookups and a write took " .. (socket.gettime() - started) .. " s")
    assert.are.equal("7 (initial 10)\n\n", h:command("get weight app/web1"))
  end)

  it("3. a key that looks like an entry id is never taken for another entry", function()
    local admin = as("a-token", JSON)
    local old_id = show_map():match("(0x%x+) /old old_be")
    fails(h, 400, "can't start with", "POST", map .. "/entries", { key = "#" .. old_id, value = "decoy" }, admin)
    -- In the key's place, an id is a key HAProxy would read as an id: refused, never the other entry.
    fails(h, 400, "entry id", "DELETE", map .. "/entries/" .. segment("#" .. old_id), nil, admin)
    fails(h, 400, "entry id", "PUT", map .. "/entries/" .. segment("#" .. old_id), '{"value":"rewritten"}', admin)
    assert.is_truthy(show_map():find(old_id .. " /old old_be\n", 1, true))
    -- By id, the route says so.
    assert.are.equal(200, (call(h, "PUT", map .. "/ids/" .. segment("#" .. old_id), '{"value":"by_id"}', admin)))
    assert.is_truthy(show_map():find(old_id .. " /old by_id\n", 1, true))
    -- A key added by someone else that starts with "#0x" is reached by its id only.
    h:command("add map " .. h.dir .. "/routes.map #0xdecoy on_socket")
    local decoy_id = show_map():match("(0x%x+) #0xdecoy on_socket")
    assert.are.equal("on_socket", select(3, call(h, "GET", map .. "/entries/" .. segment("#0xdecoy"), nil, admin)).value)
    assert.are.equal(204, (call(h, "DELETE", map .. "/ids/" .. segment("#" .. decoy_id), nil, admin)))
    assert.is_nil(show_map():find("#0xdecoy", 1, true))
    assert.is_truthy(show_map():find(old_id .. " /old by_id\n", 1, true))
  end)

  it("4. no write cuts the API's own frontend off: disable and maxconn 0 are a 409, and the API stays reachable", function()
    local operate = as("o-token", JSON)
    fails(h, 409, "serves this API: a maxconn of 0", "PATCH", "/stats/frontends/api", { maxconn = 0 }, operate)
    fails(h, 409, "serves this API: disabling it", "PATCH", "/stats/frontends/api", { state = "disabled" }, operate)
    local iid = tostring(select(3, call(h, "GET", "/stats/frontends/api", nil, operate)).iid)
    fails(h, 409, "serves this API", "PATCH", "/stats/frontends/" .. iid, { maxconn = 0 }, operate)
    assert.is_truthy(h:command("show stat api 1 -1"):find("api,FRONTEND,,,%d+,%d+,%d+,") ~= nil)
    -- Another frontend takes them.
    assert.are.equal(200, (call(h, "PATCH", "/stats/frontends/edge", { maxconn = 0 }, operate)))
    assert.are.equal(200, (call(h, "PATCH", "/stats/frontends/edge", { maxconn = 100 }, operate)))
    assert.are.equal(200, (call(h, "GET", "/stats/info", nil, operate)))
  end)

  it("5. \\v and \\f are refused by name, and nothing is stored", function()
    local admin = as("a-token", JSON)
    local before = show_map()
    fails(h, 400, "vertical tab", "POST", map .. "/entries", { key = "/a\vb", value = "v" }, admin)
    fails(h, 400, "form feed", "POST", map .. "/entries", { key = "/a", value = "v\fw" }, admin)
    fails(h, 400, "vertical tab", "PUT", map .. "/entries", { { key = "/ok", value = "v" }, { key = "/a\vb", value = "v" } }, admin)
    fails(h, 400, "vertical tab", "POST", acl .. "/entries", { value = "a\vb" }, admin)
    fails(h, 400, "vertical tab", "PUT", "/tables/flags/entries/" .. segment("k\v1"), { data = { gpc0 = 1 } }, admin)
    assert.are.equal(before, show_map())
    assert.is_nil(h:command("show table flags"):find("\nk", 1, true))
  end)

  it("6. a whole-map body that is not strict JSON is a 400, and nothing is committed", function()
    local admin = as("a-token", JSON)
    local before = show_map()
    for _, case in ipairs({
      { '[{"key":"/a","value":"x"} {"key":"/b","value":"y"}]', 'expected "," or "]"' },
      { '[{"key":"/a","value":"x"},,{"key":"/b","value":"y"}]', "expected an object" },
      { '[{"key":"/a","value":"x"},]', "expected an object" },
      { '[,{"key":"/a","value":"x"}]', "expected an object" },
      { '[{"key":"/a","value":"x\ty"}]', "control character" },
      { '[{"key":"/a","value":"x\255y"}]', "not UTF%-8" },
      { '[{"key":"/a","key":"/b"}]', "duplicate key" },
      { '[{"key":"/a","value":"x"}] []', "unexpected text after" },
      { '[{"key":"/a","value":"x"}', "not closed" },
    }) do
      fails(h, 400, case[2], "PUT", map .. "/entries", case[1], admin)
    end
    assert.are.equal(before, show_map())
  end)

  it("7. what the CLI cannot carry is refused before anything is sent, naming the limit", function()
    local admin = as("a-token", JSON)
    local before = show_map()
    -- Every ";" travels escaped: 8,095 of them (a body within 8 KiB) are over 16,000 bytes on the line.
    local key, value = "/" .. string.rep(";", 4095), string.rep(";", 4000)
    fails(h, 400, "over the 15000 bytes HAProxy's CLI takes", "POST", map .. "/entries", { key = key, value = value }, admin)
    fails(h, 400, "longer than 4096 bytes", "POST", map .. "/entries", { key = "/k", value = string.rep("v", 4097) }, admin)
    assert.are.equal(before, show_map())
    -- Within the limits, a whole replace carries the longest entries: each batch stays within one buffer.
    local long = { { key = "/" .. string.rep("a", 4095), value = string.rep("b", 4096) }, { key = "/" .. string.rep("c", 4095), value = string.rep("d", 4096) } }
    local status, _, summary = call(h, "PUT", map .. "/entries", long, admin)
    assert.are.equal(200, status)
    assert.are.equal(2, summary.entry_count)
    assert.is_truthy(show_map():find(" /" .. string.rep("c", 4095) .. " " .. string.rep("d", 4096) .. "\n", 1, true))
    assert.are.same({}, h:runtime_errors())
  end)
end)

-- The second probe (issue 36): what a web page open in the operator's browser could make of the API.
describe("security in a browser's world", function()
  local h
  setup(function()
    h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_ALLOWED_HOSTS api.internal,Ops.Example:8000\n")
  end)
  teardown(function() if h then h:stop() end end)

  --- A request with exactly these header lines (no Host of the harness's own).
  local function raw(method, path, lines)
    local text = method .. " " .. path .. " HTTP/1.1\r\n" .. table.concat(lines, "\r\n") .. (#lines > 0 and "\r\n" or "") .. "Connection: close\r\nContent-Length: 0\r\n\r\n"
    return api.send(h, text)
  end

  it("without a token, answers only a Host that is a loopback name or an allowed one (DNS rebinding)", function()
    local port = h.ports.api
    for _, host in ipairs({ "127.0.0.1:" .. port, "[::1]:" .. port, "localhost:" .. port, "LOCALHOST", "127.1.2.3", "api.internal:" .. port, "ops.example" }) do
      assert.are.equal(200, (raw("GET", "/stats/info", { "Host: " .. host })), host)
    end
    for _, host in ipairs({ "evil.example", "attacker.test:80", "", "127.0.0.1.evil.example", "localhost.", "[::2]:" .. port, "127.0.0.256" }) do
      local status, _, body, text = raw("GET", "/stats/info", { "Host: " .. host })
      assert.are.equal(403, status, host .. ": " .. text)
      assert.is_truthy(body.message:find("HAPROXY_API_ALLOWED_HOSTS", 1, true), body.message)
    end
    -- The page too, and writes: nothing is served to a foreign name.
    assert.are.equal(403, (raw("GET", "/ui", { "Host: evil.example" })))
    h:command("set server app/web1 state maint")
    assert.are.equal(403, (raw("POST", "/stats/backends/app/servers/web1/ready", { "Host: evil.example" })))
    assert.are.equal(1, api.direct_state(h, "app", "web1").admin)
    h:command("set server app/web1 state ready")
  end)

  it("refuses a write from another origin before doing anything, bodiless POSTs included; the same origin and clients without one write", function()
    local host = "Host: 127.0.0.1:" .. h.ports.api
    h:command("set server app/web1 state maint")
    for _, lines in ipairs({
      { host, "Origin: http://evil.example" },
      { host, "Origin: null" },
      { host, "Origin: http://127.0.0.1:" .. h.ports.healthy },
      { host, "Sec-Fetch-Site: cross-site" },
      { host, "Sec-Fetch-Site: same-site" },
    }) do
      local status, _, body = raw("POST", "/stats/backends/app/servers/web1/ready", lines)
      assert.are.equal(403, status, lines[2])
      assert.is_truthy(body.message:find("another", 1, true), body.message)
      assert.are.equal(1, api.direct_state(h, "app", "web1").admin)
    end
    -- The API's own page sends its own origin.
    assert.are.equal(200, (raw("POST", "/stats/backends/app/servers/web1/ready", { host, "Origin: http://127.0.0.1:" .. h.ports.api, "Sec-Fetch-Site: same-origin" })))
    assert.are.equal(0, api.direct_state(h, "app", "web1").admin)
    -- Reads carry no effect: an Origin does not matter to them (and no CORS header lets the page read them).
    local status, headers = raw("GET", "/stats/info", { host, "Origin: http://evil.example" })
    assert.are.equal(200, status)
    assert.is_nil(headers["access-control-allow-origin"])
  end)
end)
