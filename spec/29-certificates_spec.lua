-- TLS certificates at runtime, against a real HAProxy with a TLS frontend
-- (certificates made here with Debian's openssl, served certificates checked
-- with openssl s_client, a real TLS client): GET matches "show ssl cert"
-- field by field; PUT replaces what new handshakes get, without a reload;
-- every bad PEM or name is a JSON error that leaves the served certificate
-- and no transaction behind; POST adds one served by its SNI name through a
-- crt-list; DELETE removes an unused one; no private key in any answer or
-- log line.
local api = require("support.api")
local syslog = require("support.syslog")
local tls = require("support.tls")
local json = require("dkjson")

local call, segment = api.call, api.segment
local PEM = { ["Content-Type"] = "application/x-pem-file" }

local sh = tls.sh

--- Self-signed a, a2 (a.example again, another key), n, m; b signed by a CA (a chain).
local function make_certificates()
  local shop = tls.workshop()
  local certs = { shop = shop }
  for _, spec in ipairs({ { "a", "a.example", 30 }, { "a2", "a.example", 90 }, { "n", "n.example", 10 }, { "m", "m.example", 10 }, { "ca", "ca.example", 365 } }) do
    certs[spec[1] .. "_crt"], certs[spec[1] .. "_key"] = shop:self_signed(spec[1], spec[2], spec[3])
  end
  certs.b_crt, certs.b_key = shop:signed("b", "b.example", "ca", 20, "DNS:b.example,IP:127.0.0.9")
  return certs
end

--- The SHA-1 fingerprint of the certificate a TLS client gets for `sni`, as HAProxy prints them (hex, upper case, no colons).
local function served(h, sni)
  local out = sh(string.format("echo | timeout 10 openssl s_client -connect 127.0.0.1:%d -servername %s 2>/dev/null | openssl x509 -noout -fingerprint -sha1", h.ports.tls, sni))
  return (out:match("Fingerprint=([%x:]+)") or error("no certificate served: " .. out)):gsub(":", "")
end

--- "show ssl cert <file>" read here, independently of the API: its "Name: value" lines.
local function show_cert(h, file)
  local fields = {}
  for line in h:command("show ssl cert " .. file):gmatch("[^\n]+") do
    local name, value = line:match("^([^:]+): ?(.*)$")
    if name and not fields[name] then fields[name] = value end
  end
  return fields
end

local MONTHS = { Jan = 1, Feb = 2, Mar = 3, Apr = 4, May = 5, Jun = 6, Jul = 7, Aug = 8, Sep = 9, Oct = 10, Nov = 11, Dec = 12 }

