-- Command builders and error recognition: nothing unchecked reaches a command line.
local helpers = require("helpers")
local commands = require("support.commands")
local errors = require("stats.core.errors")

local hostile = {
  "app;shutdown sessions server app/web1", "app\nset weight app/web1 0", "a b", "a/b", "a\0b",
  "", string.rep("a", 256), "%0a", "app\r", "app\t", "app%3b",
}

describe("command builders", function()
  it("build the runtime commands", function()
    assert.are.equal("get weight app/web1", (commands.getWeight("app", "web1")))
    assert.are.equal("set weight app/web1 7", (commands.setWeight("app", "web1", 7)))
    assert.are.equal("set weight app/web1 50%", (commands.setWeight("app", "web1", "50%")))
    assert.are.equal("set server app/web1 state drain", (commands.setState("app", "web1", "drain")))
    assert.are.equal("set server app/web1 health down", (commands.setHealth("app", "web1", "down")))
    assert.are.equal("enable server app/web1", (commands.enableServer("app", "web1")))
    assert.are.equal("disable server app/web1", (commands.disableServer("app", "web1")))
    assert.are.equal("show servers state app", (commands.showServersState("app")))
    assert.are.equal("show stat 3 4 -1", commands.showStat("3", 4, -1))
  end)

  it("format integral weights as integers (HAProxy refuses 7.0)", function()
    assert.are.equal("set weight app/web1 7", (commands.setWeight("app", "web1", 7.0)))
  end)

  it("refuse weights HAProxy would refuse", function()
    for _, weight in ipairs({ 7.5, -1, 257, "101%", "abc", "7", "5%;x", true, {} }) do
      local command, err = commands.setWeight("app", "web1", weight)
      assert.is_nil(command, tostring(weight))
      assert.are.equal("invalid", err.kind)
    end
  end)

  it("refuse states and healths outside HAProxy's words", function()
    assert.is_nil((commands.setState("app", "web1", "up")))
    assert.is_nil((commands.setState("app", "web1", "drain;x")))
    assert.is_nil((commands.setHealth("app", "web1", "maint")))
  end)

  it("refuse every name that is not a legal HAProxy name", function()
    for _, name in ipairs(hostile) do
      for _, build in ipairs({ commands.getWeight, commands.enableServer, commands.disableServer }) do
        local command, err = build(name, "web1")
        assert.is_nil(command, name)
        assert.are.equal("invalid", err.kind)
        command, err = build("app", name)
        assert.is_nil(command, name)
        assert.are.equal("invalid", err.kind)
      end
      assert.is_nil((commands.showServersState(name)))
      assert.is_nil((commands.proxyRef(name)))
    end
  end)

  it("accept every legal character", function()
    assert.are.equal("get weight a-b_c.d:e/Z9", (commands.getWeight("a-b_c.d:e", "Z9")))
  end)

  it("take numbers and digit strings as ids", function()
    assert.are.equal(3, commands.numericId(3))
    assert.are.equal(3, commands.numericId("3"))
    assert.is_nil(commands.numericId("3a"))
    assert.is_nil(commands.numericId(0))
    assert.is_nil(commands.numericId(1.5))
  end)
end)

describe("error recognition", function()
  local answers = helpers.error_answers()

  it("recognises HAProxy's error answers", function()
    assert.are.equal("not_found", errors.answerError("c", answers["get weight app/nope"]).kind)
    assert.are.equal("not_found", errors.answerError("c", answers["get weight nope/web1"]).kind)
    assert.are.equal("not_found", errors.answerError("c", answers["show servers state nope"]).kind)
    assert.are.equal("not_found", errors.answerError("c", answers["show stat nope -1 -1"]).kind)
    assert.are.equal("unknown_command", errors.answerError("c", answers["frobnicate"]).kind)
    assert.are.equal("permission", errors.answerError("c", helpers.fixture("permission_denied.txt")).kind)
  end)

  it("passes data answers", function()
    assert.is_nil(errors.answerError("show stat", helpers.fixture("show_stat.txt")))
    assert.is_nil(errors.answerError("show info", helpers.fixture("show_info.txt")))
  end)

  it("takes any text answering a write as a refusal, with HAProxy's words", function()
    local err = errors.writeError("set weight app/web1 300", answers["set weight app/web1 300"])
    assert.are.equal("refused", err.kind)
    assert.are.equal("Absolute weight can only be between 0 and 256 inclusive.", err.haproxy)
    assert.are.equal("set weight app/web1 300", err.command)
    assert.is_nil(errors.writeError("set weight app/web1 3", "\n"))
  end)

  it("prints as one line naming the command", function()
    local err = errors.writeError("set server app/web1 state bogus", answers["set server app/web1 state bogus"])
    assert.are.equal("haproxy.stats: set server app/web1 state bogus: 'set server <srv> state' expects 'ready', 'drain' and 'maint'.", tostring(err))
  end)
end)

describe("socket addresses", function()
  local address = require("stats.core.address")

  it("reads unix paths with or without unix@, and TCP addresses", function()
    assert.are.same({ kind = "unix", path = "/run/haproxy/admin.sock" }, (address.parseEndpoint("/run/haproxy/admin.sock")))
    assert.are.same({ kind = "unix", path = "/tmp/a.sock" }, (address.parseEndpoint("unix@/tmp/a.sock")))
    assert.are.same({ kind = "tcp", host = "127.0.0.1", port = 9999 }, (address.parseEndpoint("127.0.0.1:9999")))
    assert.are.same({ kind = "tcp", host = "127.0.0.1", port = 9999 }, (address.parseEndpoint("ipv4@127.0.0.1:9999")))
    assert.are.same({ kind = "tcp", host = "::1", port = 9999 }, (address.parseEndpoint("ipv6@[::1]:9999")))
    assert.are.same({ kind = "tcp", host = "10.0.0.1", port = 80 }, (address.parseEndpoint("10.0.0.1", 80)))
  end)

  it("refuses an empty address and an ipv4@ address without a port", function()
    assert.is_nil((address.parseEndpoint("")))
    assert.is_nil((address.parseEndpoint("ipv4@127.0.0.1")))
  end)
end)
