-- Parsers of the map, ACL and stick-table answers, on answers captured from
-- a real HAProxy 2.6.12 (spec/fixtures/).
local helpers = require("helpers")
local stats = require("haproxy.stats")

describe("parse_pattern_list", function()
  it("reads id, file, description and entry count of every map", function()
    local maps = stats.parse_pattern_list(helpers.fixture("show_map_list.txt"))
    assert.are.equal(1, #maps)
    assert.are.same({
      id = 4,
      file = "/tmp/exp/hosts.map",
      description = "pattern loaded from file '/tmp/exp/hosts.map' used by map at file 'h.cfg' line 13.",
      entry_count = 4,
    }, maps[1])
    assert.are.equal("integer", math.type(maps[1].id))
  end)

  it("leaves out the file of an ACL written inline", function()
    local acls = stats.parse_pattern_list(helpers.fixture("show_acl_list.txt"))
    assert.are.equal(4, #acls)
    assert.are.equal("/tmp/exp/block.acl", acls[1].file)
    assert.is_nil(acls[2].file)
    assert.are.equal("acl 'src' file 'h.cfg' line 12.", acls[2].description)
    assert.are.equal(0, acls[2].entry_count)
  end)
end)

describe("parse_map_entries and parse_acl_entries", function()
  it("read a map's entries as id, key and value; the value is the rest of the line", function()
    local entries = stats.parse_map_entries(helpers.fixture("show_map.txt"))
    assert.are.equal(4, #entries)
    assert.are.same({ id = "#0x55a899109e80", key = "/api/v1", value = "be_api" }, entries[1])
    assert.are.same({ id = "#0x55a8992e0fb0", key = "spaced", value = "value" }, entries[4])
  end)

  it("read an ACL's entries as id and value", function()
    local entries = stats.parse_acl_entries(helpers.fixture("show_acl.txt"))
    assert.are.equal(2, #entries)
    assert.are.equal("10.0.0.1", entries[1].value)
    assert.are.equal("192.168.0.0/16", entries[2].value)
    assert.matches("^#0x%x+$", entries[2].id)
  end)

  it("give an empty list for an empty answer", function()
    assert.are.same({}, stats.parse_map_entries("\n"))
    assert.are.same({}, stats.parse_acl_entries(""))
  end)
end)

describe("parse_lookup", function()
  it("reads a map's match: method, key and value", function()
    assert.are.same({ { method = "beg", found = true, case_sensitive = true, key = "/api/v1", value = "be_api" } },
      stats.parse_lookup(helpers.fixture("get_map.txt")))
  end)

  it("reads a miss", function()
    assert.are.same({ { method = "beg", found = false, case_sensitive = true } }, stats.parse_lookup(helpers.fixture("get_map_miss.txt")))
  end)

  it("reads an ACL's match: the pattern as key", function()
    assert.are.same({ { method = "ip", found = true, case_sensitive = true, key = "192.168.0.0/16" } },
      stats.parse_lookup(helpers.fixture("get_acl.txt")))
  end)
end)

describe("parse_tables and parse_table", function()
  it("read every table's name, type, size and use", function()
    assert.are.same({
      { name = "strtab", type = "string", size = 10, used = 0 },
      { name = "www", type = "ip", size = 100, used = 1 },
    }, stats.parse_tables(helpers.fixture("show_table_list.txt")))
  end)

  it("read a table's entries: key, use, expiry and the data by type name", function()
    local t = stats.parse_table(helpers.fixture("show_table_ip.txt"))
    assert.are.equal("www", t.name)
    assert.are.equal(1, #t.entries)
    local entry = t.entries[1]
    assert.matches("^#0x%x+$", entry.id)
    assert.are.equal("127.0.0.1", entry.key)
    assert.are.equal(0, entry.use)
    assert.are.equal(599955, entry.expire_ms)
    assert.are.same({ gpc0 = 0, conn_cur = 0, http_req_cnt = 1, http_req_rate = 1 }, entry.data)
  end)

  it("keeps HAProxy's order of the data, and encodes empty data as an object", function()
    local t = stats.parse_table(helpers.fixture("show_table_ip.txt"))
    assert.are.same({ "gpc0", "conn_cur", "http_req_cnt", "http_req_rate" }, getmetatable(t.entries[1].data).__jsonorder)
    assert.are.equal("object", getmetatable(t.entries[1].data).__jsontype)
  end)

  it("undoes HAProxy's escaping of string keys", function()
    local t = stats.parse_table(helpers.fixture("show_table_string.txt"))
    assert.are.equal("a b=c\\d", t.entries[1].key)
    assert.are.equal("t\1", t.entries[2].key)
    assert.are.equal(1, t.entries[1].data.gpc1)
    assert.are.equal(92, t.entries[1].data.bytes_in_rate)
  end)

  it("gives nothing for an answer without the summary line (a key the table lacks)", function()
    assert.is_nil(stats.parse_table(""))
  end)
end)
