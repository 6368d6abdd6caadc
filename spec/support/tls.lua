-- Certificates for the TLS specs, made with Debian's openssl in a temp dir.
local M = {}

--- Runs a shell command; its output (stdout and stderr); fails when it fails.
function M.sh(command)
  local pipe = assert(io.popen("(" .. command .. ") 2>&1"))
  local output = pipe:read("*a")
  local ok = pipe:close()
  assert(ok, command .. "\n" .. output)
  return output
end

local function slurp(path)
  local file = assert(io.open(path))
  local text = file:read("*a")
  file:close()
  return text
end

--- A fresh dir to make certificates in, removed by :remove().
function M.workshop()
  local dir = M.sh("mktemp -d"):gsub("%s+$", "")
  local shop = { dir = dir }
  --- A self-signed certificate for `cn` (and www.`cn`), valid `days`: its PEM certificate and key.
  function shop.self_signed(_, name, cn, days)
    M.sh(string.format("cd %s && openssl req -x509 -newkey rsa:2048 -nodes -keyout %s.key -out %s.crt -days %d -subj /CN=%s -addext subjectAltName=DNS:%s,DNS:www.%s", dir, name, name, days, cn, cn, cn))
    return slurp(dir .. "/" .. name .. ".crt"), slurp(dir .. "/" .. name .. ".key")
  end
  --- A certificate for `cn` signed by the certificate `ca` made here before, with `san` (an openssl subjectAltName value).
  function shop.signed(_, name, cn, ca, days, san)
    M.sh(string.format("cd %s && openssl req -newkey rsa:2048 -nodes -keyout %s.key -out %s.csr -subj /CN=%s && printf 'subjectAltName=%s\\n' > %s.ext && openssl x509 -req -in %s.csr -CA %s.crt -CAkey %s.key -CAcreateserial -days %d -out %s.crt -extfile %s.ext",
      dir, name, name, cn, san, name, name, ca, ca, days, name, name))
    return slurp(dir .. "/" .. name .. ".crt"), slurp(dir .. "/" .. name .. ".key")
  end
  function shop.remove() os.execute("rm -rf " .. dir) end
  return shop
end

return M
