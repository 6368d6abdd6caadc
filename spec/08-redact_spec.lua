-- What GET /config and GET /errors never show (src/host/redact.ts).
require("helpers")
local redact = require("host.redact")

describe("redaction", function()
  it("hides the credentials of a configuration and keeps the rest byte for byte", function()
    local config = table.concat({
      "global",
      "  setenv HAPROXY_API_TOKEN s3cret   # the API's token",
      "  presetenv HAPROXY_API_TOKENS_FILE /etc/haproxy/tokens",
      "  setenv DB_PASSWORD \"with spaces\"",
      "  setenv ApiKey 'k'",
      "  setenv WELCOME hello",
      "  stats socket /run/admin.sock level admin",
      "userlist ops",
      "  user a password $6$salt$hash groups G1",
      "  user b insecure-password 'pa ss'",
      "listen stats",
      "  stats auth admin:p4ss",
      "  bind :443 ssl crt /x.pem ca-sign-file ca.pem ca-sign-pass caPass",
      "  server s1 10.0.0.1:80 tcp-md5sig md5pass check",
      "  http-request set-header Cookie sid=42 if TRUE",
      "  http-request add-header X-Api-Key abc",
      "  http-request set-header X-Forwarded-For %[src]",
      "  http-check send meth GET uri / hdr Authorization \"Bearer t\" hdr Host x",
      "  option httpchk GET / HTTP/1.1\\r\\nAuthorization:\\ Basic\\ Zm9v",
      "",
    }, "\n")
    assert.are.equal(table.concat({
      "global",
      "  setenv HAPROXY_API_TOKEN <redacted>   # the API's token",
      "  presetenv HAPROXY_API_TOKENS_FILE /etc/haproxy/tokens",
      "  setenv DB_PASSWORD <redacted>",
      "  setenv ApiKey <redacted>",
      "  setenv WELCOME hello",
      "  stats socket /run/admin.sock level admin",
      "userlist ops",
      "  user a password <redacted> groups G1",
      "  user b insecure-password <redacted>",
      "listen stats",
      "  stats auth admin:<redacted>",
      "  bind :443 ssl crt /x.pem ca-sign-file ca.pem ca-sign-pass <redacted>",
      "  server s1 10.0.0.1:80 tcp-md5sig <redacted> check",
      "  http-request set-header Cookie <redacted> if TRUE",
      "  http-request add-header X-Api-Key <redacted>",
      "  http-request set-header X-Forwarded-For %[src]",
      "  http-check send meth GET uri / hdr Authorization <redacted> hdr Host x",
      "  option httpchk GET / <redacted>",
      "",
    }, "\n"), redact.redactConfig(config))
  end)

  it("hides credential headers in an error capture", function()
    local captured = [[GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer abc\r\ncookie:sid=1\r\nX-Other: ok\r\n\r\n]]
    assert.are.equal([[GET / HTTP/1.1\r\nHost: x\r\nAuthorization: <redacted>\r\ncookie: <redacted>\r\nX-Other: ok\r\n\r\n]], redact.redactCapture(captured))
    assert.are.equal("no headers", redact.redactCapture("no headers"))
  end)
end)