--- "Dec 31 07:46:36 2026 GMT" as ISO 8601 and epoch seconds (via os.time on UTC fields, corrected by the zone offset).
local function gmt(text)
  local mon, d, hh, mm, ss, yyyy = text:match("^(%a+)%s+(%d+) (%d+):(%d+):(%d+) (%d+) GMT$")
  local t = { year = tonumber(yyyy), month = MONTHS[mon], day = tonumber(d), hour = tonumber(hh), min = tonumber(mm), sec = tonumber(ss) }
  local local_epoch = os.time(t)
  local offset = os.time(os.date("*t", local_epoch)) - os.time(os.date("!*t", local_epoch))
  return string.format("%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.min, t.sec), local_epoch + offset
end

local function no_transaction(h)
  return not h:command("show ssl cert"):find("# transaction", 1, true)
end

local function key_lines(certs)
  local lines = {}
  for _, name in ipairs({ "a", "a2", "n", "m", "b" }) do
    local second = certs[name .. "_key"]:match("\n([^\n]+)\n")
    lines[#lines + 1] = second
  end
  return lines
end

describe("TLS certificates", function()
  local h, certs, log, dir, answers
  local a, b, n, m

  --- call(), remembering every answer body for the private-key check.
  local function request(method, path, body, headers)
    local status, response_headers, decoded, raw = call(h, method, path, body, headers)
    answers[#answers + 1] = raw or ""
    return status, response_headers, decoded, raw
  end

  setup(function()
    certs = make_certificates()
    log = syslog.listen()
    answers = {}
    h = api.start("  stats socket ${SOCK} level admin\n  crt-base ${DIR}\n" .. log:global_line(), {
      extra = "frontend tls\n  bind 127.0.0.1:${PORT:tls} ssl crt a.pem crt-list ${DIR}/list.txt\n  http-request return status 200\n",
      files = {
        ["a.pem"] = certs.a_crt .. certs.a_key,
        ["b.pem"] = certs.b_crt .. certs.ca_crt .. certs.b_key,
        ["list.txt"] = "b.pem b.example\n",
      },
    })
    dir = h.dir
    a, b, n, m = dir .. "/a.pem", dir .. "/b.pem", dir .. "/n.pem", dir .. "/m.pem"
  end)

  teardown(function()
    if h then h:stop() end
    if log then log:close() end
    if certs then certs.shop:remove() end
  end)

  it("GET /certificates matches show ssl cert field by field, days_left and crt-lists included", function()
    local status, _, list = request("GET", "/certificates")
    assert.are.equal(200, status)
    assert.are.equal(2, #list)
    for _, cert in ipairs(list) do
      local direct = show_cert(h, cert.file)
      local not_before = gmt(direct.notBefore)
      local not_after, expires = gmt(direct.notAfter)
      assert.are.same({
        file = direct.Filename, status = direct.Status:lower(), subject = direct.Subject, issuer = direct.Issuer,
        serial = direct.Serial, not_before = not_before, not_after = not_after,
        days_left = math.floor((expires - os.time()) / 86400),
        sha1_fingerprint = direct["SHA1 FingerPrint"], algorithm = direct.Algorithm,
      }, {
        file = cert.file, status = cert.status, subject = cert.subject, issuer = cert.issuer,
        serial = cert.serial, not_before = cert.not_before, not_after = cert.not_after, days_left = cert.days_left,
        sha1_fingerprint = cert.sha1_fingerprint, algorithm = cert.algorithm,
      })
      -- 2.6 prints the DNS names, each followed by ", " but the last (which a SAN after it, an IP, leaves dangling).
      assert.are.equal((direct["Subject Alternative Name"]:gsub(",%s*$", "")), table.concat(cert.sans, ", "))
    end
    assert.are.same({ a, b }, { list[1].file, list[2].file })
    assert.are.same({ "DNS:a.example", "DNS:www.a.example" }, list[1].sans)
    assert.are.same({}, list[1].crt_lists)
    assert.are.same({ dir .. "/list.txt" }, list[2].crt_lists)
    assert.is_true(list[1].days_left == 29 or list[1].days_left == 30)
    assert.are.equal(served(h, "a.example"), list[1].sha1_fingerprint)
    assert.are.equal(served(h, "b.example"), list[2].sha1_fingerprint)
  end)

  it("GET /certificates/:file answers one with its chain; 404 for a file HAProxy does not hold", function()
    local status, _, cert = request("GET", "/certificates/" .. segment(b))
    assert.are.equal(200, status)
    assert.are.same({ { subject = "/CN=ca.example", issuer = "/CN=ca.example" } }, cert.chain)
    assert.are.same({ "DNS:b.example" }, cert.sans) -- HAProxy 2.6 prints no IP SAN
    assert.are.equal(404, (request("GET", "/certificates/" .. segment(dir .. "/none.pem"))))
  end)

  it("PUT replaces the certificate new handshakes get, without a reload; the old one is no longer served", function()
    local before = served(h, "a.example")
    -- A blank line between certificate and key, as real files often have.
    local status, headers, cert = request("PUT", "/certificates/" .. segment(a), certs.a2_crt .. "\n\n" .. certs.a2_key, PEM)
    assert.are.equal(200, status, json.encode(cert))
    assert.are.equal("no", headers["x-persisted"])
    local now = served(h, "a.example")
    assert.are_not.equal(before, now)
    assert.are.equal(now, cert.sha1_fingerprint)
    assert.is_true(cert.days_left == 89 or cert.days_left == 90)
    assert.is_true(no_transaction(h))
    -- JSON {"pem"} too: back to the first one.
    status, _, cert = request("PUT", "/certificates/" .. segment(a), { pem = certs.a_crt .. certs.a_key })
    assert.are.equal(200, status)
    assert.are.equal(before, served(h, "a.example"))
  end)

  it("refuses bad PEMs and names with a JSON error, the served certificate unchanged and no transaction left", function()
    local served_before = served(h, "a.example")
    local cases = {
      { 400, "inconsistencies between private key and certificate", certs.a2_crt .. certs.b_key, "a key that does not match" },
      { 400, "is not ended", certs.a2_crt:sub(1, 300), "a truncated PEM" },
      { 400, "unable to load certificate", certs.a2_crt:gsub("\n[^\n]+\n", "\nAAAA\n", 1) .. certs.a2_key, "a PEM HAProxy cannot read" },
      { 400, "outside a %-%-%-%-%-BEGIN", certs.a2_crt .. certs.a2_key .. "\nshow info\n", "an extra command line" },
      { 400, "outside a %-%-%-%-%-BEGIN", certs.a2_crt .. "\n\nset ssl cert " .. b .. " <<\n" .. certs.a2_key, "a payload inside" },
      { 400, "neither a certificate nor a private key", certs.a2_crt .. "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n", "a CRL block" },
      { 400, "no certificate", certs.a2_key, "a key alone" },
    }
    for _, case in ipairs(cases) do
      local status, _, err = request("PUT", "/certificates/" .. segment(a), case[3], PEM)
      assert.are.equal(case[1], status, case[4])
      assert.is_truthy(err.message:find(case[2]), case[4] .. ": " .. err.message)
      assert.is_true(no_transaction(h), case[4])
      assert.are.equal(served_before, served(h, "a.example"), case[4])
    end
    for _, name in ipairs({ a .. ";show info", a .. "\nshow info", "*" .. a }) do
      local status, _, err = request("PUT", "/certificates/" .. segment(name), certs.a2_crt .. certs.a2_key, PEM)
      assert.are.equal(400, status, name)
      assert.is_truthy(err.message:find("certificate file name", 1, true), err.message)
    end
    local status, _, err = request("PUT", "/certificates/" .. segment(dir .. "/none.pem"), certs.a2_crt .. certs.a2_key, PEM)
    assert.are.equal(404, status)
    assert.is_truthy(err.message:find("no such certificate", 1, true))
    assert.are.equal(413, (request("PUT", "/certificates/" .. segment(a), string.rep("A", 70000), PEM)))
    assert.are.equal(400, (request("PUT", "/certificates/" .. segment(a), { pem = 5 })))
    assert.is_true(no_transaction(h))
    assert.are.equal(served_before, served(h, "a.example"))
  end)

  it("leaves a transaction opened by someone else alone: 409", function()
    local pem = (certs.a2_crt .. certs.a2_key):gsub("\n+$", "")
    assert.is_truthy(h:command("set ssl cert " .. b .. " <<\n" .. pem .. "\n"):find("Transaction created"))
    local status, _, err = request("PUT", "/certificates/" .. segment(a), certs.a2_crt .. certs.a2_key, PEM)
    assert.are.equal(409, status)
    assert.is_truthy(err.message:find(b, 1, true))
    assert.is_truthy(h:command("show ssl cert"):find("*" .. b, 1, true))
    h:command("abort ssl cert " .. b)
  end)

  it("POST adds a certificate served for its SNI name through a crt-list; 409 twice; an unknown crt-list leaves nothing", function()
    local status, headers, cert = request("POST", "/certificates", { file = n, pem = certs.n_crt .. certs.n_key, crt_list = dir .. "/list.txt" })
    assert.are.equal(201, status, json.encode(cert))
    assert.are.equal("/certificates/" .. segment(n), headers.location)
    assert.are.same({ dir .. "/list.txt" }, cert.crt_lists)
    assert.are.equal(cert.sha1_fingerprint, served(h, "n.example"))
    assert.are.equal(409, (request("POST", "/certificates", { file = n, pem = certs.n_crt .. certs.n_key })))
    status = request("POST", "/certificates", { file = dir .. "/x.pem", pem = certs.n_crt .. certs.n_key, crt_list = dir .. "/none.txt" })
    assert.are.equal(404, status)
    assert.is_nil(h:command("show ssl cert"):find("x.pem", 1, true))
    status = request("POST", "/certificates", { file = dir .. "/y.pem", pem = certs.n_crt .. certs.a_key })
    assert.are.equal(400, status)
    assert.is_nil(h:command("show ssl cert"):find("y.pem", 1, true))
    -- A name with a ".." segment (issue 36: taken, in memory only): a 400 naming it, nothing added.
    for _, name in ipairs({ "../../etc/passwd", dir .. "/../z.pem", ".." }) do
      local refused, _, said = request("POST", "/certificates", { file = name, pem = certs.n_crt .. certs.n_key })
      assert.are.equal(400, refused, name)
      assert.is_truthy(said.message:find('".." segment', 1, true), said.message)
    end
    assert.is_nil(h:command("show ssl cert"):find("passwd", 1, true))
    assert.is_nil(h:command("show ssl cert"):find("z.pem", 1, true))
    assert.is_true(no_transaction(h))
  end)

  it("DELETE removes a certificate nothing uses, and refuses one a crt-list or bind uses: 409", function()
    assert.are.equal(409, (request("DELETE", "/certificates/" .. segment(n))))
    assert.are.equal(409, (request("DELETE", "/certificates/" .. segment(a))))
    local status, _, cert = request("POST", "/certificates", { file = m, pem = certs.m_crt .. certs.m_key })
    assert.are.equal(201, status)
    assert.are.equal("unused", cert.status)
    assert.are.equal(204, (request("DELETE", "/certificates/" .. segment(m))))
    assert.is_nil(h:command("show ssl cert"):find("m.pem", 1, true))
    assert.are.equal(404, (request("DELETE", "/certificates/" .. segment(m))))
  end)

  it("shows no private key in any answer, the write log or HAProxy's log; the write log names file and fingerprint", function()
    local messages = log:wait(".", math.huge, 0.5)
    local logged = table.concat(messages, "\n")
    for _, line in ipairs(key_lines(certs)) do
      assert.is_nil(logged:find(line, 1, true))
      for _, body in ipairs(answers) do assert.is_nil(body:find(line, 1, true)) end
    end
    assert.is_nil(logged:find("PRIVATE KEY", 1, true))
    local put = {}
    for _, message in ipairs(messages) do
      if message:find("PUT /certificates/", 1, true) and message:find(" 200$") then put[#put + 1] = message end
    end
    assert.is_true(#put >= 2)
    assert.is_truthy(put[1]:find('"sha1_fingerprint":"%x+"'), put[1])
    assert.is_truthy(put[1]:find('"pem_bytes":%d+'), put[1])
    assert.are.same({}, h:runtime_errors())
  end)
end)
