-- Which stats socket the API finds, and what it answers when that socket
-- is missing, absent from the configuration, or not at "level admin".
-- Each case is its own HAProxy: the socket is chosen once, at init.
local api = require("support.api")
local stats = require("haproxy.stats")


local start = api.start

describe("stats socket discovery", function()
  local h

  after_each(function()
    if h then h:stop() end
    h = nil
  end)

  it("HAPROXY_API_SOCKET wins over the configuration; a missing socket is a 503 naming it", function()
    h = start("  stats socket ${SOCK} level admin\n  setenv HAPROXY_API_SOCKET ${DIR}/missing.sock\n")
    api.fails(h, 503, "cannot connect to " .. (h.dir .. "/missing.sock"):gsub("%p", "%%%0"), "GET", "/stats")
    api.fails(h, 503, "missing.sock", "PATCH", "/stats/backends/app/servers/web1/weight", { current = 1 })
    assert.are.equal("10 (initial 10)", h:command("get weight app/web1"):match("^[^\n]+"))
  end)

  it("no stats socket at all is a 503 that says what to add", function()
    h = start("", { no_socket = true })
    api.fails(h, 503, 'add "stats socket <path> level admin" to the global section', "GET", "/stats/backends")
  end)

  it("finds a TCP stats socket", function()
    h = start("  stats socket ipv4@127.0.0.1:${PORT:cli} level admin\n", { no_socket = true })
    local status, _, info = api.call(h, "GET", "/stats/info")
    assert.are.equal(200, status)
    assert.are.equal(h.pid, info.Pid)
  end)

  it("reaches a unix socket inside HAProxy's chroot, and says why one outside cannot be", function()
    h = start("  chroot ${DIR}\n  stats socket ${SOCK} level admin\n")
    local status, _, info = api.call(h, "GET", "/stats/info")
    assert.are.equal(200, status)
    assert.are.equal(h.pid, info.Pid)
    h:stop()
    h = start("  chroot ${DIR}/jail\n  stats socket ${SOCK} level admin\n", { files = { ["jail/.keep"] = "" } })
    api.fails(h, 503, 'runs in "chroot .*/jail", where .*admin.sock does not exist: put the stats socket inside', "GET", "/stats")
  end)

  it("a socket that never answers is a 504 after HAPROXY_API_TIMEOUT", function()
    -- A TCP listener that accepts and then holds the connection, silent.
    h = start("  setenv HAPROXY_API_SOCKET 127.0.0.1:${PORT:silent}\n  setenv HAPROXY_API_TIMEOUT 0.3\n", {
      no_socket = true,
      extra = "listen silent\n  mode tcp\n  bind 127.0.0.1:${PORT:silent}\n  tcp-request inspect-delay 20s\n  tcp-request content accept if WAIT_END\n  server none 127.0.0.1:${PORT:closed}\n",
    })
    api.fails(h, 504, "no complete answer within 0.3s", "GET", "/stats/info")
  end)

  it("at level user, reads work and writes are a 502 that says to add level admin", function()
    h = start("  stats socket ${SOCK} level user\n")
    local status, _, rows = api.call(h, "GET", "/stats/backends/app/servers")
    assert.are.equal(200, status)
    assert.are.equal("web1", rows[1].svname)
    api.fails(h, 502, 'Permission denied.*needs "level admin"', "PATCH", "/stats/backends/app/servers/web1/weight", { current = 1 })
    assert.are.equal(10, stats.parse_stats(h:command("show stat app 4 -1"))[1].weight)
  end)
end)
