-- Loaded by busted before every spec (see .busted): module paths for the
-- compiled Lua. Unit specs require modules from build/ (every source file
-- compiled on its own); integration specs use the shipped bundles in dist/.
local root = os.getenv("HAPROXY_API_ROOT") or "."
package.path = table.concat({
  root .. "/build/?.lua",
  root .. "/dist/?.lua",
  root .. "/spec/?.lua",
  package.path,
}, ";")

local M = {}

function M.fixture(name)
  local file = assert(io.open(root .. "/spec/fixtures/" .. name, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

--- The answers of spec/fixtures/errors.txt, by command.
function M.error_answers()
  local answers = {}
  local text = M.fixture("errors.txt")
  for command, answer in text:gmatch("### ([^\n]+)\n(.-)%f[#\0]") do answers[command] = answer end
  return answers
end

return M
