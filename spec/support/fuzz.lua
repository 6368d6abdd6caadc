-- Generates hostile requests for the fuzz spec, each with the statuses it
-- may get. The expectation comes from how the case was built, not from a
-- second implementation of the router: a case is built to be exactly one
-- kind of wrong (or right). Names come from the site of configs.api.
local json = require("dkjson")

local M = {}

local random = math.random

local function pick(list) return list[random(#list)] end

local function percent(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function random_bytes(min, max)
  local bytes = {}
  for i = 1, random(min, max) do bytes[i] = string.char(random(0, 255)) end
  return table.concat(bytes)
end

local function random_token(min, max)
  local chars = {}
  for i = 1, random(min, max) do
    local n = random(1, 36)
    chars[i] = n <= 26 and string.char(96 + n) or tostring(n - 27)
  end
  return table.concat(chars)
end

-- Existing names, as the server routes take them.
local SERVERS = { { "app", "web1" }, { "app", "web2" }, { "app", "dead" }, { "steer", "s1" }, { "steer", "s2" }, { "static", "s1" } }
local BACKENDS = { "app", "steer", "static", "empty", "api", "healthy" }
local FRONTENDS = { "www", "api", "healthy" }
-- Legal names nothing has ("." and ".." are legal: haproxy -c takes "backend ..").
local ABSENT = { "nope", "x.y", "a-b", "web9", "..", ".", "A:1", string.rep("z", 100) }
-- Decoded bytes HAProxy names never hold; random hostile names carry one of them.
local ILLEGAL = { ";", "\n", "\r", " ", "/", "\0", "\t", "%", "#", "?", "\"", "'", "\\", "*", "\226\128\168", "\255", "\192\128" }

--- A name that is not a legal HAProxy name, percent-encoded for a path.
local function hostile_name()
  local kind = random(4)
  if kind == 1 then return percent(pick(ILLEGAL)) end
  if kind == 2 then return percent(pick({ "web1", "s1", "app" }) .. pick(ILLEGAL) .. pick({ "", "set weight steer/s1 0", "show info", random_token(1, 8) })) end
  if kind == 3 then return string.rep("a", random(256, 400)) end
  local name = random_bytes(1, 24)
  local at = random(1, #name + 1)
  return percent(name:sub(1, at - 1) .. pick(ILLEGAL) .. name:sub(at))
end

--- A read route and its expected statuses: 200 for what exists, 404 for legal names nothing has, 400 for illegal ones.
local function read_route()
  local kind = random(10)
  if kind == 1 then return pick({ "/stats", "/stats/info", "/stats/frontends", "/stats/backends" }), { 200 } end
  local quality = random(3) -- 1 existing, 2 absent, 3 hostile
  local expect = ({ { 200 }, { 404 }, { 400 } })[quality]
  if kind == 2 then
    local name = ({ pick(FRONTENDS), percent(pick(ABSENT)), hostile_name() })[quality]
    return "/stats/frontends/" .. name, expect
  end
  if kind <= 4 then
    local name = ({ pick(BACKENDS), percent(pick(ABSENT)), hostile_name() })[quality]
    return "/stats/backends/" .. name .. (kind == 4 and "/servers" or ""), expect
  end
  local server = pick(SERVERS)
  local backend, name = server[1], server[2]
  if quality == 2 then
    if random(2) == 1 then backend = percent(pick(ABSENT)) else name = percent(pick(ABSENT)) end
  elseif quality == 3 then
    if random(2) == 1 then backend = hostile_name() else name = hostile_name() end
  end
  return "/stats/backends/" .. backend .. "/servers/" .. name .. pick({ "", "/weight", "/state" }), expect
end

--- A path no route has (any method HTTP knows gets a 404).
local function unknown_path()
  local kind = random(4)
  if kind == 1 then return "/" .. pick({ "x", "admin", "status", "info", "metrics", "" }) .. random_token(1, 12) end
  if kind == 2 then return "/stats/" .. random_token(1, 12) .. "x" end
  if kind == 3 then return pick({ "/stats/info/", "/config/", "/uname/", "/stats/frontends/www/", "/stats/backends/app/" }) .. random_token(1, 8) .. "x" end
  return "/stats/backends/steer/servers/s1/" .. pick({ "weight", "state" }) .. "/" .. random_token(1, 8)
end

local METHODS_UNKNOWN = { "FOO", "PROPFIND", "get", "Patch", "BREW", "MKCOL", "X-DELETE", "LINK" }
-- Methods no read route takes (POST and DELETE are server-route writes now).
local METHODS_OTHER = { "PUT", "TRACE" }
local JSON_TYPES = { "application/json", "application/json; charset=utf-8", "application/merge-patch+json", "APPLICATION/JSON", " application/json ;x=y" }

local function json_value(depth)
  local kind = random(depth > 2 and 5 or 7)
  if kind == 1 then return random(-1000, 1000) end
  if kind == 2 then return random() * 10 ^ random(-5, 30) * (random(2) == 1 and -1 or 1) end
  if kind == 3 then return (random_bytes(0, 8):gsub("[\128-\255]", "?")) end
  if kind == 4 then return random(2) == 1 end
  if kind == 5 then return json.null end
  local container = {}
  for i = 1, random(0, 3) do
    if kind == 6 then container[i] = json_value(depth + 1) else container[random_token(1, 6)] = json_value(depth + 1) end
  end
  return setmetatable(container, { __jsontype = kind == 6 and "array" or "object" })
end

-- Per write route: its fields and generators of valid values.
local WRITES = {
  { suffix = "/weight", field = "current", valid = function()
    if random(4) == 1 then return pick({ "0%", "100%", "50%", "1%", "25%" }) end
    return random(0, 256)
  end },
  { suffix = "/state", field = "admin_state", valid = function() return pick({ "ready", "drain", "maint" }) end },
  { suffix = "/state", field = "operational_state", valid = function() return pick({ "up", "down", "stopping" }) end },
  { suffix = "", field = "status", valid = function() return pick({ "UP", "DOWN", "MAINT", "up", "Maint" }) end },
}

local function object(pairs_list)
  local parts = {}
  for i, pair in ipairs(pairs_list) do parts[i] = json.encode(pair[1]) .. ":" .. json.encode(pair[2]) end
  return "{" .. table.concat(parts, ",") .. "}"
end

--- A body that is not a valid write for `write`, whatever the server; always a 400.
local function invalid_body(write)
  local kind = random(9)
  if kind == 1 then return json.encode(json_value(3)) end -- not an object
  if kind == 2 then return object({ { random_token(1, 10) .. "_", json_value(0) } }) end -- unknown field
  if kind == 3 then return object({ { write.field, write.valid() }, { write.field, write.valid() } }) end -- duplicate key
  if kind == 4 then return "{}" end
  if kind == 5 then return string.rep("[", random(33, 200)) .. string.rep("]", random(0, 1)) end
  if kind == 6 then
    local text = object({ { write.field, write.valid() } })
    return pick({ text:sub(1, -2), text .. ",", text:gsub(":", "="), text .. pick({ "x", "}", " 1", "\0" }), "\239\187\191" .. text, (text:gsub('"', "'")) })
  end
  if kind == 7 then return (random_bytes(1, 64):gsub("^[%s{]", "x")) end
  if kind == 8 then return pick({ "", " ", "\r\n", "null", "true", "0", '""' }) end
  -- The right field with a wrong value, as JSON text.
  local wrong = {
    ["/weight"] = { "-1", "257", "1e9", "7.5", "1e400", "-1e400", "-0.5", "99999999999999999999", '"257%"', '"101%"', '"-1%"',
      '"x"', '"10"', '""', '"50 %"', "true", "null", "{}", "[]", '"NaN"', '"Infinity"' },
    ["/state"] = { '"READY"', '"on"', '"off"', '""', '"maint "', "1", "true", "null", "[]", '"maint\\u0000"', '"maint\\nshow info"' },
    [""] = { '"PAUSED"', '""', '"U P"', '"down\\n"', "0", "false", "null" },
    ["/add"] = { "0", "65536", '"80"', "1.5", "null", "true", "-1", "[]" },
    ["/drain"] = { "0", "-1", "3601", '"10"', "true", "null", "[]", "{}", "1e400" },
    ["/bulk"] = { "-1", "257", "7.5", '"101%"', '"x"', "null", "true", "[]" },
    ["/frontend"] = { "-1", '"abc"', "1.5", "null", "2147483648", "true", '"100"' },
  }
  return "{" .. json.encode(write.field) .. ":" .. pick(wrong[write.suffix]) .. "}"
end

-- The workflow routes, each with a field and a valid value: only ever sent invalid here (always a 400),
-- so the site never changes through them; spec/24 sends them valid.
local WORKFLOWS = {
  { method = "POST", path = "/stats/backends/app/servers", suffix = "/add", field = "port", valid = function() return 80 end },
  { method = "POST", path = "/stats/backends/steer/servers/s1/drain", suffix = "/drain", field = "timeout", valid = function() return 1 end },
  { method = "PATCH", path = "/stats/backends/steer/servers", suffix = "/bulk", field = "weight", valid = function() return 5 end },
  { method = "PATCH", path = "/stats/frontends/www", suffix = "/frontend", field = "maxconn", valid = function() return 100 end },
}

--- One generated case: { method, path, headers, body, expect = { statuses }, write = true when valid }.
function M.case(site)
  local kind = random(100)
  local headers = {}
  for _ = 1, random(0, 3) do
    local value = (random_bytes(0, 120):gsub("[^\32-\126]", ""))
    headers[pick({ "X-Fuzz", "Accept", "User-Agent", "Authorization", "X-Forwarded-For", "Cookie" }) .. random(9)] = value
  end
  if random(10) == 1 then headers["Authorization"] = "Bearer " .. random_token(0, 40) end
  local query = random(8) == 1 and ("?" .. percent(random_bytes(0, 30))) or ""
  if kind <= 30 then
    local path, expect = read_route()
    -- The rows routes read ?fields= and ?type= and refuse any other parameter; /info, /weight and /state read none.
    if #query > 1 and not (path:find("/info$") or path:find("/weight$") or path:find("/state$")) then expect = { 400 } end
    return { method = pick({ "GET", "GET", "HEAD" }), path = path .. query, headers = headers, expect = expect }
  elseif kind <= 36 then
    return { method = pick({ "GET", "HEAD", "OPTIONS", "PATCH", "DELETE" }), path = unknown_path() .. query, headers = headers, expect = { 404 } }
  elseif kind <= 40 then
    return { method = pick(METHODS_UNKNOWN), path = pick({ read_route(), unknown_path() }), headers = headers, expect = { 501 } }
  elseif kind <= 43 then
    local path = read_route()
    local bad = pick({ "%zz", "%2", "%G0", "%", "a%" })
    return { method = pick({ "GET", "PATCH", "FOO" }), path = path:gsub("/[^/]*$", function() return "/" .. bad end, 1), headers = headers, expect = { 400 } }
  elseif kind <= 48 then
    local path = read_route()
    local method = pick(METHODS_OTHER)
    if random(2) == 1 then method = "OPTIONS" end
    return { method = method, path = path, headers = headers, expect = { method == "OPTIONS" and 204 or 405 } }
  end
  if kind <= 56 then
    local workflow = pick(WORKFLOWS)
    headers["Content-Type"] = pick(JSON_TYPES)
    local path = workflow.path
    if random(6) == 1 then
      -- A hostile name where a name goes, with a valid body: still a 400.
      local name = hostile_name()
      path = path:gsub(pick({ "/app/", "/steer/", "/www$", "/s1/" }), function(found) return (found:gsub("[%w]+", function() return name end, 1)) end, 1)
      if path ~= workflow.path then return { method = workflow.method, path = path, headers = headers, body = object({ { workflow.field, workflow.valid() } }), expect = { 400 } } end
    end
    return { method = workflow.method, path = path, headers = headers, body = invalid_body(workflow), expect = { 400 } }
  end
  -- Writes on server routes.
  local write = pick(WRITES)
  local target = pick(SERVERS)
  local backend, server = target[1], target[2]
  local hostile = random(6) == 1
  if hostile then
    if random(2) == 1 then backend = hostile_name() else server = hostile_name() end
  end
  local path = "/stats/backends/" .. backend .. "/servers/" .. server .. write.suffix
  headers["Content-Type"] = pick(JSON_TYPES)
  local sub = random(100)
  local case = { method = "PATCH", path = path, headers = headers }
  if hostile then
    case.body, case.expect = object({ { write.field, write.valid() } }), { 400 }
  elseif sub <= 8 then
    local wrong_type = pick({ "none", "text/plain", "application/jsonx", "json", "application/x-www-form-urlencoded", "application/json+x" })
    headers["Content-Type"] = wrong_type ~= "none" and wrong_type or nil
    case.body, case.expect = object({ { write.field, write.valid() } }), { 415 }
  elseif sub <= 13 then
    case.body, case.expect = string.rep(" ", random(8193, 40000)) .. object({ { write.field, write.valid() } }), { 413 }
  elseif sub <= 60 then
    case.body, case.expect = invalid_body(write), { 400 }
  elseif target[1] ~= "steer" then
    -- Valid writes go to the servers without health checks (steer), whose state stays where a write put it.
    case.path = path:gsub("/backends/[^/]+/servers/[^/]+", "/backends/steer/servers/" .. pick({ "s1", "s2" }))
    case.body, case.expect = object({ { write.field, write.valid() } }), { 200 }
    case.write = true
  else
    case.body, case.expect = object({ { write.field, write.valid() } }), { 200 }
    case.write = true
  end
  if case.write and random(10) == 1 then
    case.headers["Transfer-Encoding"] = "chunked"
    case.body = string.format("%x\r\n%s\r\n0\r\n\r\n", #case.body, case.body)
  end
  return case
end

return M
