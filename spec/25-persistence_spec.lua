-- What the API changed survives a reload (-sf, and master-worker's SIGUSR2)
-- and a full stop and start: server weights, admin states and addresses
-- through the server-state file, map and ACL entries through synced files,
-- servers added at runtime through the API's own record. Every check reads
-- the new process's stats socket directly, and the files themselves.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local syslog = require("support.syslog")
local socket = require("socket")
local json = require("dkjson")

local call, fails = api.call, api.fails
local APP = "/stats/backends/app/servers"

local function config(state_base)
  return [[
global
  stats socket ${SOCK} mode 600 level admin
  server-state-base ]] .. state_base .. [[

  server-state-file servers.state
  setenv HAPROXY_API_SYNC_FILES 1
  lua-load ${ROOT}/dist/haproxy-api.lua
  ${LOG}
defaults
  mode http
  load-server-state-from-file global
  timeout connect 1s
  timeout client 30s
  timeout server 30s
listen api
  bind 127.0.0.1:${PORT:api}
  option http-buffer-request
  timeout http-request 1s
  http-request use-service lua.haproxy-api
frontend edge
  bind 127.0.0.1:${PORT:edge}
  http-request deny deny_status 403 if { src -f ${DIR}/state/blocklist.acl }
  use_backend %[path,map_beg(${DIR}/state/routes.map,app)]
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200
listen other
  bind 127.0.0.1:${PORT:other}
  http-request return status 200
backend app
  server web1 127.0.0.1:${PORT:healthy} weight 10
  server web2 127.0.0.1:${PORT:healthy} weight 10
  server web3 127.0.0.1:${PORT:healthy} weight 10
  server-template tpl 2 127.0.0.1:${PORT:healthy}
backend api_v1
  http-request return status 200 content-type text/plain string api_v1
]] .. configs.hold_site(3)
end

local FILES = {
  ["state/routes.map"] = "/static app\n",
  ["state/blocklist.acl"] = "192.0.2.1\n",
}

local function read_file(path)
  local file = io.open(path, "rb")
  if not file then return nil end
  local text = file:read("*a")
  file:close()
  return text
end

--- Stops what start() started.
local function stop(h)
  if h then
    h.log:close()
    h:stop()
  end
end

--- Starts HAProxy (`args`: "-W" for master-worker) with a syslog receiver for its info lines.
local function start(state_base, args, extra)
  local log = syslog.listen()
  local text = config(state_base):gsub("%${LOG}", "log 127.0.0.1:" .. log.port .. " local0 info")
  local files = {}
  for name, content in pairs(FILES) do files[name] = content end
  for name, content in pairs(extra or {}) do files[name] = content end
  local h = haproxy.start(text, { files = files, args = args, foreground = args ~= nil })
  h.log = log
  h:wait_for(function() return haproxy.http(h.ports.api, "GET", "/uname") ~= nil end, "the API")
  return h
end

local function info_pid(h)
  return tonumber(h:command("show info"):match("\nPid: (%d+)"))
end

--- The server's line of show servers state, on the socket: address, op, admin, user weight.
local function server(h, name)
  for line in h:command("show servers state app"):gmatch("[^\n]+") do
    local srv, addr, admin, weight = line:match("^%d+ app %d+ (%S+) (%S+) %d+ (%d+) (%d+) ")
    if srv == name then return { address = addr, admin = tonumber(admin), weight = tonumber(weight), port = tonumber(line:match(" %- (%d+) %- ")) } end
  end
end

--- The entries of a map or ACL file as "show map|acl <file>" lists them: "key value" / "value" lines.
local function entries(h, kind, file)
  local lines = {}
  for line in h:command("show " .. kind .. " " .. file):gmatch("[^\n]+") do
    lines[#lines + 1] = line:match("^0x%x+ (.*)$")
  end
  return table.concat(lines, "\n") .. (#lines > 0 and "\n" or "")
end

--- Reloads: "-sf <old>" (a new process) or SIGUSR2 to the master (-W); waits for the new process's socket.
--- Master-worker only: waits until the master said the worker of the last
--- reload left. A SIGUSR2 that reaches the master while it handles a worker
--- leaving is lost (seen: no "Reloading HAProxy" followed, no new worker).
local function settle(h)
  if not h.leaving then return end
  h:wait_for(function() return (read_file(h.dir .. "/haproxy.log") or ""):find("Former worker %(" .. h.leaving .. "%) exited") ~= nil end, "the former worker to leave", 15)
  h.leaving = nil
end

local function reload(h, master_worker)
  local old = info_pid(h)
  if master_worker then
    settle(h)
    h.leaving = old
    os.execute("kill -USR2 " .. h.pid)
  else
    os.execute(string.format("%s -D -p %s -f %s -sf %d >>%s/reload.log 2>&1", haproxy.binary, h.pidfile, h.cfg, old, h.dir))
  end
  local ok, err = pcall(h.wait_for, h, function() return info_pid(h) ~= old end, "the new process's socket", 15)
  if not ok then
    -- Say what there is: the processes, and what they logged.
    local ps = io.popen("ps -eo pid,ppid,stat,args | grep [h]aproxy"):read("*a")
    error(err .. "\nprocesses:\n" .. ps .. "log:\n" .. table.concat(h.log:wait(".", 100, 0.5), "\n") .. "\nmaster:\n" .. (read_file(h.dir .. "/haproxy.log") or ""), 0)
  end
  if not master_worker then
    local file = io.open(h.pidfile)
    local new = file and tonumber(file:read("*l"))
    if file then file:close() end
    h.old_pid, h.pid = h.pid, new
  end
  return old
end

local function gone(pid)
  return not os.execute("kill -0 " .. pid .. " 2>/dev/null")
end

--- A session that keeps the (old) process busy for 3 s.
local hold = configs.hold_session

--- The state file, compared with show servers state as api.servers_state does (what moves by itself aside).
local function state_file_matches(h, path)
  local text = read_file(path)
  if not text then return false end
  local function steady(answer)
    local lines = {}
    for line in answer:gmatch("[^\n]+") do
      local fields = {}
      for field in line:gmatch("%S+") do fields[#fields + 1] = field end
      if #fields > 15 and line:match("^%d") then
        fields[10], fields[12] = "-", "-"
        fields[14] = tostring(tonumber(fields[14]) & ~1)
        fields[15] = tostring(tonumber(fields[15]) & ~1)
      end
      lines[#lines + 1] = table.concat(fields, " ")
    end
    return table.concat(lines, "\n")
  end
  return steady(text) == steady(h:command("show servers state"))
end

local function changes_through_the_api(h)
  local status, headers = call(h, "PATCH", APP .. "/web1", { weight = 4 })
  assert.are.same({ 200, "yes" }, { status, headers["x-persisted"] })
  assert.are.equal(200, (call(h, "PATCH", APP .. "/web2/state", { admin_state = "drain" })))
  assert.are.equal(200, (call(h, "PATCH", APP .. "/web3", { status = "MAINT" })))
  assert.are.equal(200, (call(h, "PATCH", APP .. "/tpl1/address", { address = "127.0.0.1", port = h.ports.other })))
  assert.are.equal(200, (call(h, "PATCH", APP .. "/tpl2", { admin_state = "maint" })))
  local map, acl = api.segment(h.dir .. "/state/routes.map"), api.segment(h.dir .. "/state/blocklist.acl")
  status, headers = call(h, "POST", "/maps/" .. map .. "/entries", { key = "/v1", value = "api_v1" })
  assert.are.same({ 201, "yes" }, { status, headers["x-persisted"] })
  -- A whole-ACL replace (issue 18) is kept in the file too.
  status, headers = call(h, "PUT", "/acls/" .. acl .. "/entries", { { value = "192.0.2.1" }, { value = "198.51.100.7" } })
  assert.are.same({ 200, "yes" }, { status, headers["x-persisted"] })
  status, headers = call(h, "POST", APP, { name = "dyn1", address = "127.0.0.1", port = h.ports.healthy, weight = 4, admin_state = "ready" })
  assert.are.same({ 201, "yes" }, { status, headers["x-persisted"] })
  assert.are.equal(201, (call(h, "POST", APP, { name = "dyn2", address = "127.0.0.1", port = h.ports.healthy })))
  status, headers = call(h, "DELETE", APP .. "/dyn2")
  assert.are.same({ 204, "yes" }, { status, headers["x-persisted"] })
  -- maxconn is not in a server-state file, and a frontend's state is in no file: both say so.
  assert.are.equal("no", select(2, call(h, "PATCH", APP .. "/web1", { maxconn = 50 }))["x-persisted"])
  assert.are.equal("no", select(2, call(h, "PATCH", "/stats/frontends/edge", { maxconn = 500 }))["x-persisted"])
end

--- Every change of changes_through_the_api(), read on the (new) process's socket, and through traffic.
local function every_change_is_there(h)
  h:wait_for(function() return server(h, "dyn1") ~= nil and server(h, "dyn1").admin == 0 end, "dyn1 added again and ready")
  assert.are.same({ 4, 0 }, { server(h, "web1").weight, server(h, "web1").admin })
  assert.are.equal(8, server(h, "web2").admin)
  assert.are.equal(1, server(h, "web3").admin)
  assert.are.equal(h.ports.other, server(h, "tpl1").port)
  assert.are.equal(1, server(h, "tpl2").admin)
  assert.are.equal(4, server(h, "dyn1").weight)
  assert.is_nil(server(h, "dyn2"))
  assert.are.equal("/static app\n/v1 api_v1\n", entries(h, "map", h.dir .. "/state/routes.map"))
  assert.are.equal("192.0.2.1\n198.51.100.7\n", entries(h, "acl", h.dir .. "/state/blocklist.acl"))
  local status, _, body = haproxy.http(h.ports.edge, "GET", "/v1/x")
  assert.are.same({ 200, "api_v1" }, { status, body })
end

--- The files hold what HAProxy holds.
local function files_match(h)
  local state = h.dir .. "/state/servers.state"
  h:wait_for(function() return state_file_matches(h, state) end, "the state file to match show servers state")
  h:wait_for(function() return read_file(h.dir .. "/state/routes.map") == entries(h, "map", h.dir .. "/state/routes.map") end, "the map file")
  h:wait_for(function() return read_file(h.dir .. "/state/blocklist.acl") == entries(h, "acl", h.dir .. "/state/blocklist.acl") end, "the ACL file")
  local added = json.decode(read_file(state .. ".added"))
  assert.are.same({ { backend = "app", name = "dyn1", address = "127.0.0.1", port = h.ports.healthy, weight = 4 } }, added)
end

for _, mode in ipairs({ { name = "a reload with -sf", args = nil }, { name = "a master-worker reload (SIGUSR2)", args = "-W" } }) do
  describe("persistence across " .. mode.name, function()
    local h

    setup(function()
      h = start("${DIR}/state", mode.args)
    end)

    teardown(function() stop(h) end)

    it("keeps every change made through the API, while the old process still serves a connection", function()
      changes_through_the_api(h)
      files_match(h)
      local held = hold(h)
      local old = reload(h, mode.args ~= nil)
      assert.is_false(gone(old), "the old process still serves the held connection")
      every_change_is_there(h)
      files_match(h)
      held:close()
    end)

    it("keeps a write made on the new process while the old one still drains, across the next reload", function()
      settle(h)
      local held = hold(h)
      local old = reload(h, mode.args ~= nil)
      assert.are.equal(200, (call(h, "PATCH", APP .. "/web1", { weight = 6 })))
      h:wait_for(function() return (read_file(h.dir .. "/state/servers.state") or ""):find("\n%d+ app 1 web1 %S+ %d+ %d+ 6 ") ~= nil end, "the new weight in the file")
      assert.is_false(gone(old))
      h:wait_for(function() return gone(old) end, "the old process to leave", 15)
      assert.matches("\n%d+ app 1 web1 %S+ %d+ %d+ 6 ", read_file(h.dir .. "/state/servers.state"))
      held:close()
      reload(h, mode.args ~= nil)
      h:wait_for(function() return server(h, "dyn1") ~= nil end, "dyn1")
      assert.are.equal(6, server(h, "web1").weight)
      assert.are.equal(1, #h.log:wait("is stopping: it saves no file", 1, 5))
    end)
  end)
end

describe("persistence across a full stop and start", function()
  local h

  teardown(function() stop(h) end)

  it("restores the same", function()
    h = start("${DIR}/state")
    changes_through_the_api(h)
    files_match(h)
    os.execute("kill " .. h.pid)
    h:wait_for(function() return not h:alive() end, "HAProxy to stop")
    assert(os.execute(string.format("%s -D -p %s -f %s >>%s/restart.log 2>&1", haproxy.binary, h.pidfile, h.cfg, h.dir)))
    local file = io.open(h.pidfile)
    h.pid = tonumber(file:read("*l"))
    file:close()
    h:wait_for(function() return h:command("show info"):find("Pid:") ~= nil end, "the restarted socket")
    every_change_is_there(h)
    files_match(h)
  end)
end)

describe("persistence to a directory it cannot write", function()
  local h

  teardown(function() stop(h) end)

  it("still answers every write, and says in the log and the report what it could not save", function()
    -- A regular file where the directory should be: "Not a directory", even for root.
    h = start("${DIR}/blocked", nil, { blocked = "" })
    local status, headers = call(h, "PATCH", APP .. "/web1", { weight = 3 })
    assert.are.equal(200, status)
    assert.are.equal(3, server(h, "web1").weight)
    local logged = h.log:wait("cannot save " .. h.dir:gsub("%p", "%%%0") .. "/blocked/servers.state", 1, 5)
    assert.are.equal(1, #logged)
    assert.matches("Not a directory", logged[1])
    local _, _, report = call(h, "GET", "/stats/persistence")
    local file = report.files[1]
    assert.are.same({ h.dir .. "/blocked/servers.state", "servers-state" }, { file.path, file.kind })
    assert.matches("Not a directory", file.last_error)
    assert.is_nil(file.last_saved)
    -- Once a save failed, a write says it will not survive a reload.
    status, headers = call(h, "PATCH", APP .. "/web1", { weight = 5 })
    assert.are.same({ 200, "no" }, { status, headers["x-persisted"] })
    assert.is_true(h:alive())
  end)
end)

describe("GET /stats/servers-state", function()
  local h

  teardown(function() stop(h) end)

  it("answers exactly what show servers state prints", function()
    h = start("${DIR}/state")
    local status, headers, _, body = call(h, "GET", "/stats/servers-state")
    assert.are.equal(200, status)
    assert.are.equal("text/plain; charset=utf-8", headers["content-type"])
    local direct = h:command("show servers state")
    -- The clock column ticks between the two reads: compare the rest.
    local function clockless(text) return (text:gsub("\n(%d+ %S+ %d+ %S+ %S+ %d+ %d+ %d+ %d+ )%d+", "\n%1-")) end
    assert.are.equal(clockless(direct), clockless(body))
    fails(h, 405, "not allowed", "PUT", "/stats/servers-state", "x")
  end)
end)
