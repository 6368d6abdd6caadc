-- Names that are not legal HAProxy names, in every position of every server
-- route: each is answered 400 or 404 with a JSON error, and nothing changes
-- (checked on the stats socket directly, before and after).
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")

-- Percent-encoded as they travel in a path; the comment says what they decode to.
local hostile = {
  "web1%3Bset%20weight%20app%2Fweb2%200", -- web1;set weight app/web2 0
  "web1%0Aset%20weight%20app%2Fweb2%200", -- web1 LF set weight...
  "web1%0D%0Adisable%20server%20app%2Fweb2", -- CRLF
  "web1%20web2", "web1%2Fweb2", "web1%00", "%00",
  "%250a", "%253b", -- double-encoded: decode once to "%0a" and "%3b", still illegal
  "..", ".", "web1%09", "%3B", "%E2%80%A8", -- unicode line separator
  string.rep("a", 256), string.rep("%3B", 300),
}

describe("hostile names", function()
  local h

  setup(function()
    h = configs.start_settled(configs.api)
  end)

  teardown(function()
    if h then h:stop() end
  end)

  it("are answered 400 or 404 in every position, and nothing changes", function()
    local before = api.snapshot(h)
    local count = 0
    for _, name in ipairs(hostile) do
      local paths = {
        { "PATCH", "/stats/backends/app/servers/" .. name .. "/weight", { current = 0 } },
        { "PATCH", "/stats/backends/" .. name .. "/servers/web1/weight", { current = 0 } },
        { "PATCH", "/stats/backends/app/servers/" .. name .. "/state", { admin_state = "maint" } },
        { "PATCH", "/stats/backends/" .. name .. "/servers/web1/state", { operational_state = "down" } },
        { "PATCH", "/stats/backends/app/servers/" .. name, { status = "MAINT" } },
        { "PATCH", "/stats/backends/" .. name .. "/servers/web1", { status = "DOWN" } },
        { "GET", "/stats/backends/" .. name },
        { "GET", "/stats/frontends/" .. name },
        { "GET", "/stats/backends/" .. name .. "/servers" },
        { "GET", "/stats/backends/app/servers/" .. name },
        { "GET", "/stats/backends/app/servers/" .. name .. "/weight" },
        { "GET", "/stats/backends/app/servers/" .. name .. "/state" },
      }
      for _, case in ipairs(paths) do
        local status, headers, body, raw = api.call(h, case[1], case[2], case[3])
        assert.is_truthy(status == 400 or status == 404, case[1] .. " " .. case[2] .. " -> " .. status .. " " .. raw)
        assert.are.equal("application/json", headers["content-type"])
        assert.are.equal(status, body.code)
        count = count + 1
      end
    end
    assert.are.equal(#hostile * 12, count)
    assert.are.equal(before, api.snapshot(h))
    assert.is_true(h:alive())
  end)
end)
