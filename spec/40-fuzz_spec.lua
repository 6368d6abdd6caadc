-- 10,000 generated hostile requests (support/fuzz.lua) against one running
-- HAProxy: every answer is well-formed HTTP with an exact Content-Length and
-- a JSON body, its status is one the case allows, the process is alive at
-- the end, and no server's weight or state changes except by a valid write.
-- FUZZ_SEED and FUZZ_COUNT change the run; a failure names its seed and case.
local json = require("dkjson")
local haproxy = require("support.haproxy")
local configs = require("support.configs")
local api = require("support.api")
local fuzz = require("support.fuzz")

local SEED = tonumber(os.getenv("FUZZ_SEED") or "20261124")
local COUNT = tonumber(os.getenv("FUZZ_COUNT") or "10000")

--- Sends one case; returns status, headers and body, or raises what was wrong with the answer.
local function send(h, case)
  local text = haproxy.request_text(case.method, case.path, case.body, case.headers)
  return haproxy.raw_http(h.ports.api, text)
end

local function check(case, status, headers, body)
  local allowed = false
  for _, expected in ipairs(case.expect) do allowed = allowed or expected == status end
  assert(allowed, "status " .. tostring(status) .. ", expected " .. table.concat(case.expect, " or "))
  if status == 204 or case.method == "HEAD" then
    assert(body == "", "a body on " .. status .. " or HEAD")
    return
  end
  if headers["transfer-encoding"] == "chunked" then
    assert(headers["content-length"] == nil, "Content-Length on a chunked answer") -- framing checked by support.haproxy
  else
    assert(headers["content-length"] == tostring(#body), "Content-Length " .. tostring(headers["content-length"]) .. " for " .. #body .. " bytes")
  end
  assert(headers["content-type"] == "application/json", "Content-Type " .. tostring(headers["content-type"]))
  local value, _, err = json.decode(body)
  assert(err == nil and value ~= nil, "not JSON: " .. body)
  if status >= 400 then
    assert(value.code == status and type(value.message) == "string", "not an error body: " .. body)
  end
end

local function describe_case(i, case)
  return string.format("case %d of seed %d: %s %s %s", i, SEED, case.method, case.path:sub(1, 200), json.encode(case.body or ""):sub(1, 200))
end

describe("fuzz", function()
  local h

  setup(function()
    h = configs.start_settled(configs.api)
  end)

  teardown(function()
    if h then h:stop() end
  end)

  it("answers " .. COUNT .. " hostile requests with well-formed JSON and the right status, and changes only what valid writes change", function()
    math.randomseed(SEED)
    local baseline = api.snapshot(h)
    local counts, writes = {}, 0
    for i = 1, COUNT do
      local case = fuzz.case()
      -- Every change must come from a valid write: check before each one and every 25 requests.
      if case.write or i % 25 == 0 then
        local now = api.snapshot(h)
        assert(now == baseline, "the site changed before " .. describe_case(i, case) .. ":\n" .. baseline .. "\n--\n" .. now)
      end
      local ok, status, headers, body = pcall(send, h, case)
      assert(ok, describe_case(i, case) .. ": " .. tostring(status))
      local valid, problem = pcall(check, case, status, headers, body)
      assert(valid, describe_case(i, case) .. ": " .. tostring(problem) .. "\n" .. tostring(body))
      counts[status] = (counts[status] or 0) + 1
      if case.write then
        writes = writes + 1
        baseline = api.snapshot(h)
      end
    end
    assert.are.equal(baseline, api.snapshot(h))
    assert.is_true(h:alive())
    -- The run covered every kind of answer, not just one.
    for _, status in ipairs({ 200, 204, 400, 404, 405, 413, 415, 501 }) do
      assert.is_true((counts[status] or 0) > 0, "no " .. status .. " in the run")
    end
    assert.is_true(writes > COUNT / 10, "only " .. writes .. " valid writes")
  end)
end)
