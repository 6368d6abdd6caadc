-- The Ansible collection (ansible/ansible_collections/haproxy_api/runtime)
-- against three real HAProxies on loopback, one per node of an inventory
-- (ansible_connection: local, a URL and a token each), run by Debian's
-- ansible-playbook: the rolling recipe (ansible/playbooks/rolling-drain.yml)
-- on a real session, idempotence, check mode, diff, a wrong token, an
-- unknown server, a node that is down, maps and ACLs, facts; and the same
-- rollout with community.general.haproxy through the stats sockets. Every
-- effect is read on each node's stats socket, or through its proxied traffic.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local json = require("dkjson")
local socket = require("socket")

local ROOT = haproxy.root
local HOLD_SECONDS = 2

--- A node: the API with its own token, a frontend whose backend app has web1 (on a listener
--- that holds each request HOLD_SECONDS, so a drain has a session to wait for) and web2,
--- a target web1 may move to, a routes map and a blocklist ACL.
local function node_config(token)
  return configs.api_globals("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_TOKEN " .. token .. "\n") .. string.format([[
frontend www
  bind 127.0.0.1:${PORT:www}
  http-request deny deny_status 403 if { req.hdr_ip(x-src) -f ${DIR}/blocklist.acl }
  use_backend %%[path,map_beg(${DIR}/routes.map,app)]
listen healthy
  bind 127.0.0.1:${PORT:healthy}
  http-request return status 200 content-type text/plain string healthy
listen moved
  bind 127.0.0.1:${PORT:moved}
  http-request return status 200 content-type text/plain string moved
listen hold
  mode tcp
  bind 127.0.0.1:${PORT:hold}
  tcp-request inspect-delay %ds
  tcp-request content accept if WAIT_END
  server none 127.0.0.1:${PORT:closed}
backend app
  use-server web1 if { path_beg /held }
  server web1 127.0.0.1:${PORT:hold} weight 10
  server web2 127.0.0.1:${PORT:healthy} weight 10
backend api_be
  http-request return status 200 content-type text/plain string api
]], HOLD_SECONDS)
end

local function start_node(index)
  local token = string.format("node%d-%s", index, string.rep(string.char(96 + index), 24))
  local h = haproxy.start(node_config(token), { files = { ["routes.map"] = "/static app\n", ["blocklist.acl"] = "192.0.2.1\n" } })
  h:wait_for(function() return haproxy.http(h.ports.api, "GET", "/uname") ~= nil end, "the API")
  h.token = token
  return h
end

local write_file = haproxy.write_file

