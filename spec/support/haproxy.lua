-- Test harness: runs a real HAProxy on loopback with a generated
-- configuration, in a temp dir, on free ports; always stopped by :stop().
-- Which HAProxy: HAPROXY_BIN (the test command sets it for each HAProxy of
-- its matrix), else the one on PATH.
-- Specs run outside HAProxy, so blocking LuaSocket I/O is fine here.
local socket = require("socket")
local unix = require("socket.unix")
local syslog = require("support.syslog")

local M = {}
M.__index = M

local ROOT = os.getenv("HAPROXY_API_ROOT") or "."
M.root = ROOT
M.bundle = ROOT .. "/dist/haproxy-api.lua"
M.library = ROOT .. "/dist/haproxy/stats.lua"
--- The HAProxy binary every spec starts.
M.binary = os.getenv("HAPROXY_BIN") or "haproxy"

local function read_command(command)
  local handle = assert(io.popen(command))
  local text = handle:read("*a")
  handle:close()
  return text
end

local build = read_command(M.binary .. " -vv 2>/dev/null")
--- The HAProxy's version ("3.0.11-1+deb13u4") and its Lua's ("5.4.7").
M.version = build:match("HA%-?Proxy version (%S+)") or "unknown"
M.lua_version = build:match("Built with Lua version : Lua (%S+)") or "unknown"

--- Its major and minor as one number: 2.6 is 206, 3.0 is 300.
local major, minor = M.version:match("^(%d+)%.(%d+)")
M.release = major and tonumber(major) * 100 + tonumber(minor) or 0

--- Whether the HAProxy under test is `release` ("2.8", "3.2") or newer: for
--- the few behaviours HAProxy itself changed between versions.
function M.at_least(release)
  local a, b = release:match("^(%d+)%.(%d+)$")
  return M.release >= tonumber(a) * 100 + tonumber(b)
end

--- "HAProxy 3.0.11-1+deb13u4, Lua 5.4.7": what a failing spec ran on.
function M.describe()
  return "HAProxy " .. M.version .. ", Lua " .. M.lua_version
end

--- Ports free_port has handed out in this run: a port picked for a configuration is free
--- only until its HAProxy binds it, and the kernel may pick it again meanwhile (measured: 13
--- of 2,000 sets of 10 successive bind-to-0 probes held a port twice). HAProxy binds with
--- SO_REUSEPORT, so two listeners of one configuration on one port both start and split its
--- traffic: the API's requests answered by another listener.
local handed_out = {}

--- A TCP port nobody listens on right now, and not handed out before in this run.
function M.free_port()
  for _ = 1, 100 do
    local server = assert(socket.bind("127.0.0.1", 0))
    local _, port = server:getsockname()
    server:close()
    port = tonumber(port)
    if not handed_out[port] then
      handed_out[port] = true
      return port
    end
  end
  error("no free port not handed out before, in 100 tries")
end

local function tmpdir()
  return (read_command("mktemp -d /tmp/haproxy-api-spec.XXXXXX"):gsub("%s+$", ""))
end

--- Writes `text` to the file at `path` (created or replaced), as it is.
function M.write_file(path, text)
  local file = assert(io.open(path, "wb"))
  file:write(text)
  file:close()
end
local write = M.write_file

--- Sends one command straight to a stats socket (not through the library) and returns the answer.
function M.raw(sock_path, command)
  local conn = unix.stream()
  conn:settimeout(5)
  assert(conn:connect(sock_path))
  assert(conn:send(command .. "\n"))
  local answer, err, partial = conn:receive("*a")
  conn:close()
  return answer or partial, err
end

--- Whether HAProxy's output says a port of its configuration was taken: another process
--- bound it between free_port's probe and HAProxy's bind (with noreuseport, HAProxy refuses
--- to share it instead of splitting its connections with that process).
local function port_taken(log)
  return log:find("cannot bind socket", 1, true) ~= nil or log:find("Address already in use", 1, true) ~= nil
end

