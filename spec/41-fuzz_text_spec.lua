-- Free text against the runtime commands: random keys, values and table keys,
-- heavy in what ends a CLI word or command (";", "\", blanks, CR, LF, NUL,
-- "#", "<<", injected commands), sent through the map, ACL and table routes. A
-- model says what the map and the ACL must hold; after every request the
-- stats socket, read directly, must hold exactly that: each write stored
-- its text literally, each refusal (400) changed nothing, nothing else ran.
-- FUZZ_SEED and FUZZ_TEXT_COUNT change the run.
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")

local SEED = tonumber(os.getenv("FUZZ_SEED") or "20261124")
local COUNT = tonumber(os.getenv("FUZZ_TEXT_COUNT") or "1500")

local random = math.random
local function pick(list) return list[random(#list)] end

local PIECES = {
  ";", "\\", " ", "\t", "#", "%", "\"", "'", "$", "{", "}", "=", "/", "\\;", "\\ ", "\\\\",
  "a", "b", "Z", "9", "-", ".", "é", "€", "😀",
  "; clear map #", ";show info", "\\;del acl #", " set weight app/web1 0", "#0x1", "@1",
  "<", "<<", "<<END", " <<",
}
local BREAKERS = { "\r", "\n", "\0", "\r\n", "\v", "\f" }

--- Random text; `breaking` puts in a byte refused by name (CR, LF, NUL, vertical tab, form feed).
local function text(breaking)
  local parts = {}
  for i = 1, random(1, 12) do parts[i] = pick(PIECES) end
  if breaking then table.insert(parts, random(1, #parts + 1), pick(BREAKERS)) end
  return table.concat(parts)
end

--- A map key: text without blanks (or with, to be refused).
local function key(blank)
  local k = text(false):gsub("[ \t]", "_")
  if blank then k = k .. pick({ " ", "\t" }) .. "x" end
  return k
end

--- "show map" / "show acl" read directly: the entries as "key value" or "value" lines, in order.
local function listed(h, kind, file)
  local lines = {}
  for line in h:command("show " .. kind .. " " .. h.dir .. "/" .. file):gmatch("[^\n]+") do
    lines[#lines + 1] = line:match("^0x%x+ (.*)$")
  end
  return table.concat(lines, "\n")
end

describe("fuzz: free text", function()
  local h, map_path, acl_path

  setup(function()
    h = api.start("  stats socket ${SOCK} mode 600 level admin\n", { extra = configs.runtime_site, files = configs.runtime_files })
    map_path = "/maps/" .. api.segment(h.dir .. "/routes.map")
    acl_path = "/acls/" .. api.segment(h.dir .. "/agents.acl")
    h:command("clear map " .. h.dir .. "/routes.map")
    h:command("clear acl " .. h.dir .. "/agents.acl")
  end)

  teardown(function()
    if h then h:stop() end
  end)

  it("stores " .. COUNT .. " hostile texts literally or refuses them, and nothing else changes", function()
    math.randomseed(SEED)
    local map, acl = {}, {} -- the model: { key, value } pairs, and values, in HAProxy's order
    local blocklist = listed(h, "acl", "blocklist.acl")
    local statuses = {}
    local function expect_model(where)
      local lines = {}
      for i, entry in ipairs(map) do lines[i] = entry[1] .. " " .. entry[2] end
      assert.are.equal(table.concat(lines, "\n"), listed(h, "map", "routes.map"), where)
      assert.are.equal(table.concat(acl, "\n"), listed(h, "acl", "agents.acl"), where)
    end
    for i = 1, COUNT do
      local kind = random(6)
      local bad = random(4) == 1
      local method, path, body, expected, apply
      if kind <= 2 then
        local which = random(3) -- when bad: a blank in the key, a breaker in the value, or in the key
        local k, v = key(bad and which == 1), text(bad and which == 2)
        if bad and which == 3 then k = k .. pick(BREAKERS) end
        if k:sub(1, 1) == "#" and random(2) == 1 then k = "x" .. k end
        method, path, body = "POST", map_path .. "/entries", { key = k, value = v }
        -- No new key starts with "#": HAProxy's CLI reads "#0x..." as an id, a map file "#" as a comment.
        expected = (bad or k:sub(1, 1) == "#") and 400 or 201
        apply = function() map[#map + 1] = { k, v } end
      elseif kind == 3 then
        local v = text(bad)
        if v:sub(1, 1) == "#" then v = "x" .. v end
        method, path, body = "POST", acl_path .. "/entries", { value = v }
        expected = bad and 400 or 201
        apply = function() acl[#acl + 1] = v end
      elseif kind == 4 and #map > 0 then
        local k = map[random(#map)][1]
        local v = text(bad)
        method, path, body = "PUT", map_path .. "/entries/" .. api.segment(k), { value = v }
        expected = bad and 400 or 200
        apply = function() for _, entry in ipairs(map) do if entry[1] == k then entry[2] = v end end end
      elseif kind == 5 and #map > 0 then
        local k = bad and key(false) .. pick(BREAKERS) or map[random(#map)][1]
        method, path = "DELETE", map_path .. "/entries/" .. api.segment(k)
        expected = bad and 400 or 204
        apply = function()
          local kept = {}
          for _, entry in ipairs(map) do if entry[1] ~= k then kept[#kept + 1] = entry end end
          map = kept
        end
      else
        local k = text(bad)
        method, path = "GET", "/tables/names?key=" .. api.segment(k)
        expected = bad and 400 or 200
      end
      local status, _, answer, raw = api.call(h, method, path, body)
      local where = string.format("case %d of seed %d: %s %s %s -> %d %s", i, SEED, method, path:sub(1, 120), require("dkjson").encode(body or ""), status, raw)
      assert(status == expected, where .. " (expected " .. expected .. ")")
      if status >= 400 then assert(type(answer) == "table" and answer.code == status, where) end
      if status < 300 and apply then apply() end
      statuses[status] = (statuses[status] or 0) + 1
      if method ~= "GET" or i % 50 == 0 then expect_model(where) end
    end
    expect_model("the end")
    assert.are.equal(blocklist, listed(h, "acl", "blocklist.acl"))
    assert.is_true(h:alive())
    for _, status in ipairs({ 200, 201, 204, 400 }) do assert.is_true((statuses[status] or 0) > 0, "no " .. status) end
  end)
end)
