-- Hostile bodies, methods, paths and framing against the API in a real
-- HAProxy, configured as the README recommends: every answer is a JSON
-- error with the status that names the problem, and nothing changes on the
-- site (checked on the stats socket directly, before and after).
local socket = require("socket")
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")

local fails, send_fails, call = api.fails, api.send_fails, api.call
local WEIGHT = "/stats/backends/steer/servers/s1/weight"
local STATE = "/stats/backends/steer/servers/s1/state"

--- A write's request line and headers, without the framing of its body.
local function write_head(path, extra)
  return "PATCH " .. path .. " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n" .. (extra or "")
end

--- Streams up to `total` bytes of body after `head`, stopping as soon as an
--- answer can be read (or HAProxy stops reading); returns the answer and how
--- much was sent.
local function stream(h, head, total, chunked)
  local conn = socket.tcp()
  conn:settimeout(5)
  assert(conn:connect("127.0.0.1", h.ports.api))
  assert(conn:send(head .. "\r\n"))
  local piece = string.rep(" ", 64 * 1024)
  local sent = 0
  while sent < total do
    local readable = socket.select({ conn }, nil, 0)
    if #readable > 0 then break end
    local framed = chunked and string.format("%x\r\n%s\r\n", #piece, piece) or piece
    conn:settimeout(0.2)
    local ok = conn:send(framed)
    conn:settimeout(5)
    if not ok then break end
    sent = sent + #piece
  end
  local status, headers, body = haproxy.read_response(conn)
  conn:close()
  return status, headers, body, sent
end

describe("hostile requests", function()
  local h, before

  setup(function()
    h = configs.start_settled(configs.api)
    before = api.snapshot(h)
  end)

  teardown(function()
    if h then h:stop() end
  end)

  after_each(function()
    assert.are.equal(before, api.snapshot(h))
    assert.is_true(h:alive())
  end)

  it("bodies that are not a valid write are a 400 naming the problem", function()
    local cases = {
      { WEIGHT, '{"current":5,"current":6}', 'duplicate key "current"' },
      { STATE, '{"admin_state":"ready","admin_state":"maint"}', 'duplicate key "admin_state"' },
      { WEIGHT, '{"current":1e400}', 'field "current"' },
      { WEIGHT, '{"current":-1e400}', 'field "current"' },
      { WEIGHT, '{"current":99999999999999999999}', 'field "current"' },
      { WEIGHT, '{"current":9007199254740993}', 'field "current"' },
      { WEIGHT, '{"current":-5}', 'field "current"' },
      { WEIGHT, '{"current":7.5}', 'field "current"' },
      { WEIGHT, '{"current":"NaN"}', 'got "NaN"' },
      { WEIGHT, '{"current":"Infinity"}', 'got "Infinity"' },
      { WEIGHT, '{"current":"1e2"}', 'got "1e2"' },
      { WEIGHT, '{"current":NaN}', "not valid JSON" },
      { WEIGHT, '{"current":0x10}', "not valid JSON" },
      { WEIGHT, '{"current":false}', "got false" },
      { STATE, '{"admin_state":true}', 'field "admin_state"' },
      { WEIGHT, '{"current":[[[[{"a":[1,{"b":null}]}]]]]}', "got an array" },
      { WEIGHT, string.rep("[", 40) .. string.rep("]", 40), "nesting deeper than 32" },
      { WEIGHT, string.rep('{"a":', 1000), "nesting deeper than 32" },
      { WEIGHT, '{"current":5,}', "not valid JSON" },
      { WEIGHT, '{"current" 5}', "not valid JSON" },
      { WEIGHT, '\239\187\191{"current":5}', "not valid JSON" }, -- a byte order mark
      { WEIGHT, '{"current":"\255"}', "not UTF%-8" },
      { WEIGHT, '{"current":5}\0', "not valid JSON" },
      { WEIGHT, '{"current":5,"__index":1}', 'unknown field "__index"' },
      { STATE, '{"admin_state":"maint\\u0000"}', 'field "admin_state"' },
      { STATE, '{"admin_state":"maint\\nset weight steer/s2 0"}', 'field "admin_state"' },
    }
    for _, case in ipairs(cases) do fails(h, 400, case[3], "PATCH", case[1], case[2]) end
  end)

  it("a body over 8 KiB is a 413, whether announced, chunked or 10 MiB; 8 KiB exactly is read", function()
    local padded = string.rep(" ", 8192 - #'{"current":20}') .. '{"current":20}'
    assert.are.equal(200, (call(h, "PATCH", WEIGHT, padded)))
    fails(h, 413, "over the limit of 8192 bytes", "PATCH", WEIGHT, padded .. " ")
    local status, _, body, sent = stream(h, write_head(WEIGHT, "Content-Length: 10485760\r\n"), 10 * 1024 * 1024)
    assert.are.equal(413, status, body)
    assert.is_truthy(body:find("request body of 10485760 bytes is over the limit of 8192 bytes", 1, true), body)
    assert.is_true(sent < 10 * 1024 * 1024)
    status, _, body = stream(h, write_head(WEIGHT, "Transfer-Encoding: chunked\r\n"), 10 * 1024 * 1024, true)
    assert.are.equal(413, status, body)
    assert.is_truthy(body:find("request body is over the limit of 8192 bytes", 1, true), body)
  end)

  it("framing: a chunked body is read; a missing, short or lying Content-Length is a JSON error", function()
    local chunked = write_head(WEIGHT, "Transfer-Encoding: chunked\r\n") .. "\r\n5\r\n{\"cur\r\n9\r\nrent\":20}\r\n0\r\n\r\n"
    local status, _, decoded = api.send(h, chunked)
    assert.are.equal(200, status)
    assert.are.equal(20, decoded.current)
    send_fails(h, 400, "body is empty", write_head(WEIGHT) .. '\r\n{"current":1}')
    send_fails(h, 400, "not valid JSON", write_head(WEIGHT, "Content-Length: 5\r\n") .. '\r\n{"current":1}')
    -- Announces 50 bytes, sends 13: HAProxy's "timeout http-request" ends the wait (configs.api_section).
    send_fails(h, 408, "did not arrive in time", write_head(WEIGHT, "Content-Length: 50\r\n") .. '\r\n{"current":1}')
  end)

  it("methods: HEAD has GET's headers and no body, TRACE is a 405, unknown ones a 501, OPTIONS * a 400", function()
    local get_status, get_headers = call(h, "GET", "/stats/backends/steer/servers")
    local status, headers, _, raw = call(h, "HEAD", "/stats/backends/steer/servers")
    assert.are.same({ get_status, get_headers["content-length"], get_headers["content-type"], "" },
      { status, headers["content-length"], headers["content-type"], raw })
    fails(h, 405, "TRACE is not allowed", "TRACE", "/stats")
    fails(h, 405, "DELETE is not allowed", "DELETE", WEIGHT)
    fails(h, 405, "POST is not allowed", "POST", WEIGHT, { current = 1 })
    fails(h, 404, nil, "TRACE", "/nope")
    fails(h, 501, "FOO is not implemented", "FOO", WEIGHT, { current = 1 })
    fails(h, 501, "patch is not implemented", "patch", WEIGHT, { current = 1 })
    send_fails(h, 400, "must be a path", "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
  end)

  it("absurd paths: very long, many slashes, encoded slashes and dots", function()
    fails(h, 404, nil, "GET", "/" .. string.rep("a", 12000))
    fails(h, 400, "backend", "GET", "/stats/backends/" .. string.rep("b", 12000))
    fails(h, 404, nil, "GET", "/" .. string.rep("/", 3000) .. "stats")
    fails(h, 404, nil, "GET", "//stats///backends//")
    fails(h, 400, 'backend ""', "GET", "/stats/backends//servers")
    fails(h, 404, nil, "PATCH", "/stats/backends/steer%2Fservers%2Fs1/weight", { current = 0 })
    fails(h, 400, 'server "s1/weight"', "PATCH", "/stats/backends/steer/servers/s1%2Fweight", { status = "MAINT" })
    -- ".." is a legal HAProxy name (haproxy -c takes "backend .."): HAProxy itself says there is none.
    fails(h, 404, "no such backend: %.%.", "PATCH", "/stats/backends/../servers/s1/weight", { current = 0 })
    fails(h, 400, "bad percent%-encoding", "GET", "/stats/backends/%2")
    assert.are.equal(200, (call(h, "GET", "/stats/info?%00;show%20info&&&=")))
    -- Beyond HAProxy's buffer the request never reaches the service: HAProxy refuses it itself.
    local status = haproxy.http(h.ports.api, "GET", "/" .. string.rep("a", 20000))
    assert.is_truthy(status == 400 or status == 414, status)
    assert.are.equal(200, (call(h, "GET", "/stats/info")))
  end)
end)
