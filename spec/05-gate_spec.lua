-- The gate that bounds stats-socket connections and API writes inside
-- HAProxy (src/stats/gate.ts). A fake `core` runs each caller as a coroutine:
-- core.yield() hands over to the next one, and the clock moves 1 ms per round.
require("helpers")

describe("gate", function()
  local gate, clock, tasks

  setup(function()
    _G.core = {
      now = function() return { sec = clock // 1000, usec = (clock % 1000) * 1000 } end,
      yield = coroutine.yield,
    }
    gate = require("stats.core.gate")
  end)

  teardown(function()
    _G.core = nil
  end)

  before_each(function()
    clock, tasks = 1000000, {}
  end)

  --- Starts `fn` as a task; returns a record of what it got.
  local function spawn(fn)
    local task = { co = coroutine.create(fn) }
    tasks[#tasks + 1] = task
    local _, result = assert(coroutine.resume(task.co, task))
    task.result = result
    return task
  end

  --- Runs every waiting task once per ms, `rounds` times.
  local function run(rounds)
    for _ = 1, rounds do
      clock = clock + 1
      for _, task in ipairs(tasks) do
        if coroutine.status(task.co) == "suspended" then
          local _, result = assert(coroutine.resume(task.co))
          task.result = result
        end
      end
    end
  end

  it("lets `capacity` holders in at once, without waiting", function()
    local g = gate.newGate(2)
    assert.is_table(spawn(function() return gate.enter(g, 1, 10) end).result)
    assert.is_table(spawn(function() return gate.enter(g, 1, 10) end).result)
    assert.are.equal(2, g.count)
  end)

  it("makes the next one wait until its deadline", function()
    local g = gate.newGate(1)
    gate.enter(g, 1, 10)
    local waiter = spawn(function() return gate.enter(g, 0.05, 10) or "timed out" end)
    run(49)
    assert.are.equal("suspended", coroutine.status(waiter.co))
    run(1)
    assert.are.equal("timed out", waiter.result)
  end)

  it("admits waiters in arrival order as holders leave", function()
    local g = gate.newGate(1)
    local holder = gate.enter(g, 1, 10)
    local order = {}
    for i = 1, 3 do
      spawn(function(task)
        task.slot = gate.enter(g, 1, 10)
        order[#order + 1] = i
        coroutine.yield()
        gate.leave(g, task.slot)
      end)
    end
    run(5)
    assert.are.same({}, order)
    gate.leave(g, holder)
    run(10)
    assert.are.same({ 1, 2, 3 }, order)
    assert.are.equal(0, g.count)
  end)

  it("takes back a slot whose holder vanished, once past its expiry; its late leave counts nothing", function()
    local g = gate.newGate(1)
    local vanished = gate.enter(g, 1, 0.02)
    local waiter = spawn(function() return gate.enter(g, 1, 10) end)
    run(20)
    assert.is_nil(waiter.result)
    run(1)
    assert.is_table(waiter.result)
    gate.leave(g, vanished)
    assert.are.equal(1, g.count)
  end)

  it("skips a waiter that vanished from the queue, a second after its deadline", function()
    local g = gate.newGate(1)
    local holder = gate.enter(g, 5, 10)
    spawn(function() return gate.enter(g, 0.01, 10) end)
    tasks[1].co = coroutine.create(function() end) -- its coroutine is dropped, as HAProxy does on abort
    local later = spawn(function() return gate.enter(g, 5, 10) end)
    gate.leave(g, holder)
    run(1000)
    assert.is_nil(later.result)
    run(20)
    assert.is_table(later.result)
  end)
end)
