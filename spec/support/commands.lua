-- The command lines the operations' declarations build (stats/core/operation.ts),
-- under the builder names the command specs use: each checks its arguments
-- exactly as the library does before it sends anything.
local operation = require("stats.core.operation")
local servers = require("stats.servers.operations")
local proxies = require("stats.proxies.operations")
local process = require("stats.process.operations")
local names = require("stats.core.names")
local plan = require("stats.process.plan")

local M = {}

--- client:<method>(...)'s command line, or nil and the library's error.
function M.build(op, ...)
  local values = {}
  for i, name in ipairs(operation.parameterNames(op)) do values[name] = select(i, ...) end
  local words, name, problem = operation.check(op, values)
  if not words then return nil, operation.refusal(op, name, values[name], problem) end
  return op.command(words)
end

local function builder(op) return function(...) return M.build(op, ...) end end

M.setWeight = builder(servers.setWeight)
M.setState = builder(servers.setState)
M.setHealth = builder(servers.setHealth)
M.enableServer = builder(servers.enableServer)
M.disableServer = builder(servers.disableServer)
M.setServerAddress = builder(servers.setAddress)
M.setMaxconn = builder(servers.setMaxconn)
M.setHealthCheck = builder(servers.setHealthCheck)
M.setAgentCheck = builder(servers.setAgentCheck)
M.shutdownSessions = builder(servers.shutdownSessions)
M.addServer = builder(servers.addServer)
M.delServer = builder(servers.delServer)
M.setFrontendState = builder(proxies.setFrontendState)
M.setFrontendMaxconn = builder(proxies.setFrontendMaxconn)
M.clearCounters = builder(process.clearCounters)

function M.getWeight(backend, server)
  local path, err = names.serverPath(backend, server)
  if not path then return nil, err end
  return "get weight " .. path
end

function M.showServersState(backend)
  local problem = names.nameProblem(backend)
  if problem then return nil, names.invalidName("backend", backend, problem) end
  return "show servers state " .. backend
end

M.proxyRef = names.proxyRef
M.numericId = names.numericId
M.showStat = plan.showStat

return M
