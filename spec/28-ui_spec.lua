-- GET /ui in a real headless Chromium (Debian's, driven by puppeteer-core
-- from spec/browser/ui.mjs) against a real HAProxy: every server appears,
-- changes made on the stats socket show without a reload, nothing is
-- fetched from another host, the console stays clean; the page is served
-- under a strict Content-Security-Policy, and without a token when one is
-- set, then asks for it.
local api = require("support.api")
local json = require("dkjson")
local stats = require("haproxy.stats")

local call = api.call
local ROOT = os.getenv("HAPROXY_API_ROOT") or "."

local site = [[
backend other
  server o1 127.0.0.1:${PORT:healthy}
  server o2 127.0.0.1:${PORT:healthy}
]]

--- Runs the browser script against `h`; its JSON result.
local function browse(h, token)
  local command = string.format("cd %q && timeout 60 node spec/browser/ui.mjs http://127.0.0.1:%d %q %s 2>&1", ROOT, h.ports.api, h.sock, token or "")
  local pipe = assert(io.popen(command))
  local output = pipe:read("*a")
  pipe:close()
  local result = json.decode(output:match("({.*})%s*$") or "null")
  assert(result, "the browser script said: " .. output)
  assert(result.error == nil, tostring(result.error) .. "\n" .. json.encode(result.seen))
  return result
end

--- Every server row of show stat, as { backend, server }.
local function servers(h)
  local list = {}
  for _, row in ipairs(stats.parse_stats(h:command("show stat"))) do
    if row.type == 2 then list[#list + 1] = { row.pxname, row.svname } end
  end
  return list
end

describe("the operators' page", function()
  describe("without a token", function()
    local h
    setup(function() h = api.start("  stats socket ${SOCK} level admin\n", { extra = site }) end)
    teardown(function() if h then h:stop() end end)

    it("is served with a strict Content-Security-Policy: no inline script, no eval, nothing from elsewhere", function()
      local status, headers, _, body = call(h, "GET", "/ui")
      assert.are.equal(200, status)
      assert.are.equal("text/html; charset=utf-8", headers["content-type"])
      local policy = headers["content-security-policy"]
      assert.is_truthy(policy:find("default-src 'none'", 1, true))
      assert.is_truthy(policy:find("script-src 'self'", 1, true))
      assert.is_nil(policy:find("unsafe", 1, true))
      assert.is_nil(body:find("<script>", 1, true))
      assert.is_nil(body:find("https?://"))
      assert.is_truthy(body:find("<link rel=\"icon\" href=\"data:,\">", 1, true)) -- or the browser asks for /favicon.ico
      assert.are.equal("text/javascript; charset=utf-8", select(2, call(h, "GET", "/ui/app.js"))["content-type"])
    end)

    it("shows every server, follows changes made on the stats socket without a reload, filters, and logs no error", function()
      local result = browse(h)
      local shown = {}
      for _, row in ipairs(result.rows) do shown[#shown + 1] = { row[1], row[2] } end
      assert.are.same(servers(h), shown)
      assert.is_true(result.liveUpdates)
      assert.are.equal("DRAIN", result.drainShown[1])
      assert.are.equal('"◐"', result.drainShown[2])
      assert.are.same({ "web1" }, result.visibleAfterFilter)
      assert.is_true(result.labelled)
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, result.foreignRequests)
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("with HAPROXY_API_TOKEN", function()
    local h
    setup(function() h = api.start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_TOKEN sesame\n", { extra = site }) end)
    teardown(function() if h then h:stop() end end)

    it("is served without the token, asks for it, and then works with it", function()
      assert.are.equal(200, (call(h, "GET", "/ui")))
      assert.are.equal(401, (call(h, "GET", "/stats")))
      local result = browse(h, "sesame")
      assert.is_true(result.askedForToken)
      assert.is_true(#result.rows > 0)
      assert.is_true(result.liveUpdates)
      assert.are.same({}, result.consoleErrors)
    end)
  end)
end)
