-- GET /ui in a real headless Chromium (Debian's, driven by puppeteer-core
-- from spec/browser/ui.mjs) against a real HAProxy: every server appears,
-- changes made on the stats socket show without a reload, the controls
-- steer HAProxy (checked on the stats socket) after a confirmation, maps,
-- ACLs and stick tables have their views, a map value holding markup is
-- shown as text, nothing is fetched from another host, the console stays
-- clean; the page is served under a strict Content-Security-Policy, without
-- a token when one is set (then asks for it), and without controls when
-- read-only.
local api = require("support.api")
local configs = require("support.configs")
local haproxy = require("support.haproxy")
local json = require("dkjson")
local tls = require("support.tls")
local stats = require("haproxy.stats")

local call, segment = api.call, api.segment
local ROOT = os.getenv("HAPROXY_API_ROOT") or "."

local site = configs.runtime_site .. [[
backend other
  server o1 127.0.0.1:${PORT:healthy}
  server o2 127.0.0.1:${PORT:healthy}
]]

--- Runs the browser script against `h` in `mode`; its JSON result.
local function browse(h, mode, token)
  local command = string.format("cd %q && UI_MAP=%q UI_ACL=%q UI_SCREENSHOT=%q UI_OTHER_ORIGIN=http://127.0.0.1:%d timeout 90 node spec/browser/ui.mjs http://127.0.0.1:%d %q %s %s 2>&1",
    ROOT, h.dir .. "/routes.map", h.dir .. "/agents.acl", os.getenv("UI_SCREENSHOT") or "", h.ports.healthy, h.ports.api, h.sock, mode, token or "")
  local pipe = assert(io.popen(command))
  local output = pipe:read("*a")
  pipe:close()
  local result = json.decode(output:match("({.*})%s*$") or "null")
  assert(result, "the browser script said: " .. output)
  assert(result.error == nil, tostring(result.error) .. "\n" .. json.encode(result.seen))
  return result
end

