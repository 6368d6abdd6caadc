-- Writes docs/http-reference.md from the OpenAPI document the API serves at
-- GET /openapi.json: the same function over the same route table
-- (src/api/openapi.ts document(), src/api/routes.ts), from the unit build
-- (build/, npm run build:unit), so the reference is what the code says.
-- npm run docs writes it; the test command fails when the committed one
-- differs (scripts/test.sh), and spec 23 checks it against a live HAProxy's
-- /openapi.json.
--
--   lua5.3 scripts/http-reference.lua > docs/http-reference.md
local root = os.getenv("HAPROXY_API_ROOT") or "."
package.path = root .. "/build/?.lua;" .. package.path
local doc = require("api.openapi").document(require("api.routes").routes)

local out = {}
local function say(...)
  out[#out + 1] = table.concat({ ... })
end

-- The sections, in the order an operator looks for them, by the routes' tags.
local SECTIONS = {
  { "index", "The API itself" },
  { "stats", "Stats, process and frontends" },
  { "servers", "Servers" },
  { "maps", "Maps" },
  { "acls", "ACLs" },
  { "tables", "Stick tables" },
  { "certificates", "TLS certificates" },
  { "sessions", "Sessions, errors, peers, resolvers" },
  { "host", "Host" },
}
local METHODS = { "get", "post", "put", "patch", "delete" }

--- A path as a reader writes it: {backend} as :backend.
local function shown(path)
  return (path:gsub("{([^}]+)}", ":%1"))
end

--- A GitHub-style anchor for a heading.
local function anchor(text)
  return (text:lower():gsub("[^%w%s%-]", ""):gsub("%s", "-"))
end

local function one_line(text)
  return (tostring(text or ""):gsub("\n", " "):gsub("|", "\\|"))
end

--- A schema in a few words: a type, an enum, a reference, an array of one.
local function type_of(schema)
  if schema == nil then return "" end
  if schema["$ref"] then
    local name = schema["$ref"]:match("([^/]+)$")
    return "[" .. name .. "](#" .. anchor(name) .. ")"
  end
  if schema.enum then
    local values = {}
    for _, value in ipairs(schema.enum) do values[#values + 1] = "`" .. tostring(value) .. "`" end
    return table.concat(values, ", ")
  end
  if schema.type == "array" then return "array of " .. type_of(schema.items) end
  local kind = schema.type
  if type(kind) == "table" then kind = table.concat(kind, " or ") end
  local bounds = {}
  if schema.minimum then bounds[#bounds + 1] = "≥ " .. schema.minimum end
  if schema.exclusiveMinimum then bounds[#bounds + 1] = "> " .. schema.exclusiveMinimum end
  if schema.maximum then bounds[#bounds + 1] = "≤ " .. schema.maximum end
  if schema.pattern then bounds[#bounds + 1] = "`" .. schema.pattern .. "`" end
  if schema.oneOf or schema.anyOf then
    local options = {}
    for _, option in ipairs(schema.oneOf or schema.anyOf) do options[#options + 1] = type_of(option) end
    return table.concat(options, " or ")
  end
  return (kind or "any") .. (#bounds > 0 and (" (" .. table.concat(bounds, ", ") .. ")") or "")
end

local function sorted_keys(map)
  local keys = {}
  for key in pairs(map or {}) do keys[#keys + 1] = key end
  table.sort(keys)
  return keys
end

--- An object schema's fields as a table.
local function fields(schema)
  local required = {}
  for _, name in ipairs(schema.required or {}) do required[name] = true end
  say("| field | type | required | description |")
  say("|---|---|---|---|")
  for _, name in ipairs(sorted_keys(schema.properties)) do
    local field = schema.properties[name]
    say("| `", name, "` | ", one_line(type_of(field)), " | ", required[name] and "yes" or "", " | ", one_line(field.description), " |")
  end
end

local function body(request)
  local content = request.content or {}
  for _, media in ipairs(sorted_keys(content)) do
    local schema = content[media].schema or {}
    say("")
    say("Body (`", media, "`", request.required and "" or ", optional", "): ", one_line(schema.description or type_of(schema)))
    if schema.properties then
      say("")
      fields(schema)
    elseif schema.type == "array" and schema.items and schema.items.properties then
      say(" Each item:")
      say("")
      fields(schema.items)
    elseif schema.oneOf then
      for _, option in ipairs(schema.oneOf) do
        if option.properties then
          say("")
          say("Or ", one_line(option.description or "an object"), ":")
          say("")
          fields(option)
        elseif option.type == "array" and option.items and option.items.properties then
          say("")
          say("Or a list, each item:")
          say("")
          fields(option.items)
        end
      end
    end
  end
end

local function operation(method, path, op)
  say("")
  say("### ", method:upper(), " ", shown(path))
  say("")
  say(one_line(op.summary), op.summary and not op.summary:match("%.$") and "." or "")
  if op.description then
    say("")
    say(op.description)
  end
  say("")
  say("Scope: `", op["x-scope"] or "read", "`.")
  local params = op.parameters or {}
  if #params > 0 then
    say("")
    say("| parameter | in | type | description |")
    say("|---|---|---|---|")
    for _, param in ipairs(params) do
      say("| `", param.name, "` | ", param["in"], param.required and "" or " (optional)", " | ", one_line(type_of(param.schema)), " | ", one_line(param.description), " |")
    end
  end
  if op.requestBody then body(op.requestBody) end
  say("")
  say("| status | answer |")
  say("|---|---|")
  for _, status in ipairs(sorted_keys(op.responses)) do
    local response = op.responses[status]
    local media = response.content and sorted_keys(response.content)[1]
    local schema = media and response.content[media].schema
    local what = one_line(response.description)
    if schema then what = what .. " (" .. (media == "application/json" and "" or ("`" .. media .. "` ")) .. one_line(type_of(schema)) .. ")" end
    say("| ", status, " | ", what, " |")
  end
end

say("# HTTP API reference")
say("")
say("<!-- Generated by scripts/http-reference.lua from the document GET /openapi.json serves; do not edit: npm run docs -->")
say("")
say("Every route, as `GET /openapi.json` describes it (OpenAPI ", doc.openapi, "). How requests and")
say("answers work in general (names in paths, limits, streaming, errors): [HTTP API](http-api.md).")
say("Paths are written `:name` for a parameter; `…/servers/:server` is `/stats/backends/:backend/servers/:server`.")

local by_tag = {}
for _, path in ipairs(sorted_keys(doc.paths)) do
  for _, method in ipairs(METHODS) do
    local op = doc.paths[path][method]
    if op then
      local tag = (op.tags or { "index" })[1]
      by_tag[tag] = by_tag[tag] or {}
      table.insert(by_tag[tag], { method, path, op })
    end
  end
end

say("")
for _, section in ipairs(SECTIONS) do
  local ops = by_tag[section[1]]
  if ops then
    local routes = {}
    for _, each in ipairs(ops) do routes[#routes + 1] = "[" .. each[1]:upper() .. " " .. shown(each[2]) .. "](#" .. anchor(each[1] .. " " .. shown(each[2])) .. ")" end
    say("- **", section[2], "**: ", table.concat(routes, ", "))
  end
end
say("- **Schemas**: ", (function()
  local names = {}
  for _, name in ipairs(sorted_keys(doc.components.schemas)) do names[#names + 1] = "[" .. name .. "](#" .. anchor(name) .. ")" end
  return table.concat(names, ", ")
end)())

for _, section in ipairs(SECTIONS) do
  local ops = by_tag[section[1]]
  if ops then
    say("")
    say("## ", section[2])
    for _, each in ipairs(ops) do operation(each[1], each[2], each[3]) end
    by_tag[section[1]] = nil
  end
end
local left = sorted_keys(by_tag)
assert(#left == 0, "routes tagged with no section here: " .. table.concat(left, ", "))

say("")
say("## Schemas")
for _, name in ipairs(sorted_keys(doc.components.schemas)) do
  local schema = doc.components.schemas[name]
  say("")
  say("### ", name)
  if schema.description then
    say("")
    say(one_line(schema.description))
  end
  if schema.properties then
    say("")
    fields(schema)
    if schema.additionalProperties and schema.additionalProperties ~= false then
      say("")
      say("Other fields: ", one_line(type_of(schema.additionalProperties)), ".")
    end
  elseif schema.type then
    say("")
    say(one_line(type_of(schema)), ".")
  end
end

io.write(table.concat(out, "\n"), "\n")
