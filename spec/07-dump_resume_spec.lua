-- A dump the stats socket ends before its last line is asked again and
-- resumed where it was cut (src/stats/core/client.ts, openDump). Inside
-- HAProxy 2.6 the CLI ends a dump's stream when its reader does not read for
-- about 40 ms, which a client slower than the dump makes it do: map dumps
-- sent on to such a client were cut short (issue 35, spec 33 on busy
-- machines). A fake `core` serves the dump from scripted connections.
require("helpers")

describe("a dump cut short", function()
  local client, dump, connections, logged

  --- Answers `text` on each connection, the first `cuts[i]` bytes only on connection i (then closed).
  local function serve(text, cuts, changed)
    _G.core = {
      now = function() return { sec = 1000, usec = 0 } end,
      msleep = function() end,
      yield = function() end,
      debug = 7,
      log = function(_, message) logged[#logged + 1] = message end,
      tcp = function()
        connections = connections + 1
        local n = connections
        local data = (changed and n > 1) and changed or text
        local at, stop = 1, cuts[n] or #data
        return {
          connect = function() return 1 end,
          send = function(_, line) return #line end,
          settimeout = function() return 1 end,
          close = function() return 1 end,
          receive = function(_, size)
            if at > stop then return nil, "connection closed.", nil end
            local piece = data:sub(at, math.min(stop, at + size - 1))
            at = at + #piece
            return piece
          end,
        }
      end,
    }
    package.loaded["stats.core.client"] = nil
    package.loaded["stats.core.gate"] = nil
    package.loaded["stats.core.held"] = nil
    dump = require("stats.core.client")
    client = { address = "/run/haproxy/admin.sock", timeout = 3 }
  end

  before_each(function() connections, logged = 0, {} end)
  after_each(function() _G.core = nil end)

  local function read_all()
    local reader, err = dump.openDump(client, "show map #1")
    if not reader then return nil, err end
    local parts = {}
    while true do
      local piece, failed = reader.next()
      if piece == nil then return nil, failed end
      if piece == "" then return table.concat(parts) end
      parts[#parts + 1] = piece
    end
  end

  local lines = {}
  for i = 1, 5000 do lines[i] = string.format("0x%x /path/%d backend%d", 4096 + i, i, i) end
  local text = table.concat(lines, "\n") .. "\n\n"

  it("is asked again and goes on where it was cut, each time, and says so in the debug log", function()
    serve(text, { 20000, 40000, 50001 })
    assert.are.equal(text, read_all())
    assert.are.equal(4, connections)
    assert.are.equal(3, #logged)
    assert.matches("show map #1: the stats socket ended the answer after 20000 bytes", logged[1], 1, true)
  end)

  it("is an error, not a spliced answer, when the dump is not the same when asked again", function()
    serve(text, { 20000 }, text:gsub("/path/1 ", "/path/one "))
    local answer, err = read_all()
    assert.is_nil(answer)
    assert.are.equal("closed", err.kind)
    assert.matches("was not the same when asked again", err.message, 1, true)
  end)

  it("keeps a whole answer of one piece, and an empty one, as they are", function()
    serve("Unknown map identifier.\n", {})
    assert.are.equal("Unknown map identifier.\n", read_all())
    assert.are.equal(1, connections)
  end)
end)
