-- Parsers, on answers captured from a real HAProxy 2.6.12 (spec/fixtures/).
local helpers = require("helpers")
local stats = require("haproxy.stats")

describe("parse_stats", function()
  local rows = stats.parse_stats(helpers.fixture("show_stat.txt"))

  it("gives one row per CSV line, keyed by the header", function()
    assert.are.equal(9, #rows)
    assert.are.equal("www", rows[1].pxname)
    assert.are.equal("FRONTEND", rows[1].svname)
    assert.are.equal("app", rows[4].pxname)
    assert.are.equal("web1", rows[4].svname)
  end)

  it("turns integers into integers and keeps empty fields as empty strings", function()
    assert.are.equal("integer", math.type(rows[1].scur))
    assert.are.equal(0, rows[1].type)
    assert.are.equal("", rows[1].qcur)
    assert.are.equal("string", type(rows[1].status))
    assert.are.equal(stats.stats_types.SERVER, rows[4].type)
  end)

  it("keeps every standard header field, and drops the statistics modules' (after \"-\")", function()
    local header = helpers.fixture("show_stat.txt"):match("^# ([^\n]*)")
    local count, modules = 0, false
    for name in header:gmatch("([^,]*),") do
      if name == "-" then modules = true end
      if modules then
        assert.is_nil(rows[1][name], name)
      else
        count = count + 1
        assert.is_not_nil(rows[1][name], name)
      end
    end
    assert.is_true(modules)
    assert.is_true(count > 100)
    assert.is_nil(rows[1].h1_open_connections)
  end)

  it("reads concatenated answers, each with its own header", function()
    local one = "# pxname,svname,weight,\na,BACKEND,3,\n\n"
    local two = "# pxname,svname,status,\nb,s1,UP,\n\n"
    local both = stats.parse_stats(one .. two)
    assert.are.same({ { pxname = "a", svname = "BACKEND", weight = 3 }, { pxname = "b", svname = "s1", status = "UP" } }, both)
  end)

  it("follows the header, so other field sets parse too", function()
    local parsed = stats.parse_stats("# pxname,newfield,\nbe,42,\n")
    assert.are.same({ { pxname = "be", newfield = 42 } }, parsed)
  end)

  it("unquotes quoted fields", function()
    local parsed = stats.parse_stats('# pxname,check_desc,weight,\nbe,"a, ""b""",1,\n')
    assert.are.same({ { pxname = "be", check_desc = 'a, "b"', weight = 1 } }, parsed)
  end)

  it("gives an empty list for a header alone or nothing", function()
    assert.are.same({}, stats.parse_stats("# pxname,svname,\n\n"))
    assert.are.same({}, stats.parse_stats(""))
  end)
end)

describe("parse_info", function()
  local info = stats.parse_info(helpers.fixture("show_info.txt"))

  it("maps names to values, integers as integers", function()
    assert.are.equal("HAProxy", info.Name)
    assert.are.equal("2.6.12-1+deb12u4", info.Version)
    assert.are.equal("integer", math.type(info.Pid))
    assert.are.equal("integer", math.type(info.Nbthread))
  end)

  it("keeps values with colons and spaces whole", function()
    assert.are.same({ Uptime = "0d 0h00m03s", Node = "a:b" }, stats.parse_info("Uptime: 0d 0h00m03s\nNode: a:b\n\n"))
  end)
end)

describe("parse_servers_state", function()
  local states = stats.parse_servers_state(helpers.fixture("show_servers_state.txt"))

  it("reads one row per server, keyed by the header", function()
    assert.are.equal(4, #states)
    assert.are.equal("app", states[1].be_name)
    assert.are.equal("web1", states[1].srv_name)
    assert.are.equal(1, states[1].srv_id)
    assert.are.equal("-", states[1].srv_fqdn)
  end)

  it("decodes the operational and administrative states", function()
    assert.are.equal("up", states[1].operational_state)
    assert.are.equal("ready", states[1].admin_state)
    assert.are.equal("dead", states[3].srv_name)
    assert.are.equal("down", states[3].operational_state)
  end)
end)

describe("state decoding", function()
  it("reads srv_admin_state as a bitmask", function()
    assert.are.equal("ready", stats.decode_admin_state(0))
    assert.are.equal("maint", stats.decode_admin_state(1)) -- forced
    assert.are.equal("maint", stats.decode_admin_state(2)) -- inherited
    assert.are.equal("maint", stats.decode_admin_state(4)) -- config "disabled"
    assert.are.equal("drain", stats.decode_admin_state(8))
    assert.are.equal("drain", stats.decode_admin_state(16))
    assert.are.equal("maint", stats.decode_admin_state(1 | 8)) -- maintenance wins
    assert.are.equal("maint", stats.decode_admin_state(32)) -- resolution
  end)

  it("reads srv_op_state", function()
    assert.are.equal("down", stats.decode_operational_state(0))
    assert.are.equal("up", stats.decode_operational_state(1))
    assert.are.equal("up", stats.decode_operational_state(2))
    assert.are.equal("stopping", stats.decode_operational_state(3))
  end)
end)

describe("parse_weight", function()
  it("reads current and initial weights", function()
    assert.are.same({ current = 7, initial = 10 }, stats.parse_weight(helpers.fixture("get_weight_app_web1.txt")))
    assert.is_nil(stats.parse_weight("No such server.\n"))
  end)
end)
