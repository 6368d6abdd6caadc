-- Access control inside a real HAProxy: the bearer token and read-only mode.
-- Refused requests are checked to have changed nothing, on the socket directly.
local api = require("support.api")

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