--- Starts HAProxy. `config` is the configuration text; "${DIR}" and "${SOCK}"
--- are replaced by the temp dir and the admin socket path; `opts.ports` names
--- free ports to substitute as "${PORT:name}". Every listener is bound without
--- SO_REUSEPORT (global noreuseport): a port another process holds (a second
--- run of the suite, the bench) makes HAProxy fail at once rather than share
--- it; then it starts again on other ports, up to five times.
function M.start(config, opts)
  opts = opts or {}
  local self = setmetatable({ dir = tmpdir(), ports = {} }, M)
  -- Every HAProxy of the specs logs its errors here (level err and worse: a
  -- few lines, never the write log), and stop() fails on a Lua runtime
  -- error: one escaping to HAProxy is a bug whatever the spec checked.
  self.errors = syslog.listen()
  local first = "global\n  log 127.0.0.1:" .. self.errors.port .. " local0 err\n  noreuseport\n"
  local found
  config, found = config:gsub("^global\n", first, 1)
  if found == 0 then config = first .. config end
  self.sock = self.dir .. "/admin.sock"
  self.cfg = self.dir .. "/haproxy.cfg"
  self.pidfile = self.dir .. "/haproxy.pid"
  if opts.files then
    for name, content in pairs(opts.files) do
      local subdir = name:match("^(.*)/[^/]+$")
      if subdir then os.execute("mkdir -p " .. self.dir .. "/" .. subdir) end
      write(self.dir .. "/" .. name, content)
    end
  end
  for try = 1, 5 do
    local ok, err = self:launch(config, opts)
    if ok then return self end
    if try == 5 or not port_taken(err) then
      self:stop()
      error(err, 2)
    end
    io.stderr:write(string.format("support.haproxy: a port was taken by another process; starting again on other ports (%s)\n", err:match("[^\n]*cannot bind[^\n]*") or "address in use"))
    self:halt()
    self.ports = {}
  end
end

