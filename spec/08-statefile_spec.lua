-- Where the server-state files are, read from a configuration as HAProxy
-- resolves them (src/host/statefile.ts): global and local loading, defaults
-- inheritance, server-state-base, and HAPROXY_API_STATE_FILE winning.
describe("server-state files", function()
  local statefile

  setup(function()
    statefile = require("host.statefile")
  end)

  local config = [[
global
  server-state-base /var/state
  server-state-file global.state
defaults
  load-server-state-from-file global
backend a
  server s1 127.0.0.1:1
backend b
  load-server-state-from-file none
defaults named
  load-server-state-from-file local
backend c
  server-state-file-name c-file
backend d
listen e
  load-server-state-from-file global
frontend f
  load-server-state-from-file local
]]

  it("resolves the global file under server-state-base, and who loads it", function()
    local files = statefile.stateFiles(config, nil)
    assert.are.equal("/var/state/global.state", files.global)
    assert.are.same({ a = true, e = true }, files.globalBackends)
    assert.matches('"server%-state%-file global.state" under "server%-state%-base /var/state"', files.source)
    assert.are.equal("/var/state/global.state.added", files.addedServers)
  end)

  it("gives local backends their own file: server-state-file-name, else the backend's name", function()
    assert.are.same({ c = "/var/state/c-file", d = "/var/state/d" }, statefile.stateFiles(config, nil).localFiles)
  end)

  it("takes an absolute file as is, and HAPROXY_API_STATE_FILE over the configuration", function()
    assert.are.equal("/abs/file", statefile.resolvePath("/var/state", "/abs/file"))
    assert.are.equal("rel", statefile.resolvePath(nil, "rel"))
    assert.are.equal("/base/rel", statefile.resolvePath("/base/", "rel"))
    local files = statefile.stateFiles(config, "/elsewhere/s")
    assert.are.same({ "/elsewhere/s", "HAPROXY_API_STATE_FILE", "/elsewhere/s.added" }, { files.global, files.source, files.addedServers })
  end)

  it("finds nothing in a configuration without state files", function()
    local files = statefile.stateFiles("global\n  maxconn 10\nbackend a\n  server s 127.0.0.1:1\n", nil)
    assert.is_nil(files.global)
    assert.is_nil(files.addedServers)
    assert.are.same({}, files.localFiles)
  end)
end)
