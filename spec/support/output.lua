-- busted's utfTerminal output, with every failure naming the HAProxy it ran
-- on (the test command runs the specs once per HAProxy of its matrix):
-- "... [HAProxy 3.0.11, Lua 5.4]". Used with `busted -o spec/support/output.lua`.
local haproxy = require("support.haproxy")

return function(options)
  local handler = require("busted.outputHandlers.utfTerminal")(options)
  local full_name = handler.getFullName
  -- The unit specs start no HAProxy: the test command names their Lua instead.
  local where = os.getenv("HAPROXY_SPEC_LABEL") or haproxy.describe()
  handler.getFullName = function(element)
    return full_name(element) .. " [" .. where .. "]"
  end
  return handler
end