--- Rows of show stat of `kind` (1 backend, 2 server).
local function rows_of(text, kind)
  local list = {}
  for _, row in ipairs(stats.parse_stats(text)) do
    if row.type == kind then list[#list + 1] = row end
  end
  return list
end

local function status_of(show_stat, backend, server)
  for _, row in ipairs(rows_of(show_stat, 2)) do
    if row.pxname == backend and row.svname == server then return row.status end
  end
end

--- The keys and values of a `show map` answer, as "key value" lines.
local function entries(show)
  local list = {}
  for line in show:gmatch("[^\n]+") do list[#list + 1] = line:match("^0x%x+ (.*)$") end
  return list
end

local function has(list, wanted)
  for _, item in ipairs(list) do if item == wanted then return true end end
  return false
end

--- With a TLS frontend serving two certificates: one for 90 days, one for 5 (flagged).
local function start(globals, extra)
  local shop = tls.workshop()
  local files = {}
  for name, content in pairs(configs.runtime_files) do files[name] = content end
  for _, cert in ipairs({ { "long", 90 }, { "short", 5 } }) do
    local crt, key = shop:self_signed(cert[1], cert[1] .. ".example", cert[2])
    files[cert[1] .. ".pem"] = crt .. key
  end
  shop:remove()
  local tls_site = "frontend tls\n  bind 127.0.0.1:${PORT:tls} ssl crt long.pem crt short.pem\n  http-request return status 200\n"
  local h = api.start("  stats socket ${SOCK} level admin\n  crt-base ${DIR}\n" .. (globals or ""), { extra = (extra or site) .. tls_site, files = files })
  h:wait_for(function() return status_of(h:command("show stat"), "other", "o1") ~= nil end, "the servers")
  return h
end

describe("the operators' page", function()
  describe("without a token", function()
    local h, result
    setup(function()
      h = start()
      -- Markup in a map value (free text): the page must show it as text.
      local status = call(h, "POST", "/maps/" .. segment(h.dir .. "/routes.map") .. "/entries", { key = "/xss", value = '<img src=x onerror="window.__xss=1">' })
      assert.are.equal(201, status)
      -- An entry in the edge table, for its view.
      assert(haproxy.http(h.ports.edge, "GET", "/"))
      result = browse(h, "steer")
    end)
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

    it("shows every backend and server with a sparkline, follows changes made on the stats socket without a reload, one made in its first 100 ms too", function()
      local shown, direct = {}, {}
      for _, row in ipairs(result.rows) do shown[#shown + 1] = { row[1], row[2] } end
      for _, row in ipairs(rows_of(h:command("show stat"), 2)) do direct[#direct + 1] = { row.pxname, row.svname } end
      -- o1 is back to ready at the end; the rows were read before any change.
      assert.are.same(direct, shown)
      local backends = {}
      for _, row in ipairs(rows_of(h:command("show stat"), 1)) do backends[#backends + 1] = row.pxname end
      assert.are.same(backends, result.sections)
      assert.are.equal(2 * #backends, result.sparklines)
      assert.is_true(result.liveUpdates)
      assert.is_true(result.earlyDrainShown)
      assert.are.equal("DRAIN", result.drainShown[1])
      assert.are.equal('"◐"', result.drainShown[2])
      assert.is_false(result.readOnlyNotice)
      assert.is_true(result.controls > 0)
    end)

    it("drains a server after a confirmation naming the action, and only then (checked on the socket); Ready puts it back", function()
      assert.are.equal("confirm-cancel", result.focusInDialog)
      assert.are.equal("no check", status_of(result.socket.afterCancel, "other", "o1"))
      assert.are.same({ "Drain o1 of other? It takes no new sessions; those open go on.", "Drain o1" }, result.drain.dialog)
      assert.are.same({ "now drain", "result ok" }, result.drain.result)
      assert.are.equal("DRAIN", status_of(result.socket.afterDrain, "other", "o1"))
      assert.are.same({ "now ready", "result ok" }, result.ready.result)
      assert.are.equal("no check", status_of(result.socket.afterReady, "other", "o1"))
    end)

    it("sets a weight from the field, and shows the refusal of a bad one next to it, changing nothing", function()
      assert.are.same({ "weight 7", "result ok" }, result.weight.result)
      assert.are.equal("7 (initial 10)\n", result.socket.weight:gsub("\n+$", "\n"))
      assert.are.equal("result failed", result.badWeight.result[2])
      assert.is_truthy(result.badWeight.result[1]:find("current", 1, true), result.badWeight.result[1])
      assert.are.equal("7 (initial 10)\n", result.socket.weightAfterBad:gsub("\n+$", "\n"))
      assert.are.equal(1, #result.expectedRefusals) -- the 400 itself, which Chromium logs
    end)

    it("shows a map value holding markup as text and runs nothing; adds, edits and deletes a map entry (checked on the socket)", function()
      assert.are.same({ '<img src=x onerror="window.__xss=1">' }, result.hostile.cells)
      assert.are.equal(0, result.hostile.images)
      assert.is_false(result.hostile.ran)
      assert.is_true(has(entries(result.socket.mapAfterAdd), "/ui-added static_be"))
      assert.is_true(has(entries(result.socket.mapAfterEdit), "/ui-added api_v1"))
      assert.is_false(has(entries(result.socket.mapAfterEdit), "/ui-added static_be"))
      assert.are.equal("Delete /ui-added", result.deleteDialog)
      for _, line in ipairs(entries(result.socket.mapAfterDelete)) do assert.is_nil(line:find("^/ui%-added ")) end
    end)

    it("lists an ACL's entries and adds one; shows a stick table's entries with the data types it stores", function()
      assert.are.same({ "bad bot", "scanner 2.0" }, result.aclEntries)
      assert.is_true(has(entries(result.socket.aclAfterAdd), "evil crawler"))
      assert.are.equal("edge (ip, 1 of 1024 used)", result.tableHeading)
      assert.are.equal("127.0.0.1", result.tableRows[1][1])
      assert.are.same({ "Key", "Sessions", "Expires in (s)" }, { table.unpack(result.tableColumns, 1, 3) })
      assert.is_true(has(result.tableColumns, "http_req_cnt") and has(result.tableColumns, "gpc0"))
    end)

    it("lists the TLS certificates soonest to expire first, flagging those under 14 days in words too", function()
      assert.are.same({
        { h.dir .. "/short.pem", "4", "expiring", '" ⚠ expires soon"' },
        { h.dir .. "/long.pem", "89", "", "none" },
      }, result.certificates)
    end)

    it("labels every control, asks nothing of another host, logs no error in the console or HAProxy's log", function()
      assert.are.same({}, result.labelled)
      assert.are.equal(0, result.unnamedButtons)
      assert.are.equal(0, result.imagesAtEnd)
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, result.foreignRequests)
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("its status line", function()
    -- An HAProxy each: slots a page of the other test held would free themselves meanwhile.
    local h
    after_each(function()
      if h then h:stop() end
      h = nil
    end)

    it("says why its stream is refused when every slot is taken, in the API's words, and tries again, longer each time, until it is live", function()
      h = start()
      local result = browse(h, "crowded")
      assert.are.equal("disconnected: /events: 16 event streams are open already: close one, or poll instead; retrying in 1 s", result.refusedSaid)
      local said = table.concat(result.liveHistory, "\n")
      assert.is_truthy(said:find("retrying in 2 s", 1, true), said)
      assert.are.equal("live", result.liveHistory[#result.liveHistory])
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, h:runtime_errors())
    end)

    -- The cause of the page that stayed at "connecting to /events…" (spec 28 on loaded machines, the bench on 2.6 at
    -- 1,000 x 10): its stream said ": ready" before its rows were listed, and listing them wrote "connecting" over "live".
    it("says live when its stream is ready before its rows are listed, once both are there and not before", function()
      h = start()
      local result = browse(h, "ready-first")
      assert.is_true(result.rowsHeldUntilReady)
      assert.are.equal("live", result.live)
      assert.are.same({ "loading…", "live" }, { table.unpack(result.liveHistory, #result.liveHistory - 1) })
      assert.is_true(result.liveUpdates)
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("a page of another origin in the operator's browser", function()
    local h
    setup(function() h = start() end)
    teardown(function() if h then h:stop() end end)

    it("cannot write through it: a bodiless POST, sent without a preflight, is refused and changes nothing", function()
      h:command("set server other/o1 state maint")
      local result = browse(h, "cross-origin")
      assert.are.same({ "opaque", "opaque" }, result.crossOrigin) -- sent, and answered
      assert.are.equal("MAINT", status_of(h:command("show stat"), "other", "o1"))
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("with HAPROXY_API_TOKEN", function()
    local h
    setup(function() h = start("  setenv HAPROXY_API_TOKEN sesame\n") end)
    teardown(function() if h then h:stop() end end)

    it("is served without the token, asks for it, and then works with it, filter included", function()
      assert.are.equal(200, (call(h, "GET", "/ui")))
      assert.are.equal(401, (call(h, "GET", "/stats")))
      local result = browse(h, "token", "sesame")
      assert.is_true(result.askedForToken)
      assert.is_true(#result.rows > 0)
      assert.is_true(result.liveUpdates)
      assert.are.same({ "web1" }, result.visibleAfterFilter)
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, h:runtime_errors())
    end)
  end)

  describe("with HAPROXY_API_READONLY=1 and 30 more backends", function()
    local h
    setup(function()
      local extra = { site }
      for i = 1, 30 do extra[#extra + 1] = string.format("backend b%02d\n  server s%02d 127.0.0.1:${PORT:healthy}\n", i, i) end
      h = start("  setenv HAPROXY_API_READONLY 1\n", table.concat(extra))
    end)
    teardown(function() if h then h:stop() end end)

    it("says it is read-only and has no controls, pages the backends, and its filter reaches every page", function()
      local result = browse(h, "read-only")
      assert.are.equal("live, read-only", result.live)
      assert.is_true(result.readOnlyNotice)
      assert.are.equal(0, result.controls)
      assert.are.equal(0, result.mapForms)
      local backends, paged = {}, {}
      for _, row in ipairs(rows_of(h:command("show stat"), 1)) do backends[#backends + 1] = row.pxname end
      assert.is_true(#result.pages >= 2)
      for _, page in ipairs(result.pages) do
        for _, name in ipairs(page.backends) do paged[#paged + 1] = name end
      end
      assert.are.same(backends, paged)
      assert.are.equal(string.format("backends 1–20 of %d, page 1 of %d", #backends, #result.pages), result.pages[1].info)
      assert.are.same({ "b25/s25" }, result.filtered)
      assert.are.same({}, result.consoleErrors)
      assert.are.same({}, h:runtime_errors())
    end)
  end)
end)
