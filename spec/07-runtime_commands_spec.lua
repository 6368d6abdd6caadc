-- Builders of the map, ACL, stick-table and address commands: free text is
-- escaped so it stays one word, and what can't be escaped is refused.
local patterns = require("stats.patterns.commands")
local tables = require("stats.tables.commands")
local commands = require("support.commands")
local words = require("stats.core.words")

local function refused(command, err)
  assert.is_nil(command)
  assert.are.equal("invalid", err.kind)
  return err
end

--- refused(), and the message matches `pattern`.
local function refused_because(pattern, command, err)
  assert.matches(pattern, refused(command, err).message)
end

describe("free-text words", function()
  it("escape the characters that end a word or a command", function()
    assert.are.equal([[a\;b\ c\	d\\e]], (words.word("a;b c\td\\e")))
    assert.are.equal([[x\;\ shutdown\ sessions\ server\ app/web1]], (words.word("x; shutdown sessions server app/web1")))
    assert.are.equal("plain", (words.word("plain")))
  end)

  it("refuse what no escape can carry: CR, LF, NUL; and empty or oversized text", function()
    for _, text in ipairs({ "a\nb", "a\rb", "a\0b", "", string.rep("a", words.WORD_MAX_LENGTH + 1), 5, true }) do
      local word, problem = words.word(text)
      assert.is_nil(word, tostring(text))
      assert.is_string(problem)
    end
  end)

  it("undo HAProxy's dump escaping", function()
    assert.are.equal("a b=c\\d", words.unescapeDump([[a\ b\=c\\d]]))
    assert.are.equal("t\1\tx", words.unescapeDump([[t\x01\tx]]))
    assert.are.equal("plain", words.unescapeDump("plain"))
  end)
end)

