-- The gate that bounds stats-socket connections and API writes inside
-- HAProxy (src/stats/gate.ts), with a fake `core` whose clock only moves
-- when the code sleeps.
require("helpers")

describe("gate", function()
  local gate, clock, slept

  setup(function()
    _G.core = { now = function() return { sec = clock // 1000, usec = (clock % 1000) * 1000 } end }
    gate = require("stats.gate")
  end)

  teardown(function()
    _G.core = nil
  end)

  before_each(function()
    clock, slept = 1000000, 0
    core.msleep = function(ms) slept = slept + 1; clock = clock + ms end
  end)

  it("lets `capacity` holders in at once, without waiting", function()
    local g = gate.newGate(2)
    assert.is_table(gate.enter(g, 1, 10))
    assert.is_table(gate.enter(g, 1, 10))
    assert.are.equal(0, slept)
    assert.are.equal(2, g.count)
  end)

  it("makes the next one wait until its deadline, sleeping 1 ms at a time", function()
    local g = gate.newGate(1)
    gate.enter(g, 1, 10)
    assert.is_nil(gate.enter(g, 0.05, 10))
    assert.are.equal(50, slept)
  end)

  it("admits a waiter as soon as a holder leaves", function()
    local g = gate.newGate(1)
    local first = gate.enter(g, 1, 10)
    core.msleep = function(ms)
      slept = slept + 1; clock = clock + ms
      if slept == 3 then gate.leave(g, first) end
    end
    assert.is_table(gate.enter(g, 1, 10))
    assert.are.equal(3, slept)
    assert.are.equal(1, g.count)
  end)

  it("takes back a slot whose holder vanished, once past its expiry; its late leave counts nothing", function()
    local g = gate.newGate(1)
    local vanished = gate.enter(g, 1, 0.02)
    assert.is_table(gate.enter(g, 1, 10))
    assert.are.equal(21, slept)
    gate.leave(g, vanished)
    assert.are.equal(1, g.count)
  end)
end)
