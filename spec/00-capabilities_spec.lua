-- What the running HAProxy can do, decided from its version (src/stats/core/capabilities.ts):
-- the releases read in HAProxy's source, and the lost-data bug's range.
require("helpers")
local capabilities = require("stats.core.capabilities")

describe("capabilities", function()
  it("reads versions as HAProxy and the distributions print them", function()
    assert.are.same({ 2, 6, 12, false }, { capabilities.parseVersion("2.6.12-1+deb12u4") })
    assert.are.same({ 3, 0, 11, false }, { capabilities.parseVersion("3.0.11-1+deb13u4") })
    assert.are.same({ 2, 8, 5, false }, { capabilities.parseVersion("2.8.5-1ubuntu3") })
    assert.are.same({ 3, 2, 0, true }, { capabilities.parseVersion("3.2-dev11-7e1b2d3") })
    assert.are.same({ 3, 4, 0, false }, { capabilities.parseVersion("3.4.0") })
    assert.are.same({ 0, 0, 0, false }, { capabilities.parseVersion("") })
  end)

  it("knows which releases drop buffered request data on a yield (fix b81ab159a)", function()
    for version, drops in pairs({
      ["2.6.12-1+deb12u4"] = false,
      ["2.8.0"] = true,
      ["2.8.5-1ubuntu3"] = true,
      ["2.9.10-1ubuntu1"] = true,
      ["3.0.0"] = true,
      ["3.0.9"] = true,
      ["3.0.10"] = false,
      ["3.0.11-1+deb13u4"] = false,
      ["3.1.5"] = true,
      ["3.2-dev10"] = true,
      ["3.2.0"] = false,
      ["3.2.26-1"] = false,
      ["3.4.0"] = false,
    }) do
      assert.are.equal(drops, capabilities.dropsRequestData(version), version)
    end
  end)

  it("tells each release's Lua API and CLI apart", function()
    local probes = { getters = false, eventBus = false, patref = false }
    local old = capabilities.capabilitiesOf("2.6.12-1+deb12u4", "Lua 5.3", probes)
    assert.are.same({ 206, false, false, false, false }, { old.release, old.liveServers, old.cliFirstLineOnly, old.statsCallYields, old.delServerWaits })
    local lts = capabilities.capabilitiesOf("3.0.11", "Lua 5.4", { getters = true, eventBus = true, patref = false })
    assert.are.same({ 300, true, true, false, false, true }, { lts.release, lts.liveServers, lts.cliFirstLineOnly, lts.statsCallYields, lts.delServerWaits, lts.eventBus })
    local newest = capabilities.capabilitiesOf("3.3.2", "Lua 5.4", { getters = true, eventBus = true, patref = true })
    assert.are.same({ true, true, true }, { newest.statsCallYields, newest.delServerWaits, newest.patref })
  end)
end)