--- An inventory of the nodes (their URLs, tokens, sockets, files), with `overrides[i]` host vars, in `name`.yml.
local function inventory(nodes, dir, name, overrides)
  local lines = { "haproxies:", "  hosts:" }
  for index, h in ipairs(nodes) do
    local vars = {
      ansible_connection = "local",
      ansible_python_interpreter = "/usr/bin/python3",
      haproxy_api_url = "http://127.0.0.1:" .. h.ports.api,
      haproxy_api_token = h.token,
      haproxy_socket = h.sock,
      routes_map = h.dir .. "/routes.map",
      blocklist_acl = h.dir .. "/blocklist.acl",
      new_address = "127.0.0.1",
      new_port = h.ports.moved,
    }
    for name, value in pairs(overrides and overrides[index] or {}) do vars[name] = value end
    lines[#lines + 1] = "    node" .. index .. ": " .. json.encode(vars)
  end
  local path = dir .. "/" .. name .. ".yml"
  write_file(path, table.concat(lines, "\n") .. "\n")
  return path
end

--- Runs ansible-playbook (bounded in time) with the json callback: the decoded report
--- ({plays, stats}) and the exit status. `args` are more command-line words (shell-quoted by us).
local function playbook(inventory_path, book, vars, args)
  local words = { "timeout 180 ansible-playbook", "-i", inventory_path, book }
  if vars then words[#words + 1] = "-e '" .. json.encode(vars) .. "'" end
  for _, arg in ipairs(args or {}) do words[#words + 1] = arg end
  local env = table.concat({
    "ANSIBLE_COLLECTIONS_PATH=" .. ROOT .. "/ansible",
    "ANSIBLE_STDOUT_CALLBACK=ansible.posix.json",
    "ANSIBLE_NOCOLOR=1",
    "ANSIBLE_RETRY_FILES_ENABLED=0",
    "ANSIBLE_DEPRECATION_WARNINGS=0",
    "ANSIBLE_LOCALHOST_WARNING=0",
  }, " ")
  local pipe = assert(io.popen(env .. " " .. table.concat(words, " ") .. " 2>/dev/null; echo \"exit=$?\""))
  local out = pipe:read("*a")
  pipe:close()
  local code = tonumber(out:match("exit=(%d+)%s*$"))
  local report = json.decode((out:gsub("exit=%d+%s*$", "")))
  assert(type(report) == "table", "ansible-playbook said no JSON (exit " .. tostring(code) .. "): " .. out:sub(1, 2000))
  return report, code
end

--- The results of the task named `name`, by host, across the plays as run (serial makes one per batch).
local function task_results(report, name)
  local by_host = {}
  for _, play in ipairs(report.plays) do
    for _, task in ipairs(play.tasks) do
      if task.task.name == name then
        for host, result in pairs(task.hosts) do by_host[host] = result end
      end
    end
  end
  return by_host
end

--- What failed in a run, to say why a spec expected otherwise.
local function failures(report)
  local said = {}
  for _, play in ipairs(report.plays or {}) do
    for _, task in ipairs(play.tasks) do
      for host, result in pairs(task.hosts) do
        if result.failed then said[#said + 1] = host .. " (" .. task.task.name .. "): " .. tostring(result.msg) end
      end
    end
  end
  return table.concat(said, "\n")
end

local function stats_of(report, host)
  return report.stats[host]
end

local function state_of(h, backend, server)
  local answer = h:command("show servers state " .. backend)
  for line in answer:gmatch("[^\n]+") do
    local fields = {}
    for field in line:gmatch("%S+") do fields[#fields + 1] = field end
    if fields[4] == server then
      return { addr = fields[5], admin = tonumber(fields[7]), weight = tonumber(fields[8]), port = tonumber(fields[19]) }
    end
  end
end

local function slim_of(h, backend, server)
  for _, row in ipairs(require("haproxy.stats").parse_stats(h:command("show stat " .. backend .. " 4 -1"))) do
    if row.svname == server then return row.slim end
  end
end

--- Opens a request through the node's frontend to web1 (the hold listener) and waits until web1 has it.
local function hold_session(h)
  local conn = socket.tcp()
  conn:settimeout(10)
  assert(conn:connect("127.0.0.1", h.ports.www))
  assert(conn:send("GET /held HTTP/1.1\r\nHost: x\r\n\r\n"))
  -- Any current session counts (a request held by an earlier test may still be ending);
  -- the row is in the message if none comes.
  local row
  local ok, err = pcall(h.wait_for, h, function()
    row = h:command("show stat app 4 -1"):match("\n(app,web1,[^\n]*)")
    return row ~= nil and row:match("^app,web1,%d*,%d*,([1-9]%d*),") ~= nil
  end, "a session on app/web1")
  if not ok then error(tostring(err) .. ": " .. tostring(row), 2) end
  return conn
end

local MAINT = 1 -- SRV_ADMF_FMAINT
local DRAIN = 8 -- SRV_ADMF_FDRAIN

describe("the Ansible collection, against three HAProxies", function()
  local nodes, dir, inv

  setup(function()
    dir = (io.popen("mktemp -d /tmp/haproxy-api-ansible.XXXXXX"):read("*l"))
    nodes = {}
    for index = 1, 3 do nodes[index] = start_node(index) end
    inv = inventory(nodes, dir, "fleet")
  end)

  teardown(function()
    for _, h in ipairs(nodes or {}) do h:stop() end
    if dir then os.execute("rm -rf " .. dir) end
  end)

  it("renders each module's documentation with ansible-doc", function()
    for _, module in ipairs({ "server", "map", "acl", "info" }) do
      local pipe = assert(io.popen("ANSIBLE_COLLECTIONS_PATH=" .. ROOT .. "/ansible timeout 60 ansible-doc -t module haproxy_api.runtime." .. module .. " 2>&1; echo \"exit=$?\""))
      local out = pipe:read("*a")
      pipe:close()
      assert.is_truthy(out:find("exit=0%s*$"), out)
      assert.is_truthy(out:find("HAPROXY_API.RUNTIME." .. module:upper(), 1, true), out)
      assert.is_truthy(out:find("= url", 1, true), out) -- the connection options, from the doc fragment
    end
  end)

  it("rolls a drain across the nodes: waits for a real session, moves the server, puts it back with a ramp", function()
    local held = hold_session(nodes[1])
    local report, code = playbook(inv, ROOT .. "/ansible/playbooks/rolling-drain.yml", { server = "web1", drain_timeout = 30, ramp = 2 })
    held:close()
    assert.are.equal(0, code, failures(report))
    local drained = task_results(report, "Drain app/web1 and wait for its sessions to end")
    -- node1 had a session lasting HOLD_SECONDS: its drain waited for it to end.
    assert.is_true(drained.node1.drained.drained)
    assert.is_true(drained.node1.drained.waited_ms >= 500, "the drain did not wait: " .. json.encode(drained.node1.drained))
    for index, h in ipairs(nodes) do
      local state = state_of(h, "app", "web1")
      assert.are.same({ 0, h.ports.moved }, { state.admin, state.port }, "node" .. index)
      assert.are.equal(3, stats_of(report, "node" .. index).changed)
      -- Traffic to web1 reaches its new address.
      h:wait_for(function()
        local _, _, body = haproxy.http(h.ports.www, "GET", "/x")
        return body == "moved"
      end, "traffic on web1's new address")
    end
  end)

  it("changes nothing the second time, and says so", function()
    local first = playbook(inv, ROOT .. "/ansible/tests/server.yml", { weight = 20, maxconn = 50 })
    for index = 1, 3 do assert.are.equal(1, stats_of(first, "node" .. index).changed) end
    local second, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", { weight = 20, maxconn = 50 })
    assert.are.equal(0, code, failures(second))
    for index, h in ipairs(nodes) do
      assert.are.equal(0, stats_of(second, "node" .. index).changed, "node" .. index)
      assert.are.equal(20, state_of(h, "app", "web2").weight)
      assert.are.equal(50, slim_of(h, "app", "web2"))
    end
  end)

  it("in check mode says what would change and changes nothing; in diff mode shows before and after", function()
    local before = {}
    for index, h in ipairs(nodes) do before[index] = { state_of(h, "app", "web2"), slim_of(h, "app", "web2") } end
    local report, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", { weight = 30, maxconn = 50 }, { "--check", "--diff" })
    assert.are.equal(0, code, failures(report))
    local results = task_results(report, "Set app/web2")
    for index, h in ipairs(nodes) do
      local result = results["node" .. index]
      assert.is_true(result.changed)
      assert.are.same({ 20, 30 }, { result.diff.before.weight, result.diff.after.weight })
      assert.are.equal(30, result.server.weight) -- as it would be
      -- Nothing changed on the socket.
      assert.are.same(before[index], { state_of(h, "app", "web2"), slim_of(h, "app", "web2") })
      assert.are.equal(20, state_of(h, "app", "web2").weight)
    end
  end)

  it("fails a node whose token is wrong, and one whose server is unknown, with the API's message; the others apply", function()
    local wrong = inventory(nodes, dir, "wrong-token", { [2] = { haproxy_api_token = "not-the-token" } })
    local report, code = playbook(wrong, ROOT .. "/ansible/tests/server.yml", { weight = 12 })
    assert.are_not.equal(0, code)
    local results = task_results(report, "Set app/web2")
    assert.is_true(results.node2.failed)
    assert.is_truthy(results.node2.msg:find("401", 1, true), results.node2.msg)
    assert.are.same({ 12, 20, 12 }, { state_of(nodes[1], "app", "web2").weight, state_of(nodes[2], "app", "web2").weight, state_of(nodes[3], "app", "web2").weight })

    report, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", { server = "nosuch", weight = 5 })
    assert.are_not.equal(0, code)
    results = task_results(report, "Set app/nosuch")
    for index = 1, 3 do
      assert.is_true(results["node" .. index].failed)
      assert.is_truthy(results["node" .. index].msg:find("no such server: app/nosuch", 1, true), results["node" .. index].msg)
    end
    assert.are.equal(12, state_of(nodes[1], "app", "web2").weight)
  end)

  it("drains and deletes a server added at runtime, and adds it back", function()
    local add = { server = "web9", address = "127.0.0.1", port = nodes[1].ports.healthy, weight = 7, admin_state = "ready" }
    local report, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", add)
    assert.are.equal(0, code, failures(report))
    for index, h in ipairs(nodes) do
      local state = state_of(h, "app", "web9")
      assert.are.same({ 0, 7 }, { state.admin, state.weight }, "node" .. index)
      assert.are.equal(1, stats_of(report, "node" .. index).changed)
    end
    report, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", add)
    assert.are.equal(0, code, failures(report))
    for index = 1, 3 do assert.are.equal(0, stats_of(report, "node" .. index).changed) end
    report, code = playbook(inv, ROOT .. "/ansible/tests/server.yml", { server = "web9", server_state = "absent", wait = true, drain_timeout = 5 })
    assert.are.equal(0, code, failures(report))
    for index, h in ipairs(nodes) do
      assert.is_nil(state_of(h, "app", "web9"), "node" .. index)
      assert.are.equal(1, stats_of(report, "node" .. index).changed)
    end
  end)

  it("stops the rollout at a node that is down: the node before is done, the node after untouched", function()
    for _, h in ipairs(nodes) do h:command("set server app/web1 addr 127.0.0.1 port " .. h.ports.healthy) end
    local down = nodes[2]
    local saved_port = down.ports.api
    -- Node 2 is down: nothing listens where its API was.
    local dead = inventory(nodes, dir, "node2-down", { [2] = { haproxy_api_url = "http://127.0.0.1:" .. haproxy.free_port() } })
    local report, code = playbook(dead, ROOT .. "/ansible/playbooks/rolling-drain.yml", { server = "web1", drain_timeout = 5, ramp = 1 })
    assert.are_not.equal(0, code)
    assert.are.equal(nodes[1].ports.moved, state_of(nodes[1], "app", "web1").port)
    assert.are.equal(0, state_of(nodes[1], "app", "web1").admin)
    local drained = task_results(report, "Drain app/web1 and wait for its sessions to end")
    assert.is_true(drained.node2.failed)
    assert.is_nil(drained.node3, "the rollout went on past the failed node")
    assert.are.same({ 0, nodes[3].ports.healthy }, { state_of(nodes[3], "app", "web1").admin, state_of(nodes[3], "app", "web1").port })
    assert.are.equal(saved_port, down.ports.api)
  end)

  it("keeps map entries and ACL patterns present, absent or replaced, refusing what HAProxy refuses", function()
    local report, code = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { map_entries = { ["/api"] = "api_be" }, acl_patterns = { "198.51.100.7" } })
    assert.are.equal(0, code, failures(report))
    for index, h in ipairs(nodes) do
      assert.are.equal(2, stats_of(report, "node" .. index).changed)
      local _, _, body = haproxy.http(h.ports.www, "GET", "/api/x")
      assert.are.equal("api", body)
      assert.are.equal(403, (haproxy.http(h.ports.www, "GET", "/", nil, { ["X-Src"] = "198.51.100.7" })))
    end
    report = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { map_entries = { ["/api"] = "api_be" }, acl_patterns = { "198.51.100.7" } })
    for index = 1, 3 do assert.are.equal(0, stats_of(report, "node" .. index).changed) end
    -- The whole map replaced, in check mode first (nothing changes), then for real.
    report = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { map_entries = { ["/v2"] = "api_be" }, map_replace = true }, { "--check", "--diff" })
    local planned = task_results(report, "The routes map").node1
    assert.is_true(planned.changed)
    assert.are.equal("/static app\n/api api_be\n", planned.diff.before)
    assert.are.equal("/v2 api_be\n", planned.diff.after)
    assert.is_truthy(nodes[1]:command("show map " .. nodes[1].dir .. "/routes.map"):find("/api api_be", 1, true))
    report, code = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { map_entries = { ["/v2"] = "api_be" }, map_replace = true })
    assert.are.equal(0, code, failures(report))
    for _, h in ipairs(nodes) do
      local listed = h:command("show map " .. h.dir .. "/routes.map")
      assert.is_truthy(listed:find(" /v2 api_be", 1, true), listed)
      assert.is_nil(listed:find("/api ", 1, true), listed)
    end
    -- An ACL of addresses refuses a word: HAProxy's message, nothing added.
    report, code = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { acl_patterns = { "not-an-address" } })
    assert.are_not.equal(0, code)
    local refused = task_results(report, "The blocklist ACL").node1
    assert.is_true(refused.failed)
    assert.is_truthy(refused.msg:find("not-an-address", 1, true), refused.msg)
    assert.is_nil(nodes[1]:command("show acl " .. nodes[1].dir .. "/blocklist.acl"):find("not-an-address", 1, true))
    -- Absent.
    report, code = playbook(inv, ROOT .. "/ansible/tests/patterns.yml", { acl_patterns = { "198.51.100.7" }, acl_state = "absent" })
    assert.are.equal(0, code, failures(report))
    for _, h in ipairs(nodes) do
      assert.are.equal(200, (haproxy.http(h.ports.www, "GET", "/", nil, { ["X-Src"] = "198.51.100.7" })))
    end
  end)

  it("reads each node's servers as facts", function()
    for _, h in ipairs(nodes) do h:command("set weight app/web2 10") end
    local report, code = playbook(inv, ROOT .. "/ansible/tests/info.yml")
    assert.are.equal(0, code, failures(report))
    local facts = task_results(report, "Read the servers").node3.ansible_facts.haproxy_api
    assert.are.equal(nodes[3].ports.healthy, facts.backends.app.servers.web1.port)
    assert.is_nil(facts.backends.api_be) -- only the backends asked for
  end)

  it("runs the same rollout with community.general.haproxy through the stats sockets", function()
    nodes[1]:command("set server app/web1 addr 127.0.0.1 port " .. nodes[1].ports.hold)
    local held = hold_session(nodes[1])
    local report, code = playbook(inv, ROOT .. "/ansible/tests/community-rolling.yml")
    held:close()
    assert.are.equal(0, code, failures(report))
    for index, h in ipairs(nodes) do
      assert.are.equal(0, state_of(h, "app", "web1").admin, "node" .. index)
      assert.is_true(stats_of(report, "node" .. index).changed >= 2, "node" .. index)
    end
  end)
end)
