-- The certificate commands' checks and parsers, without HAProxy: the PEM is
-- checked line by line before it may travel as a CLI payload, and the
-- "show ssl cert" answers (captured from 2.6.12, spec/fixtures/) parse.
local helpers = require("helpers")
local commands = require("stats.certificates.commands")
local parsers = require("stats.certificates.parsers")

local CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbCd+/==\n-----END CERTIFICATE-----\n"
local KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END PRIVATE KEY-----\n"

describe("checkPem", function()
  it("keeps certificate and key blocks, drops blank lines and CRs, counts them", function()
    local pem = assert(commands.checkPem(CERT .. "\r\n\n" .. KEY:gsub("\n", "\r\n")))
    assert.are.equal(1, pem.certificates)
    assert.are.equal(1, pem.keys)
    assert.are.equal(7, #pem.lines)
    assert.are.equal("set ssl cert /x.pem <<\n" .. table.concat(pem.lines, "\n") .. "\n", (commands.setCert("/x.pem", pem)))
  end)

  it("refuses, naming the line: text outside a block, a command, a header, another block, a truncated block, no certificate", function()
    local cases = {
      { CERT .. "show info\n", "line 5 is outside" },
      { CERT .. KEY .. "\n\nset ssl cert /y <<\n", "line 10 is outside" },
      { CERT:gsub("MIIB", "Proc-Type: 4,ENCRYPTED\nMIIB"), "line 2 is not base64" },
      { "-----BEGIN X509 CRL-----\nAA\n-----END X509 CRL-----\n", "neither a certificate nor a private key" },
      { CERT:sub(1, 40), "is not ended" },
      { CERT:gsub("END CERTIFICATE", "END PRIVATE KEY"), "expected %-%-%-%-%-END CERTIFICATE" },
      { KEY, "no certificate" },
      { 42, "expected the PEM text" },
      { string.rep("A", 70000), "over 65536 bytes" },
    }
    for _, case in ipairs(cases) do
      local pem, problem = commands.checkPem(case[1])
      assert.is_nil(pem)
      assert.is_truthy(problem:find(case[2]), problem)
    end
  end)
end)

describe("certFileProblem", function()
  it("takes paths, refuses what could split or change a command", function()
    assert.is_nil(commands.certFileProblem("/etc/haproxy/certs/www.example.com.pem"))
    for _, bad in ipairs({ "a;b", "a\nb", "a b", "*a.pem", "@1/a", "", 5, "a\\b" }) do
      assert.is_string(commands.certFileProblem(bad), tostring(bad))
    end
  end)

  it("names a new certificate by a path without '..', '.' or empty segments (issue 36: ../../etc/passwd was taken)", function()
    for _, good in ipairs({ "/etc/haproxy/certs/www.pem", "www.example.com.pem", "sub/www.pem", "a..b.pem" }) do
      assert.is_nil(commands.newCertFileProblem(good), good)
    end
    for _, bad in ipairs({ "../../etc/passwd", "..", "/etc/haproxy/../passwd", "./x.pem", "/etc//x.pem", "certs/", "a;b" }) do
      assert.is_string(commands.newCertFileProblem(bad), bad)
    end
  end)
end)

describe("the ssl cert parsers", function()
  it("reads the list and the open transaction", function()
    local list = parsers.parse_cert_list(helpers.fixture("show_ssl_cert.txt"))
    assert.are.same({ transaction = "/etc/haproxy/site.pem", files = { "/etc/haproxy/site.pem", "/etc/haproxy/other.pem" } }, list)
  end)

  it("reads one certificate: ISO dates, days left, names, chain", function()
    local now = select(2, parsers.parseCertDate("Dec  1 14:00:00 2026 GMT"))
    local cert = parsers.parse_cert(helpers.fixture("show_ssl_cert_file.txt"), now + 3600, true)
    assert.are.same({
      file = "/etc/haproxy/site.pem", status = "used", subject = "/CN=a.example", issuer = "/CN=Test CA",
      serial = "6122455501E2DC0AACED413F99690BC575D6882E", not_before = "2026-12-01T14:00:00Z", not_after = "2026-12-21T14:00:00Z",
      days_left = 19, sans = { "DNS:a.example", "DNS:www.a.example" }, sha1_fingerprint = "579BEEFB6C2F2D9DA342973C6899306D57981430",
      algorithm = "RSA2048", crt_lists = {},
      chain = { { subject = "/CN=Test Intermediate", issuer = "/CN=Test CA" }, { subject = "/CN=Test CA", issuer = "/CN=Test CA" } },
    }, cert)
    assert.are.equal("integer", math.type(cert.days_left))
  end)

  it("dates: epoch seconds without the time zone, leap years right, garbage refused", function()
    assert.are.same({ "1970-01-01T00:00:00Z", 0 }, { parsers.parseCertDate("Jan  1 00:00:00 1970 GMT") })
    assert.are.equal(951782400, select(2, parsers.parseCertDate("Feb 29 00:00:00 2000 GMT")))
    assert.are.equal(1798761600, select(2, parsers.parseCertDate("Jan  1 00:00:00 2027 GMT")))
    assert.is_nil(parsers.parseCertDate("Foo 1 00:00:00 2027 GMT"))
    assert.is_nil(parsers.parseCertDate("2027-01-01"))
  end)
end)
