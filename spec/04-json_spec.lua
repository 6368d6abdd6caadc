-- The strict JSON decoder request bodies go through (src/http/jsonparse.ts),
-- checked against lua-cjson, a strict C decoder, as the oracle: what cjson
-- accepts decodes to the same value, and what it refuses is refused too.
require("helpers")
local cjson = require("cjson")

describe("JSON", function()
  local json

  setup(function()
    json = require("http.json")
  end)

  it("encodes answers byte for byte as dkjson did, field order included", function()
    local dkjson = require("dkjson")
    local helpers = require("helpers")
    local parsers = require("haproxy.stats")
    local values = {
      json.asArray(parsers.parse_stats(helpers.fixture("show_stat.txt"))),
      parsers.parse_info(helpers.fixture("show_info.txt")),
      json.asArray(parsers.parse_servers_state(helpers.fixture("show_servers_state.txt"))),
      parsers.parse_weight(helpers.fixture("get_weight_app_web1.txt")),
      json.asArray({}), json.asObject({}), {},
      { code = 404, message = 'no such backend: "a\"b\\c\n\0\127\226\128\168 caf\195\169"' },
      { 1, 2.5, -3, 1e15, 0.1, true, false, "x" },
      { nested = { deeper = json.asArray({ { a = json.NULL } }) } },
    }
    for _, value in ipairs(values) do
      assert.are.equal(dkjson.encode(value, { keyorder = { "code", "message" } }), json.encode(value))
    end
  end)

  it("replaces bytes that are not UTF-8 with U+FFFD, so an answer is always JSON", function()
    -- Map values and table keys may hold any bytes: a Latin-1 file, a binary header.
    local cases = {
      { "caf\233", '"caf\239\191\189"' },                  -- Latin-1 e-acute
      { "a\255\254b", '"a\239\191\189\239\191\189b"' },
      { "\192\128", '"\239\191\189\239\191\189"' },          -- overlong NUL
      { "\237\160\128x", '"\239\191\189x"' },                 -- a UTF-16 surrogate
      { "ok \226\130\172 \240\159\152\128", '"ok \226\130\172 \240\159\152\128"' }, -- valid UTF-8 stays
      { "\226\128\168\255", '"\\u2028\239\191\189"' },
    }
    for _, case in ipairs(cases) do
      local encoded = json.encode(case[1])
      assert.are.equal(case[2], encoded)
      assert.is_string(cjson.decode(encoded))
    end
  end)

  --- Our decoded value with JSON null as cjson's, to compare the two deeply.
  local function comparable(value)
    if value == json.NULL then return cjson.null end
    if type(value) ~= "table" then return value end
    local copy = {}
    for k, v in pairs(value) do copy[k] = comparable(v) end
    return copy
  end

  local valid = {
    '{"current":7}', "[]", "{}", " \t\r\n[1, 2 ,3]\n", '"text"', "0", "-0", "1.5", "-1.25e+2", "1E3", "2e-2",
    "12345678901234567890", "1e400", "true", "false", "null", '{"a":null}', '[null,true,{"b":[]}]',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"', '"\\ud83d\\ude00"', '"caf\195\169"',
    '{"":1}', '{"a":{"a":{"a":1}}}', '"\\u0000"', '"\127"',
  }

  local invalid = {
    "", " ", "{", "}", "[", "[1,]", '{"a":1,}', '{"a":1 "b":2}', '["a":1]', "{1:2}", "{'a':1}", '{"a" 1}',
    '{"a":}', "[1 2]", "-", ".5", "1e", "1e+", "tru", "truex", "nul", "True", '"abc', '"\\x41"',
    '"\\u12"', '"\\u12G4"', '"\\ud83d"', '"\\ude00"', '"\\ud83d\\u0041"', "[1]x", "{} {}",
    "// comment\n1", "[1,,2]",
  }

  -- Not JSON (RFC 8259), though cjson takes them: its numbers are strtod's, and it passes raw bytes through.
  local lenient = { "01", "1.", "+1", "0x10", "NaN", "Infinity", "-Infinity", "nan", '"a\tb"', '"a\nb"', '"\192\128"', '"\255"' }

  it("decodes what cjson decodes, to the same value", function()
    for _, text in ipairs(valid) do
      local ok, value = json.decode(text)
      assert(ok, text .. ": " .. tostring(value))
      assert.are.same(cjson.decode(text), comparable(value), text)
    end
  end)

  it("refuses what cjson refuses, saying where", function()
    for _, text in ipairs(invalid) do
      assert.is_false(pcall(cjson.decode, text), "cjson accepts " .. text)
      local ok, problem = json.decode(text)
      assert(not ok, "accepted: " .. text)
      assert.is_string(problem)
      assert.is_truthy(problem:find("byte %d+") or problem:find("end of text"), text .. ": " .. problem)
    end
  end)

  it("reads the flat objects most writes send by patterns, exactly as the full grammar does", function()
    -- Flat: plain strings, integers, literals. Each also goes through the
    -- full parser, wrapped in an array (which the flat reader never takes).
    local flat = {
      '{"current":7}', ' {\t"a" : "x" ,\n"b":-12, "c":true,"d":null, "e":false } ', '{"a":-0}', '{"a":0}',
      '{"admin_state":"drain","weight":"50%"}', '{"a":"caf\195\169"}', '{"a":99999999999999999999}',
      '{"a":9223372036854775807}', '{"a":""}', '{"":1}',
    }
    for _, text in ipairs(flat) do
      local ok, value = json.decode(text)
      local whole_ok, whole = json.decode("[" .. text .. "]")
      assert(ok and whole_ok, text)
      assert.are.same(comparable(whole[1]), comparable(value), text)
      assert.are.equal(math.type(whole[1].a), math.type(value.a), text)
      assert.are.equal("object", json.kindOf(value), text)
    end
    -- Near misses: refused, with the full parser's message.
    local refused = {
      ['{"a":01}'] = 'bad number: "1" at byte 7', ['{"a":1,"a":2}'] = 'duplicate key "a" at byte 8',
      ['{"a":1,}'] = 'expected a string key, got "}" at byte 8', ['{"a":1} x'] = 'unexpected text after the JSON value: "x" at byte 9',
      ['{"a":truex}'] = 'unexpected "t" at byte 6', ['{"a":1}}'] = 'unexpected text after the JSON value: "}" at byte 8',
      ['{"a" 1}'] = 'expected ":" after a key, got "1" at byte 6', ['{"a":"x"'] = 'expected "," or "}", got end of text',
      ['{"a":-}'] = 'bad number: "-" at byte 6', ['{"a":1x}'] = 'bad number: "x" at byte 7',
    }
    for text, message in pairs(refused) do
      assert.are.same({ false, message }, { json.decode(text) }, text)
    end
  end)

  it("refuses what is not JSON though cjson takes it: hex, NaN, leading zeros, raw tabs, overlong UTF-8", function()
    for _, text in ipairs(lenient) do
      assert.is_true(pcall(cjson.decode, text), "cjson refuses " .. text)
      assert.is_false((json.decode(text)), "accepted: " .. text)
    end
  end)

  it("refuses duplicate keys, at any depth, which cjson would take", function()
    local ok, problem = json.decode('{"current":1,"current":200}')
    assert.is_false(ok)
    assert.are.equal('duplicate key "current" at byte 14', problem)
    assert.is_false((json.decode('{"a":{"b":1,"b":1}}')))
    assert.is_false((json.decode('{"a":null,"a":null}')))
    assert.is_true((json.decode('{"a":{"a":1},"b":{"a":1}}')))
  end)

  it("refuses nesting deeper than 32 levels", function()
    assert.is_true((json.decode(string.rep("[", 32) .. string.rep("]", 32))))
    local ok, problem = json.decode(string.rep("[", 33) .. string.rep("]", 33))
    assert.is_false(ok)
    assert.are.equal("nesting deeper than 32 levels at byte 33", problem)
    assert.is_false((json.decode(string.rep('{"a":', 100000))))
  end)

  it("keeps objects and arrays apart, empty ones included, and null apart from missing", function()
    assert.are.equal("object", json.kindOf(select(2, json.decode("{}"))))
    assert.are.equal("array", json.kindOf(select(2, json.decode("[]"))))
    assert.are.equal("null", json.kindOf(select(2, json.decode("null"))))
    local _, object = json.decode('{"a":null}')
    assert.are.equal(json.NULL, object.a)
    assert.are.equal("{}", json.encode(select(2, json.decode("{}"))))
    assert.are.equal("[]", json.encode(select(2, json.decode("[]"))))
  end)

  it("keeps large numbers as Lua reads them: integers stay integers, others become floats", function()
    assert.are.equal("integer", math.type(select(2, json.decode("7"))))
    assert.are.equal("float", math.type(select(2, json.decode("7.0"))))
    assert.are.equal(math.huge, select(2, json.decode("1e400")))
    assert.are.equal("float", math.type(select(2, json.decode("99999999999999999999"))))
  end)

  it("reads a JSON array of objects as it arrives by the same strict grammar, whatever the pieces", function()
    local function read(text, size)
      local position = 1
      local items = {}
      local count, status, problem = json.decodeObjects(function()
        local piece = text:sub(position, position + size - 1)
        position = position + size
        return piece
      end, function(item) items[#items + 1] = item end)
      return count, status, problem, items
    end
    local body = ' [ {"key": "/a", "value": "x"},{"value":"\\u00e9\\"q","key":"/b"} , {"key":"/c"} ]\n'
    for _, size in ipairs({ 1, 2, 7, 1000 }) do
      local count, _, problem, items = read(body, size)
      assert.are.equal(3, count, problem)
      assert.are.same({ { key = "/a", value = "x" }, { key = "/b", value = "\195\169\"q" }, { key = "/c" } }, items)
    end
    assert.are.equal(0, (read("[]", 1)))
    for _, case in ipairs({
      { '[{"key":"/a"} {"key":"/b"}]', 'expected "," or "]"' },
      { '[{"key":"/a"},,{"key":"/b"}]', "expected an object" },
      { '[{"key":"/a"},]', "expected an object" },
      { '[,{"key":"/a"}]', "expected an object" },
      { '[{"key":"/a\tb"}]', "control character" },
      { '[{"key":"/a\255"}]', "not UTF%-8" },
      { '[{"key":"/a","key":"/b"}]', "duplicate key" },
      { '[{"key":"/a"}] x', "unexpected text after" },
      { '[{"key":"/a"}', "not closed" },
      { '[{"key":{"x":1}}]', "inside items" },
      { '[{"key":["x"]}]', "inside items" },
      { '{"key":"/a"}', "must be a JSON array" },
      { "", "empty" },
      { '[{"key":"/a" "value":"b"}]', "not valid JSON" },
      { "[{'key':'/a'}]", "not valid JSON" },
    }) do
      for _, size in ipairs({ 1, 100 }) do
        local count, status, problem = read(case[1], size)
        assert.is_nil(count, case[1])
        assert.are.equal(400, status, case[1])
        assert.is_truthy(problem:find(case[2]), case[1] .. ": " .. tostring(problem))
      end
    end
  end)
end)
