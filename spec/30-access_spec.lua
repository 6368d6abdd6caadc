-- Access control inside a real HAProxy: the bearer token and read-only mode.
-- Refused requests are checked to have changed nothing, on the socket directly.
local api = require("support.api")
local syslog = require("support.syslog")
local tls = require("support.tls")

local WEIGHT = "/stats/backends/app/servers/web1/weight"
local JSON = { ["Content-Type"] = "application/json" }

local function with(headers, extra)
  local merged = {}
  for k, v in pairs(headers) do merged[k] = v end
  for k, v in pairs(extra or {}) do merged[k] = v end
  return merged
end

local function weight(h)
  return h:command("get weight app/web1"):match("^(%d+)")
end

describe("access control", function()
  local h

  after_each(function()
    if h then h:stop() end
    h = nil
  end)

  it("HAPROXY_API_TOKEN: every request needs the bearer token, else 401 before routing", function()
    h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_TOKEN s3cret-token\n")
    local auth = { Authorization = "Bearer s3cret-token" }
    for _, case in ipairs({ { "GET", "/stats" }, { "GET", "/nope" }, { "OPTIONS", "/stats" }, { "FOO", "/stats" } }) do
      local _, headers = api.fails(h, 401, "Authorization: Bearer", case[1], case[2], nil, {})
      assert.are.equal('Bearer realm="haproxy-api"', headers["www-authenticate"])
    end
    api.fails(h, 401, "not valid", "GET", "/stats", nil, { Authorization = "Bearer s3cret-tokeN" })
    api.fails(h, 401, "not valid", "PATCH", WEIGHT, '{"current":1}', with(JSON, { Authorization = "Bearer wrong" }))
    assert.are.equal("10", weight(h))
    assert.are.equal(200, (api.call(h, "GET", "/stats/backends/app", nil, auth)))
    api.fails(h, 404, "no such resource", "GET", "/nope", nil, auth)
    local status, _, answer = api.call(h, "PATCH", WEIGHT, '{"current":4}', with(JSON, auth))
    assert.are.equal(200, status)
    assert.are.equal(4, answer.current)
    assert.are.equal("4", weight(h))
  end)

  it("HAPROXY_API_READONLY: reads work, every write is a 403 and changes nothing", function()
    h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_READONLY 1\n")
    assert.are.equal(200, (api.call(h, "GET", WEIGHT)))
    api.fails(h, 403, "read%-only", "PATCH", WEIGHT, { current = 1 })
    api.fails(h, 403, "read%-only", "PATCH", "/stats/backends/app/servers/web1", { status = "MAINT" })
    api.fails(h, 403, "read%-only", "PATCH", "/stats/backends/app/servers/web1/state", { admin_state = "maint" })
    assert.are.equal("10", weight(h))
    assert.is_truthy(h:command("show servers state app"):find("\n%d+ app 1 web1 127%.0%.0%.1 2 0 "))
  end)
end)

describe("scoped tokens (HAPROXY_API_TOKENS_FILE)", function()
  local h, log
  local function sha256(token) return tls.sh(string.format("printf %%s %q | sha256sum", token)):match("^(%x+)") end

  setup(function()
    log = syslog.listen()
    h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_TOKENS_FILE ${DIR}/tokens\n" .. log:global_line(), {
      files = { tokens = table.concat({
        "# name scope sha256",
        "grafana read " .. sha256("r-token"),
        "ops operate " .. sha256("o-token"),
        "root admin " .. sha256("a-token"),
        "broken superuser " .. sha256("b-token"),
      }, "\n") .. "\n" },
    })
  end)
  teardown(function()
    if h then h:stop() end
    if log then log:close() end
  end)

  local function as(token) return { Authorization = "Bearer " .. token } end

  it("logs a bad line at start, skips it, and keeps every token to its scope; the write log names the token", function()
    local warned = log:wait("HAPROXY_API_TOKENS_FILE", 2, 2)
    assert.is_truthy(table.concat(warned, "\n"):find('line 5: scope "superuser" is none of read, operate, admin: skipped', 1, true))
    api.fails(h, 401, "not valid", "GET", "/stats/info", nil, as("b-token"))
    api.fails(h, 401, "Authorization: Bearer", "GET", "/stats/info", nil, {})
    -- read: GETs only.
    assert.are.equal(200, (api.call(h, "GET", "/stats/backends/app", nil, as("r-token"))))
    api.fails(h, 403, 'token "grafana" has scope read', "PATCH", WEIGHT, '{"current":3}', with(JSON, as("r-token")))
    assert.are.equal("10", weight(h))
    -- operate: servers, not the process's limits.
    assert.are.equal(200, (api.call(h, "PATCH", WEIGHT, '{"current":3}', with(JSON, as("o-token")))))
    assert.are.equal("3", weight(h))
    api.fails(h, 403, "needs admin", "PATCH", "/process", '{"rate_limit_sessions":10}', with(JSON, as("o-token")))
    assert.is_truthy(h:command("show info"):find("\nSessRateLimit: 0\n", 1, true))
    -- admin: everything.
    assert.are.equal(200, (api.call(h, "PATCH", "/process", '{"rate_limit_sessions":10}', with(JSON, as("a-token")))))
    assert.is_truthy(h:command("show info"):find("\nSessRateLimit: 10\n", 1, true))
    local lines = log:wait("^haproxy%-api: 127%.0%.0%.1 token=", 2, 2)
    assert.are.same({ "haproxy-api: 127.0.0.1 token=ops PATCH " .. WEIGHT .. ' {"current":3} 200', "haproxy-api: 127.0.0.1 token=root PATCH /process {\"rate_limit_sessions\":10} 200" }, lines)
    -- The page is served without a token, and asks for one.
    local status, _, _, page = api.call(h, "GET", "/ui", nil, {})
    assert.are.equal(200, status)
    assert.is_truthy(page:find('data-token="required"', 1, true))
    assert.are.same({}, h:runtime_errors())
  end)
end)
