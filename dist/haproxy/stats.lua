
local ____modules = {}
local ____moduleCache = {}
local ____originalRequire = require
local function require(file, ...)
    if ____moduleCache[file] then
        return ____moduleCache[file].value
    end
    if ____modules[file] then
        local module = ____modules[file]
        local value = nil
        if (select("#", ...) > 0) then value = module(...) else value = module(file) end
        ____moduleCache[file] = { value = value }
        return value
    else
        if ____originalRequire then
            return ____originalRequire(file)
        else
            error("module '" .. file .. "' not found")
        end
    end
end
____modules = {
["lualib_bundle"] = function(...) 
local function __TS__ArrayFind(self, predicate, thisArg)
    for i = 1, #self do
        local elem = self[i]
        if predicate(thisArg, elem, i - 1, self) then
            return elem
        end
    end
    return nil
end

return {
  __TS__ArrayFind = __TS__ArrayFind
}
 end,
["stats.address"] = function(...) 
local ____exports = {}
function ____exports.parseEndpoint(address, port)
    if type(address) ~= "string" or address == "" then
        return nil, "no socket address"
    end
    local unixPath = string.match(address, "^unix@(.+)$")
    if unixPath ~= nil then
        return {kind = "unix", path = unixPath}
    end
    local bare = string.gsub(address, "^ipv[46]@", "")
    if port ~= nil then
        return {kind = "tcp", host = bare, port = port}
    end
    local host, portText = string.match(bare, "^%[?([^%]]*)%]?:(%d+)$")
    if host ~= nil and host ~= "" then
        return {
            kind = "tcp",
            host = host,
            port = tonumber(portText)
        }
    end
    if bare ~= address then
        return nil, address .. ": no port"
    end
    return {kind = "unix", path = address}
end
function ____exports.describeEndpoint(endpoint)
    return endpoint.kind == "unix" and endpoint.path or (endpoint.host .. ":") .. tostring(endpoint.port)
end
return ____exports
 end,
["stats.errors"] = function(...) 
local ____exports = {}
local ErrorMeta = {__tostring = function(self)
    return self.command ~= nil and (("haproxy.stats: " .. self.command) .. ": ") .. self.message or "haproxy.stats: " .. self.message
end}
function ____exports.statsError(kind, message, command, haproxy)
    return setmetatable({kind = kind, message = message, command = command, haproxy = haproxy}, ErrorMeta)
end
function ____exports.isStatsError(value)
    return type(value) == "table" and getmetatable(value) == ErrorMeta
end
--- Lua patterns of HAProxy 2.6's CLI error answers, checked on the first line.
local answerErrors = {
    {"^Permission denied", "permission"},
    {"^Unknown command", "unknown_command"},
    {"^No such ", "not_found"},
    {"^Can't find ", "not_found"},
    {"^Unknown ", "not_found"},
    {"^Key not found", "not_found"},
    {"^entry not found", "not_found"},
    {"^key or pattern not found", "not_found"},
    {"^Filter entry #%d+: ", "rejected"},
    {"^Entry currently in use", "in_use"}
}
--- Recognises an error answer to a read command: HAProxy answers errors in
-- text, on the same channel as data. Returns undefined for a data answer.
function ____exports.answerError(command, answer)
    local firstLine = string.match(answer, "^([^\n]*)")
    for ____, ____value in ipairs(answerErrors) do
        local pattern = ____value[1]
        local kind = ____value[2]
        local found = string.find(firstLine, pattern)
        if found ~= nil then
            return ____exports.statsError(kind, firstLine, command, firstLine)
        end
    end
    return nil
end
--- A write command ("set ...", "enable ...") answers nothing when it worked:
-- any text is HAProxy refusing it, classified like a read's errors.
function ____exports.writeError(command, answer)
    local text = string.match(answer, "^%s*(.-)%s*$")
    if text == "" then
        return nil
    end
    return ____exports.answerError(command, text) or ____exports.statsError("refused", text, command, text)
end
return ____exports
 end,
["stats.gate"] = function(...) 
local ____exports = {}
function ____exports.newGate(capacity)
    return {
        capacity = capacity,
        held = {},
        count = 0,
        queue = {},
        head = 1,
        tail = 0
    }
end
--- HAProxy's clock, in milliseconds.
function ____exports.nowMs()
    local now = core.now()
    return now.sec * 1000 + now.usec / 1000
end
--- Takes back the slots whose holders are past their expiry.
local function reclaim(gate, now)
    for slot, expiry in pairs(gate.held) do
        if expiry < now then
            gate.held[slot] = nil
            gate.count = gate.count - 1
        end
    end
end
--- The first ticket still waiting; tickets given up, or abandoned a second past their deadline, are dropped.
local function first(gate, now)
    while gate.head <= gate.tail do
        local ticket = gate.queue[gate.head]
        if not ticket.gone and ticket.deadline + 1000 >= now then
            return ticket
        end
        gate.queue[gate.head] = nil
        gate.head = gate.head + 1
    end
    return nil
end
local function take(gate, now, holdSeconds)
    local slot = {}
    gate.held[slot] = now + holdSeconds * 1000
    gate.count = gate.count + 1
    return slot
end
--- Waits up to `waitSeconds` for a slot and returns it, to give back with
-- leave(); undefined when none freed in time. The slot expires after
-- `holdSeconds`, the longest its holder can legitimately keep it.
function ____exports.enter(gate, waitSeconds, holdSeconds)
    local now = ____exports.nowMs()
    if gate.count < gate.capacity and first(gate, now) == nil then
        return take(gate, now, holdSeconds)
    end
    local ticket = {deadline = now + waitSeconds * 1000}
    gate.tail = gate.tail + 1
    gate.queue[gate.tail] = ticket
    do
        while true do
            if gate.count >= gate.capacity then
                reclaim(gate, now)
            end
            if gate.count < gate.capacity and first(gate, now) == ticket then
                gate.queue[gate.head] = nil
                gate.head = gate.head + 1
                return take(gate, now, holdSeconds)
            end
            if now >= ticket.deadline then
                ticket.gone = true
                return nil
            end
            core.yield()
            now = ____exports.nowMs()
        end
    end
end
function ____exports.leave(gate, slot)
    if gate.held[slot] == nil then
        return
    end
    gate.held[slot] = nil
    gate.count = gate.count - 1
end
return ____exports
 end,
["stats.client"] = function(...) 
local ____exports = {}
local clockMs, newStream, connect, connectAndSend, receiveError, executeNow, dumpNow, readFramed, executeEachNow, DUMP_CHUNK, DUMP_WAKE_SECONDS
local ____address = require("stats.address")
local describeEndpoint = ____address.describeEndpoint
local parseEndpoint = ____address.parseEndpoint
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local ____gate = require("stats.gate")
local enter = ____gate.enter
local leave = ____gate.leave
local newGate = ____gate.newGate
local nowMs = ____gate.nowMs
--- True when running inside HAProxy (the `core` global and its sockets exist).
function ____exports.insideHAProxy()
    local host = _G.core
    return host ~= nil and type(host.tcp) == "function"
end
function clockMs()
    return ____exports.insideHAProxy() and nowMs() or 0
end
function newStream(endpoint)
    if ____exports.insideHAProxy() then
        return core.tcp()
    end
    if endpoint.kind == "unix" then
        local unix = require("socket.unix")
        return unix.stream()
    end
    local socket = require("socket")
    return socket.tcp()
end
function connect(client, command)
    local endpoint, problem = parseEndpoint(client.address, client.port)
    if endpoint == nil then
        return nil, statsError("invalid", "socket address: " .. problem, command)
    end
    local stream = newStream(endpoint)
    stream:settimeout(client.timeout)
    local connected = endpoint.kind == "unix" and (____exports.insideHAProxy() and ({stream:connect("unix@" .. endpoint.path)}) or ({stream:connect(endpoint.path)})) or ({stream:connect(endpoint.host, endpoint.port)})
    local ok, err = table.unpack(connected, 1, 2)
    if ok == nil then
        stream:close()
        return nil, statsError(
            "connect",
            (("cannot connect to " .. describeEndpoint(endpoint)) .. ": ") .. err,
            command
        )
    end
    return stream
end
function connectAndSend(client, command)
    local stream, connectErr = connect(client, command)
    if stream == nil then
        return nil, connectErr
    end
    local sent, sendErr = stream:send(command .. "\n")
    if sent == nil then
        stream:close()
        return nil, statsError("closed", "cannot send: " .. sendErr, command)
    end
    return stream
end
function receiveError(client, command, err, startedMs)
    if err == "timeout" or ____exports.insideHAProxy() and clockMs() - startedMs >= client.timeout * 1000 then
        return statsError(
            "timeout",
            ("no complete answer within " .. tostring(client.timeout)) .. "s",
            command
        )
    end
    return statsError("closed", ("connection closed before the answer was complete (" .. err) .. ")", command)
end
function executeNow(client, command)
    local started = clockMs()
    local stream, connectErr = connectAndSend(client, command)
    if stream == nil then
        return nil, connectErr
    end
    local answer, err, partial = stream:receive("*a")
    stream:close()
    if answer == nil then
        if err == "closed" and partial ~= nil and partial ~= "" then
            return partial
        end
        return nil, receiveError(client, command, err, started)
    end
    return answer
end
function dumpNow(client, command)
    local started = clockMs()
    local stream, connectErr = connectAndSend(client, command)
    if stream == nil then
        return nil, connectErr
    end
    local parts = {}
    local chunk, err, partial = stream:receive(DUMP_CHUNK)
    if chunk ~= nil then
        stream:settimeout(DUMP_WAKE_SECONDS)
    end
    while chunk ~= nil and chunk ~= "" do
        parts[#parts + 1] = chunk
        if clockMs() - started >= client.timeout * 1000 then
            stream:close()
            return nil, statsError(
                "timeout",
                ("no complete answer within " .. tostring(client.timeout)) .. "s",
                command
            )
        end
        chunk, err, partial = stream:receive(DUMP_CHUNK)
    end
    stream:close()
    if partial ~= nil and partial ~= "" then
        parts[#parts + 1] = partial
    end
    if #parts == 0 then
        if clockMs() - started < client.timeout * 1000 then
            return ""
        end
        return nil, receiveError(client, command, err or "closed", started)
    end
    local answer = table.concat(parts)
    if #parts > 1 and string.sub(answer, -2) ~= "\n\n" then
        return nil, statsError(
            "closed",
            ("the answer was cut short after " .. tostring(#answer)) .. " bytes; retry",
            command
        )
    end
    return answer
end
function readFramed(stream, lines)
    do
        while true do
            local line, err = stream:receive("*l")
            if line == nil then
                return err
            end
            if line == "" then
                break
            end
            lines[#lines + 1] = line
        end
    end
    local prompt, err = stream:receive(2)
    if prompt == nil then
        return err
    end
    return nil
end
function executeEachNow(client, commands)
    local started = clockMs()
    local stream, connectErr = connectAndSend(client, "prompt")
    if stream == nil then
        return nil, connectErr
    end
    local greeting = {}
    local greetingErr = readFramed(stream, greeting)
    if greetingErr ~= nil then
        stream:close()
        return nil, receiveError(client, "prompt", greetingErr, started)
    end
    local answers = {}
    for ____, command in ipairs(commands) do
        local sent, err = stream:send(command .. "\n")
        if sent == nil then
            stream:close()
            return nil, statsError("closed", "cannot send: " .. err, command)
        end
        local lines = {}
        local readErr = readFramed(stream, lines)
        if readErr ~= nil then
            stream:close()
            return nil, receiveError(client, command, readErr, started)
        end
        lines[#lines + 1] = ""
        answers[#answers + 1] = table.concat(lines, "\n")
    end
    stream:send("quit\n")
    stream:close()
    return answers
end
--- Stats-socket connections this process's Lua keeps open at most.
____exports.SESSIONS = 5
local sessions = newGate(____exports.SESSIONS)
____exports.DEFAULT_ADDRESS = "/run/haproxy/admin.sock"
____exports.DEFAULT_TIMEOUT = 3
--- Runs `run` holding one of the SESSIONS slots (inside HAProxy); a 504-kind error if none frees within the timeout.
local function gated(client, command, run)
    if not ____exports.insideHAProxy() then
        return run()
    end
    local slot = enter(sessions, client.timeout, 2 * client.timeout + 1)
    if slot == nil then
        return nil, statsError(
            "timeout",
            ((("all " .. tostring(____exports.SESSIONS)) .. " stats socket connections of this process stayed busy for ") .. tostring(client.timeout)) .. "s",
            command
        )
    end
    local value, err = run()
    leave(sessions, slot)
    if value == nil then
        return nil, err
    end
    return value
end
--- Sends one command on a fresh connection and returns HAProxy's whole answer
-- (the CLI closes the connection after one command in non-interactive mode).
function ____exports.execute(client, command)
    return gated(
        client,
        command,
        function() return executeNow(client, command) end
    )
end
DUMP_CHUNK = 8192
DUMP_WAKE_SECONDS = 0.02
--- Sends one dump command ("show map <ref>", "show table <name>"...), whose
-- answer may be larger than a buffer and cannot be split into smaller
-- commands, and returns HAProxy's whole answer.
-- 
-- Inside HAProxy 2.6, once a buffer is full the CLI is not woken when the
-- reader empties it: the rest arrives only when the socket's timeout fires,
-- which does not end the stream here but lets the CLI go on. So after the
-- first read (which may wait the client's whole timeout for HAProxy to
-- start answering) each read gets a short timeout. Should one of them end
-- the stream instead, the answer lacks the empty line that ends every
-- dump, and the call fails rather than return part of the answer.
function ____exports.executeDump(client, command)
    if not ____exports.insideHAProxy() then
        return ____exports.execute(client, command)
    end
    return gated(
        client,
        command,
        function() return dumpNow(client, command) end
    )
end
--- Runs `commands` one after the other on one interactive session and returns
-- their answers, in order. Each answer must end with HAProxy's empty line
-- ("show stat", "show servers state" and other dumps do): only send commands
-- known to. One answer never waits behind another, so none outgrows a buffer.
function ____exports.executeEach(client, commands)
    return gated(
        client,
        "prompt",
        function() return executeEachNow(client, commands) end
    )
end
return ____exports
 end,
["stats.types"] = function(...) 
local ____exports = {}
--- Row types of "show stat", the codes in its "type" column.
-- The numbers are HAProxy's, kept under the names lua-haproxy exported.
____exports.stats_types = {FRONTEND = 0, BACKEND = 1, SERVER = 2, SOCKET = 3}
--- The "show stat <proxy> <type> <sid>" filter takes a bitmask, not the row
-- type: 1 frontends, 2 backends, 4 servers, -1 everything.
____exports.stat_filter = {FRONTEND = 1, BACKEND = 2, SERVER = 4, ANY = -1}
return ____exports
 end,
["stats.words"] = function(...) 
local ____exports = {}
local DUMP_ESCAPES
--- Longest word accepted: a command line must fit in HAProxy's 16 KiB buffer.
____exports.WORD_MAX_LENGTH = 4096
--- The reason `text` can't travel as one word, or undefined when it can.
function ____exports.wordProblem(text)
    if type(text) ~= "string" then
        return "expected a string, got " .. type(text)
    end
    local word = text
    if #word == 0 then
        return "empty text"
    end
    if #word > ____exports.WORD_MAX_LENGTH then
        return ("longer than " .. tostring(____exports.WORD_MAX_LENGTH)) .. " bytes"
    end
    if (string.find(word, "[\r\n%z]")) ~= nil then
        return "CR, LF and NUL can't be sent to HAProxy's CLI"
    end
    return nil
end
--- `text` escaped as one word of a command line, or undefined and why it can't be.
function ____exports.word(text)
    local problem = ____exports.wordProblem(text)
    if problem ~= nil then
        return nil, problem
    end
    local escaped = string.gsub(text, "[\\; \t]", "\\%0")
    return escaped
end
--- Longest text a message quotes; the rest is cut, marked with "...".
local QUOTE_MAX = 80
--- `value` as an error message shows it: a string quoted (escapes visible, newlines as \n, cut after 80 bytes), anything else as tostring.
function ____exports.quoted(value)
    if type(value) ~= "string" then
        return tostring(value)
    end
    local text = value
    local shown = string.gsub(
        string.format(
            "%q",
            string.sub(text, 1, QUOTE_MAX)
        ),
        "\\\n",
        "\\n"
    )
    return #text > QUOTE_MAX and shown .. "..." or shown
end
--- Whitespace: map keys can't hold it, since "show map" prints key and value separated by a space.
function ____exports.hasBlank(text)
    return (string.find(text, "[ \t]")) ~= nil
end
--- "#<id>" or "#0x<hex>": how HAProxy names a map or ACL by id and an entry
-- by its reference. A key starting with "#" would be read as one, so such
-- keys are only reached by their entry's id.
function ____exports.isReference(text)
    return string.sub(text, 1, 1) == "#"
end
--- Undoes HAProxy's dump_text() escaping of stick-table string keys ("\ ", "\=", "\\", "\t", "\xHH"...).
function ____exports.unescapeDump(text)
    if (string.find(text, "\\", 1, true)) == nil then
        return text
    end
    local plain = string.gsub(
        text,
        "\\(x?)(.)(%x?)",
        function(hex, first, rest)
            if hex == "x" then
                return string.char(tonumber(first .. rest, 16) or 63)
            end
            local named = DUMP_ESCAPES[first]
            return (named or first) .. rest
        end
    )
    return plain
end
DUMP_ESCAPES = {}
DUMP_ESCAPES.t = "\t"
DUMP_ESCAPES.n = "\n"
DUMP_ESCAPES.r = "\r"
DUMP_ESCAPES.e = ""
return ____exports
 end,
["stats.commands"] = function(...) 
local ____exports = {}
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local ____words = require("stats.words")
local quoted = ____words.quoted
--- HAProxy's legal characters in proxy and server names (cfgparse: invalid_char).
local NAME_PATTERN = "^[%w%.%-_:]+$"
--- Longer than any sane name; HAProxy itself has no limit, a command line does.
____exports.NAME_MAX_LENGTH = 255
--- Returns the reason `name` can't be a proxy or server name, or undefined when it can.
function ____exports.nameProblem(name)
    if type(name) ~= "string" then
        return "expected a name, got " .. type(name)
    end
    local text = name
    if #text == 0 then
        return "empty name"
    end
    if #text > ____exports.NAME_MAX_LENGTH then
        return ("name longer than " .. tostring(____exports.NAME_MAX_LENGTH)) .. " characters"
    end
    local ok = string.find(text, NAME_PATTERN)
    if ok == nil then
        return "name may only hold letters, digits, '.', '-', '_' and ':'"
    end
    return nil
end
--- The numeric id `ref` stands for (a number, or digits as lua-haproxy took them), if any.
function ____exports.numericId(ref)
    if type(ref) == "string" then
        local digits = string.match(ref, "^%d+$")
        if digits == nil or #digits > 9 then
            return nil
        end
    elseif type(ref) ~= "number" then
        return nil
    end
    local id = math.tointeger(tonumber(ref) or -1)
    return id ~= nil and id >= 1 and id or nil
end
--- A proxy or server reference: a name, or a numeric id (lua-haproxy looked up both).
function ____exports.proxyRef(ref)
    if type(ref) == "number" then
        local id = ____exports.numericId(ref)
        if id == nil then
            return nil, "id must be a positive integer"
        end
        return string.format("%d", id)
    end
    local problem = ____exports.nameProblem(ref)
    if problem ~= nil then
        return nil, problem
    end
    return ref
end
local function invalid(what, problem)
    return nil, statsError("invalid", (what .. ": ") .. problem)
end
--- The error for a refused name, quoting it ("%q" keeps control characters visible).
function ____exports.invalidName(what, name, problem)
    return statsError(
        "invalid",
        (((what .. " ") .. quoted(name)) .. ": ") .. problem
    )
end
--- "<backend>/<server>", both names checked.
local function serverPath(backend, server)
    local backendProblem = ____exports.nameProblem(backend)
    if backendProblem ~= nil then
        return nil, ____exports.invalidName("backend", backend, backendProblem)
    end
    local serverProblem = ____exports.nameProblem(server)
    if serverProblem ~= nil then
        return nil, ____exports.invalidName("server", server, serverProblem)
    end
    return (backend .. "/") .. server
end
--- "show stat <proxy> <mask> <sid>": proxy "-1" for all, mask a stat_filter sum, sid -1 for all.
function ____exports.showStat(proxy, mask, sid)
    return string.format("show stat %s %d %d", proxy, mask, sid)
end
function ____exports.showServersState(backend)
    local problem = ____exports.nameProblem(backend)
    if problem ~= nil then
        return nil, ____exports.invalidName("backend", backend, problem)
    end
    return "show servers state " .. backend
end
function ____exports.getWeight(backend, server)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    return "get weight " .. path
end
--- "set weight": an integer 0-256, or "N%" of the initial weight. Integers are
-- formatted with %d: HAProxy refuses "7.0", which is how Lua prints 7.0.
function ____exports.setWeight(backend, server, weight)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    if type(weight) == "number" then
        local integer = math.tointeger(weight)
        if integer == nil or integer < 0 or integer > 256 then
            return invalid("weight", "must be an integer from 0 to 256")
        end
        return string.format("set weight %s %d", path, integer)
    end
    if type(weight) == "string" then
        local digits = string.match(weight, "^(%d+)%%$")
        local percent = digits ~= nil and math.tointeger(tonumber(digits) or -1) or nil
        if percent == nil or percent > 100 or #digits > 3 then
            return invalid("weight", "percentage must be from 0% to 100%")
        end
        return string.format("set weight %s %d%%", path, percent)
    end
    return invalid(
        "weight",
        "expected an integer or \"N%\", got " .. type(weight)
    )
end
local adminStates = {}
adminStates.ready = true
adminStates.drain = true
adminStates.maint = true
local healths = {}
healths.up = true
healths.stopping = true
healths.down = true
function ____exports.setState(backend, server, state)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    if type(state) ~= "string" or not (adminStates[state] ~= nil) then
        return invalid("admin_state", "must be one of ready, drain, maint")
    end
    return (("set server " .. path) .. " state ") .. state
end
function ____exports.setHealth(backend, server, health)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    if type(health) ~= "string" or not (healths[health] ~= nil) then
        return invalid("health", "must be one of up, stopping, down")
    end
    return (("set server " .. path) .. " health ") .. health
end
function ____exports.enableServer(backend, server)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    return "enable server " .. path
end
function ____exports.disableServer(backend, server)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    return "disable server " .. path
end
--- An IPv4 address, each byte 0-255.
local function isIPv4(text)
    local a, b, c, d = string.match(text, "^(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$")
    if a == nil then
        return false
    end
    for ____, part in ipairs({a, b, c, d}) do
        if tonumber(part) > 255 then
            return false
        end
    end
    return true
end
--- Roughly IPv6 (hex groups and colons, an IPv4 tail allowed); HAProxy checks the rest.
local function isIPv6(text)
    return #text <= 45 and (string.find(text, ":")) ~= nil and (string.find(text, "^[%x:%.]+$")) ~= nil
end
--- "set server <b>/<s> addr <ip> [port <port>]". Only IP addresses: HAProxy
-- 2.6 refuses host names here. The port is checked here, because HAProxy
-- takes 99999 and silently wraps it.
function ____exports.setServerAddress(backend, server, address, port)
    local path, err = serverPath(backend, server)
    if path == nil then
        return nil, err
    end
    if type(address) ~= "string" or not (isIPv4(address) or isIPv6(address)) then
        return invalid("address", "must be an IPv4 or IPv6 address")
    end
    if port == nil then
        return (("set server " .. path) .. " addr ") .. address
    end
    local number = type(port) == "number" and math.tointeger(port) or nil
    if number == nil or number < 1 or number > 65535 then
        return invalid("port", "must be an integer from 1 to 65535")
    end
    return string.format("set server %s addr %s port %d", path, address, number)
end
return ____exports
 end,
["stats.parsers"] = function(...) 
local ____exports = {}
--- The metatable that orders a table's fields as `fields` when encoded as JSON.
function ____exports.ordered(fields)
    return {__jsonorder = fields, __jsonclosed = true}
end
--- Integers become numbers (never floats: "5" must not print as 5.0); the rest stays text.
function ____exports.value(field)
    if field == "" then
        return field
    end
    local integer = string.match(field, "^%-?%d+$")
    if integer ~= nil and #field < 19 then
        return math.tointeger(tonumber(field))
    end
    return field
end
--- Splits one CSV line, quoted fields included ("a,b" and "" escapes).
local function csvFields(line)
    local fields = {}
    local position = 1
    local length = #line
    while position <= length do
        if string.sub(line, position, position) == "\"" then
            local text = ""
            local cursor = position + 1
            do
                while true do
                    local quote = string.find(line, "\"", cursor, true)
                    if quote == nil then
                        text = text .. string.sub(line, cursor)
                        cursor = length + 1
                        break
                    end
                    text = text .. string.sub(line, cursor, quote - 1)
                    if string.sub(line, quote + 1, quote + 1) == "\"" then
                        text = text .. "\""
                        cursor = quote + 2
                    else
                        cursor = quote + 1
                        break
                    end
                end
            end
            fields[#fields + 1] = text
            local comma = string.find(line, ",", cursor, true)
            position = comma == nil and length + 1 or comma + 1
        else
            local comma = string.find(line, ",", position, true)
            local stop = comma == nil and length + 1 or comma
            fields[#fields + 1] = string.sub(line, position, stop - 1)
            position = stop + 1
        end
    end
    return fields
end
--- The header line's names, in order ("# pxname,svname,...,").
local function csvHeader(line)
    return csvFields((string.gsub(line, "^#%s*", "")))
end
--- Header lines seen, with their names and row metatable: every answer of a
-- process has the same header, so it is split once, and the encoder's
-- per-order cache (http/jsonencode.ts) lasts across requests. Bounded.
local headers = {}
local headerCount = 0
local function headerOf(line)
    local known = headers[line]
    if known == nil then
        if headerCount >= 16 then
            for key in pairs(headers) do
                headers[key] = nil
            end
            headerCount = 0
        end
        local names = csvHeader(line)
        known = {
            names = names,
            order = ____exports.ordered(names)
        }
        headers[line] = known
        headerCount = headerCount + 1
    end
    return known
end
--- Parses "show stat" CSV into an array of rows keyed by the header's names:
-- integers as numbers, empty fields as "" (lua-haproxy's shape). Answers of
-- several commands may be concatenated: every header line starts a new block.
function ____exports.parse_stats(csv)
    local rows = {}
    local header = {}
    local order = ____exports.ordered(header)
    for line in string.gmatch(csv, "([^\n]*)\n?") do
        do
            if line == "" then
                goto __continue21
            end
            if string.sub(line, 1, 1) == "#" then
                local known = headerOf(line)
                header = known.names
                order = known.order
                goto __continue21
            end
            local row = setmetatable({}, order)
            local quoted = string.find(line, "\"", 1, true)
            if quoted == nil then
                local index = 0
                for field in string.gmatch(line, "([^,]*),") do
                    local name = header[index + 1]
                    if name ~= nil then
                        row[name] = ____exports.value(field)
                    end
                    index = index + 1
                end
            else
                local fields = csvFields(line)
                do
                    local index = 0
                    while index < #header do
                        local field = fields[index + 1]
                        if field ~= nil then
                            row[header[index + 1]] = ____exports.value(field)
                        end
                        index = index + 1
                    end
                end
            end
            rows[#rows + 1] = row
        end
        ::__continue21::
    end
    return rows
end
--- Parses "show info" ("Name: value" lines) into a table; integers as numbers.
function ____exports.parse_info(text)
    local names = {}
    local info = setmetatable(
        {},
        ____exports.ordered(names)
    )
    for name, field in string.gmatch(text, "([^:\n]+):[ \t]*([^\n]*)") do
        local trimmed = string.match(field, "^(.-)%s*$")
        if not (info[name] ~= nil) then
            names[#names + 1] = name
        end
        info[name] = ____exports.value(trimmed or field)
    end
    return info
end
local MAINT_BITS = 1 | 2 | 4 | 32 | 64
local DRAIN_BITS = 8 | 16
--- Decodes srv_admin_state, a decimal bitmask, into ready, drain or maint.
function ____exports.decode_admin_state(bits)
    if bits & MAINT_BITS ~= 0 then
        return "maint"
    end
    if bits & DRAIN_BITS ~= 0 then
        return "drain"
    end
    return "ready"
end
--- Decodes srv_op_state (stopped 0, starting 1, running 2, stopping 3).
function ____exports.decode_operational_state(state)
    if state == 0 then
        return "down"
    end
    if state == 3 then
        return "stopping"
    end
    return "up"
end
--- Parses "show servers state [<backend>]": a format version line, a header
-- ("# be_id be_name ..."), then one space-separated line per server. Adds
-- `admin_state` and `operational_state` beside the raw fields.
function ____exports.parse_servers_state(text)
    local states = {}
    local header
    local order = ____exports.ordered({})
    for line in string.gmatch(text, "([^\n]*)\n?") do
        if string.sub(line, 1, 1) == "#" then
            header = {}
            local fields = {"admin_state", "operational_state"}
            for name in string.gmatch(
                string.sub(line, 2),
                "%S+"
            ) do
                header[#header + 1] = name
                fields[#fields + 1] = name
            end
            order = ____exports.ordered(fields)
        elseif header ~= nil and line ~= "" then
            local state = setmetatable({}, order)
            local index = 0
            for field in string.gmatch(line, "%S+") do
                local name = header[index + 1]
                if name ~= nil then
                    state[name] = ____exports.value(field)
                end
                index = index + 1
            end
            local admin = state.srv_admin_state
            local operational = state.srv_op_state
            if type(admin) == "number" then
                state.admin_state = ____exports.decode_admin_state(admin)
            end
            if type(operational) == "number" then
                state.operational_state = ____exports.decode_operational_state(operational)
            end
            states[#states + 1] = state
        end
    end
    return states
end
local WEIGHT_ORDER = ____exports.ordered({"current", "initial"})
--- Parses "get weight" ("10 (initial 10)").
function ____exports.parse_weight(text)
    local current, initial = string.match(text, "^(%d+) %(initial (%d+)%)")
    if current == nil then
        return nil
    end
    return setmetatable(
        {
            current = ____exports.value(current),
            initial = ____exports.value(initial)
        },
        WEIGHT_ORDER
    )
end
return ____exports
 end,
["stats.pattern_parsers"] = function(...) 
local ____exports = {}
local ____parsers = require("stats.parsers")
local ordered = ____parsers.ordered
local value = ____parsers.value
local LIST_ORDER = ordered({"id", "file", "description", "entry_count"})
local MAP_ENTRY_ORDER = ordered({"id", "key", "value"})
local ACL_ENTRY_ORDER = ordered({"id", "value"})
--- Parses "show map" or "show acl": "<id> (<file>) <description> curr_ver=.. next_ver=.. entry_cnt=<n>" lines.
function ____exports.parse_pattern_list(text)
    local list = {}
    for line in string.gmatch(text, "[^\n]+") do
        local id, file, description, count = string.match(line, "^(%d+) %((.-)%) (.-) curr_ver=%d+ next_ver=%d+ entry_cnt=(%d+)")
        if id ~= nil then
            local ____temp_3 = #list + 1
            local ____setmetatable_2 = setmetatable
            local ____value_result_1 = value(id)
            local ____temp_0
            if file == "" then
                ____temp_0 = nil
            else
                ____temp_0 = file
            end
            list[____temp_3] = ____setmetatable_2(
                {
                    id = ____value_result_1,
                    file = ____temp_0,
                    description = description,
                    entry_count = value(count)
                },
                LIST_ORDER
            )
        end
    end
    return list
end
--- Parses "show map <ref>": "0x<ptr> <key> <value>" lines. A map key holds no
-- blank (map files split on the first one), so the value is the rest.
function ____exports.parse_map_entries(text)
    local entries = {}
    for line in string.gmatch(text, "[^\n]+") do
        local id, key, rest = string.match(line, "^(0x%x+) (%S+) ?(.*)$")
        if id ~= nil then
            entries[#entries + 1] = setmetatable({id = "#" .. id, key = key, value = rest}, MAP_ENTRY_ORDER)
        end
    end
    return entries
end
--- Parses "show acl <ref>": "0x<ptr> <pattern>" lines; a pattern may hold blanks.
function ____exports.parse_acl_entries(text)
    local entries = {}
    for line in string.gmatch(text, "[^\n]+") do
        local id, pattern = string.match(line, "^(0x%x+) (.*)$")
        if id ~= nil then
            entries[#entries + 1] = setmetatable({id = "#" .. id, value = pattern}, ACL_ENTRY_ORDER)
        end
    end
    return entries
end
local LOOKUP_ORDER = ordered({
    "method",
    "found",
    "case_sensitive",
    "key",
    "value"
})
--- Parses "get map|acl <ref> <input>": per match method, "type=beg, case=sensitive,
-- found=yes, idx=tree, key="k", value="v", type="str"" (ACLs say match= and pattern=).
function ____exports.parse_lookup(text)
    local results = {}
    for line in string.gmatch(text, "[^\n]+") do
        local method = string.match(line, "^type=([%w_]+),")
        if method ~= nil then
            local found = string.match(line, ", found=(%a+)")
            local matched = string.match(line, ", match=(%a+)")
            local key = string.match(line, ", key=\"(.-)\", value=\"")
            local mapped = string.match(line, ", value=\"(.*)\", type=\"[%w_]*\"$")
            local pattern = string.match(line, ", pattern=\"(.*)\"$")
            results[#results + 1] = setmetatable({
                method = method,
                found = (found or matched) == "yes",
                case_sensitive = (string.find(line, ", case=sensitive", 1, true)) ~= nil,
                key = key or pattern,
                value = mapped
            }, LOOKUP_ORDER)
        end
    end
    return results
end
return ____exports
 end,
["stats.pattern_commands"] = function(...) 
local ____exports = {}
local invalid, textWord
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local ____words = require("stats.words")
local hasBlank = ____words.hasBlank
local isReference = ____words.isReference
local quoted = ____words.quoted
local word = ____words.word
function invalid(what, problem)
    return nil, statsError("invalid", (what .. ": ") .. problem)
end
function textWord(what, text)
    local escaped, problem = word(text)
    if escaped == nil then
        return invalid(
            type(text) == "string" and (what .. " ") .. quoted(text) or what,
            problem
        )
    end
    return escaped
end
--- A map or ACL reference as one word: "#<id>" as is, a file escaped.
function ____exports.patternRef(kind, ref)
    if type(ref) == "string" and isReference(ref) then
        if (string.find(ref, "^#%d+$")) == nil or #ref > 10 then
            return invalid(
                kind,
                quoted(ref) .. " is not \"#<id>\" (digits) nor a file"
            )
        end
        return ref
    end
    return textWord(kind, ref)
end
--- True for an entry id as the listing prints it, prefixed with "#": "#0x55d0c3a1b2c0".
function ____exports.isEntryId(text)
    return type(text) == "string" and (string.find(text, "^#0x%x+$")) ~= nil and #text <= 19
end
--- The word naming entries: an entry id ("#0x...") as is, otherwise a key.
-- Any other key starting with "#" is refused: HAProxy would read it as an id.
local function entryWord(what, keyOrId)
    if ____exports.isEntryId(keyOrId) then
        return keyOrId
    end
    if type(keyOrId) == "string" and isReference(keyOrId) then
        return invalid(
            what,
            quoted(keyOrId) .. " starts with \"#\", which HAProxy reads as an entry id (\"#0x...\" as listed); name such an entry by its id"
        )
    end
    return textWord(what, keyOrId)
end
--- A map key: free text without blanks ("show map" separates key and value with a space).
local function mapKey(key)
    if type(key) == "string" and hasBlank(key) then
        return invalid(
            "key " .. quoted(key),
            "map keys can't hold spaces or tabs"
        )
    end
    return textWord("key", key)
end
--- Joins the words of a command, or passes on the first refusal.
local function join(head, parts)
    local words = {head}
    for ____, ____value in ipairs(parts) do
        local text = ____value[1]
        local err = ____value[2]
        if text == nil then
            return nil, err
        end
        words[#words + 1] = text
    end
    return table.concat(words, " ")
end
--- "show map" / "show acl": every map or ACL with its id, file and entry count.
function ____exports.showPatterns(kind)
    return "show " .. kind
end
--- "show map <ref>": the entries of one map or ACL.
function ____exports.showEntries(kind, ref)
    return join(
        "show " .. kind,
        {{____exports.patternRef(kind, ref)}}
    )
end
--- "get map <ref> <input>": which entry HAProxy's match method picks for `input`.
function ____exports.lookup(kind, ref, input)
    return join(
        "get " .. kind,
        {
            {____exports.patternRef(kind, ref)},
            {textWord("input", input)}
        }
    )
end
--- "add map <ref> <key> <value>". A key starting with "#" is taken as is here; later commands reach it by entry id.
function ____exports.addMapEntry(ref, key, value)
    return join(
        "add map",
        {
            {____exports.patternRef("map", ref)},
            {mapKey(key)},
            {textWord("value", value)}
        }
    )
end
--- "set map <ref> <key>|#<id> <value>": every entry of that key, or the one entry.
function ____exports.setMapEntry(ref, keyOrId, value)
    return join(
        "set map",
        {
            {____exports.patternRef("map", ref)},
            {entryWord("key", keyOrId)},
            {textWord("value", value)}
        }
    )
end
function ____exports.addAclEntry(ref, value)
    return join(
        "add acl",
        {
            {____exports.patternRef("acl", ref)},
            {textWord("value", value)}
        }
    )
end
--- "del map|acl <ref> <key>|#<id>": every entry of that key, or the one entry.
function ____exports.delEntry(kind, ref, keyOrId)
    return join(
        "del " .. kind,
        {
            {____exports.patternRef(kind, ref)},
            {entryWord(kind == "map" and "key" or "value", keyOrId)}
        }
    )
end
function ____exports.clearEntries(kind, ref)
    return join(
        "clear " .. kind,
        {{____exports.patternRef(kind, ref)}}
    )
end
return ____exports
 end,
["stats.plan"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFind = ____lualib.__TS__ArrayFind
local ____exports = {}
local ____commands = require("stats.commands")
local showStat = ____commands.showStat
local ____types = require("stats.types")
local stat_filter = ____types.stat_filter
--- Above this many servers a proxy's rows are read one server at a time.
____exports.SERVERS_PER_COMMAND = 30
--- Listener rows ("SOCKET") come with this bit of the filter, beside frontends.
local SOCKET_BIT = 8
local EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT
--- Every proxy, frontends and backends (core.proxies hides one of two namesakes), in "show stat" order.
local function allProxies()
    local seen = {}
    local proxies = {}
    for ____, list in ipairs({core.frontends, core.backends}) do
        for ____, proxy in pairs(list) do
            if not (seen[proxy.uuid] ~= nil) then
                seen[proxy.uuid] = true
                proxies[#proxies + 1] = proxy
            end
        end
    end
    table.sort(
        proxies,
        function(a, b) return tonumber(a.uuid) < tonumber(b.uuid) end
    )
    return proxies
end
--- The proxy "show stat <ref>" would pick: by numeric id, else by name.
function ____exports.findProxy(ref)
    if tonumber(ref) ~= nil then
        return __TS__ArrayFind(
            allProxies(),
            function(____, proxy) return tonumber(proxy.uuid) == tonumber(ref) end
        )
    end
    return core.proxies[ref] or core.backends[ref] or core.frontends[ref]
end
--- The server ids of a proxy, ascending (the order "show stat" lists them in).
function ____exports.serverIds(proxy)
    local ids = {}
    for ____, server in pairs(proxy.servers) do
        ids[#ids + 1] = tonumber(server.puid)
    end
    table.sort(ids)
    return ids
end
local function commandsFor(proxy, mask, commands)
    local id = proxy.uuid
    local wanted = mask == stat_filter.ANY and EVERYTHING or mask
    local ids = wanted & stat_filter.SERVER ~= 0 and ____exports.serverIds(proxy) or ({})
    if #ids <= ____exports.SERVERS_PER_COMMAND then
        commands[#commands + 1] = showStat(id, wanted, -1)
        return
    end
    local front = wanted & (stat_filter.FRONTEND | SOCKET_BIT)
    if front ~= 0 then
        commands[#commands + 1] = showStat(id, front, -1)
    end
    for ____, sid in ipairs(ids) do
        commands[#commands + 1] = showStat(id, stat_filter.SERVER, sid)
    end
    if wanted & stat_filter.BACKEND ~= 0 then
        commands[#commands + 1] = showStat(id, stat_filter.BACKEND, -1)
    end
end
--- The commands that read `proxy` ("-1" for all) filtered by `mask` and `sid`
-- (-1 for all servers), each answer small. An unknown proxy gets one plain
-- command, so that HAProxy itself answers "No such proxy.".
function ____exports.planStat(proxy, mask, sid)
    local commands = {}
    if proxy == "-1" then
        for ____, each in ipairs(allProxies()) do
            commandsFor(each, mask, commands)
        end
        return commands
    end
    local ____temp_0
    if sid == -1 then
        ____temp_0 = ____exports.findProxy(proxy)
    else
        ____temp_0 = nil
    end
    local found = ____temp_0
    if found == nil then
        return {showStat(proxy, mask, sid)}
    end
    commandsFor(found, mask, commands)
    return commands
end
return ____exports
 end,
["stats.reads"] = function(...) 
local ____exports = {}
local ____client = require("stats.client")
local execute = ____client.execute
local executeEach = ____client.executeEach
local insideHAProxy = ____client.insideHAProxy
local ____commands = require("stats.commands")
local getWeight = ____commands.getWeight
local invalidName = ____commands.invalidName
local numericId = ____commands.numericId
local proxyRef = ____commands.proxyRef
local showServersState = ____commands.showServersState
local showStat = ____commands.showStat
local ____errors = require("stats.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local ____parsers = require("stats.parsers")
local ordered = ____parsers.ordered
local parse_info = ____parsers.parse_info
local parse_servers_state = ____parsers.parse_servers_state
local parse_stats = ____parsers.parse_stats
local parse_weight = ____parsers.parse_weight
local ____plan = require("stats.plan")
local findProxy = ____plan.findProxy
local planStat = ____plan.planStat
local ____types = require("stats.types")
local stat_filter = ____types.stat_filter
local stats_types = ____types.stats_types
--- Runs a read command and checks the answer for one of HAProxy's error texts.
function ____exports.read(client, command)
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = answerError(command, answer)
    if refused ~= nil then
        return nil, refused
    end
    return answer
end
--- Rows of "show stat <proxy> <mask> <sid>". Inside HAProxy, read as several
-- small commands (plan.ts); the rows are the same, in the same order.
function ____exports.statRows(client, proxy, mask, sid)
    local commands = insideHAProxy() and planStat(proxy, mask, sid) or ({showStat(proxy, mask, sid)})
    if #commands == 1 then
        local answer, err = ____exports.read(client, commands[1])
        if answer == nil then
            return nil, err
        end
        return parse_stats(answer)
    end
    local answers, err = executeEach(client, commands)
    if answers == nil then
        return nil, err
    end
    do
        local index = 0
        while index < #answers do
            local refused = answerError(commands[index + 1], answers[index + 1])
            if refused ~= nil then
                return nil, refused
            end
            index = index + 1
        end
    end
    return parse_stats(table.concat(answers))
end
--- HAProxy's "No such proxy." restated as what the caller asked for; other errors unchanged.
local function notFoundAs(err, message)
    return err.kind == "not_found" and statsError("not_found", message, err.command, err.haproxy) or err
end
local function ofType(rows, rowType)
    local kept = {}
    for ____, row in ipairs(rows) do
        if row.type == rowType then
            kept[#kept + 1] = row
        end
    end
    return kept
end
function ____exports.stats(client)
    return ____exports.statRows(client, "-1", stat_filter.ANY, -1)
end
function ____exports.info(client)
    local answer, err = ____exports.read(client, "show info")
    if answer == nil then
        return nil, err
    end
    return parse_info(answer)
end
local function proxies(client, mask, rowType)
    local rows, err = ____exports.statRows(client, "-1", mask, -1)
    if rows == nil then
        return nil, err
    end
    return ofType(rows, rowType)
end
function ____exports.frontends(client)
    return proxies(client, stat_filter.FRONTEND, stats_types.FRONTEND)
end
function ____exports.backends(client)
    return proxies(client, stat_filter.BACKEND, stats_types.BACKEND)
end
--- One frontend or backend row, by name or numeric id.
local function proxy(client, what, idOrName, mask, rowType)
    local ref, problem = proxyRef(idOrName)
    if ref == nil then
        return nil, invalidName(what, idOrName, problem)
    end
    local rows, err = ____exports.statRows(client, ref, mask, -1)
    if rows == nil then
        return nil, notFoundAs(err, (("no such " .. what) .. ": ") .. ref)
    end
    local row = table.unpack(
        ofType(rows, rowType),
        1,
        1
    )
    if row == nil then
        return nil, statsError(
            "not_found",
            (("no such " .. what) .. ": ") .. ref,
            showStat(ref, mask, -1)
        )
    end
    return row
end
function ____exports.frontend(client, idOrName)
    return proxy(
        client,
        "frontend",
        idOrName,
        stat_filter.FRONTEND,
        stats_types.FRONTEND
    )
end
function ____exports.backend(client, idOrName)
    return proxy(
        client,
        "backend",
        idOrName,
        stat_filter.BACKEND,
        stats_types.BACKEND
    )
end
--- The server rows of a backend; not_found when there is no such backend.
function ____exports.servers(client, backendRef)
    local ref, problem = proxyRef(backendRef)
    if ref == nil then
        return nil, invalidName("backend", backendRef, problem)
    end
    local mask = stat_filter.BACKEND | stat_filter.SERVER
    local rows, err = ____exports.statRows(client, ref, mask, -1)
    if rows == nil then
        return nil, notFoundAs(err, "no such backend: " .. ref)
    end
    if #ofType(rows, stats_types.BACKEND) == 0 then
        return nil, statsError(
            "not_found",
            "no such backend: " .. ref,
            showStat(ref, mask, -1)
        )
    end
    return ofType(rows, stats_types.SERVER)
end
--- The server id HAProxy has for `name` in `backend`, in-process; undefined when unknown here.
local function localServerId(backendRef, name)
    if not insideHAProxy() then
        return nil
    end
    local found = findProxy(backendRef)
    local server = found and found.servers[name]
    local ____temp_2
    if server == nil then
        ____temp_2 = nil
    else
        ____temp_2 = tonumber(server.puid)
    end
    return ____temp_2
end
--- One server row, by numeric id or name.
function ____exports.server(client, backendRef, idOrName)
    local ref, problem = proxyRef(backendRef)
    if ref == nil then
        return nil, invalidName("backend", backendRef, problem)
    end
    local serverRef, serverProblem = proxyRef(idOrName)
    if serverRef == nil then
        return nil, invalidName("server", idOrName, serverProblem)
    end
    local sid = numericId(serverRef) or localServerId(ref, serverRef)
    if sid == nil then
        local rows, err = ____exports.servers(client, ref)
        if rows == nil then
            return nil, err
        end
        for ____, row in ipairs(rows) do
            if row.svname == serverRef then
                return row
            end
        end
        return nil, statsError("not_found", (("no such server: " .. ref) .. "/") .. serverRef)
    end
    local rows, err = ____exports.statRows(client, ref, stat_filter.SERVER, sid)
    if rows == nil then
        return nil, notFoundAs(err, "no such backend: " .. ref)
    end
    local row = table.unpack(
        ofType(rows, stats_types.SERVER),
        1,
        1
    )
    if row == nil then
        return nil, statsError(
            "not_found",
            (("no such server: " .. ref) .. "/") .. serverRef,
            showStat(ref, stat_filter.SERVER, sid)
        )
    end
    return row
end
function ____exports.weight(client, backendName, serverName)
    local command, invalid = getWeight(backendName, serverName)
    if command == nil then
        return nil, invalid
    end
    local answer, err = ____exports.read(client, command)
    if answer == nil then
        return nil, err
    end
    local parsed = parse_weight(answer)
    if parsed == nil then
        return nil, statsError("refused", "unexpected answer: " .. answer, command, answer)
    end
    return parsed
end
--- The "show servers state" row of one server (by name or numeric id), decoded.
function ____exports.state(client, backendName, serverRef)
    local command, invalid = showServersState(backendName)
    if command == nil then
        return nil, invalid
    end
    local name, problem = proxyRef(serverRef)
    if name == nil then
        return nil, invalidName("server", serverRef, problem)
    end
    local id = numericId(name)
    local answer, err = ____exports.read(client, command)
    if answer == nil then
        return nil, err
    end
    for ____, row in ipairs(parse_servers_state(answer)) do
        local ____temp_3
        if id ~= nil then
            ____temp_3 = row.srv_id == id
        else
            ____temp_3 = row.srv_name == name
        end
        if ____temp_3 then
            return row
        end
    end
    return nil, statsError(
        "not_found",
        (("no such server: " .. backendName) .. "/") .. tostring(serverRef),
        command
    )
end
local ADDRESS_ORDER = ordered({"address", "port"})
--- A server's address and port, as "show servers state" reports them (port 0: none configured).
function ____exports.address(client, backendName, serverRef)
    local row, err = ____exports.state(client, backendName, serverRef)
    if row == nil then
        return nil, err
    end
    return setmetatable(
        {
            address = tostring(row.srv_addr),
            port = row.srv_port or 0
        },
        ADDRESS_ORDER
    )
end
return ____exports
 end,
["stats.patterns"] = function(...) 
local ____exports = {}
local noEntry
local ____client = require("stats.client")
local execute = ____client.execute
local executeDump = ____client.executeDump
local commands = require("stats.pattern_commands")
local ____errors = require("stats.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local ____pattern_parsers = require("stats.pattern_parsers")
local parse_acl_entries = ____pattern_parsers.parse_acl_entries
local parse_lookup = ____pattern_parsers.parse_lookup
local parse_map_entries = ____pattern_parsers.parse_map_entries
local parse_pattern_list = ____pattern_parsers.parse_pattern_list
local ____reads = require("stats.reads")
local read = ____reads.read
local ____words = require("stats.words")
local quoted = ____words.quoted
function noEntry(kind, ref, keyOrId)
    return (((("no entry " .. quoted(keyOrId)) .. " in ") .. kind) .. " ") .. quoted(ref)
end
--- "Unknown map identifier" and "Key not found" restated with what was asked for.
local function named(kind, ref, err, keyOrId)
    if err.kind ~= "not_found" or err.haproxy == nil then
        return err
    end
    if (string.find(err.haproxy, "^Unknown ")) ~= nil then
        return statsError(
            "not_found",
            (("no such " .. kind) .. ": ") .. quoted(ref),
            err.command,
            err.haproxy
        )
    end
    if keyOrId == nil then
        return err
    end
    return statsError(
        "not_found",
        noEntry(kind, ref, keyOrId),
        err.command,
        err.haproxy
    )
end
--- Every map (kind "map") or ACL (kind "acl"): id, file, description, entry_count.
function ____exports.list(client, kind)
    local answer, err = read(
        client,
        commands.showPatterns(kind)
    )
    if answer == nil then
        return nil, err
    end
    return parse_pattern_list(answer)
end
--- The entries of one map or ACL, in HAProxy's order.
function ____exports.entries(client, kind, ref)
    local command, invalid = commands.showEntries(kind, ref)
    if command == nil then
        return nil, invalid
    end
    local answer, err = executeDump(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = answerError(command, answer)
    if refused ~= nil then
        return nil, named(kind, ref, refused)
    end
    return kind == "map" and parse_map_entries(answer) or parse_acl_entries(answer)
end
--- What names an entry besides its id: its key (map) or its value (ACL).
local function textOf(kind, found)
    local ____temp_0
    if kind == "map" then
        ____temp_0 = found.key
    else
        ____temp_0 = found.value
    end
    return ____temp_0
end
--- The entry whose key (map) or value (ACL) is exactly `keyOrId`, or whose id
-- it is ("#0x..."). With several of the same key, the first: the one
-- HAProxy matches.
function ____exports.entry(client, kind, ref, keyOrId)
    local all, err = ____exports.entries(client, kind, ref)
    if all == nil then
        return nil, err
    end
    local byId = commands.isEntryId(keyOrId)
    for ____, found in ipairs(all) do
        local ____byId_1
        if byId then
            ____byId_1 = found.id == keyOrId
        else
            ____byId_1 = textOf(kind, found) == keyOrId
        end
        if ____byId_1 then
            return found
        end
    end
    return nil, statsError(
        "not_found",
        noEntry(kind, ref, keyOrId)
    )
end
--- The last entry whose key (map) or value (ACL) is `text`, taken literally
-- (an added key may look like an id): the one "add" just appended.
function ____exports.last(client, kind, ref, text)
    local all, err = ____exports.entries(client, kind, ref)
    if all == nil then
        return nil, err
    end
    do
        local index = #all - 1
        while index >= 0 do
            if textOf(kind, all[index + 1]) == text then
                return all[index + 1]
            end
            index = index - 1
        end
    end
    return nil, statsError(
        "not_found",
        noEntry(kind, ref, text)
    )
end
--- What HAProxy's match methods make of `input` ("get map|acl"): one result per method.
function ____exports.lookup(client, kind, ref, input)
    local command, invalid = commands.lookup(kind, ref, input)
    if command == nil then
        return nil, invalid
    end
    local answer, err = read(client, command)
    if answer == nil then
        return nil, named(kind, ref, err)
    end
    return parse_lookup(answer)
end
--- Runs a write: HAProxy answers nothing when it worked; any other refusal of a value is the caller's.
local function write(client, kind, ref, built, keyOrId)
    local command, invalid = table.unpack(built, 1, 2)
    if command == nil then
        return nil, invalid
    end
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = writeError(command, answer)
    if refused == nil then
        return true
    end
    if refused.kind == "refused" then
        return nil, statsError("rejected", refused.message, command, refused.haproxy)
    end
    return nil, named(kind, ref, refused, keyOrId)
end
____exports.addMapEntry = function(client, ref, key, value) return write(
    client,
    "map",
    ref,
    {commands.addMapEntry(ref, key, value)}
) end
--- Sets the value of every entry of `keyOrId`'s key, or of the one entry of that id.
____exports.setMapEntry = function(client, ref, keyOrId, value) return write(
    client,
    "map",
    ref,
    {commands.setMapEntry(ref, keyOrId, value)},
    keyOrId
) end
____exports.addAclEntry = function(client, ref, value) return write(
    client,
    "acl",
    ref,
    {commands.addAclEntry(ref, value)}
) end
--- Deletes every entry of that key (map) or value (ACL), or the one entry of that id.
____exports.delEntry = function(client, kind, ref, keyOrId) return write(
    client,
    kind,
    ref,
    {commands.delEntry(kind, ref, keyOrId)},
    keyOrId
) end
--- Removes every entry (of a map's file, the ACLs sharing it lose them too).
____exports.clearEntries = function(client, kind, ref) return write(
    client,
    kind,
    ref,
    {commands.clearEntries(kind, ref)}
) end
return ____exports
 end,
["stats.table_commands"] = function(...) 
local ____exports = {}
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local ____words = require("stats.words")
local quoted = ____words.quoted
local word = ____words.word
--- HAProxy compiles in up to 4 data filters per "show table".
____exports.MAX_FILTERS = 4
local OPERATORS = {}
for ____, operator in ipairs({
    "eq",
    "ne",
    "le",
    "ge",
    "lt",
    "gt"
}) do
    OPERATORS[operator] = true
end
local function invalid(what, problem)
    return nil, statsError("invalid", (what .. ": ") .. problem)
end
--- The reason `name` can't be a stick table's name, or undefined when it can.
function ____exports.tableNameProblem(name)
    if type(name) ~= "string" then
        return "expected a name, got " .. type(name)
    end
    local text = name
    if #text == 0 or #text > 255 then
        return "a table name has 1 to 255 characters"
    end
    if (string.find(text, "^[%w%.%-_:/]+$")) == nil then
        return "a table name may only hold letters, digits, '.', '-', '_', ':' and '/'"
    end
    return nil
end
local function tableName(name)
    local problem = ____exports.tableNameProblem(name)
    if problem ~= nil then
        return invalid(
            "table " .. quoted(name),
            problem
        )
    end
    return name
end
--- "data.<type> <op> <value>", or the reason the filter is refused.
local function filterWords(filter)
    if type(filter) ~= "table" then
        return invalid("filter", "expected { data, operator, value }")
    end
    local ____filter_0 = filter
    local data = ____filter_0.data
    local operator = ____filter_0.operator
    if type(data) ~= "string" or (string.find(data, "^[%a_][%w_]*$")) == nil or #data > 64 then
        return invalid("filter", "the data type is a stored data name such as gpc0 or http_req_rate")
    end
    if type(operator) ~= "string" or not (OPERATORS[operator] ~= nil) then
        return invalid("filter", "the operator is one of eq, ne, le, ge, lt, gt")
    end
    local integral = type(filter.value) == "number" and math.tointeger(filter.value) ~= nil
    local text = integral and string.format("%d", filter.value) or filter.value
    if type(text) ~= "string" or (string.find(text, "^%-?%d+$")) == nil or #text > 19 then
        return invalid("filter", "the value is a 64-bit integer")
    end
    return (((("data." .. data) .. " ") .. operator) .. " ") .. text
end
--- "show table": every table with its type, size and entries in use.
function ____exports.showTables()
    return "show table"
end
--- "show table <name>", for one key or with up to MAX_FILTERS data filters
-- (HAProxy takes one form or the other, not both).
function ____exports.showTable(name, key, filters)
    local named, err = tableName(name)
    if named == nil then
        return nil, err
    end
    local count = filters == nil and 0 or #filters
    if key ~= nil and count > 0 then
        return invalid("show table", "give either a key or filters, not both")
    end
    if key ~= nil then
        local escaped, problem = word(key)
        if escaped == nil then
            return invalid(
                "key " .. quoted(key),
                problem
            )
        end
        return (("show table " .. named) .. " key ") .. escaped
    end
    if count > ____exports.MAX_FILTERS then
        return invalid(
            "filter",
            ("at most " .. tostring(____exports.MAX_FILTERS)) .. " filters"
        )
    end
    local words = {"show table " .. named}
    for ____, filter in ipairs(filters or ({})) do
        local text, refused = filterWords(filter)
        if text == nil then
            return nil, refused
        end
        words[#words + 1] = text
    end
    return table.concat(words, " ")
end
--- "clear table <name> [key <key>]": every entry, or the one of `key`.
function ____exports.clearTable(name, key)
    local named, err = tableName(name)
    if named == nil then
        return nil, err
    end
    if key == nil then
        return "clear table " .. named
    end
    local escaped, problem = word(key)
    if escaped == nil then
        return invalid(
            "key " .. quoted(key),
            problem
        )
    end
    return (("clear table " .. named) .. " key ") .. escaped
end
return ____exports
 end,
["stats.table_parsers"] = function(...) 
local ____exports = {}
local ____parsers = require("stats.parsers")
local ordered = ____parsers.ordered
local value = ____parsers.value
local ____words = require("stats.words")
local unescapeDump = ____words.unescapeDump
local INFO_ORDER = ordered({"name", "type", "size", "used"})
local TABLE_ORDER = ordered({
    "name",
    "type",
    "size",
    "used",
    "entries"
})
local ENTRY_ORDER = ordered({
    "id",
    "key",
    "use",
    "expire_ms",
    "data"
})
--- "# table: www, type: ip, size:100, used:1" as a table's summary; undefined for any other line.
local function infoOf(line)
    local name, keyType, size, used = string.match(line, "^# table: (.-), type: (%S+), size:(%d+), used:(%d+)")
    if name == nil then
        return nil
    end
    return setmetatable(
        {
            name = name,
            type = keyType,
            size = value(size),
            used = value(used)
        },
        INFO_ORDER
    )
end
--- A table of `info`, its entries still to add.
function ____exports.emptyTable(info)
    return setmetatable({
        name = info.name,
        type = info.type,
        size = info.size,
        used = info.used,
        entries = {}
    }, TABLE_ORDER)
end
--- Parses "show table": every table's summary.
function ____exports.parse_tables(text)
    local tables = {}
    for line in string.gmatch(text, "[^\n]+") do
        local info = infoOf(line)
        if info ~= nil then
            tables[#tables + 1] = info
        end
    end
    return tables
end
--- The words of an entry line: split on spaces, except those dump_text() escaped ("\ ").
local function entryWords(line, from)
    local words = {}
    local start = from
    local position = from
    do
        while true do
            local found, ____, char = string.find(line, "([\\ ])", position)
            if found == nil then
                break
            end
            if char == "\\" then
                position = found + 2
            else
                words[#words + 1] = string.sub(line, start, found - 1)
                start = found + 1
                position = start
            end
        end
    end
    words[#words + 1] = string.sub(line, start)
    return words
end
--- The metatable of an entry's data: its names in HAProxy's order, as a JSON
-- object even when empty. Entries of a table store the same data, so one
-- metatable per distinct list of names serves all of them.
local function dataOrder(orders, names)
    local signature = table.concat(names, " ")
    local meta = orders[signature]
    if meta == nil then
        meta = {__jsontype = "object", __jsonorder = names, __jsonclosed = true}
        orders[signature] = meta
    end
    return meta
end
--- One entry line: "0x55d0c3a1b2c0: key=127.0.0.1 use=0 exp=596193 gpc0=0 http_req_rate(10000)=1".
local function entryOf(line, keyType, orders)
    local id, rest = string.match(line, "^(0x%x+): ()")
    if id == nil then
        return nil
    end
    local data = {}
    local names = {}
    local entry = setmetatable({
        id = "#" .. id,
        key = "",
        use = 0,
        expire_ms = 0,
        data = data
    }, ENTRY_ORDER)
    for ____, word in ipairs(entryWords(line, rest)) do
        local name, text = string.match(word, "^([^=(]+)[^=]*=(.*)$")
        if name == "key" then
            local key = unescapeDump(text)
            entry.key = keyType == "integer" and value(key) or key
        elseif name == "use" then
            entry.use = value(text)
        elseif name == "exp" then
            entry.expire_ms = value(text)
        elseif name ~= nil then
            names[#names + 1] = name
            data[name] = value(unescapeDump(text))
        end
    end
    setmetatable(
        data,
        dataOrder(orders, names)
    )
    return entry
end
--- Parses "show table <name> [...]": the summary and the entries listed; undefined without the summary line.
function ____exports.parse_table(text)
    local parsed
    local orders = {}
    for line in string.gmatch(text, "[^\n]+") do
        if parsed == nil then
            local info = infoOf(line)
            if info ~= nil then
                parsed = ____exports.emptyTable(info)
            end
        else
            local entry = entryOf(line, parsed.type, orders)
            if entry ~= nil then
                parsed.entries[#parsed.entries + 1] = entry
            end
        end
    end
    return parsed
end
return ____exports
 end,
["stats.tables"] = function(...) 
local ____exports = {}
local ____client = require("stats.client")
local execute = ____client.execute
local executeDump = ____client.executeDump
local ____errors = require("stats.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local ____reads = require("stats.reads")
local read = ____reads.read
local ____words = require("stats.words")
local quoted = ____words.quoted
local ____table_commands = require("stats.table_commands")
local clearTable = ____table_commands.clearTable
local showTable = ____table_commands.showTable
local showTables = ____table_commands.showTables
local ____table_parsers = require("stats.table_parsers")
local emptyTable = ____table_parsers.emptyTable
local parse_table = ____table_parsers.parse_table
local parse_tables = ____table_parsers.parse_tables
local function noSuchTable(name, err)
    if err.kind ~= "not_found" then
        return err
    end
    return statsError(
        "not_found",
        "no such table: " .. quoted(name),
        err.command,
        err.haproxy
    )
end
--- Every stick table: name, type, size, used.
function ____exports.tables(client)
    local answer, err = read(
        client,
        showTables()
    )
    if answer == nil then
        return nil, err
    end
    return parse_tables(answer)
end
--- One table's summary, from the list; not_found when there is no such table.
function ____exports.summary(client, name)
    local all, err = ____exports.tables(client)
    if all == nil then
        return nil, err
    end
    for ____, info in ipairs(all) do
        if info.name == name then
            return info
        end
    end
    return nil, statsError(
        "not_found",
        "no such table: " .. quoted(name),
        showTables()
    )
end
--- A table with its entries: all of them, the one of `key`, or those that
-- pass every filter (HAProxy takes a key or filters, not both).
function ____exports.table(client, name, key, filters)
    local command, invalid = showTable(name, key, filters)
    if command == nil then
        return nil, invalid
    end
    local answer, err = executeDump(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = answerError(command, answer)
    if refused ~= nil then
        return nil, noSuchTable(name, refused)
    end
    local parsed = parse_table(answer)
    if parsed ~= nil then
        return parsed
    end
    local info, missing = ____exports.summary(client, name)
    if info == nil then
        return nil, missing
    end
    return emptyTable(info)
end
--- The entry of `key`; not_found when the table does not hold it.
function ____exports.entry(client, name, key)
    local found, err = ____exports.table(client, name, key)
    if found == nil then
        return nil, err
    end
    local first = table.unpack(found.entries, 1, 1)
    if first == nil then
        return nil, statsError(
            "not_found",
            (("no entry " .. quoted(key)) .. " in table ") .. tostring(name)
        )
    end
    return first
end
--- Removes every entry, or the one of `key`. HAProxy keeps an entry that a
-- session tracks at that moment, and says nothing either way: read back to
-- know.
function ____exports.clear(client, name, key)
    local command, invalid = clearTable(name, key)
    if command == nil then
        return nil, invalid
    end
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = writeError(command, answer)
    if refused ~= nil then
        return nil, noSuchTable(name, refused)
    end
    return true
end
return ____exports
 end,
["stats.writes"] = function(...) 
local ____exports = {}
local ____client = require("stats.client")
local execute = ____client.execute
local commands = require("stats.commands")
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local function run(client, built)
    local command, invalid = table.unpack(built, 1, 2)
    if command == nil then
        return nil, invalid
    end
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = writeError(command, answer)
    if refused ~= nil then
        return nil, refused
    end
    return true
end
____exports.setWeight = function(client, backend, server, weight) return run(
    client,
    {commands.setWeight(backend, server, weight)}
) end
____exports.setState = function(client, backend, server, state) return run(
    client,
    {commands.setState(backend, server, state)}
) end
____exports.setHealth = function(client, backend, server, health) return run(
    client,
    {commands.setHealth(backend, server, health)}
) end
____exports.enableServer = function(client, backend, server) return run(
    client,
    {commands.enableServer(backend, server)}
) end
____exports.disableServer = function(client, backend, server) return run(
    client,
    {commands.disableServer(backend, server)}
) end
--- "set server <b>/<s> addr <ip> [port <p>]" answers in words even when it
-- worked ("IP changed from ... to ...", "no need to change the addr"); any
-- other answer is a refusal of the address.
function ____exports.setServerAddress(client, backend, server, address, port)
    local command, invalid = commands.setServerAddress(backend, server, address, port)
    if command == nil then
        return nil, invalid
    end
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    if (string.find(answer, "^IP changed")) ~= nil or (string.find(answer, "^no need to change")) ~= nil then
        return true
    end
    local refused = writeError(command, answer)
    if refused == nil then
        return true
    end
    if refused.kind ~= "refused" then
        return nil, refused
    end
    return nil, statsError("rejected", refused.message, command, refused.haproxy)
end
return ____exports
 end,
["stats.index"] = function(...) 
local ____exports = {}
local ____client = require("stats.client")
local DEFAULT_ADDRESS = ____client.DEFAULT_ADDRESS
local DEFAULT_TIMEOUT = ____client.DEFAULT_TIMEOUT
local execute = ____client.execute
local ____errors = require("stats.errors")
local statsError = ____errors.statsError
local ____parsers = require("stats.parsers")
local decode_admin_state = ____parsers.decode_admin_state
local decode_operational_state = ____parsers.decode_operational_state
local parse_info = ____parsers.parse_info
local parse_servers_state = ____parsers.parse_servers_state
local parse_stats = ____parsers.parse_stats
local parse_weight = ____parsers.parse_weight
local ____pattern_parsers = require("stats.pattern_parsers")
local parse_acl_entries = ____pattern_parsers.parse_acl_entries
local parse_lookup = ____pattern_parsers.parse_lookup
local parse_map_entries = ____pattern_parsers.parse_map_entries
local parse_pattern_list = ____pattern_parsers.parse_pattern_list
local patterns = require("stats.patterns")
local reads = require("stats.reads")
local ____table_parsers = require("stats.table_parsers")
local parse_table = ____table_parsers.parse_table
local parse_tables = ____table_parsers.parse_tables
local tables = require("stats.tables")
local ____types = require("stats.types")
local stats_types = ____types.stats_types
local writes = require("stats.writes")
--- The class table: metatable of every client, callable as a constructor.
local ClientClass = {}
ClientClass.__index = ClientClass
ClientClass.new = function(address, port, timeout) return setmetatable({address = address or DEFAULT_ADDRESS, port = port, timeout = timeout or DEFAULT_TIMEOUT}, ClientClass) end
setmetatable(
    ClientClass,
    {__call = function(self, address, port, timeout)
        return ClientClass.new(address, port, timeout)
    end}
)
ClientClass.execute = function(self, command)
    if type(command) ~= "string" or (string.find(command, "[\r\n]")) ~= nil then
        return nil, statsError("invalid", "command must be one line of text")
    end
    return execute(self, command)
end
ClientClass.stats = function(self)
    return reads.stats(self)
end
ClientClass.info = function(self)
    return reads.info(self)
end
ClientClass.get_frontends = function(self)
    return reads.frontends(self)
end
ClientClass.get_frontend = function(self, idOrName)
    return reads.frontend(self, idOrName)
end
ClientClass.get_backends = function(self)
    return reads.backends(self)
end
ClientClass.get_backend = function(self, idOrName)
    return reads.backend(self, idOrName)
end
ClientClass.get_servers = function(self, backend)
    return reads.servers(self, backend)
end
ClientClass.get_server = function(self, backend, idOrName)
    return reads.server(self, backend, idOrName)
end
ClientClass.get_weight = function(self, backend, server)
    return reads.weight(self, backend, server)
end
ClientClass.set_weight = function(self, backend, server, weight)
    return writes.setWeight(self, backend, server, weight)
end
ClientClass.get_state = function(self, backend, server)
    return reads.state(self, backend, server)
end
ClientClass.set_state = function(self, backend, server, state)
    return writes.setState(self, backend, server, state)
end
ClientClass.set_health = function(self, backend, server, health)
    return writes.setHealth(self, backend, server, health)
end
ClientClass.enable_server = function(self, backend, server)
    return writes.enableServer(self, backend, server)
end
ClientClass.disable_server = function(self, backend, server)
    return writes.disableServer(self, backend, server)
end
ClientClass.get_address = function(self, backend, server)
    return reads.address(self, backend, server)
end
ClientClass.set_address = function(self, backend, server, address, port)
    return writes.setServerAddress(
        self,
        backend,
        server,
        address,
        port
    )
end
ClientClass.get_maps = function(self)
    return patterns.list(self, "map")
end
ClientClass.get_map = function(self, ref)
    return patterns.entries(self, "map", ref)
end
ClientClass.get_map_entry = function(self, ref, keyOrId)
    return patterns.entry(self, "map", ref, keyOrId)
end
ClientClass.lookup_map = function(self, ref, input)
    return patterns.lookup(self, "map", ref, input)
end
ClientClass.add_map_entry = function(self, ref, key, value)
    return patterns.addMapEntry(self, ref, key, value)
end
ClientClass.set_map_entry = function(self, ref, keyOrId, value)
    return patterns.setMapEntry(self, ref, keyOrId, value)
end
ClientClass.del_map_entry = function(self, ref, keyOrId)
    return patterns.delEntry(self, "map", ref, keyOrId)
end
ClientClass.clear_map = function(self, ref)
    return patterns.clearEntries(self, "map", ref)
end
ClientClass.get_acls = function(self)
    return patterns.list(self, "acl")
end
ClientClass.get_acl = function(self, ref)
    return patterns.entries(self, "acl", ref)
end
ClientClass.get_acl_entry = function(self, ref, valueOrId)
    return patterns.entry(self, "acl", ref, valueOrId)
end
ClientClass.lookup_acl = function(self, ref, input)
    return patterns.lookup(self, "acl", ref, input)
end
ClientClass.add_acl_entry = function(self, ref, value)
    return patterns.addAclEntry(self, ref, value)
end
ClientClass.del_acl_entry = function(self, ref, valueOrId)
    return patterns.delEntry(self, "acl", ref, valueOrId)
end
ClientClass.clear_acl = function(self, ref)
    return patterns.clearEntries(self, "acl", ref)
end
ClientClass.get_tables = function(self)
    return tables.tables(self)
end
ClientClass.get_table = function(self, name, options)
    local ____temp_0
    if type(options) == "table" then
        ____temp_0 = options
    else
        ____temp_0 = nil
    end
    local given = ____temp_0
    return tables.table(self, name, given and given.key, given and given.filters)
end
ClientClass.get_table_entry = function(self, name, key)
    return tables.entry(self, name, key)
end
ClientClass.clear_table = function(self, name, key)
    return tables.clear(self, name, key)
end
____exports.Client = ClientClass
____exports.stats_types = stats_types
____exports.parse_stats = parse_stats
____exports.parse_info = parse_info
____exports.parse_servers_state = parse_servers_state
____exports.parse_weight = parse_weight
____exports.decode_admin_state = decode_admin_state
____exports.decode_operational_state = decode_operational_state
____exports.parse_pattern_list = parse_pattern_list
____exports.parse_map_entries = parse_map_entries
____exports.parse_acl_entries = parse_acl_entries
____exports.parse_lookup = parse_lookup
____exports.parse_tables = parse_tables
____exports.parse_table = parse_table
return ____exports
 end,
}
local ____entry = require("stats.index", ...)
return ____entry
