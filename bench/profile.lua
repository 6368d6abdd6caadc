-- Where the time goes (npm run profile): one HAProxy on 1,000 x 10 with the
-- built bundle, one client looping on each case (wrk), and `perf record`
-- on the HAProxy process meanwhile; prints the hottest symbols. Lua
-- functions show as the Lua VM's C functions (luaV_execute: Lua code;
-- luaH_*: tables; luaC_*/sweep*: the collector; luaS_*: strings); HAProxy's
-- own are named (hlua_*_get_stats, stats_fill_*: get_stats(); h1_*, htx_*:
-- HTTP). Not a test. PROFILE_SECONDS (5) changes how long each case runs.
local root = os.getenv("HAPROXY_API_ROOT") or "."
package.path = root .. "/spec/?.lua;" .. root .. "/dist/?.lua;" .. root .. "/?.lua;" .. package.path
local haproxy = require("support.haproxy")
local configs = require("support.configs")

local SECONDS = tonumber(os.getenv("PROFILE_SECONDS") or "5")
-- PROFILE_ONLY="PATCH": only the cases whose name holds it. HAPROXY_BIN: which HAProxy (support/haproxy.lua).
local ONLY = os.getenv("PROFILE_ONLY")

local lines = { configs.api_globals("  nbthread 1\n  stats socket ${SOCK} level admin\n") }
for b = 1, 1000 do
  lines[#lines + 1] = "backend be" .. b
  for s = 1, 10 do lines[#lines + 1] = string.format("  server s%d 127.0.0.1:%d weight 10", s, 20000 + s) end
end
local h = haproxy.start(table.concat(lines, "\n") .. "\n", { daemon = true })

local cases = {
  { "GET /stats (one client)", "GET", "/stats", nil, 1 },
  { "PATCH weight (8 clients)", "PATCH", "/stats/backends/be500/servers/s5/weight", '{"current":7}', 8 },
  { "GET one server (8 clients)", "GET", "/stats/backends/be500/servers/s5", nil, 8 },
}

local ok, err = pcall(function()
  for _, case in ipairs(cases) do
    if ONLY and not case[1]:find(ONLY, 1, true) then goto next_case end
    local name, method, path, body, connections = case[1], case[2], case[3], case[4], case[5]
    local script = os.tmpname()
    local file = assert(io.open(script, "w"))
    file:write(string.format("wrk.method = %q\n", method))
    if body then file:write(string.format("wrk.body = %q\nwrk.headers['Content-Type'] = 'application/json'\n", body)) end
    file:close()
    os.execute(string.format("wrk -t1 -c%d -d%ds --timeout 30s -s %s 'http://127.0.0.1:%d%s' >/dev/null 2>&1 &", connections, SECONDS + 2, script, h.ports.api, path))
    os.execute("sleep 1")
    local data = h.dir .. "/perf.data"
    os.execute(string.format("perf record -q -F 2000 -g -o %s -p %d -- sleep %d >/dev/null 2>&1", data, h.pid, SECONDS))
    os.execute("while pgrep -x wrk >/dev/null; do sleep 0.2; done")
    os.remove(script)
    local function report(options, keep)
      local pipe = io.popen(string.format("perf report -q -i %s %s --stdio -g none 2>/dev/null", data, options))
      for line in pipe:lines() do
        if line:find("%%") and keep(line) then print((line:gsub("%s+%-%s+%-%s*$", ""):gsub("%s+$", ""))) end
      end
      pipe:close()
    end
    print(string.format("== %s, %s: where HAProxy's CPU went, by binary (liblua: the Lua VM, its tables, strings and collector)", name, haproxy.describe()))
    report("--no-children --sort dso --percent-limit 1", function() return true end)
    print(string.format("== %s: the hottest named functions (self time; Lua's own are unnamed addresses in liblua)", name))
    report("--no-children --sort dso,symbol --percent-limit 1.5", function(line) return not line:find("%] 0x%x+") end)
    print(string.format("== %s: with what they call (children)", name))
    local wanted = { "hlua_server_get_stats", "hlua_proxy_get_stats", "stats_fill_sv_stats", "hlua_applet_http_send", "luaC_step", "lua_gc", "luaL_addvalue", "lua_concat", "process_stream", "h1_snd_buf" }
    report("--children --sort symbol", function(line)
      for _, symbol in ipairs(wanted) do
        if line:find("%] " .. symbol .. "%s") or line:find("%] " .. symbol .. "$") then return true end
      end
      return false
    end)
    ::next_case::
  end
end)
h:stop()
assert(ok, err)