describe("map and ACL commands", function()
  it("build the commands, by #id or by file", function()
    assert.are.equal("show map", patterns.showPatterns("map"))
    assert.are.equal("show acl #3", (patterns.showEntries("acl", "#3")))
    assert.are.equal("show map /etc/haproxy/hosts.map", (patterns.showEntries("map", "/etc/haproxy/hosts.map")))
    assert.are.equal("add map #4 example.com be_a", (patterns.addMapEntry("#4", "example.com", "be_a")))
    assert.are.equal("set map #4 example.com be_b", (patterns.setMapEntry("#4", { key = "example.com" }, "be_b")))
    assert.are.equal("set map #4 #0x55d0c3a1b2c0 be_b", (patterns.setMapEntry("#4", { id = "#0x55d0c3a1b2c0" }, "be_b")))
    assert.are.equal("del map #4 example.com", (patterns.delEntry("map", "#4", { key = "example.com" })))
    assert.are.equal("del acl #0 #0x7f00aa", (patterns.delEntry("acl", "#0", { id = "#0x7f00aa" })))
    -- The library's lua-haproxy-style argument: an id when it reads as one, else a key.
    assert.are.same({ id = "#0x7f00aa" }, patterns.targetOf("#0x7f00aa"))
    assert.are.same({ key = "#hash" }, patterns.targetOf("#hash"))
    assert.are.equal("clear map #4", (patterns.clearEntries("map", "#4")))
    assert.are.equal("add acl #0 10.0.0.1", (patterns.addAclEntry("#0", "10.0.0.1")))
    assert.are.equal("get map #4 /api/v1/users", (patterns.lookup("map", "#4", "/api/v1/users")))
  end)

  it("escape values and ACL patterns, and file names", function()
    assert.are.equal([[add map #4 k a\ b\;c]], (patterns.addMapEntry("#4", "k", "a b;c")))
    assert.are.equal([[add acl #1 bad\ bot\;\ clear\ acl\ #1]], (patterns.addAclEntry("#1", "bad bot; clear acl #1")))
    assert.are.equal([[show map /etc/my\ maps/a.map]], (patterns.showEntries("map", "/etc/my maps/a.map")))
    assert.are.equal([[add map #4 a\;b v]], (patterns.addMapEntry("#4", "a;b", "v")))
  end)

  it("refuse map keys with blanks: 'show map' could not tell key from value", function()
    refused(patterns.addMapEntry("#4", "a b", "v"))
    refused(patterns.addMapEntry("#4", "a\tb", "v"))
  end)

  it("carry keys as keys, and refuse what HAProxy would read as an entry id or a comment", function()
    -- HAProxy reads only "#0x..." as an id: other "#" keys of existing entries are named as keys.
    assert.are.equal("del map #4 #hash", (patterns.delEntry("map", "#4", { key = "#hash" })))
    assert.are.equal("set map #4 #1 v", (patterns.setMapEntry("#4", { key = "#1" }, "v")))
    refused_because("entry id", patterns.delEntry("map", "#4", { key = "#0x55d0c3a1b2c0" }))
    refused_because("entry id", patterns.setMapEntry("#4", { key = "#0xdecoy" }, "v"))
    refused_because("not an entry id", patterns.delEntry("map", "#4", { id = "0x55d0c3a1b2c0" }))
    -- No new entry starts with "#": an id to the CLI, a comment to a file.
    refused_because("can't start with", patterns.addMapEntry("#4", "#0x55d0c3a1b2c0", "decoy"))
    refused_because("can't start with", patterns.addMapEntry("#4", "#hash", "v"))
    refused_because("can't start with", patterns.addAclEntry("#0", "#0x55d0c3a1b2c0"))
  end)

  it("carry \"<<\" without putting the CLI into payload mode, and refuse \\v and \\f by name", function()
    -- Every "<" goes escaped: no raw "<<" ends the line (2.6) or starts its last word (3.0+).
    assert.are.equal([[get map #4 x\<\<]], (patterns.lookup("map", "#4", "x<<")))
    assert.are.equal([[add acl #0 \<\<END]], (patterns.addAclEntry("#0", "<<END")))
    assert.are.equal([[add map #4 k a\ \<\<]], (patterns.addMapEntry("#4", "k", "a <<")))
    refused_because("vertical tab", patterns.addMapEntry("#4", "/a\vb", "v"))
    refused_because("form feed", patterns.addMapEntry("#4", "/a", "v\fw"))
    refused_because("vertical tab", patterns.lookup("map", "#4", "x\v"))
  end)

  it("refuse references that are neither #<digits> nor a file", function()
    refused(patterns.showEntries("map", "#x"))
    refused(patterns.showEntries("map", "#4;clear map #4"))
    refused(patterns.showEntries("map", ""))
    refused(patterns.showEntries("map", "a\nclear map #4"))
  end)

  it("refuse CR, LF and NUL anywhere", function()
    refused(patterns.addMapEntry("#4", "k", "v\nclear map #4"))
    refused(patterns.addMapEntry("#4", "k\r", "v"))
    refused(patterns.addAclEntry("#0", "1.2.3.4\0"))
    refused(patterns.lookup("map", "#4", "x\ny"))
  end)
end)

describe("stick-table commands", function()
  it("build the commands", function()
    assert.are.equal("show table", tables.showTables())
    assert.are.equal("show table www", (tables.showTable("www")))
    assert.are.equal("show table www key 10.0.0.1", (tables.showTable("www", "10.0.0.1")))
    assert.are.equal([[show table www key a\ b\;c]], (tables.showTable("www", "a b;c")))
    assert.are.equal("show table www data.gpc0 gt 0 data.http_req_rate ge 10",
      (tables.showTable("www", nil, { { data = "gpc0", operator = "gt", value = 0 }, { data = "http_req_rate", operator = "ge", value = "10" } })))
    assert.are.equal("clear table www", (tables.clearTable("www")))
    assert.are.equal("clear table www key 10.0.0.1", (tables.clearTable("www", "10.0.0.1")))
    assert.are.equal("show table peers/t1", (tables.showTable("peers/t1")))
  end)

  it("refuse bad names, filters and keys", function()
    refused(tables.showTable("www;clear table www"))
    refused(tables.showTable("www", nil, { { data = "gpc0;x", operator = "gt", value = 0 } }))
    refused(tables.showTable("www", nil, { { data = "gpc0", operator = "gt;", value = 0 } }))
    refused(tables.showTable("www", nil, { { data = "gpc0", operator = "gt", value = 1.5 } }))
    refused(tables.showTable("www", nil, { { data = "gpc0", operator = "gt", value = "1 data.gpc1" } }))
    refused_because("not both", tables.showTable("www", "k", { { data = "gpc0", operator = "gt", value = 0 } }))
    local five = {}
    for i = 1, 5 do five[i] = { data = "gpc0", operator = "ge", value = i } end
    refused_because("at most 4", tables.showTable("www", nil, five))
    refused(tables.clearTable("www", "a\nclear table other"))
  end)
end)

describe("server address command", function()
  it("builds the command for IPv4 and IPv6, with or without a port", function()
    assert.are.equal("set server app/web1 addr 10.0.0.5 port 8080", (commands.setServerAddress("app", "web1", "10.0.0.5", 8080)))
    assert.are.equal("set server app/web1 addr 10.0.0.5", (commands.setServerAddress("app", "web1", "10.0.0.5")))
    assert.are.equal("set server app/web1 addr ::1 port 80", (commands.setServerAddress("app", "web1", "::1", 80.0)))
  end)

  it("refuses what is not an IP address, and ports HAProxy would wrap", function()
    for _, address in ipairs({ "example.com", "10.0.0.256", "10.0.0.5 port 1", "10.0.0.5;x", "", 5 }) do
      refused(commands.setServerAddress("app", "web1", address))
    end
    for _, port in ipairs({ 0, 65536, 99999, 80.5, "80", -1 }) do
      refused(commands.setServerAddress("app", "web1", "10.0.0.5", port))
    end
  end)
end)