--- One try of start(): the configuration written with fresh ports, HAProxy started and
--- waited for. True, or false and what went wrong with HAProxy's output.
function M:launch(config, opts)
  local text = config:gsub("%${DIR}", self.dir):gsub("%${SOCK}", self.sock):gsub("%${ROOT}", ROOT)
  text = text:gsub("%${PORT:([%w_]+)}", function(name)
    if not self.ports[name] then self.ports[name] = M.free_port() end
    return tostring(self.ports[name])
  end)
  write(self.cfg, text)
  local log = self.dir .. "/haproxy.log"
  -- opts.args: more command-line arguments ("${DIR}" replaced), e.g. more -f files.
  local args = (opts.args or ""):gsub("%${DIR}", self.dir)
  -- Without a master (the usual case), HAProxy runs in the foreground
  -- (-db), its stderr in the log file, which stop() reads: HAProxy says
  -- there what it deprecates, and a daemon's stderr is closed. Without a
  -- stats socket to tell when it is ready, as a daemon, which returns once
  -- it is.
  -- opts.foreground: the master-worker specs' master stays attached and
  -- writes what it says to the log file too (its workers are told of
  -- only there).
  self.stderr = log
  -- opts.daemon: as a daemon all the same (the benchmark: a foreground HAProxy also writes every
  -- log line of its Lua to stderr, which production's daemon does not).
  if opts.foreground or opts.no_socket or opts.daemon then
    local command = opts.foreground and "%s -db -p %s -f %s %s >%s 2>&1 &" or "%s -D -p %s -f %s %s >%s 2>&1"
    os.remove(self.pidfile)
    if not os.execute(string.format(command, M.binary, self.pidfile, self.cfg, args, log)) then
      return false, "haproxy did not start:\n" .. self:log_text()
    end
    -- In master-worker mode (-W) the master writes the pidfile a moment after
    -- it started: wait for it, or stop() could not end this HAProxy.
    local ok = pcall(self.wait_for, self, function()
      local pid_file = io.open(self.pidfile)
      self.pid = pid_file and tonumber(pid_file:read("*l"))
      if pid_file then pid_file:close() end
      return self.pid ~= nil
    end, "the pidfile", 5)
    if not ok then return false, "haproxy started but wrote no pidfile:\n" .. self:log_text() end
    if opts.no_socket then return true end
  else
    self.pid = tonumber(read_command(string.format("%s -db -f %s %s >%s 2>&1 & echo $!", M.binary, self.cfg, args, log)):match("%d+"))
    -- Specs that reload with -sf find the running process here, as with a daemon's pidfile.
    write(self.pidfile, tostring(self.pid) .. "\n")
  end
  local ready, err = pcall(self.wait_for, self, function()
    if not self:alive() then error("exited", 0) end
    local answer = M.raw(self.sock, "show info")
    return answer and answer:find("Pid:") ~= nil
  end, "stats socket")
  if not ready then return false, "haproxy did not start (" .. tostring(err) .. "):\n" .. self:log_text() end
  return true
end

--- What HAProxy wrote to its stderr (the foreground ones), "" when nothing.
function M:log_text()
  local file = self.stderr and io.open(self.stderr)
  if not file then return "" end
  local text = file:read("*a")
  file:close()
  return text
end

--- Polls `check` until it returns true (readiness, not a fixed sleep); errors after `seconds`.
function M:wait_for(check, what, seconds)
  local deadline = socket.gettime() + (seconds or 10)
  while socket.gettime() < deadline do
    local ok, done = pcall(check)
    if ok and done then return end
    if not ok and done == "exited" then error("HAProxy exited while waiting for " .. what, 2) end
    socket.sleep(0.02)
  end
  error("timed out waiting for " .. what)
end

--- A command on this HAProxy's admin socket, straight (not through the library).
function M:command(command)
  return M.raw(self.sock, command)
end

--- Runs many commands on this HAProxy's admin socket, ";"-separated on
--- lines of at most 8 KiB (a line must fit in one buffer of the CLI, and
--- from 3.0 a connection runs only its first line): for filling maps and
--- tables in bulk.
function M:commands(commands)
  local line, size = {}, 0
  for _, command in ipairs(commands) do
    if size + #command + 1 > 8192 and #line > 0 then
      self:command(table.concat(line, ";"))
      line, size = {}, 0
    end
    line[#line + 1] = command
    size = size + #command + 1
  end
  if #line > 0 then self:command(table.concat(line, ";")) end
end

--- True while the HAProxy process is alive: it exists and is not a zombie
--- (in containers PID 1 may be slow to reap the daemon once it exited).
function M:alive()
  if self.pid == nil then return false end
  local file = io.open("/proc/" .. self.pid .. "/stat")
  if not file then return false end
  local stat = file:read("*a")
  file:close()
  return stat:match("^%d+ %b() (%a)") ~= "Z"
end

--- The Lua runtime errors HAProxy logged so far (error lines read as they are: UDP on loopback).
function M:runtime_errors()
  if not self.errors then return {} end
  return self.errors:wait("runtime error", math.huge, 0.05)
end

--- Ends this HAProxy's processes (and one that took over with -sf), keeping its temp dir.
function M:halt()
  -- A process that took over with -sf wrote its pid to the same file: a spec
  -- that failed before it learned that pid still leaves nothing running.
  local pid_file = self.pidfile and io.open(self.pidfile)
  local successor = pid_file and tonumber(pid_file:read("*l"))
  if pid_file then pid_file:close() end
  if successor and successor ~= self.pid then
    local current = self.pid
    self.pid = successor
    if self:alive() then os.execute("kill " .. successor .. " 2>/dev/null") end
    local deadline = socket.gettime() + 5
    while self:alive() and socket.gettime() < deadline do socket.sleep(0.02) end
    self.pid = current
  end
  if self.pid then
    os.execute("kill " .. self.pid .. " 2>/dev/null")
    local deadline = socket.gettime() + 5
    while self:alive() and socket.gettime() < deadline do socket.sleep(0.02) end
    if self:alive() then os.execute("kill -9 " .. self.pid .. " 2>/dev/null") end
    self.pid = nil
  end
end

--- Stops HAProxy and removes its temp dir; fails if HAProxy logged a Lua runtime error.
function M:stop()
  local errors = self:runtime_errors()
  -- HAProxy warns on stderr when Lua uses what it deprecates (2.8's .name, .uuid, .puid...).
  for line in self:log_text():gmatch("[^\n]+") do
    if line:find("deprecated", 1, true) then errors[#errors + 1] = line end
  end
  if self.errors then self.errors:close() end
  self.errors = nil
  self:halt()
  if self.dir then os.execute("rm -rf " .. self.dir) end
  self.dir = nil
  if #errors > 0 then error("HAProxy logged a Lua runtime error or a deprecation:\n" .. table.concat(errors, "\n"), 2) end
end

--- Reads one HTTP response from `conn`: status, headers (lower-case keys),
--- body. The body is read by Content-Length (to the close without one), so
--- a response is complete even while the connection stays open.
function M.read_response(conn, head_only)
  local status_line, err = conn:receive("*l")
  assert(status_line, "no HTTP answer: " .. tostring(err))
  local status = tonumber(status_line:match("^HTTP/1%.%d (%d+)"))
  assert(status, "not an HTTP status line: " .. status_line)
  local headers = {}
  while true do
    local line = assert(conn:receive("*l"))
    if line == "" then break end
    local name, value = line:match("^([^:]+):%s*(.-)%s*$")
    assert(name, "not an HTTP header line: " .. line)
    headers[name:lower()] = value
  end
  if head_only or status == 204 or status == 304 then return status, headers, "" end
  local length = tonumber(headers["content-length"])
  local body, partial
  if (headers["transfer-encoding"] or ""):lower() == "chunked" then
    assert(length == nil, "both Content-Length and chunked")
    body = M.read_chunks(conn)
  elseif length == 0 then
    body = ""
  elseif length then
    body, err, partial = conn:receive(length)
    assert(body, "body shorter than Content-Length " .. length .. ": " .. tostring(err) .. " " .. tostring(partial))
  else
    body, err, partial = conn:receive("*a")
    body = body or partial
  end
  return status, headers, body
end

--- Reads a chunked body from `conn`, checking the framing strictly: hex
--- sizes, CRLF after each chunk, a last chunk of size 0 and an empty line
--- (no trailers are sent by HAProxy here). Returns the body and the chunk count.
function M.read_chunks(conn)
  local parts = {}
  while true do
    local line = assert(conn:receive("*l"))
    local size = line:match("^(%x+)\r?$")
    assert(size, "not a chunk size line: " .. line)
    size = tonumber(size, 16)
    if size == 0 then
      local last = assert(conn:receive("*l"))
      assert(last == "" or last == "\r", "no empty line after the last chunk: " .. last)
      return table.concat(parts), #parts
    end
    local data, err = conn:receive(size)
    assert(data, "chunk shorter than its size " .. size .. ": " .. tostring(err))
    parts[#parts + 1] = data
    local ending = assert(conn:receive(2))
    assert(ending == "\r\n", "chunk not followed by CRLF")
  end
end

--- The text of one HTTP/1.1 request; a string body gets its Content-Length
--- unless `headers` already say how it travels.
function M.request_text(method, path, body, headers, keep_alive)
  local lines = { string.format("%s %s HTTP/1.1", method, path), "Host: localhost" }
  if not keep_alive then lines[#lines + 1] = "Connection: close" end
  local framed = false
  for name, value in pairs(headers or {}) do
    lines[#lines + 1] = name .. ": " .. value
    local lower = name:lower()
    if lower == "content-length" or lower == "transfer-encoding" then framed = true end
  end
  if body and not framed then lines[#lines + 1] = "Content-Length: " .. #body end
  return table.concat(lines, "\r\n") .. "\r\n\r\n" .. (body or "")
end

--- Sends raw bytes to 127.0.0.1:port and reads one response: status, headers, body.
function M.raw_http(port, text, timeout)
  local conn = socket.tcp()
  conn:settimeout(timeout or 10)
  assert(conn:connect("127.0.0.1", port))
  assert(conn:send(text))
  local ok, status, headers, body = pcall(M.read_response, conn, text:match("^HEAD ") ~= nil)
  conn:close()
  if not ok then error(status, 0) end
  return status, headers, body
end

--- An HTTP request to 127.0.0.1:port; returns status, headers (lower-case keys), body.
function M.http(port, method, path, body, headers)
  return M.raw_http(port, M.request_text(method, path, body, headers))
end

--- Sends every request at once, each { port = ..., text = ... } on its own
--- connection, then reads all the answers as they come: a list of
--- { status, headers, body, raw } (or { error = ... }) in the same order.
function M.parallel(requests, timeout)
  local conns, pending, received = {}, {}, {}
  for i, request in ipairs(requests) do
    local conn = socket.tcp()
    conn:settimeout(timeout or 10)
    assert(conn:connect("127.0.0.1", request.port))
    conns[i] = conn
  end
  for i, request in ipairs(requests) do
    assert(conns[i]:send(request.text))
    conns[i]:settimeout(0)
    pending[#pending + 1] = conns[i]
    received[conns[i]] = { index = i, parts = {} }
  end
  local answers = {}
  local deadline = socket.gettime() + (timeout or 10)
  while #pending > 0 and socket.gettime() < deadline do
    for _, conn in ipairs((socket.select(pending, nil, 1))) do
      local state = received[conn]
      local data, err, partial = conn:receive(65536)
      state.parts[#state.parts + 1] = data or partial
      if err == "closed" then
        conn:close()
        for j, other in ipairs(pending) do
          if other == conn then table.remove(pending, j) break end
        end
        answers[state.index] = table.concat(state.parts)
      end
    end
  end
  for _, conn in ipairs(pending) do conn:close() end
  local results = {}
  for i = 1, #requests do
    local head, body = (answers[i] or ""):match("^(.-)\r\n\r\n(.*)$")
    if not head then
      results[i] = { error = "no complete answer: " .. tostring(answers[i]) }
    else
      local headers = {}
      for name, value in head:gmatch("\r\n([^:]+):%s*([^\r]*)") do headers[name:lower()] = value end
      results[i] = { status = tonumber(head:match("^HTTP/1%.%d (%d+)")), headers = headers, body = body, raw = answers[i] }
    end
  end
  return results
end

return M

