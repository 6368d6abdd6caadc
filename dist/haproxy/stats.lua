
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
local function __TS__ArrayMap(self, callbackfn, thisArg)
    local result = {}
    for i = 1, #self do
        result[i] = callbackfn(thisArg, self[i], i - 1, self)
    end
    return result
end

local function __TS__ArraySome(self, callbackfn, thisArg)
    for i = 1, #self do
        if callbackfn(thisArg, self[i], i - 1, self) then
            return true
        end
    end
    return false
end

local function __TS__ArrayIncludes(self, searchElement, fromIndex)
    if fromIndex == nil then
        fromIndex = 0
    end
    local len = #self
    local k = fromIndex
    if fromIndex < 0 then
        k = len + fromIndex
    end
    if k < 0 then
        k = 0
    end
    for i = k + 1, len do
        if self[i] == searchElement then
            return true
        end
    end
    return false
end

local function __TS__ArrayIndexOf(self, searchElement, fromIndex)
    if fromIndex == nil then
        fromIndex = 0
    end
    local len = #self
    if len == 0 then
        return -1
    end
    if fromIndex >= len then
        return -1
    end
    if fromIndex < 0 then
        fromIndex = len + fromIndex
        if fromIndex < 0 then
            fromIndex = 0
        end
    end
    for i = fromIndex + 1, len do
        if self[i] == searchElement then
            return i - 1
        end
    end
    return -1
end

local function __TS__ArraySetLength(self, length)
    if length < 0 or length ~= length or length == math.huge or math.floor(length) ~= length then
        error(
            "invalid array length: " .. tostring(length),
            0
        )
    end
    for i = length + 1, #self do
        self[i] = nil
    end
    return length
end

local function __TS__ArrayFind(self, predicate, thisArg)
    for i = 1, #self do
        local elem = self[i]
        if predicate(thisArg, elem, i - 1, self) then
            return elem
        end
    end
    return nil
end

local function __TS__ArrayFilter(self, callbackfn, thisArg)
    local result = {}
    local len = 0
    for i = 1, #self do
        if callbackfn(thisArg, self[i], i - 1, self) then
            len = len + 1
            result[len] = self[i]
        end
    end
    return result
end

local __TS__Symbol, Symbol
do
    local symbolMetatable = {__tostring = function(self)
        return ("Symbol(" .. (self.description or "")) .. ")"
    end}
    function __TS__Symbol(description)
        return setmetatable({description = description}, symbolMetatable)
    end
    Symbol = {
        asyncDispose = __TS__Symbol("Symbol.asyncDispose"),
        dispose = __TS__Symbol("Symbol.dispose"),
        iterator = __TS__Symbol("Symbol.iterator"),
        hasInstance = __TS__Symbol("Symbol.hasInstance"),
        species = __TS__Symbol("Symbol.species"),
        toStringTag = __TS__Symbol("Symbol.toStringTag")
    }
end

local function __TS__ArrayEntries(array)
    local key = 0
    return {
        [Symbol.iterator] = function(self)
            return self
        end,
        next = function(self)
            local result = {done = array[key + 1] == nil, value = {key, array[key + 1]}}
            key = key + 1
            return result
        end
    }
end

local __TS__Iterator
do
    local function iteratorGeneratorStep(self)
        local co = self.____coroutine
        local status, value = coroutine.resume(co)
        if not status then
            error(value, 0)
        end
        if coroutine.status(co) == "dead" then
            return
        end
        return true, value
    end
    local function iteratorIteratorStep(self)
        local result = self:next()
        if result.done then
            return
        end
        return true, result.value
    end
    local function iteratorStringStep(self, index)
        index = index + 1
        if index > #self then
            return
        end
        return index, string.sub(self, index, index)
    end
    function __TS__Iterator(iterable)
        if type(iterable) == "string" then
            return iteratorStringStep, iterable, 0
        elseif iterable.____coroutine ~= nil then
            return iteratorGeneratorStep, iterable
        elseif iterable[Symbol.iterator] then
            local iterator = iterable[Symbol.iterator](iterable)
            return iteratorIteratorStep, iterator
        else
            return ipairs(iterable)
        end
    end
end

local function __TS__ObjectAssign(target, ...)
    local sources = {...}
    for i = 1, #sources do
        local source = sources[i]
        if type(source) == "table" then
            for key in pairs(source) do
                target[key] = source[key]
            end
        end
    end
    return target
end

local function __TS__CountVarargs(...)
    return select("#", ...)
end

local function __TS__SparseArrayNew(...)
    local sparseArray = {...}
    sparseArray.sparseLength = __TS__CountVarargs(...)
    return sparseArray
end

local function __TS__SparseArrayPush(sparseArray, ...)
    local args = {...}
    local argsLen = __TS__CountVarargs(...)
    local listLen = sparseArray.sparseLength
    for i = 1, argsLen do
        sparseArray[listLen + i] = args[i]
    end
    sparseArray.sparseLength = listLen + argsLen
end

local function __TS__SparseArraySpread(sparseArray)
    local _unpack = unpack or table.unpack
    return _unpack(sparseArray, 1, sparseArray.sparseLength)
end

local function __TS__ArrayForEach(self, callbackFn, thisArg)
    for i = 1, #self do
        callbackFn(thisArg, self[i], i - 1, self)
    end
end

local function __TS__ArraySort(self, compareFn)
    if compareFn ~= nil then
        table.sort(
            self,
            function(a, b) return compareFn(nil, a, b) < 0 end
        )
    else
        table.sort(self)
    end
    return self
end

return {
  __TS__ArrayMap = __TS__ArrayMap,
  __TS__ArraySome = __TS__ArraySome,
  __TS__ArrayIncludes = __TS__ArrayIncludes,
  __TS__ArrayIndexOf = __TS__ArrayIndexOf,
  __TS__ArraySetLength = __TS__ArraySetLength,
  __TS__ArrayFind = __TS__ArrayFind,
  __TS__ArrayFilter = __TS__ArrayFilter,
  __TS__ArrayEntries = __TS__ArrayEntries,
  __TS__Iterator = __TS__Iterator,
  __TS__ObjectAssign = __TS__ObjectAssign,
  __TS__SparseArrayNew = __TS__SparseArrayNew,
  __TS__SparseArrayPush = __TS__SparseArrayPush,
  __TS__SparseArraySpread = __TS__SparseArraySpread,
  __TS__ArrayForEach = __TS__ArrayForEach,
  __TS__ArraySort = __TS__ArraySort
}
 end,
["stats.core.address"] = function(...) 
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
["stats.core.errors"] = function(...) 
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
["stats.core.held"] = function(...) 
local ____exports = {}
local byThread = setmetatable({}, {__mode = "k"})
--- The usual case kept without a table: a request holding one thing at a
-- time (the write lock of an in-process write) holds it here, so that its
-- write makes no list and no entry in byThread. Measured inside HAProxy
-- 3.2 (a fresh coroutine per round, as each request is): the write lock's
-- enter, leave and release took 1.5 to 1.8 us with the list. A second
-- holding, of this coroutine or another, first moves it to the list
-- (spill). Its coroutine is referenced strongly while it holds: one that
-- HAProxy dropped stays until the next holding spills it to the weak list.
local soleThread
local soleHeld
local soleRelease
local soleRenew = false
local function current()
    return (coroutine.running())
end
--- The release of a held closure (rare holdings: a dump reader, a map version): calling it.
function ____exports.callIt(done)
    done()
end
local function append(thread, held, release, renew)
    local holdings = byThread[thread]
    if holdings == nil then
        byThread[thread] = {held, release, renew}
        return
    end
    local at = #holdings
    holdings[at + 1] = held
    holdings[at + 1 + 1] = release
    holdings[at + 2 + 1] = renew
end
local function clearSole()
    soleThread = nil
    soleHeld = nil
    soleRelease = nil
    soleRenew = false
end
--- Moves the sole holding to its coroutine's list.
local function spill()
    append(soleThread, soleHeld, soleRelease, soleRenew)
    clearSole()
end
--- Registers `held`, held by the running coroutine: `release(held)` gives it back; `renew(held)` keeps it alive.
function ____exports.hold(held, release, renew)
    local thread = current()
    if soleThread == nil and byThread[thread] == nil then
        soleThread = thread
        soleHeld = held
        soleRelease = release
        soleRenew = renew or false
        return
    end
    if soleThread ~= nil then
        spill()
    end
    append(thread, held, release, renew or false)
end
--- The holder gave `held` back itself: nothing left to release.
function ____exports.letGo(held)
    if soleThread ~= nil and soleHeld == held then
        clearSole()
        return
    end
    local holdings = byThread[current()]
    if holdings == nil then
        return
    end
    do
        local at = 0
        while at < #holdings do
            if holdings[at + 1] == held then
                local last = #holdings - 3
                holdings[at + 1] = holdings[last + 1]
                holdings[at + 1 + 1] = holdings[last + 1 + 1]
                holdings[at + 2 + 1] = holdings[last + 2 + 1]
                holdings[last + 2 + 1] = nil
                holdings[last + 1 + 1] = nil
                holdings[last + 1] = nil
                return
            end
            at = at + 3
        end
    end
end
--- The running coroutine made progress: everything it holds that expires is kept alive.
function ____exports.renewHeld()
    local thread = current()
    if soleThread == thread and soleRenew ~= false then
        soleRenew(soleHeld)
    end
    local holdings = byThread[thread]
    if holdings == nil then
        return
    end
    do
        local at = 0
        while at < #holdings do
            local renew = holdings[at + 2 + 1]
            if renew ~= false then
                renew(holdings[at + 1])
            end
            at = at + 3
        end
    end
end
--- Releases everything the running coroutine still holds (the request
-- boundary). Each release runs alone: one that fails (a socket command
-- refused, memory) does not keep the others held.
function ____exports.releaseHeld()
    local thread = current()
    if soleThread == thread then
        local held = soleHeld
        local release = soleRelease
        clearSole()
        pcall(release, held)
    end
    local holdings = byThread[thread]
    if holdings == nil then
        return
    end
    byThread[thread] = nil
    do
        local at = 0
        while at < #holdings do
            pcall(holdings[at + 1 + 1], holdings[at + 1])
            at = at + 3
        end
    end
end
return ____exports
 end,
["stats.core.gate"] = function(...) 
local ____exports = {}
local ____held = require("stats.core.held")
local hold = ____held.hold
local letGo = ____held.letGo
local renewHeld = ____held.renewHeld
function ____exports.leave(gate, slot)
    letGo(slot)
    if gate.held[slot] == nil then
        return
    end
    gate.held[slot] = nil
    gate.count = gate.count - 1
end
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
--- A slot's release and renewal in its holder's registry (core/held.ts).
local function release(slot)
    ____exports.leave(slot.gate, slot)
end
local function renew(slot)
    if slot.gate.held[slot] ~= nil then
        slot.gate.held[slot] = ____exports.nowMs() + slot.holdSeconds * 1000
    end
end
local function take(gate, now, holdSeconds)
    local slot = {gate = gate, holdSeconds = holdSeconds}
    gate.held[slot] = now + holdSeconds * 1000
    gate.count = gate.count + 1
    hold(slot, release, renew)
    return slot
end
--- Waits up to `waitSeconds` for a slot and returns it, to give back with
-- leave(); undefined when none freed in time. The slot expires
-- `holdSeconds` after its holder's last step: the longest one step of a
-- live holder takes.
function ____exports.enter(gate, waitSeconds, holdSeconds)
    local now = ____exports.nowMs()
    if gate.count < gate.capacity and (gate.head > gate.tail or first(gate, now) == nil) then
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
            renewHeld()
            core.yield()
            now = ____exports.nowMs()
        end
    end
end
return ____exports
 end,
["stats.core.client"] = function(...) 
local ____exports = {}
local commandProblem, clockMs, newStream, connectOnce, connect, connectAndSend, receiveError, takeSession, gated, executeNow, readFramed, executeEachNow, sessions, hostSeen, insideSeen, CONNECT_RETRY_MS, CONNECT_PAUSE_MS, DUMP_CHUNK, DUMP_WAKE_SECONDS, MAX_RESUMES, RESUME_CHECK_BYTES
local ____address = require("stats.core.address")
local describeEndpoint = ____address.describeEndpoint
local parseEndpoint = ____address.parseEndpoint
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____gate = require("stats.core.gate")
local enter = ____gate.enter
local leave = ____gate.leave
local newGate = ____gate.newGate
local nowMs = ____gate.nowMs
local ____held = require("stats.core.held")
local callIt = ____held.callIt
local hold = ____held.hold
local letGo = ____held.letGo
local renewHeld = ____held.renewHeld
function commandProblem(command)
    for line in string.gmatch(command, "[^\n]+") do
        if #line > ____exports.CLI_LINE_MAX then
            local head = string.match(command, "^(%S+ %S+)")
            return statsError(
                "invalid",
                ((("the command would be a line of " .. tostring(#line)) .. " bytes, over the ") .. tostring(____exports.CLI_LINE_MAX)) .. " bytes HAProxy's CLI takes (one tune.bufsize buffer): shorten the key or value",
                head or ""
            )
        end
    end
    return nil
end
function ____exports.insideHAProxy()
    local host = _G.core
    if host == hostSeen then
        return insideSeen
    end
    hostSeen = host
    insideSeen = host ~= nil and type(host.tcp) == "function"
    return insideSeen
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
function connectOnce(stream, endpoint)
    if endpoint.kind == "tcp" then
        return stream:connect(endpoint.host, endpoint.port)
    end
    return stream:connect(____exports.insideHAProxy() and "unix@" .. endpoint.path or endpoint.path)
end
function connect(client, command)
    if ____exports.insideHAProxy() then
        renewHeld()
    end
    local endpoint, problem = parseEndpoint(client.address, client.port)
    if endpoint == nil then
        return nil, statsError("invalid", "socket address: " .. problem, command)
    end
    local giveUp = clockMs() + math.min(CONNECT_RETRY_MS, client.timeout * 1000)
    do
        while true do
            local stream = newStream(endpoint)
            stream:settimeout(client.timeout)
            local ok, err = connectOnce(stream, endpoint)
            if ok ~= nil then
                return stream
            end
            stream:close()
            if not ____exports.insideHAProxy() or clockMs() >= giveUp then
                return nil, statsError(
                    "connect",
                    (("cannot connect to " .. describeEndpoint(endpoint)) .. ": ") .. err,
                    command
                )
            end
            core.msleep(CONNECT_PAUSE_MS)
        end
    end
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
function takeSession(client, command)
    local slot = enter(sessions, client.timeout, client.timeout + 1)
    if slot == nil then
        return nil, statsError(
            "timeout",
            ((("all " .. tostring(____exports.SESSIONS)) .. " stats socket connections of this process stayed busy for ") .. tostring(client.timeout)) .. "s",
            command
        )
    end
    return slot
end
function gated(client, command, run)
    if not ____exports.insideHAProxy() then
        return run()
    end
    local slot, busy = takeSession(client, command)
    if slot == nil then
        return nil, busy
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
    local problem = commandProblem(command)
    if problem ~= nil then
        return nil, problem
    end
    return gated(
        client,
        command,
        function() return executeNow(client, command) end
    )
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
--- Starts a dump (see executeDump) and answers its reader once the first
-- piece arrived. With `whole`, the dump must end within the client's
-- timeout (a read kept in memory); without, only each piece must (a read
-- sent on as it arrives: a 5 MB map takes seconds at 20 ms per buffer).
-- Outside HAProxy the answer comes whole, as one piece.
function ____exports.openDump(client, command, whole)
    if whole == nil then
        whole = false
    end
    local problem = commandProblem(command)
    if problem ~= nil then
        return nil, problem
    end
    if not ____exports.insideHAProxy() then
        local answer, err = ____exports.execute(client, command)
        if answer == nil then
            return nil, err
        end
        local given = false
        local function next()
            if given then
                return ""
            end
            given = true
            return answer
        end
        return {
            next = next,
            close = function() return nil end
        }
    end
    local slot, busy = takeSession(client, command)
    if slot == nil then
        return nil, busy
    end
    local opened, connectErr = connectAndSend(client, command)
    if opened == nil then
        leave(sessions, slot)
        return nil, connectErr
    end
    local stream = opened
    local streamOpen = true
    --- Whether the current stream has answered yet: its wake timeout is set at its first piece.
    local answered = false
    local started = clockMs()
    local open = true
    local pieces = 0
    --- Bytes handed out so far, and the last RESUME_CHECK_BYTES of them: what a resumed dump skips and checks.
    local delivered = 0
    local recent = ""
    local resumes = 0
    local function closeStream()
        if not streamOpen then
            return
        end
        streamOpen = false
        stream:close()
    end
    local finish
    finish = function()
        if not open then
            return
        end
        open = false
        letGo(finish)
        closeStream()
        leave(sessions, slot)
    end
    hold(finish, callIt)
    local function fail(err)
        finish()
        return nil, err
    end
    --- One read of the current stream: a piece, or undefined once it ended (then closed).
    local function receive(size)
        local chunk, ____, partial = stream:receive(size)
        if not answered and chunk ~= nil then
            answered = true
            stream:settimeout(DUMP_WAKE_SECONDS)
        end
        if chunk == nil or chunk == "" then
            closeStream()
        end
        return chunk ~= nil and chunk ~= "" and chunk or (partial ~= nil and partial ~= "" and partial or nil)
    end
    --- After a cut: the same command again, its first `delivered` bytes read
    -- and dropped, the last of them compared with what was handed out. An
    -- error when they differ (the dump changed before the cut) or it ends first.
    local function resume()
        if resumes >= MAX_RESUMES then
            return statsError(
                "closed",
                ("the answer was cut short " .. tostring(resumes)) .. " times; retry",
                command
            )
        end
        resumes = resumes + 1
        local again, err = connectAndSend(client, command)
        if again == nil then
            return err
        end
        stream = again
        streamOpen = true
        answered = false
        local checkFrom = delivered - #recent
        local skipped = 0
        local seen = ""
        while skipped < delivered do
            renewHeld()
            local piece = receive(math.min(DUMP_CHUNK, delivered - skipped))
            if piece == nil then
                break
            end
            if skipped + #piece > checkFrom then
                seen = seen .. string.sub(
                    piece,
                    math.max(1, checkFrom - skipped + 1)
                )
            end
            skipped = skipped + #piece
        end
        if skipped < delivered or seen ~= recent then
            closeStream()
            return statsError("closed", "the answer was cut short, and was not the same when asked again; retry", command)
        end
        core.log(
            core.debug,
            string.format("haproxy-api: %s: the stats socket ended the answer after %d bytes (its reader had waited); asked again and resumed there", command, delivered)
        )
        return nil
    end
    local function next()
        if not open then
            return ""
        end
        do
            while true do
                do
                    renewHeld()
                    if not streamOpen then
                        if pieces <= 1 or string.sub(recent, -2) == "\n\n" then
                            finish()
                            return ""
                        end
                        local refused = resume()
                        if refused ~= nil then
                            return fail(refused)
                        end
                        goto __continue72
                    end
                    local piece = receive(DUMP_CHUNK)
                    if piece ~= nil then
                        pieces = pieces + 1
                        delivered = delivered + #piece
                        recent = #piece >= RESUME_CHECK_BYTES and string.sub(piece, -RESUME_CHECK_BYTES) or string.sub(recent .. piece, -RESUME_CHECK_BYTES)
                        if whole and clockMs() - started >= client.timeout * 1000 then
                            return fail(statsError(
                                "timeout",
                                ("no complete answer within " .. tostring(client.timeout)) .. "s",
                                command
                            ))
                        end
                        return piece
                    end
                    if pieces == 0 then
                        finish()
                        if clockMs() - started < client.timeout * 1000 then
                            return ""
                        end
                        return nil, receiveError(client, command, "closed", started)
                    end
                end
                ::__continue72::
            end
        end
    end
    local first, err = next()
    if first == nil then
        return nil, err
    end
    local pending = first
    return {
        next = function()
            if pending ~= nil then
                local piece = pending
                pending = nil
                return piece
            end
            return next()
        end,
        close = finish
    }
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
        renewHeld()
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
sessions = newGate(____exports.SESSIONS)
____exports.DEFAULT_ADDRESS = "/run/haproxy/admin.sock"
____exports.DEFAULT_TIMEOUT = 3
--- The longest command line sent: HAProxy's CLI reads a line into one buffer
-- (tune.bufsize, 16,384 bytes by default) and a longer one never ends (2.6:
-- the connection hangs until its timeout) or is refused ("The command is
-- too big for the buffer size", 3.x). Kept under the buffer by its 1,024
-- bytes of reserve (tune.maxrewrite), as a stated limit, checked before
-- anything is sent.
____exports.CLI_LINE_MAX = 15000
insideSeen = false
CONNECT_RETRY_MS = 500
CONNECT_PAUSE_MS = 10
DUMP_CHUNK = 8192
DUMP_WAKE_SECONDS = 0.02
MAX_RESUMES = 100
RESUME_CHECK_BYTES = 256
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
    local reader, err = ____exports.openDump(client, command, true)
    if reader == nil then
        return nil, err
    end
    local parts = {}
    do
        while true do
            local piece, failed = reader.next()
            if piece == nil then
                return nil, failed
            end
            if piece == "" then
                break
            end
            parts[#parts + 1] = piece
        end
    end
    return table.concat(parts)
end
--- Runs `commands` one after the other on one interactive session and returns
-- their answers, in order. Each answer must end with HAProxy's empty line
-- ("show stat", "show servers state" and other dumps do): only send commands
-- known to. One answer never waits behind another, so none outgrows a buffer.
function ____exports.executeEach(client, commands)
    for ____, command in ipairs(commands) do
        local problem = commandProblem(command)
        if problem ~= nil then
            return nil, problem
        end
    end
    return gated(
        client,
        "prompt",
        function() return executeEachNow(client, commands) end
    )
end
return ____exports
 end,
["stats.core.level"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local RANK = {user = 1, operator = 2, admin = 3}
local levels = {}
--- The same, by client object: asked on every in-process write, so no key is built then.
local byClient = setmetatable({}, {__mode = "k"})
--- The socket's level: "user", "operator" or "admin" (undefined when it does not answer).
local function levelOf(client)
    local known = byClient[client]
    if known ~= nil then
        return known
    end
    local key = (client.address .. "|") .. tostring(client.port)
    local level = levels[key]
    if level == nil then
        local answer = execute(client, "show cli level")
        if answer == nil then
            return nil
        end
        level = (string.match(answer, "^%s*(%a+)")) or "unknown"
        levels[key] = level
    end
    byClient[client] = level
    return level
end
--- Whether the socket is at `minimum` or above.
function ____exports.atLevel(client, minimum)
    local level = levelOf(client)
    return level ~= nil and (RANK[level] or 0) >= RANK[minimum]
end
return ____exports
 end,
["stats.core.result"] = function(...) 
local ____exports = {}
return ____exports
 end,
["stats.core.words"] = function(...) 
local ____exports = {}
local DUMP_ESCAPES
--- Longest word accepted.
____exports.WORD_MAX_LENGTH = 4096
--- The characters no text may hold, with their names.
local REFUSED = {}
REFUSED["\r"] = "CR"
REFUSED["\n"] = "LF"
REFUSED["\0"] = "NUL"
REFUSED["\v"] = "vertical tab (\\v)"
REFUSED["\f"] = "form feed (\\f)"
--- The reason `text` can't be sent to HAProxy as it is (a word, or a
-- payload line's part), or undefined when it can: not a string, empty,
-- too long, or holding a character of REFUSED, named.
function ____exports.textProblem(text, maxLength)
    if maxLength == nil then
        maxLength = ____exports.WORD_MAX_LENGTH
    end
    if type(text) ~= "string" then
        return "expected a string, got " .. type(text)
    end
    local word = text
    if #word == 0 then
        return "empty text"
    end
    if #word > maxLength then
        return ("longer than " .. tostring(maxLength)) .. " bytes"
    end
    local at = string.find(word, "[\r\n%z\v\f]")
    if at == nil then
        return nil
    end
    local name = REFUSED[string.sub(word, at, at)]
    if name == "CR" or name == "LF" or name == "NUL" then
        return ((("holds " .. name) .. " at byte ") .. tostring(at)) .. ": CR, LF and NUL can't be sent to HAProxy's CLI"
    end
    return ((("holds a " .. name) .. " at byte ") .. tostring(at)) .. ", which most tools reading maps take for a blank: refused so that what is stored is what everyone reads"
end
--- The reason `text` can't travel as one word, or undefined when it can.
____exports.wordProblem = function(text) return ____exports.textProblem(text) end
--- `text` escaped as one word of a command line (see above), or undefined and why it can't be.
function ____exports.word(text)
    local problem = ____exports.wordProblem(text)
    if problem ~= nil then
        return nil, problem
    end
    local escaped = string.gsub(text, "[\\; \t<]", "\\%0")
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
--- A space or a tab: map keys can't hold one, since "show map" and map files separate key and value by it.
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
["stats.core.names"] = function(...) 
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____words = require("stats.core.words")
local quoted = ____words.quoted
--- HAProxy's legal characters in proxy and server names (cfgparse: invalid_char).
local NAME_PATTERN = "^[%w%.%-_:]+$"
--- Longer than any sane name; HAProxy itself has no limit, a command line does.
____exports.NAME_MAX_LENGTH = 255
--- Names found valid, so that the next check of one is a lookup: a write
-- checks its backend and server names at each layer it crosses (the route,
-- set_servers, the operation, the read-back), eight checks a PATCH. Emptied
-- when full, so names sent by clients cannot grow it without bound.
local VALID_NAMES_MAX = 4096
local validNames = {}
local validCount = 0
--- Returns the reason `name` can't be a proxy or server name, or undefined when it can.
function ____exports.nameProblem(name)
    if validNames[name] ~= nil then
        return nil
    end
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
    if validCount >= VALID_NAMES_MAX then
        validNames = {}
        validCount = 0
    end
    validNames[text] = true
    validCount = validCount + 1
    return nil
end
--- The reason `name` breaks `rule`, or undefined when it keeps it.
function ____exports.ruleProblem(rule, name)
    if type(name) ~= "string" then
        return (("expected a " .. rule.noun) .. ", got ") .. type(name)
    end
    local text = name
    if #text == 0 or #text > rule.maxLength then
        return ((("a " .. rule.noun) .. " has 1 to ") .. tostring(rule.maxLength)) .. " characters"
    end
    if (string.find(text, rule.pattern)) == nil then
        return (("a " .. rule.noun) .. " may only hold ") .. rule.allowed
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
--- The error for a refused name, quoting it ("%q" keeps control characters visible).
function ____exports.invalidName(what, name, problem)
    return statsError(
        "invalid",
        (((what .. " ") .. quoted(name)) .. ": ") .. problem
    )
end
--- The refusal of a backend and server name pair, or undefined when both are valid.
function ____exports.serverNamesProblem(backend, server)
    local backendProblem = ____exports.nameProblem(backend)
    if backendProblem ~= nil then
        return ____exports.invalidName("backend", backend, backendProblem)
    end
    local serverProblem = ____exports.nameProblem(server)
    if serverProblem ~= nil then
        return ____exports.invalidName("server", server, serverProblem)
    end
    return nil
end
--- "<backend>/<server>", both names checked.
function ____exports.serverPath(backend, server)
    local invalid = ____exports.serverNamesProblem(backend, server)
    if invalid ~= nil then
        return nil, invalid
    end
    return (backend .. "/") .. server
end
return ____exports
 end,
["stats.core.kinds"] = function(...) 
local ____exports = {}
local ____names = require("stats.core.names")
local nameProblem = ____names.nameProblem
local function refuse(problem)
    return nil, problem
end
--- A proxy or server name: HAProxy's legal characters only.
____exports.name = {
    check = function(value)
        local problem = nameProblem(value)
        if problem ~= nil then
            return refuse(("must be a name of letters, digits, '.', '-', '_' and ':' (" .. problem) .. ")")
        end
        return value
    end,
    schema = {type = "string", pattern = "^[A-Za-z0-9._:-]{1,255}$"}
}
--- An integer from `min` to `max`, formatted with %d: HAProxy refuses "7.0", which is how Lua prints 7.0.
function ____exports.integer(min, max, description)
    return {
        check = function(value)
            local whole = type(value) == "number" and math.tointeger(value) or nil
            if whole == nil or whole < min or whole > max then
                return refuse((("must be an integer from " .. tostring(min)) .. " to ") .. tostring(max))
            end
            return string.format("%d", whole)
        end,
        schema = {type = "integer", minimum = min, maximum = max, description = description}
    }
end
--- One of `words`, as is.
function ____exports.oneOf(words, description)
    local allowed = {}
    for ____, each in ipairs(words) do
        allowed[each] = true
    end
    local listed = ("\"" .. table.concat(words, "\", \"")) .. "\""
    return {
        check = function(value)
            if type(value) == "string" and allowed[value] ~= nil then
                return value
            end
            return refuse("must be one of " .. listed)
        end,
        schema = {enum = words, description = description}
    }
end
--- true or false, as "1" or "0".
____exports.flag = {
    check = function(value)
        if type(value) ~= "boolean" then
            return refuse("must be true or false")
        end
        return value == true and "1" or "0"
    end,
    schema = {type = "boolean"}
}
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
function ____exports.isIPv6(text)
    return #text <= 45 and (string.find(text, ":")) ~= nil and (string.find(text, "^[%x:%.]+$")) ~= nil
end
--- An IP address: HAProxy 2.6 takes no host name at runtime ("set server addr", "add server" resolve none).
____exports.ip = {
    check = function(value)
        if type(value) == "string" and (isIPv4(value) or ____exports.isIPv6(value)) then
            return value
        end
        return refuse("must be an IPv4 or IPv6 address")
    end,
    schema = {type = "string", description = "An IPv4 or IPv6 address (no host name)"}
}
--- A TCP port. Checked here, because HAProxy takes 99999 and silently wraps it.
____exports.port = ____exports.integer(1, 65535)
--- A weight as a number: made once, not on each of the three checks a PATCH makes.
local WEIGHT_NUMBER = ____exports.integer(0, 256)
____exports.weight = {
    check = function(value)
        if type(value) == "number" then
            return WEIGHT_NUMBER.check(value)
        end
        if type(value) == "string" then
            local digits = string.match(value, "^(%d%d?%d?)%%$")
            local percent = digits ~= nil and tonumber(digits) or nil
            if percent ~= nil and percent <= 100 then
                return string.format("%d%%", percent)
            end
        end
        return refuse("must be an integer from 0 to 256 or a percentage from \"0%\" to \"100%\"")
    end,
    schema = {oneOf = {{type = "integer", minimum = 0, maximum = 256}, {type = "string", pattern = "^[0-9]{1,3}%$"}}}
}
--- A whole number of seconds (or a fraction), above 0 and at most `max`, as milliseconds.
function ____exports.seconds(max)
    return {
        check = function(value)
            if type(value) ~= "number" or value <= 0 or value > max or value ~= value then
                return refuse("must be a number of seconds above 0 and at most " .. tostring(max))
            end
            return string.format(
                "%d",
                math.ceil(value * 1000)
            )
        end,
        schema = {type = "number", exclusiveMinimum = 0, maximum = max}
    }
end
return ____exports
 end,
["stats.core.operation"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArraySome = ____lualib.__TS__ArraySome
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local insideHAProxy = ____client.insideHAProxy
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local ____level = require("stats.core.level")
local atLevel = ____level.atLevel
local ____names = require("stats.core.names")
local invalidName = ____names.invalidName
local nameProblem = ____names.nameProblem
local ____words = require("stats.core.words")
local quoted = ____words.quoted
--- Checks `values` against `args` into `words`: every required one present, every given one valid.
function ____exports.checkArgs(args, values, words)
    if words == nil then
        words = {}
    end
    do
        local index = 0
        while index < #args do
            do
                local arg = args[index + 1]
                local given = values[arg.name]
                if given == nil then
                    if arg.optional == true then
                        goto __continue8
                    end
                    return nil, arg.name, "is required"
                end
                local text, problem = arg.kind.check(given)
                if text == nil then
                    return nil, arg.name, problem
                end
                words[arg.name] = text
            end
            ::__continue8::
            index = index + 1
        end
    end
    return words
end
--- Checks every target and argument of `op` in `values`; the first refusal names its argument.
function ____exports.check(op, values)
    local words = {}
    local targets = op.targets
    do
        local index = 0
        while index < #targets do
            local target = targets[index + 1]
            local given = values[target]
            local problem = nameProblem(given)
            if problem ~= nil then
                return nil, target, problem
            end
            words[target] = given
            index = index + 1
        end
    end
    return ____exports.checkArgs(op.args, values, words)
end
--- A table of fields for a multi-field write (set_frontend, set_process):
-- every name one of `args`, at least one given; the refusal says which
-- names there are ("<name> is not <what>: use a, b").
function ____exports.givenFields(method, fields, args, what)
    local names = table.concat(
        __TS__ArrayMap(
            args,
            function(____, arg) return arg.name end
        ),
        ", "
    )
    if type(fields) ~= "table" then
        return nil, statsError("invalid", ((method .. ": expected a table of fields (") .. names) .. ")")
    end
    local given = fields
    local count = 0
    for field in pairs(given) do
        if not __TS__ArraySome(
            args,
            function(____, arg) return arg.name == field end
        ) then
            return nil, statsError(
                "invalid",
                (((tostring(field) .. " is not ") .. what) .. ": use ") .. names
            )
        end
        count = count + 1
    end
    if count == 0 then
        return nil, statsError("invalid", "no field given: use " .. names)
    end
    return given
end
--- The library's error for a refused argument: "weight 300: must be an integer from 0 to 256"; `targets` are names.
function ____exports.refusal(targets, name, given, problem)
    if __TS__ArrayIncludes(targets, name) then
        return invalidName(name, given, problem)
    end
    return statsError(
        "invalid",
        given == nil and (name .. " ") .. problem or (((name .. " ") .. quoted(given)) .. ": ") .. problem
    )
end
--- What HAProxy's answer (or its Lua call's message) means for `op`.
function ____exports.judge(op, command, answer)
    local text = string.match(answer, "^%s*(.-)%s*$")
    if text == "" then
        return true
    end
    for ____, pattern in ipairs(op.succeeded or ({})) do
        if (string.find(text, pattern)) ~= nil then
            return true
        end
    end
    for ____, ____value in ipairs(op.errors or ({})) do
        local pattern = ____value[1]
        local kind = ____value[2]
        if (string.find(text, pattern)) ~= nil then
            return nil, statsError(kind, text, command, text)
        end
    end
    local known = answerError(command, text)
    if known ~= nil then
        return nil, known
    end
    return nil, statsError(op.otherwise or "refused", text, command, text)
end
--- Runs `op` with words already checked: in-process when the object is reachable (and the socket is admin), else on the socket.
function ____exports.run(client, op, words)
    if op["local"] ~= nil and insideHAProxy() and atLevel(client, "admin") then
        local target = op["local"].find(words)
        if target ~= nil then
            local said = op["local"].call(target, words)
            if said == nil then
                return true
            end
            return ____exports.judge(
                op,
                op.command(words),
                said
            )
        end
    end
    local command = op.command(words)
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    return ____exports.judge(op, command, answer)
end
--- `op`'s command line for `values`, checked; or the refusal.
function ____exports.commandOf(op, values)
    local words, name, problem = ____exports.check(op, values)
    if words == nil then
        return nil, ____exports.refusal(op.targets, name, values[name], problem)
    end
    return op.command(words)
end
--- Checks `values`, then runs `op`: an invalid argument is refused before anything is sent.
function ____exports.perform(client, op, values)
    local words, name, problem = ____exports.check(op, values)
    if words == nil then
        return nil, ____exports.refusal(op.targets, name, values[name], problem)
    end
    return ____exports.run(client, op, words)
end
--- `op`'s targets and arguments in call order, as its Lua method takes them.
function ____exports.parameterNames(op)
    local names = {table.unpack(op.targets)}
    for ____, arg in ipairs(op.args) do
        names[#names + 1] = arg.name
    end
    return names
end
return ____exports
 end,
["stats.core.fields"] = function(...) 
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
return ____exports
 end,
["stats.patterns.parsers"] = function(...) 
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local value = ____fields.value
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
["stats.patterns.commands"] = function(...) 
local ____exports = {}
local invalid, textWord
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____words = require("stats.core.words")
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
--- The library's lua-haproxy-style argument: an entry id when it reads as one ("#0x..."), else a key.
function ____exports.targetOf(keyOrId)
    return ____exports.isEntryId(keyOrId) and ({id = keyOrId}) or ({key = keyOrId})
end
--- What a target is called in a message: its key, or "entry #0x...".
function ____exports.targetName(target)
    local ____temp_0
    if target.id ~= nil then
        ____temp_0 = target.id
    else
        ____temp_0 = target.key
    end
    return ____temp_0
end
--- The word naming a target's entries. HAProxy's CLI reads any word that
-- starts with "#0x" as an entry id, whatever escapes it carries, so a key
-- that starts so cannot be named by key: it is refused, pointing at its id.
local function entryWord(what, target)
    if target.id ~= nil then
        if not ____exports.isEntryId(target.id) then
            return invalid(
                "entry id",
                quoted(target.id) .. " is not an entry id as listed (\"#0x\" and hex digits)"
            )
        end
        return target.id
    end
    local key = target.key
    if type(key) == "string" and string.sub(key, 1, 3) == "#0x" then
        return invalid(
            (what .. " ") .. quoted(key),
            "HAProxy's CLI reads a key starting with \"#0x\" as an entry id: name this entry by its id"
        )
    end
    return textWord(what, key)
end
--- Why `text` cannot be a new entry's key (map) or value (ACL), or
-- undefined: one rule for a single add and a whole replace. It may not
-- start with "#": HAProxy's CLI reads "#0x..." as an entry id (the entry
-- could never be named by key), and a map or ACL file reads "#" as a
-- comment (the entry would be lost at the next reload).
function ____exports.newEntryProblem(text)
    if type(text) == "string" and isReference(text) then
        return "can't start with \"#\": HAProxy's CLI reads \"#0x...\" as an entry id, and a map or ACL file reads \"#\" as a comment"
    end
    return nil
end
--- A new map key: free text without blanks ("show map" separates key and value with a space), not starting with "#".
local function mapKey(key)
    if type(key) == "string" and hasBlank(key) then
        return invalid(
            "key " .. quoted(key),
            "map keys can't hold spaces or tabs"
        )
    end
    local problem = ____exports.newEntryProblem(key)
    if problem ~= nil then
        return invalid(
            "key " .. quoted(key),
            problem
        )
    end
    return textWord("key", key)
end
--- A new ACL value: free text not starting with "#".
local function aclValue(value)
    local problem = ____exports.newEntryProblem(value)
    if problem ~= nil then
        return invalid(
            "value " .. quoted(value),
            problem
        )
    end
    return textWord("value", value)
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
--- "add map <ref> <key> <value>".
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
function ____exports.setMapEntry(ref, target, value)
    return join(
        "set map",
        {
            {____exports.patternRef("map", ref)},
            {entryWord("key", target)},
            {textWord("value", value)}
        }
    )
end
function ____exports.addAclEntry(ref, value)
    return join(
        "add acl",
        {
            {____exports.patternRef("acl", ref)},
            {aclValue(value)}
        }
    )
end
--- "del map|acl <ref> <key>|#<id>": every entry of that key, or the one entry.
function ____exports.delEntry(kind, ref, target)
    return join(
        "del " .. kind,
        {
            {____exports.patternRef(kind, ref)},
            {entryWord(kind == "map" and "key" or "value", target)}
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
["stats.core.capabilities"] = function(...) 
local ____exports = {}
local decided
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
--- Release numbers of a version string: "3.2-dev11-abc" is 3, 2, 0, dev; "2.6.12-1+deb12u4" is 2, 6, 12.
function ____exports.parseVersion(version)
    local major, minor, rest = string.match(version, "^(%d+)%.(%d+)(.*)$")
    if major == nil then
        return 0, 0, 0, false
    end
    local patch = string.match(rest, "^%.(%d+)")
    local dev = (string.find(rest, "^%-dev")) ~= nil
    return tonumber(major), tonumber(minor), patch == nil and 0 or tonumber(patch), dev
end
--- Whether `version` has the lost-data bug (see above): conservative where the backport's release is not known.
function ____exports.dropsRequestData(version)
    local major, minor, patch, dev = ____exports.parseVersion(version)
    local release = major * 100 + minor
    if release < 208 then
        return false
    end
    if release == 300 then
        return patch < 10
    end
    if release == 302 then
        return dev
    end
    return release < 302
end
--- The capabilities of `version` with the probed Lua API: pure, so that specs can ask it of any version.
function ____exports.capabilitiesOf(version, lua, probes)
    local major, minor = ____exports.parseVersion(version)
    local release = major * 100 + minor
    return {
        version = version,
        release = release,
        lua = lua,
        getters = probes.getters,
        liveServers = release >= 208,
        eventBus = probes.eventBus,
        patref = probes.patref,
        queueAlarm = probes.queueAlarm == true,
        cliFirstLineOnly = release >= 300,
        statsCallYields = release >= 302,
        delServerWaits = release >= 303,
        yieldDropsRequestData = ____exports.dropsRequestData(version)
    }
end
--- What the HAProxy this runs in can do (see above); outside HAProxy, nothing in-process.
function ____exports.capabilities()
    if decided ~= nil then
        return decided
    end
    if not insideHAProxy() then
        decided = ____exports.capabilitiesOf("", _VERSION, {getters = false, eventBus = false, patref = false})
        return decided
    end
    local host = core
    local proxy
    for ____, found in pairs(core.proxies) do
        proxy = found
        break
    end
    decided = ____exports.capabilitiesOf(
        tostring(core.get_info().Version or ""),
        _VERSION,
        {
            getters = proxy ~= nil and type(proxy.get_uuid) == "function",
            eventBus = type(host.event_sub) == "function",
            patref = type(host.get_patref) == "function",
            queueAlarm = core.wait ~= nil and core.queue ~= nil and type(core.queue().alarm) == "function"
        }
    )
    return decided
end
--- Learned while serving: a request body arrived shorter than its
-- Content-Length after the service yielded, so this build has the lost-data
-- bug whatever its version says (a distribution's own patches).
function ____exports.noteRequestDataDropped()
    ____exports.capabilities().yieldDropsRequestData = true
end
return ____exports
 end,
["stats.process.types"] = function(...) 
local ____exports = {}
--- Row types of "show stat", the codes in its "type" column.
-- The numbers are HAProxy's, kept under the names lua-haproxy exported.
____exports.stats_types = {FRONTEND = 0, BACKEND = 1, SERVER = 2, SOCKET = 3}
--- The "show stat <proxy> <type> <sid>" filter takes a bitmask, not the row
-- type: 1 frontends, 2 backends, 4 servers, -1 everything.
____exports.stat_filter = {FRONTEND = 1, BACKEND = 2, SERVER = 4, ANY = -1}
return ____exports
 end,
["stats.process.parsers"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArraySetLength = ____lualib.__TS__ArraySetLength
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local value = ____fields.value
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
--- The header line's names, in order ("# pxname,svname,...,"), up to the
-- "-" column: what follows it are the stats modules' fields (h1_*, h2_*,
-- ssl_*), which HAProxy 2.6's Lua cannot read in-process (Proxy and Server
-- get_stats() fill only the standard ones). Rows carry the standard fields
-- on the socket too, so a row has one shape wherever it was read.
local function csvHeader(line)
    local names = csvFields((string.gsub(line, "^#%s*", "")))
    local modules = __TS__ArrayIndexOf(names, "-")
    if modules >= 0 then
        __TS__ArraySetLength(names, modules)
    end
    return names
end
--- Header lines seen, with their names and row metatable: every answer of a
-- process has the same header, so it is split once, and the encoder's
-- per-order cache (http/jsonencode.ts) lasts across requests. Bounded.
local headers = {}
local headerCount = 0
--- The names of the last "show stat" header parsed: every field a row can have.
local lastNames
local lastOrder
--- Every field a "show stat" row has, as the last answer's header named them; undefined before any.
function ____exports.statFieldNames()
    return lastNames
end
--- The row metatable (field order) of the last header parsed; undefined before any.
function ____exports.statRowOrder()
    return lastOrder
end
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
            order = ordered(names)
        }
        headers[line] = known
        headerCount = headerCount + 1
    end
    lastNames = known.names
    lastOrder = known.order
    return known
end
--- Parses "show stat" CSV into an array of rows keyed by the header's names:
-- integers as numbers, empty fields as "" (lua-haproxy's shape). Answers of
-- several commands may be concatenated: every header line starts a new block.
function ____exports.parse_stats(csv)
    local rows = {}
    local header = {}
    local order = ordered(header)
    for line in string.gmatch(csv, "([^\n]*)\n?") do
        do
            if line == "" then
                goto __continue20
            end
            if string.sub(line, 1, 1) == "#" then
                local known = headerOf(line)
                header = known.names
                order = known.order
                goto __continue20
            end
            local row = setmetatable({}, order)
            local quoted = string.find(line, "\"", 1, true)
            if quoted == nil then
                local index = 0
                for field in string.gmatch(line, "([^,]*),") do
                    local name = header[index + 1]
                    if name ~= nil then
                        row[name] = value(field)
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
                            row[header[index + 1]] = value(field)
                        end
                        index = index + 1
                    end
                end
            end
            rows[#rows + 1] = row
        end
        ::__continue20::
    end
    return rows
end
--- Parses "show info" ("Name: value" lines) into a table; integers as numbers.
function ____exports.parse_info(text)
    local names = {}
    local info = setmetatable(
        {},
        ordered(names)
    )
    for name, field in string.gmatch(text, "([^:\n]+):[ \t]*([^\n]*)") do
        local trimmed = string.match(field, "^(.-)%s*$")
        if not (info[name] ~= nil) then
            names[#names + 1] = name
        end
        info[name] = value(trimmed or field)
    end
    return info
end
return ____exports
 end,
["stats.core.objects"] = function(...) 
local ____exports = {}
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
function ____exports.proxyName(proxy)
    return capabilities().getters and proxy:get_name() or proxy.name
end
--- The proxy's id, the "iid" of "show stat".
function ____exports.proxyId(proxy)
    return tonumber(capabilities().getters and proxy:get_uuid() or proxy.uuid)
end
function ____exports.serverName(server)
    return capabilities().getters and server:get_name() or server.name
end
--- The server's id in its backend, the "sid" of "show stat".
function ____exports.serverId(server)
    return tonumber(capabilities().getters and server:get_puid() or server.puid)
end
return ____exports
 end,
["stats.process.proxylist"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFind = ____lualib.__TS__ArrayFind
local ____exports = {}
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____objects = require("stats.core.objects")
local proxyId = ____objects.proxyId
local serverId = ____objects.serverId
local serverName = ____objects.serverName
local proxies
local byId
--- The proxies with a backend side, by name (as core.backends).
local backendsByName
--- Backends whose servers were added or deleted since they were listed (live server tables only); ALL: every one.
local ALL = ""
local changedBackends = {}
local anyChanged = false
local function listServers(entry)
    local found = {}
    for ____, server in pairs(entry.proxy.servers) do
        found[#found + 1] = {
            serverId(server),
            server
        }
    end
    table.sort(
        found,
        function(a, b) return a[1] < b[1] end
    )
    local servers = {}
    local ids = {}
    local names = {}
    local byId = {}
    local byName = {}
    do
        local index = 0
        while index < #found do
            local id, server = table.unpack(found[index + 1], 1, 2)
            servers[index + 1] = server
            ids[index + 1] = id
            names[index + 1] = serverName(server)
            byId[id] = index
            byName[names[index + 1]] = index
            index = index + 1
        end
    end
    entry.servers = servers
    entry.serverIds = ids
    entry.serverNames = names
    entry.byId = byId
    entry.byName = byName
end
--- Says `backend`'s servers changed (added or deleted; every backend's when not said): the next look lists them again, where Lua's tables are live.
function ____exports.noteServersChanged(backend)
    if not capabilities().liveServers then
        return
    end
    changedBackends[backend or ALL] = true
    anyChanged = true
end
local function onServerSetEvent(_event, data)
    ____exports.noteServersChanged(data.proxy_name)
end
--- Subscribes to HAProxy's server add and delete events, where it has them.
local function watchServerSet()
    local caps = capabilities()
    if not caps.liveServers or not caps.eventBus then
        return
    end
    local subscribed = pcall(core.event_sub, {"SERVER_ADD", "SERVER_DEL"}, onServerSetEvent)
    if not subscribed then
        ____exports.noteServersChanged()
    end
end
--- Lists again the servers of the backends said to have changed.
local function listChanged(list)
    local changed = changedBackends
    changedBackends = {}
    anyChanged = false
    local backends = backendsByName
    if changed[ALL] ~= nil then
        for ____, entry in ipairs(list) do
            if entry.backend then
                listServers(entry)
            end
        end
        return
    end
    for name in pairs(changed) do
        local entry = backends[name]
        if entry ~= nil then
            listServers(entry)
        end
    end
end
--- Every proxy, in "show stat" order (by id), its servers current (see above).
function ____exports.localProxies()
    if proxies ~= nil then
        if anyChanged then
            listChanged(proxies)
        end
        return proxies
    end
    local found = {}
    local backends = {}
    local list = {}
    for ____, ____value in ipairs({{"frontend", core.frontends}, {"backend", core.backends}}) do
        local side = ____value[1]
        local ____table = ____value[2]
        for name, proxy in pairs(____table) do
            local id = proxyId(proxy)
            local entry = found[id]
            if entry == nil then
                entry = {
                    proxy = proxy,
                    id = id,
                    name = name,
                    frontend = false,
                    backend = false,
                    servers = {},
                    serverIds = {},
                    serverNames = {},
                    byId = {},
                    byName = {}
                }
                found[id] = entry
                list[#list + 1] = entry
            end
            if side == "frontend" then
                entry.frontend = true
            else
                entry.backend = true
                backends[name] = entry
                listServers(entry)
            end
        end
    end
    table.sort(
        list,
        function(a, b) return a.id < b.id end
    )
    proxies = list
    byId = found
    backendsByName = backends
    watchServerSet()
    return list
end
--- Lists every proxy now (the service's init), not at the first request that
-- needs them, where listing is costly (2.8 and later). Before 2.8 it is
-- cheap (Lua's tables are made at start: 1.7 ms to the first rows of the
-- first GET /stats at 1,000 x 10 on 2.6.12), and left to the first use.
function ____exports.warmProxyList()
    if capabilities().liveServers then
        ____exports.localProxies()
    end
end
--- A server's object, from the list: no new Proxy and Server objects per
-- call (from 2.8 each lookup in core.backends makes both, some 3 KB of Lua
-- tables). Where the list is live, one whose server was deleted before the
-- list heard of it answers nil to get_name(): none, then.
function ____exports.listedServer(backend, server)
    ____exports.localProxies()
    local entry = backendsByName[backend]
    local index = entry and entry.byName[server]
    if entry == nil or index == nil then
        return nil
    end
    local found = entry.servers[index + 1]
    if capabilities().liveServers and found:get_name() == nil then
        return nil
    end
    return found
end
--- The proxy "show stat <ref>" picks: by numeric id, else by name (as core.proxies, then backends, then frontends).
function ____exports.localProxy(ref)
    local list = ____exports.localProxies()
    local id = tonumber(ref)
    if id ~= nil then
        return __TS__ArrayFind(
            list,
            function(____, entry) return entry.id == id end
        )
    end
    local proxy = core.proxies[ref] or core.backends[ref] or core.frontends[ref]
    local ____temp_2
    if proxy == nil then
        ____temp_2 = nil
    else
        ____temp_2 = byId[proxyId(proxy)]
    end
    return ____temp_2
end
return ____exports
 end,
["stats.process.plan"] = function(...) 
local ____exports = {}
local ____proxylist = require("stats.process.proxylist")
local localProxies = ____proxylist.localProxies
local localProxy = ____proxylist.localProxy
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
--- "show stat <proxy> <mask> <sid>": proxy "-1" for all, mask a stat_filter sum, sid -1 for all.
function ____exports.showStat(proxy, mask, sid)
    return string.format("show stat %s %d %d", proxy, mask, sid)
end
--- Above this many servers a proxy's rows are read one server at a time.
____exports.SERVERS_PER_COMMAND = 30
--- Listener rows ("SOCKET") come with this bit of the filter, beside frontends.
local SOCKET_BIT = 8
local EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT
local function commandsFor(entry, mask, commands)
    local id = tostring(entry.id)
    local wanted = mask == stat_filter.ANY and EVERYTHING or mask
    local ids = wanted & stat_filter.SERVER ~= 0 and entry.serverIds or ({})
    if #ids <= ____exports.SERVERS_PER_COMMAND then
        commands[#commands + 1] = ____exports.showStat(id, wanted, -1)
        return
    end
    local front = wanted & (stat_filter.FRONTEND | SOCKET_BIT)
    if front ~= 0 then
        commands[#commands + 1] = ____exports.showStat(id, front, -1)
    end
    for ____, sid in ipairs(ids) do
        commands[#commands + 1] = ____exports.showStat(id, stat_filter.SERVER, sid)
    end
    if wanted & stat_filter.BACKEND ~= 0 then
        commands[#commands + 1] = ____exports.showStat(id, stat_filter.BACKEND, -1)
    end
end
--- The commands that read `proxy` ("-1" for all) filtered by `mask` and `sid`
-- (-1 for all servers), each answer small. An unknown proxy gets one plain
-- command, so that HAProxy itself answers "No such proxy.".
function ____exports.planStat(proxy, mask, sid)
    local commands = {}
    if proxy == "-1" then
        for ____, each in ipairs(localProxies()) do
            commandsFor(each, mask, commands)
        end
        return commands
    end
    local ____temp_0
    if sid == -1 then
        ____temp_0 = localProxy(proxy)
    else
        ____temp_0 = nil
    end
    local found = ____temp_0
    if found == nil then
        return {____exports.showStat(proxy, mask, sid)}
    end
    commandsFor(found, mask, commands)
    return commands
end
return ____exports
 end,
["stats.process.statfields"] = function(...) 
local ____exports = {}
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
--- 2.6 (stats.c's stats_fill_*_stats; 2.6.12 adds agg_server_status and agg_check_status to backends, measured).
local HAPROXY_2_6 = {frontend = ("pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type rate rate_lim rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx " .. "hrsp_other req_rate req_rate_max req_tot comp_in comp_out comp_byp comp_rsp mode conn_rate conn_rate_max conn_tot intercepted dcon dses wrew ") .. "cache_lookups cache_hits eint", listener = "pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type addr mode dcon dses wrew eint", server = ((("pxname svname qcur qmax scur smax slim stot bin bout dresp econ eresp wretr wredis status weight act bck chkfail chkdown lastchg downtime qlimit pid " .. "iid sid throttle lbtot tracked type rate rate_max check_status check_code check_duration hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other ") .. "hanafail req_tot cli_abrt srv_abrt lastsess last_chk last_agt qtime ctime rtime ttime agent_status agent_code agent_duration check_desc agent_desc ") .. "check_rise check_fall check_health agent_rise agent_fall agent_health addr cookie mode wrew connect reuse srv_icur src_ilim qtime_max ctime_max ") .. "rtime_max ttime_max eint idle_conn_cur safe_conn_cur used_conn_cur need_conn_est uweight", backend = (("pxname svname qcur qmax scur smax slim stot bin bout dreq dresp econ eresp wretr wredis status weight act bck chkdown lastchg downtime pid iid sid " .. "lbtot type rate rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess ") .. "qtime ctime rtime ttime cookie mode algo wrew connect reuse cache_lookups cache_hits qtime_max ctime_max rtime_max ttime_max eint uweight ") .. "agg_server_check_status agg_server_status agg_check_status"}
--- 2.8 (stats.c; "proto" is the listener's protocol).
local HAPROXY_2_8 = {frontend = ("pxname svname mode scur smax slim stot bin bout dreq dresp ereq dcon dses status pid iid sid type rate rate_lim rate_max wrew eint hrsp_1xx hrsp_2xx " .. "hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other intercepted cache_lookups cache_hits req_rate req_rate_max req_tot comp_in comp_out comp_byp comp_rsp conn_rate ") .. "conn_rate_max conn_tot sess_other h1sess h2sess h3sess req_other h1req h2req h3req", listener = "pxname svname mode scur smax slim stot bin bout dreq dresp ereq dcon dses status pid iid sid type wrew eint addr proto", server = ((("pxname svname mode qcur qmax scur smax slim srv_icur src_ilim stot bin bout dresp econ eresp wretr wredis wrew eint connect reuse idle_conn_cur " .. "safe_conn_cur used_conn_cur need_conn_est status lastchg weight uweight act bck chkfail chkdown downtime qlimit pid iid sid srid throttle lbtot ") .. "tracked type rate rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall check_health agent_status agent_code ") .. "agent_duration agent_desc last_agt agent_rise agent_fall agent_health req_tot hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail ") .. "cli_abrt srv_abrt lastsess qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max addr cookie", backend = (("pxname svname mode qcur qmax scur smax slim stot bin bout dreq dresp econ eresp wretr wredis wrew eint connect reuse status agg_server_check_status " .. "agg_server_status agg_check_status weight uweight act bck chkdown lastchg downtime pid iid sid lbtot type rate rate_max cookie algo req_tot hrsp_1xx ") .. "hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other cache_lookups cache_hits cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess qtime ctime ") .. "rtime ttime qtime_max ctime_max rtime_max ttime_max"}
--- 3.0 to 3.2 (stats-proxy.c: generic counters and the fill functions' cases; 3.1 and 3.2 unchanged).
local HAPROXY_3_0 = {frontend = (("pxname svname mode scur smax slim status pid iid sid type rate_lim rate_max req_rate_max conn_rate_max sess_other stot bin bout dreq dresp ereq econ " .. "eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt ") .. "srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess ") .. "h2sess h3sess req_other h1req h2req h3req", listener = ("pxname svname mode scur smax slim status pid iid sid type addr proto stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg " .. "lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp ") .. "lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req", server = (((("pxname svname mode qcur qmax scur smax slim srv_icur src_ilim idle_conn_cur safe_conn_cur used_conn_cur need_conn_est status weight uweight act bck " .. "downtime qlimit pid iid sid srid throttle tracked type rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall ") .. "check_health agent_status agent_code agent_duration agent_desc last_agt agent_rise agent_fall agent_health qtime ctime rtime ttime qtime_max ctime_max ") .. "rtime_max ttime_max addr cookie stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx ") .. "hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted ") .. "dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req", backend = ((("pxname svname mode qcur qmax scur smax slim status agg_server_check_status agg_server_status agg_check_status weight uweight act bck downtime pid iid " .. "sid type rate_max cookie algo qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max stot bin bout dreq dresp ereq econ eresp wretr wredis ") .. "chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in ") .. "comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess ") .. "req_other h1req h2req h3req"}
--- 3.3 and 3.4 (3.0's, with reqbin, reqbout, resbin, resbout and, for servers, priv_idle_cur).
local HAPROXY_3_3 = {frontend = (("pxname svname mode scur smax slim status pid iid sid type rate_lim rate_max req_rate_max conn_rate_max sess_other stot bin bout dreq dresp ereq econ " .. "eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt ") .. "srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess ") .. "h2sess h3sess req_other h1req h2req h3req reqbin reqbout resbin resbout", listener = (("pxname svname mode scur smax slim status pid iid sid type addr proto stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg " .. "lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp ") .. "lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req ") .. "reqbin reqbout resbin resbout", server = ((((("pxname svname mode qcur qmax scur smax slim srv_icur src_ilim idle_conn_cur safe_conn_cur used_conn_cur need_conn_est status weight uweight act bck " .. "downtime qlimit pid iid sid srid throttle tracked type rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall ") .. "check_health agent_status agent_code agent_duration agent_desc last_agt agent_rise agent_fall agent_health qtime ctime rtime ttime qtime_max ctime_max ") .. "rtime_max ttime_max addr cookie priv_idle_cur stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx ") .. "hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate ") .. "conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req reqbin reqbout resbin ") .. "resbout", backend = ((("pxname svname mode qcur qmax scur smax slim status agg_server_check_status agg_server_status agg_check_status weight uweight act bck downtime pid iid " .. "sid type rate_max cookie algo qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max stot bin bout dreq dresp ereq econ eresp wretr wredis ") .. "chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in ") .. "comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess ") .. "req_other h1req h2req h3req reqbin reqbout resbin resbout"}
--- By release (major * 100 + minor): the releases whose source was read.
local BY_RELEASE = {
    [206] = HAPROXY_2_6,
    [208] = HAPROXY_2_8,
    [300] = HAPROXY_3_0,
    [301] = HAPROXY_3_0,
    [302] = HAPROXY_3_0,
    [303] = HAPROXY_3_3,
    [304] = HAPROXY_3_3
}
--- The fields get_stats() fills in `release`, as sets by row type (stats_types); undefined for a release not read.
function ____exports.filledFields(release)
    local known = BY_RELEASE[release]
    if known == nil then
        return nil
    end
    local sets = {}
    for ____, ____value in ipairs({{stats_types.FRONTEND, known.frontend}, {stats_types.SOCKET, known.listener}, {stats_types.SERVER, known.server}, {stats_types.BACKEND, known.backend}}) do
        local rowType = ____value[1]
        local list = ____value[2]
        local set = {}
        for name in string.gmatch(list, "%S+") do
            set[name] = true
        end
        sets[rowType] = set
    end
    return sets
end
--- The fields filled as text (mkf_str) in every release listed; every other
-- field is an integer or empty, in every row type.
____exports.TEXT_FIELDS = {}
for name in string.gmatch("pxname svname status check_status last_chk last_agt agent_status check_desc agent_desc addr cookie mode algo tracked proto", "%S+") do
    ____exports.TEXT_FIELDS[name] = true
end
return ____exports
 end,
["stats.process.local"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____fields = require("stats.core.fields")
local value = ____fields.value
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____level = require("stats.core.level")
local atLevel = ____level.atLevel
local ____parsers = require("stats.process.parsers")
local parse_stats = ____parsers.parse_stats
local statFieldNames = ____parsers.statFieldNames
local statRowOrder = ____parsers.statRowOrder
local ____plan = require("stats.process.plan")
local planStat = ____plan.planStat
local showStat = ____plan.showStat
local ____proxylist = require("stats.process.proxylist")
local noteServersChanged = ____proxylist.noteServersChanged
local ____statfields = require("stats.process.statfields")
local filledFields = ____statfields.filledFields
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
local stats_types = ____types.stats_types
local fields
local fieldsChecked = false
--- The fields each row type fills in the running HAProxy (statfields.ts),
-- once its "show stat" header (`names`) is known; undefined when its
-- release was not read, or when the header names a field the table lacks.
local function knownFields(names)
    if fieldsChecked then
        return fields
    end
    if names == nil then
        return filledFields(capabilities().release)
    end
    fieldsChecked = true
    fields = filledFields(capabilities().release)
    if fields == nil then
        return nil
    end
    local all = {}
    for ____, set in pairs(fields) do
        for name in pairs(set) do
            all[name] = true
        end
    end
    local unknown = __TS__ArrayFilter(
        names,
        function(____, name) return not (all[name] ~= nil) end
    )
    if #unknown > 0 then
        core.log(
            core.warning,
            ("haproxy-api: show stat has fields this version of haproxy-api does not know (" .. table.concat(unknown, ", ")) .. "): rows are read on the stats socket"
        )
        fields = nil
    end
    return fields
end
--- The set of fields `rowType` fills (stats_types): in-process rows keep only these.
function ____exports.fieldsOf(rowType)
    local ____opt_0 = knownFields(statFieldNames())
    return ____opt_0 and ____opt_0[rowType]
end
--- The standard "show stat" field names and their row order, read once on
-- the socket (a header-only "show stat -1 0 -1"): in-process rows are keyed
-- by the same names, in the order this HAProxy prints them.
function ____exports.statHeader(client)
    local names = statFieldNames()
    if names == nil then
        local answer, err = execute(client, "show stat -1 0 -1")
        if answer == nil then
            return nil, err
        end
        parse_stats(answer)
        names = statFieldNames()
        if names == nil then
            return nil, statsError("refused", "show stat printed no header", "show stat -1 0 -1", answer)
        end
    end
    return names, statRowOrder()
end
--- Listener rows come with this bit of the filter, beside frontends.
local SOCKET_BIT = 8
local EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT
--- Backends that have (or had) servers added at runtime, by name, where Lua's
-- server tables do not list them (before 2.8): their server rows are read on
-- the socket. Told by whoever adds one (servers/lifecycle.ts, the restore
-- after a reload, the state task when it sees one); never forgotten, since a
-- deleted server's id is not reused in the rows. Where the tables are live,
-- the server list is made again instead (proxylist.ts).
local withAdded = {}
function ____exports.noteAddedServer(backend)
    if capabilities().liveServers then
        noteServersChanged(backend)
    else
        withAdded[backend] = true
    end
end
--- Whether rows may be read in-process for this client: where each row
-- type's fields are known (statfields.ts), on a socket at level operator or
-- admin. The header is read first (once), to check it against the table.
function ____exports.readsInProcess(client)
    if knownFields(nil) == nil or not atLevel(client, "operator") then
        return false
    end
    if not fieldsChecked then
        local names = ____exports.statHeader(client)
        if names == nil then
            return false
        end
    end
    return knownFields(statFieldNames()) ~= nil
end
local function socketRows(client, commands, read, rowType, out)
    for ____, command in ipairs(commands) do
        local answer, err = read(client, command)
        if answer == nil then
            return err
        end
        for ____, row in ipairs(parse_stats(answer)) do
            if row.type == rowType then
                out[#out + 1] = row
            end
        end
    end
    return nil
end
--- Appends `entry`'s rows selected by `mask` and `sid` (as "show stat <id>
-- <mask> <sid>") to `out`, in "show stat" order. The rows read in-process
-- may hold other types' fields (see above): encode them through FIELDS, or
-- complete() them. `read` runs a command (reads.ts), for the few rows that
-- only the socket has. With `slice`, only those servers, the rows before
-- the servers with the first slice and the backend row with the last.
function ____exports.entryRows(client, entry, mask, sid, read, out, slice)
    local wanted = mask == stat_filter.ANY and EVERYTHING or mask
    local from = slice and slice.from or 0
    local to = slice and slice.to or #entry.servers
    local opening = from == 0
    local closing = to >= #entry.servers
    if opening and entry.frontend and wanted & stat_filter.FRONTEND ~= 0 then
        if not entry.backend then
            out[#out + 1] = entry.proxy:get_stats()
        else
            local err = socketRows(
                client,
                {showStat(
                    tostring(entry.id),
                    stat_filter.FRONTEND,
                    -1
                )},
                read,
                stats_types.FRONTEND,
                out
            )
            if err ~= nil then
                return err
            end
        end
    end
    if opening and entry.frontend and wanted & SOCKET_BIT ~= 0 then
        local listeners = {}
        for name, listener in pairs(entry.proxy.listeners) do
            local row = listener:get_stats()
            local own = row.type == stats_types.SOCKET and row.svname == name and row.iid == entry.id
            if own and (sid == -1 or row.sid == sid) then
                listeners[#listeners + 1] = row
            end
        end
        table.sort(
            listeners,
            function(a, b) return a.sid < b.sid end
        )
        for ____, row in ipairs(listeners) do
            out[#out + 1] = row
        end
    end
    if entry.backend and wanted & stat_filter.SERVER ~= 0 then
        if withAdded[entry.name] ~= nil then
            if opening then
                local err = socketRows(
                    client,
                    planStat(
                        tostring(entry.id),
                        stat_filter.SERVER,
                        sid
                    ),
                    read,
                    stats_types.SERVER,
                    out
                )
                if err ~= nil then
                    return err
                end
            end
        else
            local servers = entry.servers
            if sid ~= -1 then
                local index = opening and entry.byId[sid] or nil
                local ____temp_6
                if index == nil then
                    ____temp_6 = nil
                else
                    ____temp_6 = servers[index + 1]:get_stats()
                end
                local row = ____temp_6
                if row ~= nil then
                    out[#out + 1] = row
                end
            else
                do
                    local index = from
                    while index < to do
                        local row = servers[index + 1]:get_stats()
                        if row ~= nil then
                            out[#out + 1] = row
                        end
                        index = index + 1
                    end
                end
            end
        end
    end
    if closing and entry.backend and wanted & stat_filter.BACKEND ~= 0 then
        out[#out + 1] = entry.proxy:get_stats()
    end
    return nil
end
--- `row` as the socket's parse makes it: only its type's fields, every one of `names` present ("" when empty).
function ____exports.complete(row, names)
    local filled = ____exports.fieldsOf(row.type)
    if filled == nil then
        return row
    end
    for ____, name in ipairs(names) do
        local given = row[name]
        if not (filled[name] ~= nil) or given == nil then
            row[name] = ""
        elseif type(given) == "string" then
            row[name] = value(given)
        end
    end
    return row
end
return ____exports
 end,
["stats.process.reads"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local executeEach = ____client.executeEach
local insideHAProxy = ____client.insideHAProxy
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local ____local = require("stats.process.local")
local complete = ____local.complete
local entryRows = ____local.entryRows
local readsInProcess = ____local.readsInProcess
local statHeader = ____local.statHeader
local ____proxylist = require("stats.process.proxylist")
local localProxies = ____proxylist.localProxies
local localProxy = ____proxylist.localProxy
local ____parsers = require("stats.process.parsers")
local parse_info = ____parsers.parse_info
local parse_stats = ____parsers.parse_stats
local statFieldNames = ____parsers.statFieldNames
local ____plan = require("stats.process.plan")
local planStat = ____plan.planStat
local showStat = ____plan.showStat
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
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
--- In-process groups over `entries`: one proxy each, a big backend in slices of SERVERS_PER_GROUP servers.
function ____exports.localGroups(client, entries, mask, sid)
    local names, order = statHeader(client)
    if names == nil then
        return nil, order
    end
    local index = 0
    local from = 0
    return {
        names = names,
        ["local"] = true,
        next = function()
            local entry = entries[index + 1]
            if entry == nil then
                return nil
            end
            local to = math.min(from + ____exports.SERVERS_PER_GROUP, #entry.servers)
            local rows = {}
            local err = entryRows(
                client,
                entry,
                mask,
                sid,
                ____exports.read,
                rows,
                {from = from, to = to}
            )
            if err ~= nil then
                return nil, err
            end
            if to >= #entry.servers then
                index = index + 1
                from = 0
            else
                from = to
            end
            return rows
        end
    }
end
--- Rows already read, as one group.
function ____exports.wholeGroup(rows)
    local given = false
    return {
        names = statFieldNames() or ({}),
        ["local"] = false,
        next = function()
            if given then
                return nil
            end
            given = true
            return rows
        end
    }
end
--- The proxies "show stat <proxy>" reads, in-process: all for "-1"; undefined for one HAProxy should name unknown.
function ____exports.proxiesOf(proxy)
    if proxy == "-1" then
        return localProxies()
    end
    local found = localProxy(proxy)
    local ____temp_0
    if found == nil then
        ____temp_0 = nil
    else
        ____temp_0 = {found}
    end
    return ____temp_0
end
--- Rows of "show stat <proxy> <mask> <sid>" read in-process (local.ts), completed to the socket's shape.
local function localRows(client, entries, mask, sid)
    local names, order = statHeader(client)
    if names == nil then
        return nil, order
    end
    local rows = {}
    for ____, entry in ipairs(entries) do
        local err = entryRows(
            client,
            entry,
            mask,
            sid,
            ____exports.read,
            rows
        )
        if err ~= nil then
            return nil, err
        end
    end
    for ____, row in ipairs(rows) do
        setmetatable(
            complete(row, names),
            order
        )
    end
    return rows
end
--- Rows of "show stat <proxy> <mask> <sid>". Inside HAProxy 2.6, read
-- in-process (local.ts); else on the socket, inside HAProxy as several
-- small commands (plan.ts). The rows are the same, in the same order.
function ____exports.statRows(client, proxy, mask, sid)
    local inside = insideHAProxy()
    if inside and readsInProcess(client) then
        local entries = ____exports.proxiesOf(proxy)
        if entries ~= nil then
            return localRows(client, entries, mask, sid)
        end
    end
    local commands = inside and planStat(proxy, mask, sid) or ({showStat(proxy, mask, sid)})
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
function ____exports.statGroups(client, proxy, mask, sid)
    local ____temp_1
    if insideHAProxy() and readsInProcess(client) then
        ____temp_1 = ____exports.proxiesOf(proxy)
    else
        ____temp_1 = nil
    end
    local entries = ____temp_1
    if entries ~= nil then
        return ____exports.localGroups(client, entries, mask, sid)
    end
    local rows, err = ____exports.statRows(client, proxy, mask, sid)
    if rows == nil then
        return nil, err
    end
    return ____exports.wholeGroup(rows)
end
--- Servers per group: a big backend's rows come a slice at a time, so that no group outgrows one piece of an answer.
____exports.SERVERS_PER_GROUP = 10
--- HAProxy's "No such proxy." restated as what the caller asked for; other errors unchanged.
function ____exports.notFoundAs(err, message)
    return err.kind == "not_found" and statsError("not_found", message, err.command, err.haproxy) or err
end
--- The rows of one type (stats_types) among `rows`.
function ____exports.ofType(rows, rowType)
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
return ____exports
 end,
["stats.patterns.calls"] = function(...) 
local ____exports = {}
local named, noEntry
local ____client = require("stats.core.client")
local execute = ____client.execute
local openDump = ____client.openDump
local commands = require("stats.patterns.commands")
local ____commands = require("stats.patterns.commands")
local targetName = ____commands.targetName
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local ____parsers = require("stats.patterns.parsers")
local parse_acl_entries = ____parsers.parse_acl_entries
local parse_lookup = ____parsers.parse_lookup
local parse_map_entries = ____parsers.parse_map_entries
local parse_pattern_list = ____parsers.parse_pattern_list
local ____reads = require("stats.process.reads")
local read = ____reads.read
local ____words = require("stats.core.words")
local quoted = ____words.quoted
function named(kind, ref, err, target)
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
    if target == nil then
        return err
    end
    return statsError(
        "not_found",
        noEntry(kind, ref, target),
        err.command,
        err.haproxy
    )
end
function noEntry(kind, ref, target)
    return ((((("no entry " .. (target.id ~= nil and "with id " or "")) .. quoted(targetName(target))) .. " in ") .. kind) .. " ") .. quoted(ref)
end
--- The entries of one map or ACL as the dump arrives (core/client.ts
-- openDump): each group holds the whole lines of one piece, so no step
-- covers the whole map and nothing holds all of it. An unknown map is
-- not_found before any entry. With `whole`, the dump must end within the
-- client's timeout, as a read kept in memory should.
function ____exports.entryGroups(client, kind, ref, whole)
    if whole == nil then
        whole = false
    end
    local command, invalid = commands.showEntries(kind, ref)
    if command == nil then
        return nil, invalid
    end
    local reader, err = openDump(client, command, whole)
    if reader == nil then
        return nil, err
    end
    local first, failed = reader.next()
    if first == nil then
        return nil, failed
    end
    local refused = answerError(command, first)
    if refused ~= nil then
        reader.close()
        return nil, named(kind, ref, refused)
    end
    local parse = kind == "map" and parse_map_entries or parse_acl_entries
    local pending = first
    local carry = ""
    local function next()
        local piece = pending
        pending = nil
        if piece == nil then
            local next, readErr = reader.next()
            if next == nil then
                return nil, readErr
            end
            piece = next
        end
        if piece == "" then
            local rest = carry
            carry = ""
            if rest == "" then
                return nil
            end
            return parse(rest)
        end
        local text = carry .. piece
        local lastNewline = string.find(text, "\n[^\n]*$")
        if lastNewline == nil then
            carry = text
            return {}
        end
        carry = string.sub(text, lastNewline + 1)
        return parse(string.sub(text, 1, lastNewline))
    end
    return {next = next, close = reader.close}
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
--- The entries of one map or ACL, in HAProxy's order: the whole dump, within the client's timeout.
function ____exports.entries(client, kind, ref)
    local groups, err = ____exports.entryGroups(client, kind, ref, true)
    if groups == nil then
        return nil, err
    end
    local all = {}
    do
        while true do
            local group, failed = groups.next()
            if group == nil then
                if failed ~= nil then
                    return nil, failed
                end
                return all
            end
            for ____, entry in ipairs(group) do
                all[#all + 1] = entry
            end
        end
    end
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
--- The entry of the target: the one whose key (map) or value (ACL) is
-- exactly the key (with several, the first: the one HAProxy matches), or
-- the one of the id.
function ____exports.entry(client, kind, ref, target)
    local all, err = ____exports.entries(client, kind, ref)
    if all == nil then
        return nil, err
    end
    for ____, found in ipairs(all) do
        local ____temp_1
        if target.id ~= nil then
            ____temp_1 = found.id == target.id
        else
            ____temp_1 = textOf(kind, found) == target.key
        end
        if ____temp_1 then
            return found
        end
    end
    return nil, statsError(
        "not_found",
        noEntry(kind, ref, target)
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
        noEntry(kind, ref, {key = text})
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
local function write(client, kind, ref, built, target)
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
    return nil, named(kind, ref, refused, target)
end
____exports.addMapEntry = function(client, ref, key, value) return write(
    client,
    "map",
    ref,
    {commands.addMapEntry(ref, key, value)}
) end
--- Sets the value of every entry of the target's key, or of the one entry of its id.
____exports.setMapEntry = function(client, ref, target, value) return write(
    client,
    "map",
    ref,
    {commands.setMapEntry(ref, target, value)},
    target
) end
____exports.addAclEntry = function(client, ref, value) return write(
    client,
    "acl",
    ref,
    {commands.addAclEntry(ref, value)}
) end
--- Deletes every entry of the target's key (map) or value (ACL), or the one entry of its id.
____exports.delEntry = function(client, kind, ref, target) return write(
    client,
    kind,
    ref,
    {commands.delEntry(kind, ref, target)},
    target
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
["stats.patterns.replace"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayEntries = ____lualib.__TS__ArrayEntries
local __TS__Iterator = ____lualib.__TS__Iterator
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local executeEach = ____client.executeEach
local ____held = require("stats.core.held")
local callIt = ____held.callIt
local hold = ____held.hold
local letGo = ____held.letGo
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local ____words = require("stats.core.words")
local hasBlank = ____words.hasBlank
local quoted = ____words.quoted
local textProblem = ____words.textProblem
local escapedWord = ____words.word
local ____commands = require("stats.patterns.commands")
local newEntryProblem = ____commands.newEntryProblem
local patternRef = ____commands.patternRef
--- Bytes of lines per payload, at most: HAProxy's CLI gathers a command and
-- its whole payload in one buffer (tune.bufsize, 16 KiB by default), so a
-- batch is sent before a line would take it past this. A measured failure
-- of the earlier rule (send once past 12 KiB): two 8 KiB lines went in one
-- 16 KiB payload, and HAProxy closed the connection.
____exports.BATCH_BYTES = 12 * 1024
--- The longest key or value: a line (key, space, value) always fits in a batch.
____exports.MAX_TEXT = 4096
--- The least time a refused replace's clear is given (see abort).
local ABORT_TIMEOUT_SECONDS = 30
--- The reason `text` can't be part of a payload line (a key, or a value or
-- an ACL pattern when `spaces`), or undefined. Payload lines take no
-- escapes, so besides what no text may hold (core/words.ts) a key may hold
-- no blank, and nothing may start or end with one (HAProxy drops them).
local function lineProblem(text, spaces)
    local problem = textProblem(text, ____exports.MAX_TEXT)
    if problem ~= nil then
        return problem
    end
    local line = text
    if not spaces and hasBlank(line) then
        return "map keys can't hold spaces or tabs"
    end
    if (string.find(line, "^[ \t]")) ~= nil or (string.find(line, "[ \t]$")) ~= nil then
        return "can't start or end with a blank (HAProxy would drop it)"
    end
    return nil
end
--- Opens a replacement of `ref`'s entries: a new version of it, empty.
function ____exports.replaceEntries(client, kind, ref)
    local flushAcl
    local word, invalid = patternRef(kind, ref)
    if word == nil then
        return nil, invalid
    end
    local prepare = (("prepare " .. kind) .. " ") .. word
    local answer, err = execute(client, prepare)
    if answer == nil then
        return nil, err
    end
    local version = string.match(answer, "^New version created: (%d+)")
    if version == nil then
        local refused = answerError(prepare, answer)
        if refused ~= nil and refused.kind == "not_found" then
            return nil, statsError(
                "not_found",
                (("no such " .. kind) .. ": ") .. quoted(ref),
                prepare,
                refused.haproxy
            )
        end
        local text = string.match(answer, "^%s*(.-)%s*$")
        return nil, refused or statsError("refused", text, prepare, text)
    end
    local lines = {}
    local bytes = 0
    local count = 0
    local first = 1
    local failed
    local target = (("@" .. version) .. " ") .. word
    local function flush()
        if #lines == 0 then
            return true
        end
        local command = ((((("add " .. kind) .. " ") .. target) .. " <<\n") .. table.concat(lines, "\n")) .. "\n"
        local head = ((("add " .. kind) .. " ") .. target) .. " <<"
        local range = first == count and "entry " .. tostring(count) or (("entries " .. tostring(first)) .. " to ") .. tostring(count)
        local batch = lines
        lines = {}
        bytes = 0
        first = count + 1
        if kind == "acl" then
            return flushAcl(batch, range)
        end
        local said, sendErr = execute(client, command)
        if said == nil then
            return nil, statsError(sendErr.kind, (range .. ": ") .. sendErr.message, head)
        end
        local text = string.match(said, "^%s*(.-)%s*$")
        if text ~= "" then
            return nil, statsError("rejected", (range .. ": ") .. text, head, text)
        end
        return true
    end
    --- An ACL's batch: one command a pattern, on one connection; the first refusal names its entry.
    flushAcl = function(batch, range)
        local commands = {}
        for ____, pattern in ipairs(batch) do
            commands[#commands + 1] = (("add acl " .. target) .. " ") .. (escapedWord(pattern))
        end
        local answers, sendErr = executeEach(client, commands)
        if answers == nil then
            return nil, statsError(sendErr.kind, (range .. ": ") .. sendErr.message, "add acl " .. target)
        end
        for ____, ____value in __TS__Iterator(__TS__ArrayEntries(answers)) do
            local index = ____value[1]
            local said = ____value[2]
            local text = string.match(said, "^%s*(.-)%s*$")
            if text ~= "" then
                return nil, statsError(
                    "rejected",
                    (("entry " .. tostring(count - #batch + index + 1)) .. ": ") .. text,
                    "add acl " .. target,
                    text
                )
            end
        end
        return true
    end
    local abort
    abort = function()
        letGo(abort)
        execute(
            {
                address = client.address,
                port = client.port,
                timeout = math.max(client.timeout, ABORT_TIMEOUT_SECONDS)
            },
            (("clear " .. kind) .. " ") .. target
        )
    end
    hold(abort, callIt)
    local function add(key, value)
        if failed ~= nil then
            return nil, failed
        end
        local number = count + 1
        local line
        if kind == "map" then
            local keyProblem = lineProblem(key, false) or newEntryProblem(key)
            if keyProblem ~= nil then
                return nil, statsError(
                    "invalid",
                    (((("entry " .. tostring(number)) .. ": key ") .. quoted(key)) .. ": ") .. keyProblem
                )
            end
            local valueProblem = lineProblem(value, true)
            if valueProblem ~= nil then
                return nil, statsError(
                    "invalid",
                    (((("entry " .. tostring(number)) .. ": value ") .. quoted(value)) .. ": ") .. valueProblem
                )
            end
            line = (key .. " ") .. value
        else
            local problem = lineProblem(value, true) or newEntryProblem(value)
            if problem ~= nil then
                return nil, statsError(
                    "invalid",
                    (((("entry " .. tostring(number)) .. ": value ") .. quoted(value)) .. ": ") .. problem
                )
            end
            line = value
        end
        if bytes + #line + 1 > ____exports.BATCH_BYTES then
            local sent, err = flush()
            if sent == nil then
                failed = err
                return nil, err
            end
        end
        count = number
        lines[#lines + 1] = line
        bytes = bytes + (#line + 1)
        return true
    end
    local function commit()
        if failed ~= nil then
            return nil, failed
        end
        local sent, err = flush()
        if sent == nil then
            abort()
            return nil, err
        end
        local command = (("commit " .. kind) .. " ") .. target
        local said, commitErr = execute(client, command)
        if said == nil then
            abort()
            return nil, commitErr
        end
        local text = string.match(said, "^%s*(.-)%s*$")
        if text ~= "" then
            abort()
            if (string.find(text, "out of range", 1, true)) ~= nil then
                return nil, statsError("conflict", ("another replace of this " .. kind) .. " was committed while this one was filled; this one was not", command, text)
            end
            return nil, statsError("refused", text, command, text)
        end
        letGo(abort)
        return count
    end
    return {version = version, add = add, commit = commit, abort = abort}
end
--- The library's whole replace: `entries` an array of {key, value} (map) or
-- of {value} / strings (ACL); the count committed, or nothing committed and
-- the error naming the entry.
function ____exports.replaceAll(client, kind, ref, entries)
    if type(entries) ~= "table" then
        return nil, statsError("invalid", "entries: expected an array of " .. (kind == "map" and "{key, value}" or "patterns"))
    end
    local replacement, err = ____exports.replaceEntries(client, kind, ref)
    if replacement == nil then
        return nil, err
    end
    for ____, entry in ipairs(entries) do
        local item = type(entry) == "table" and entry or ({value = entry})
        local added, refused = replacement.add(item.key, item.value)
        if added == nil then
            replacement.abort()
            return nil, refused
        end
    end
    return replacement.commit()
end
return ____exports
 end,
["stats.process.operations"] = function(...) 
local ____exports = {}
local ____kinds = require("stats.core.kinds")
local flag = ____kinds.flag
--- "clear counters": the max counters of every proxy and server; with all, every counter (as a restart would).
____exports.clearCounters = {
    method = "clear_counters",
    summary = "Clears the max counters of every proxy and server (\"clear counters\"); with all, every counter (\"clear counters all\")",
    targets = {},
    args = {{name = "all", kind = flag, optional = true, description = "Every counter, not only the max ones"}},
    command = function(words) return words.all == "1" and "clear counters all" or "clear counters" end
}
return ____exports
 end,
["stats.process.limits"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____kinds = require("stats.core.kinds")
local integer = ____kinds.integer
local ____operation = require("stats.core.operation")
local check = ____operation.check
local givenFields = ____operation.givenFields
local perform = ____operation.perform
local refusal = ____operation.refusal
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local ____reads = require("stats.process.reads")
local info = ____reads.info
local INT_MAX = 2147483647
local function limit(method, field, what, command, min)
    return {
        method = method,
        summary = ((("Sets " .. what) .. " (\"") .. command) .. " <n>\")",
        targets = {},
        args = {{
            name = field,
            kind = integer(min, INT_MAX),
            description = min == 0 and what .. "; 0: none" or what
        }},
        command = function(words) return (command .. " ") .. words[field] end,
        errors = {{"^Value out of range", "rejected"}},
        otherwise = "rejected"
    }
end
____exports.setGlobalMaxconn = limit(
    "set_global_maxconn",
    "maxconn",
    "the process's maxconn (at most Hard_maxconn)",
    "set maxconn global",
    1
)
____exports.setConnectionRateLimit = limit(
    "set_connection_rate_limit",
    "rate_limit_connections",
    "the connections accepted per second",
    "set rate-limit connections global",
    0
)
____exports.setSessionRateLimit = limit(
    "set_session_rate_limit",
    "rate_limit_sessions",
    "the sessions created per second",
    "set rate-limit sessions global",
    0
)
____exports.setSslSessionRateLimit = limit(
    "set_ssl_session_rate_limit",
    "rate_limit_ssl_sessions",
    "the SSL sessions created per second",
    "set rate-limit ssl-sessions global",
    0
)
--- Each limit's operation and the "show info" field that reports it.
local LIMITS = {{____exports.setGlobalMaxconn, "Maxconn"}, {____exports.setConnectionRateLimit, "ConnRateLimit"}, {____exports.setSessionRateLimit, "SessRateLimit"}, {____exports.setSslSessionRateLimit, "SslRateLimit"}}
____exports.LIMIT_OPERATIONS = __TS__ArrayMap(
    LIMITS,
    function(____, ____bindingPattern0)
        local op
        op = ____bindingPattern0[1]
        return op
    end
)
--- The fields set_process takes.
____exports.PROCESS_FIELDS = __TS__ArrayMap(
    LIMITS,
    function(____, ____bindingPattern0)
        local op
        op = ____bindingPattern0[1]
        return __TS__ObjectAssign({}, op.args[1], {optional = true})
    end
)
local LIMITS_ORDER = ordered({
    "pid",
    "stopping",
    "maxconn",
    "hard_maxconn",
    "curr_conns",
    "rate_limit_connections",
    "conn_rate",
    "max_conn_rate",
    "rate_limit_sessions",
    "sess_rate",
    "max_sess_rate",
    "rate_limit_ssl_sessions",
    "ssl_rate",
    "max_ssl_rate"
})
--- The limits and what "show info" reports beside them.
function ____exports.processLimits(client)
    local fields, err = info(client)
    if fields == nil then
        return nil, err
    end
    local function n(name)
        local value = fields[name]
        return type(value) == "number" and value or 0
    end
    return setmetatable(
        {
            pid = n("Pid"),
            stopping = n("Stopping") == 1,
            maxconn = n("Maxconn"),
            hard_maxconn = n("Hard_maxconn"),
            curr_conns = n("CurrConns"),
            rate_limit_connections = n("ConnRateLimit"),
            conn_rate = n("ConnRate"),
            max_conn_rate = n("MaxConnRate"),
            rate_limit_sessions = n("SessRateLimit"),
            sess_rate = n("SessRate"),
            max_sess_rate = n("MaxSessRate"),
            rate_limit_ssl_sessions = n("SslRateLimit"),
            ssl_rate = n("SslRate"),
            max_ssl_rate = n("MaxSslRate")
        },
        LIMITS_ORDER
    )
end
--- Sets any of maxconn and the three rate limits. Every value is checked
-- before the first command (maxconn against Hard_maxconn); a command refused
-- after others worked puts those back to what "show info" said before.
function ____exports.setProcess(client, fields)
    local given, refused = givenFields("set_process", fields, ____exports.PROCESS_FIELDS, "a limit of the process")
    if given == nil then
        return nil, refused
    end
    for ____, ____value in ipairs(LIMITS) do
        local op = ____value[1]
        local words, name, problem = check(op, given)
        if words == nil and given[op.args[1].name] ~= nil then
            return nil, refusal({}, name, given[name], problem)
        end
    end
    local before, err = info(client)
    if before == nil then
        return nil, err
    end
    local maxconn = given.maxconn
    local hard = before.Hard_maxconn
    if maxconn ~= nil and type(hard) == "number" and maxconn > hard then
        return nil, statsError(
            "invalid",
            ((("maxconn " .. tostring(maxconn)) .. ": at most Hard_maxconn, ") .. tostring(hard)) .. " (the maxconn HAProxy started with)"
        )
    end
    local applied = {}
    for ____, ____value in ipairs(LIMITS) do
        local op = ____value[1]
        local infoField = ____value[2]
        do
            local field = op.args[1].name
            if given[field] == nil then
                goto __continue16
            end
            local values = {}
            values[field] = given[field]
            local done, failed = perform(client, op, values)
            if done == nil then
                for ____, ____value in ipairs(applied) do
                    local appliedOp = ____value[1]
                    local appliedField = ____value[2]
                    local back = {}
                    back[appliedOp.args[1].name] = before[appliedField]
                    perform(client, appliedOp, back)
                end
                local note = #applied > 0 and "; nothing changed: the limits set before it were put back" or ""
                return nil, statsError(failed.kind, failed.message .. note, failed.command, failed.haproxy)
            end
            applied[#applied + 1] = {op, infoField}
        end
        ::__continue16::
    end
    return true
end
return ____exports
 end,
["stats.servers.local"] = function(...) 
local ____exports = {}
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
local ____proxylist = require("stats.process.proxylist")
local listedServer = ____proxylist.listedServer
local pinned = false
--- Touches every configured server once, where servers must be pinned (see above). Init only, or on first use.
function ____exports.pinServers()
    if pinned then
        return
    end
    pinned = true
    if capabilities().liveServers then
        return
    end
    for ____, backend in pairs(core.backends) do
        for ____, server in pairs(backend.servers) do
            server:get_weight()
        end
    end
end
--- The Server object of a server, inside HAProxy; undefined outside, and before 2.8 for a runtime-added one.
function ____exports.localServer(backend, server)
    if not insideHAProxy() then
        return nil
    end
    ____exports.pinServers()
    return listedServer(backend, server)
end
--- The Proxy object of a frontend, inside HAProxy.
function ____exports.localFrontend(name)
    if not insideHAProxy() then
        return nil
    end
    return core.frontends[name]
end
return ____exports
 end,
["stats.proxies.reads"] = function(...) 
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____names = require("stats.core.names")
local invalidName = ____names.invalidName
local proxyRef = ____names.proxyRef
local ____plan = require("stats.process.plan")
local showStat = ____plan.showStat
local ____reads = require("stats.process.reads")
local notFoundAs = ____reads.notFoundAs
local ofType = ____reads.ofType
local statGroups = ____reads.statGroups
local statRows = ____reads.statRows
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
local stats_types = ____types.stats_types
local function proxies(client, mask, rowType)
    local rows, err = statRows(client, "-1", mask, -1)
    if rows == nil then
        return nil, err
    end
    return ofType(rows, rowType)
end
--- Every frontend's (or backend's) row, a group at a time (reads.ts); keep only rows of that type.
function ____exports.proxyGroups(client, side)
    return statGroups(client, "-1", side == "frontend" and stat_filter.FRONTEND or stat_filter.BACKEND, -1)
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
    local rows, err = statRows(client, ref, mask, -1)
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
return ____exports
 end,
["stats.proxies.operations"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____kinds = require("stats.core.kinds")
local integer = ____kinds.integer
local oneOf = ____kinds.oneOf
local ____operation = require("stats.core.operation")
local check = ____operation.check
local givenFields = ____operation.givenFields
local perform = ____operation.perform
local refusal = ____operation.refusal
local ____local = require("stats.servers.local")
local localFrontend = ____local.localFrontend
local ____reads = require("stats.proxies.reads")
local frontendRow = ____reads.frontend
local function find(words)
    return localFrontend(words.frontend)
end
--- Pause and resume: in-process Proxy:pause()/resume(), which the socket's
-- "disable|enable frontend" also call; the row's status reads PAUSED, then
-- OPEN (measured on 2.6.12). The port stays bound: connections wait, then
-- time out, rather than being refused.
____exports.setFrontendState = {
    method = "set_frontend_state",
    summary = "Stops accepting (\"disable frontend\": status PAUSED) or resumes (\"enable frontend\": OPEN)",
    targets = {"frontend"},
    args = {{
        name = "state",
        kind = oneOf({"enabled", "disabled"})
    }},
    command = function(words) return ((words.state == "enabled" and "enable" or "disable") .. " frontend ") .. words.frontend end,
    ["local"] = {
        find = find,
        call = function(proxy, words)
            if words.state == "enabled" then
                proxy:resume()
            else
                proxy:pause()
            end
            return nil
        end
    },
    succeeded = {"already", "^Frontend was already"},
    errors = {{"^No such frontend", "not_found"}, {"previously shut down", "conflict"}}
}
--- "set maxconn frontend" (socket only: the Proxy class has no setter). HAProxy 2.6.12 takes "abc" as 0, so it is checked here.
____exports.setFrontendMaxconn = {
    method = "set_frontend_maxconn",
    summary = "Sets the frontend's maxconn",
    targets = {"frontend"},
    args = {{
        name = "maxconn",
        kind = integer(0, 2147483647)
    }},
    command = function(words) return (("set maxconn frontend " .. words.frontend) .. " ") .. words.maxconn end,
    errors = {{"^No such frontend", "not_found"}},
    otherwise = "rejected"
}
--- The fields set_frontend takes.
____exports.FRONTEND_FIELDS = {
    __TS__ObjectAssign({}, ____exports.setFrontendState.args[1], {optional = true}),
    __TS__ObjectAssign({}, ____exports.setFrontendMaxconn.args[1], {optional = true})
}
--- state and/or maxconn of a frontend; a maxconn refused after the state changed puts the state back.
function ____exports.setFrontend(client, frontend, fields)
    local given, refused = givenFields("set_frontend", fields, ____exports.FRONTEND_FIELDS, "a field of a frontend")
    if given == nil then
        return nil, refused
    end
    local stateValues = {}
    stateValues.frontend = frontend
    stateValues.state = given.state
    local maxconnValues = {}
    maxconnValues.frontend = frontend
    maxconnValues.maxconn = given.maxconn
    for ____, ____value in ipairs({{____exports.setFrontendState, stateValues}, {____exports.setFrontendMaxconn, maxconnValues}}) do
        local op = ____value[1]
        local values = ____value[2]
        do
            if values[op.args[1].name] == nil then
                goto __continue10
            end
            local words, name, problem = check(op, values)
            if words == nil then
                return nil, refusal(op.targets, name, values[name], problem)
            end
        end
        ::__continue10::
    end
    local before, missing = frontendRow(client, frontend)
    if before == nil then
        return nil, missing
    end
    if given.state ~= nil then
        local done, err = perform(client, ____exports.setFrontendState, stateValues)
        if done == nil then
            return nil, err
        end
    end
    if given.maxconn ~= nil then
        local done, err = perform(client, ____exports.setFrontendMaxconn, maxconnValues)
        if done == nil then
            if given.state == nil then
                return nil, err
            end
            stateValues.state = before.status == "OPEN" and "enabled" or "disabled"
            perform(client, ____exports.setFrontendState, stateValues)
            return nil, statsError(err.kind, err.message .. "; nothing changed: state put back", err.command, err.haproxy)
        end
    end
    return true
end
return ____exports
 end,
["stats.servers.operations"] = function(...) 
local ____exports = {}
local ____kinds = require("stats.core.kinds")
local flag = ____kinds.flag
local integer = ____kinds.integer
local ip = ____kinds.ip
local isIPv6 = ____kinds.isIPv6
local name = ____kinds.name
local oneOf = ____kinds.oneOf
local port = ____kinds.port
local weight = ____kinds.weight
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local SERVER = {"backend", "server"}
--- The values of an operation on one server: its two targets, and `entries`.
function ____exports.serverValues(backend, server, entries)
    if entries == nil then
        entries = {}
    end
    local values = {}
    values.backend = backend
    values.server = server
    for key, each in pairs(entries) do
        values[key] = each
    end
    return values
end
--- `entries`, made just for this call, as the values of an operation on one server: no copy.
function ____exports.withServer(backend, server, entries)
    local values = entries
    values.backend = backend
    values.server = server
    return values
end
local function path(words)
    return (words.backend .. "/") .. words.server
end
--- The configured server the words name, in-process; undefined sends the command on the socket.
local function find(words)
    return localServer(words.backend, words.server)
end
____exports.ADMIN_STATES = {"ready", "drain", "maint"}
____exports.OPERATIONAL_STATES = {"up", "stopping", "down"}
local SWITCH = {"enabled", "disabled"}
--- HAProxy's int, which maxconn is.
local MAXCONN = integer(0, 2147483647, "0: no limit")
____exports.setWeight = {
    method = "set_weight",
    summary = "Sets the weight: 0-256, or \"N%\" of the initial weight",
    targets = SERVER,
    args = {{name = "weight", kind = weight}},
    command = function(words) return (("set weight " .. path(words)) .. " ") .. words.weight end,
    ["local"] = {
        find = find,
        call = function(server, words) return server:set_weight(words.weight) end
    }
}
____exports.setState = {
    method = "set_state",
    summary = "Sets the admin state: ready, drain or maint",
    targets = SERVER,
    args = {{
        name = "admin_state",
        kind = oneOf(____exports.ADMIN_STATES)
    }},
    command = function(words) return (("set server " .. path(words)) .. " state ") .. words.admin_state end,
    ["local"] = {
        find = find,
        call = function(server, words)
            local wanted = words.admin_state
            if wanted == "ready" then
                server:set_ready()
            elseif wanted == "drain" then
                server:set_drain()
            else
                server:set_maint()
            end
            return nil
        end
    }
}
____exports.setHealth = {
    method = "set_health",
    summary = "Forces the operational state (health): up, stopping or down, until the next check says otherwise",
    targets = SERVER,
    args = {{
        name = "operational_state",
        kind = oneOf(____exports.OPERATIONAL_STATES)
    }},
    command = function(words) return (("set server " .. path(words)) .. " health ") .. words.operational_state end,
    ["local"] = {
        find = find,
        call = function(server, words)
            local wanted = words.operational_state
            if wanted == "up" then
                server:check_force_up()
            elseif wanted == "stopping" then
                server:check_force_nolb()
            else
                server:check_force_down()
            end
            return nil
        end
    }
}
--- lua-haproxy's enable_server: out of maintenance ("enable server" is "set server ... state ready").
____exports.enableServer = {
    method = "enable_server",
    summary = "Takes the server out of maintenance",
    targets = SERVER,
    args = {},
    command = function(words) return "enable server " .. path(words) end,
    ["local"] = {
        find = find,
        call = function(server)
            server:set_ready()
            return nil
        end
    }
}
--- lua-haproxy's disable_server: into maintenance.
____exports.disableServer = {
    method = "disable_server",
    summary = "Puts the server in maintenance",
    targets = SERVER,
    args = {},
    command = function(words) return "disable server " .. path(words) end,
    ["local"] = {
        find = find,
        call = function(server)
            server:set_maint()
            return nil
        end
    }
}
--- "set server <b>/<s> addr <ip> [port <p>]". It answers in words even when
-- it worked ("IP changed from ...", "no need to change ..."), in-process too;
-- any other answer refuses the address.
____exports.setAddress = {
    method = "set_address",
    summary = "Sets the address, and the port if given",
    targets = SERVER,
    args = {{name = "address", kind = ip}, {name = "port", kind = port, optional = true}},
    command = function(words)
        local given = words.port
        return given == nil and (("set server " .. path(words)) .. " addr ") .. words.address or (((("set server " .. path(words)) .. " addr ") .. words.address) .. " port ") .. given
    end,
    ["local"] = {
        find = find,
        call = function(server, words)
            local port = words.port
            local ____temp_0
            if port == nil then
                ____temp_0 = server:set_addr(words.address)
            else
                ____temp_0 = server:set_addr(words.address, port)
            end
            return ____temp_0
        end
    },
    succeeded = {"^IP changed", "^no need to change", "^port changed", "^nothing changed"},
    otherwise = "rejected"
}
____exports.setMaxconn = {
    method = "set_maxconn",
    summary = "Sets the server's maxconn (0: no limit)",
    targets = SERVER,
    args = {{name = "maxconn", kind = MAXCONN}},
    command = function(words) return (("set maxconn server " .. path(words)) .. " ") .. words.maxconn end,
    ["local"] = {
        find = find,
        call = function(server, words) return server:set_maxconn(words.maxconn) end
    },
    otherwise = "rejected"
}
--- Health and agent checks on and off. On the socket only: Server:check_enable()
-- and its kin do nothing, silently, on a server without that check, where
-- "enable health" says so (read in hlua_fcn.c and server.c, 2.6).
____exports.setHealthCheck = {
    method = "set_health_check",
    summary = "Switches the health check on or off (\"enable health\" / \"disable health\")",
    targets = SERVER,
    args = {{
        name = "health_check",
        kind = oneOf(SWITCH)
    }},
    command = function(words) return ((words.health_check == "enabled" and "enable" or "disable") .. " health ") .. path(words) end,
    errors = {{"was not configured", "conflict"}}
}
____exports.setAgentCheck = {
    method = "set_agent_check",
    summary = "Switches the agent check on or off (\"enable agent\" / \"disable agent\")",
    targets = SERVER,
    args = {{
        name = "agent_check",
        kind = oneOf(SWITCH)
    }},
    command = function(words) return ((words.agent_check == "enabled" and "enable" or "disable") .. " agent ") .. path(words) end,
    errors = {{"not configured", "conflict"}}
}
____exports.shutdownSessions = {
    method = "shutdown_sessions",
    summary = "Closes every session on the server",
    targets = SERVER,
    args = {},
    command = function(words) return "shutdown sessions server " .. path(words) end,
    ["local"] = {
        find = find,
        call = function(server)
            server:shut_sess()
            return nil
        end
    }
}
--- "add server <b>/<name> <ip>:<port> [weight] [maxconn] [check]". The new
-- server starts in maintenance, its check (if any) off: lifecycle.ts turns
-- them on as asked. HAProxy refuses it for backends whose balance algorithm
-- is static ("balance source", "static-rr"...).
____exports.addServer = {
    method = "add_server_command",
    summary = "Adds a server to the backend (\"add server\"); it starts in maintenance",
    targets = {"backend"},
    args = {
        {name = "name", kind = name, description = "The new server's name"},
        {name = "address", kind = ip},
        {name = "port", kind = port},
        {
            name = "weight",
            kind = integer(0, 256),
            optional = true
        },
        {name = "maxconn", kind = MAXCONN, optional = true},
        {name = "check", kind = flag, optional = true, description = "Give it a health check (as the backend's, e.g. option httpchk), enabled"}
    },
    command = function(words)
        local address = words.address
        local words_ = {
            (("add server " .. words.backend) .. "/") .. words.name,
            isIPv6(address) and (("[" .. address) .. "]:") .. words.port or (address .. ":") .. words.port
        }
        if words.weight ~= nil then
            words_[#words_ + 1] = "weight " .. words.weight
        end
        if words.maxconn ~= nil then
            words_[#words_ + 1] = "maxconn " .. words.maxconn
        end
        if words.check == "1" then
            words_[#words_ + 1] = "check"
        end
        return table.concat(words_, " ")
    end,
    succeeded = {"^New server registered"},
    errors = {{"^Already exists", "conflict"}, {"dynamic load balancing", "conflict"}, {"^No such backend", "not_found"}}
}
--- "del server": only a server in maintenance, without sessions or queue, and not pinned (servers/local.ts).
____exports.delServer = {
    method = "del_server_command",
    summary = "Removes a server (\"del server\")",
    targets = SERVER,
    args = {},
    command = function(words) return "del server " .. path(words) end,
    succeeded = {"^Server deleted"},
    errors = {{"^Only servers in maintenance", "conflict"}, {"still has connections", "conflict"}, {"cannot be removed", "conflict"}}
}
--- Every operation above that is a client method as declared (the others are steps of lifecycle.ts).
____exports.SERVER_OPERATIONS = {
    ____exports.setWeight,
    ____exports.setState,
    ____exports.setHealth,
    ____exports.enableServer,
    ____exports.disableServer,
    ____exports.setAddress,
    ____exports.setMaxconn,
    ____exports.setHealthCheck,
    ____exports.setAgentCheck,
    ____exports.shutdownSessions
}
return ____exports
 end,
["stats.servers.types"] = function(...) 
local ____exports = {}
return ____exports
 end,
["stats.servers.parsers"] = function(...) 
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local value = ____fields.value
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
    local order = ordered({})
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
            order = ordered(fields)
        elseif header ~= nil and line ~= "" then
            local state = setmetatable({}, order)
            local index = 0
            for field in string.gmatch(line, "%S+") do
                local name = header[index + 1]
                if name ~= nil then
                    state[name] = value(field)
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
local WEIGHT_ORDER = ordered({"current", "initial"})
--- A weight as "get weight" gives it, fields in that order.
function ____exports.weightOf(current, initial)
    return setmetatable({current = current, initial = initial}, WEIGHT_ORDER)
end
--- Parses "get weight" ("10 (initial 10)").
function ____exports.parse_weight(text)
    local current, initial = string.match(text, "^(%d+) %(initial (%d+)%)")
    if current == nil then
        return nil
    end
    return ____exports.weightOf(
        value(current),
        value(initial)
    )
end
return ____exports
 end,
["stats.servers.reads"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local executeEach = ____client.executeEach
local insideHAProxy = ____client.insideHAProxy
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local ____names = require("stats.core.names")
local invalidName = ____names.invalidName
local nameProblem = ____names.nameProblem
local numericId = ____names.numericId
local proxyRef = ____names.proxyRef
local serverNamesProblem = ____names.serverNamesProblem
local ____plan = require("stats.process.plan")
local showStat = ____plan.showStat
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local ____local = require("stats.process.local")
local readsInProcess = ____local.readsInProcess
local ____proxylist = require("stats.process.proxylist")
local localProxies = ____proxylist.localProxies
local localProxy = ____proxylist.localProxy
local ____reads = require("stats.process.reads")
local localGroups = ____reads.localGroups
local notFoundAs = ____reads.notFoundAs
local ofType = ____reads.ofType
local read = ____reads.read
local statRows = ____reads.statRows
local wholeGroup = ____reads.wholeGroup
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
local stats_types = ____types.stats_types
local ____objects = require("stats.core.objects")
local serverId = ____objects.serverId
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____parsers = require("stats.servers.parsers")
local parse_servers_state = ____parsers.parse_servers_state
local parse_weight = ____parsers.parse_weight
local weightOf = ____parsers.weightOf
--- The server rows of a backend; not_found when there is no such backend.
function ____exports.servers(client, backendRef)
    local ref, problem = proxyRef(backendRef)
    if ref == nil then
        return nil, invalidName("backend", backendRef, problem)
    end
    local mask = stat_filter.BACKEND | stat_filter.SERVER
    local rows, err = statRows(client, ref, mask, -1)
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
--- The server rows of a backend a group at a time (process/reads.ts), for an
-- answer sent in pieces; not_found, before any row, when there is no such
-- backend. Keep only the server rows.
function ____exports.serverGroups(client, backendRef)
    local ref, problem = proxyRef(backendRef)
    if ref == nil then
        return nil, invalidName("backend", backendRef, problem)
    end
    if insideHAProxy() and readsInProcess(client) then
        local entry = localProxy(ref)
        if entry == nil or not entry.backend then
            return nil, statsError(
                "not_found",
                "no such backend: " .. ref,
                showStat(ref, stat_filter.SERVER, -1)
            )
        end
        return localGroups(client, {entry}, stat_filter.SERVER, -1)
    end
    local rows, err = ____exports.servers(client, ref)
    if rows == nil then
        return nil, err
    end
    return wholeGroup(rows)
end
--- The server id HAProxy has for `name` in `backend`, in-process; undefined when unknown here.
local function localServerId(backendRef, name)
    local found = localServer(backendRef, name)
    local ____temp_0
    if found == nil then
        ____temp_0 = nil
    else
        ____temp_0 = serverId(found)
    end
    return ____temp_0
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
    local rows, err = statRows(client, ref, stat_filter.SERVER, sid)
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
--- The initial weight of each server reached in-process, read once on the
-- socket: it comes from the configuration (or "add server") and nothing at
-- runtime changes it (set weight and the state file change the current
-- one), and HAProxy's Server class has no call for it. Keyed by the Server
-- object the proxy list holds (process/proxylist.ts), weakly: a server
-- deleted and added again under its name is listed afresh, as a new object.
local initialWeights = setmetatable({}, {__mode = "k"})
function ____exports.weight(client, backendName, serverName)
    local invalid = serverNamesProblem(backendName, serverName)
    if invalid ~= nil then
        return nil, invalid
    end
    local ____local = localServer(backendName, serverName)
    local ____temp_1
    if ____local == nil then
        ____temp_1 = nil
    else
        ____temp_1 = initialWeights[____local]
    end
    local initial = ____temp_1
    if initial ~= nil then
        return weightOf(
            ____local:get_weight(),
            initial
        )
    end
    local command = (("get weight " .. backendName) .. "/") .. serverName
    local answer, err = read(client, command)
    if answer == nil then
        return nil, err
    end
    local parsed = parse_weight(answer)
    if parsed == nil then
        return nil, statsError("refused", "unexpected answer: " .. answer, command, answer)
    end
    if ____local ~= nil then
        initialWeights[____local] = parsed.initial
    end
    return parsed
end
--- Every server of a backend as "show servers state" lists it, decoded.
function ____exports.states(client, backendName)
    local problem = nameProblem(backendName)
    if problem ~= nil then
        return nil, invalidName("backend", backendName, problem)
    end
    local answer, err = read(client, "show servers state " .. backendName)
    if answer == nil then
        return nil, notFoundAs(err, "no such backend: " .. backendName)
    end
    return parse_servers_state(answer)
end
--- The "show servers state" row of one server (by name or numeric id), decoded.
function ____exports.state(client, backendName, serverRef)
    local name, problem = proxyRef(serverRef)
    if name == nil then
        return nil, invalidName("server", serverRef, problem)
    end
    local all, err = ____exports.states(client, backendName)
    if all == nil then
        return nil, err
    end
    local id = numericId(name)
    for ____, row in ipairs(all) do
        local ____temp_2
        if id ~= nil then
            ____temp_2 = row.srv_id == id
        else
            ____temp_2 = row.srv_name == name
        end
        if ____temp_2 then
            return row
        end
    end
    return nil, statsError(
        "not_found",
        (("no such server: " .. backendName) .. "/") .. tostring(serverRef),
        "show servers state " .. backendName
    )
end
--- "show servers state" of every backend, as HAProxy prints it: the format
-- version, the header, a line per server, the empty line; what a
-- server-state-file holds. Inside HAProxy it is read one backend at a time
-- on one session, each answer small (core.tcp() stalls past one buffer),
-- and joined under the first answer's two lines. With `ownPid`, the session
-- must be that process's: just after a reload a connection to the socket
-- may still reach the old one.
function ____exports.statesText(client, ownPid)
    if not insideHAProxy() then
        return read(client, "show servers state")
    end
    local commands = ownPid == nil and ({}) or ({"show info"})
    for ____, entry in ipairs(localProxies()) do
        if entry.backend then
            commands[#commands + 1] = "show servers state " .. entry.name
        end
    end
    if #commands == (ownPid == nil and 0 or 1) then
        return read(client, "show servers state")
    end
    local answers, err = executeEach(client, commands)
    if answers == nil then
        return nil, err
    end
    local first = ownPid == nil and 0 or 1
    if ownPid ~= nil then
        local pid = string.match(answers[1], "Pid: (%d+)")
        if pid ~= ownPid then
            return nil, statsError(
                "refused",
                ((("the stats socket answered for process " .. tostring(pid)) .. ", not this one (") .. ownPid) .. "): a reload is under way",
                "show info"
            )
        end
    end
    local lines = {}
    do
        local index = first
        while index < #answers do
            local refused = answerError(commands[index + 1], answers[index + 1])
            if refused ~= nil then
                return nil, refused
            end
            local number = 0
            for line in string.gmatch(answers[index + 1], "([^\n]*)\n") do
                number = number + 1
                if line ~= "" and (number > 2 or index == first) then
                    lines[#lines + 1] = line
                end
            end
            index = index + 1
        end
    end
    lines[#lines + 1] = ""
    lines[#lines + 1] = ""
    return table.concat(lines, "\n")
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
["stats.servers.ramp"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
local ____held = require("stats.core.held")
local releaseHeld = ____held.releaseHeld
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local ____operation = require("stats.core.operation")
local perform = ____operation.perform
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____operations = require("stats.servers.operations")
local serverValues = ____operations.serverValues
local setWeight = ____operations.setWeight
local ____reads = require("stats.servers.reads")
local weightOf = ____reads.weight
local STEPS = 10
local STEP_ORDER = ordered({"after_ms", "weight"})
local PLAN_ORDER = ordered({"target", "seconds", "steps"})
--- Ramps running, by "backend/server", to their generation: a new ramp or a cancel ends the old one.
local running = {}
local generation = 0
function ____exports.cancelRamp(backend, server)
    if (next(running)) == nil then
        return
    end
    running[(backend .. "/") .. server] = nil
end
--- The steps from a tenth of `target` (at least 1) to all of it, evenly over `ms`.
function ____exports.planRamp(target, ms)
    local steps = {}
    do
        local index = 1
        while index <= STEPS do
            local weight = math.max(
                1,
                math.ceil(target * index / STEPS)
            )
            steps[#steps + 1] = setmetatable(
                {
                    after_ms = math.floor(ms * (index - 1) / (STEPS - 1)),
                    weight = weight
                },
                STEP_ORDER
            )
            index = index + 1
        end
    end
    return setmetatable({target = target, seconds = ms / 1000, steps = steps}, PLAN_ORDER)
end
local function currentWeight(client, backend, server)
    local ____local = localServer(backend, server)
    if ____local ~= nil then
        return ____local:get_weight()
    end
    local weight = weightOf(client, backend, server)
    return weight and weight.current
end
local function rampSteps(client, backend, server, plan, mine)
    local key = (backend .. "/") .. server
    local last = plan.steps[1].weight
    local elapsed = 0
    do
        local index = 1
        while index < #plan.steps do
            local step = plan.steps[index + 1]
            core.msleep(step.after_ms - elapsed)
            elapsed = step.after_ms
            if running[key] ~= mine then
                core.log(core.info, ("haproxy-api: weight ramp of " .. key) .. " cancelled by a later write")
                return
            end
            local now = currentWeight(client, backend, server)
            if now ~= last then
                core.log(
                    core.info,
                    ((((("haproxy-api: weight ramp of " .. key) .. " stopped: its weight is ") .. tostring(now)) .. ", not ") .. tostring(last)) .. ", changed by someone else"
                )
                running[key] = nil
                return
            end
            local done, err = perform(
                client,
                setWeight,
                serverValues(backend, server, {weight = step.weight})
            )
            if done == nil then
                core.log(
                    core.warning,
                    (("haproxy-api: weight ramp of " .. key) .. " stopped: ") .. tostring(err)
                )
                running[key] = nil
                return
            end
            last = step.weight
            index = index + 1
        end
    end
    running[key] = nil
end
--- Runs the plan's steps after the first (which the caller applied) in a background task.
function ____exports.startRamp(client, backend, server, plan)
    if not insideHAProxy() then
        return statsError("invalid", "a weight ramp runs in HAProxy's scheduler: call it inside HAProxy, or step set_weight yourself")
    end
    generation = generation + 1
    local mine = generation
    running[(backend .. "/") .. server] = mine
    core.register_task(function()
        local ok, err = pcall(
            rampSteps,
            client,
            backend,
            server,
            plan,
            mine
        )
        releaseHeld()
        if not ok then
            core.log(
                core.err,
                (((("haproxy-api: weight ramp of " .. backend) .. "/") .. server) .. ": ") .. tostring(err)
            )
        end
    end)
    return nil
end
return ____exports
 end,
["stats.servers.changes"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArrayFind = ____lualib.__TS__ArrayFind
local ____exports = {}
local hasAny, changed, asks, maxconnNow, undo, rolledBack, apply, named, aloneStep, applyAlone, STEPS, STEP_OF_FIELD, RAMP_FIELDS
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____operation = require("stats.core.operation")
local perform = ____operation.perform
local refusal = ____operation.refusal
local ____names = require("stats.core.names")
local invalidName = ____names.invalidName
local nameProblem = ____names.nameProblem
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ops = require("stats.servers.operations")
local ____ramp = require("stats.servers.ramp")
local cancelRamp = ____ramp.cancelRamp
local ____reads = require("stats.servers.reads")
local serverRow = ____reads.server
local states = ____reads.states
local ____parsers = require("stats.servers.parsers")
local decode_operational_state = ____parsers.decode_operational_state
function hasAny(fields, names)
    for ____, name in ipairs(names) do
        if fields[name] ~= nil then
            return true
        end
    end
    return false
end
function changed(backend, server, fields)
    if hasAny(fields, RAMP_FIELDS) then
        cancelRamp(backend, server)
    end
end
function asks(step, fields)
    return hasAny(fields, step.fields)
end
function maxconnNow(client, backend, server)
    local ____local = localServer(backend, server)
    if ____local ~= nil then
        return ____local:get_maxconn()
    end
    local row, err = serverRow(client, backend, server)
    if row == nil then
        return nil, err
    end
    local slim = row.slim
    return type(slim) == "number" and slim or 0
end
function undo(client, backend, server, done, before)
    local failed = {}
    do
        local index = #done - 1
        while index >= 0 do
            local step = done[index + 1]
            local ok, err = perform(
                client,
                step.op,
                ops.withServer(
                    backend,
                    server,
                    step.undo(before)
                )
            )
            if ok == nil then
                failed[#failed + 1] = ((((((step.fields[1] .. " of ") .. backend) .. "/") .. server) .. " (") .. err.message) .. ")"
            end
            index = index - 1
        end
    end
    return failed
end
function rolledBack(err, putBack, failed)
    local note
    if #failed > 0 then
        note = ("; putting back " .. table.concat(failed, ", ")) .. " failed: the change is half-applied, read the server's state"
    elseif #putBack > 0 then
        note = ("; nothing changed: " .. table.concat(putBack, ", ")) .. " put back"
    else
        note = "; nothing changed"
    end
    return statsError(err.kind, err.message .. note, err.command, err.haproxy)
end
function apply(client, backend, server, fields, before, applied)
    local done = {}
    for ____, step in ipairs(STEPS) do
        do
            if not asks(step, fields) then
                goto __continue52
            end
            local ok, err = perform(
                client,
                step.op,
                ops.withServer(
                    backend,
                    server,
                    step.asked(fields, before)
                )
            )
            if ok == nil then
                local putBack = {}
                local failed = undo(
                    client,
                    backend,
                    server,
                    done,
                    before
                )
                for ____, each in ipairs(done) do
                    putBack[#putBack + 1] = (((each.fields[1] .. " of ") .. backend) .. "/") .. server
                end
                do
                    local index = #applied - 1
                    while index >= 0 do
                        local earlier = applied[index + 1]
                        for ____, each in ipairs(undo(
                            client,
                            backend,
                            earlier.server,
                            earlier.steps,
                            earlier.before
                        )) do
                            failed[#failed + 1] = each
                        end
                        for ____, each in ipairs(earlier.steps) do
                            putBack[#putBack + 1] = (((each.fields[1] .. " of ") .. backend) .. "/") .. earlier.server
                        end
                        index = index - 1
                    end
                end
                return nil, rolledBack(err, putBack, failed)
            end
            done[#done + 1] = step
        end
        ::__continue52::
    end
    applied[#applied + 1] = {server = server, steps = done, before = before}
    changed(backend, server, fields)
    return true
end
function named(err, backend, server)
    if err.kind ~= "not_found" then
        return err
    end
    local what = (string.find(err.haproxy or "", "backend")) ~= nil and "no such backend: " .. backend or (("no such server: " .. backend) .. "/") .. server
    return statsError("not_found", what, err.command, err.haproxy)
end
function aloneStep(fields)
    local alone
    for field in pairs(fields) do
        local step = STEP_OF_FIELD[field]
        if alone ~= nil and step ~= alone then
            return nil
        end
        alone = step
    end
    if alone == nil or alone.op == ops.setAddress and fields.address == nil then
        return nil
    end
    return alone
end
function applyAlone(client, backend, name, fields, step)
    local ok, err = perform(
        client,
        step.op,
        ops.withServer(
            backend,
            name,
            step.asked(fields, nil)
        )
    )
    if ok == nil then
        return nil, named(err, backend, name)
    end
    changed(backend, name, fields)
    return true
end
--- setServers for changes already checked as it checks them (valid names,
-- checkFields): the HTTP route of one server checks its path and body
-- before it takes the write lock, and need not check them again under it.
function ____exports.applyChecked(client, backend, changes)
    if #changes == 1 then
        local ____changes__1_3 = changes[1]
        local name = ____changes__1_3.name
        local fields = ____changes__1_3.fields
        local single = aloneStep(fields)
        if single ~= nil then
            return applyAlone(
                client,
                backend,
                name,
                fields,
                single
            )
        end
    end
    local all, err = states(client, backend)
    if all == nil then
        return nil, err
    end
    local befores = {}
    for ____, change in ipairs(changes) do
        local state = __TS__ArrayFind(
            all,
            function(____, row) return row.srv_name == change.name end
        )
        if state == nil then
            return nil, statsError("not_found", (("no such server: " .. backend) .. "/") .. change.name)
        end
        local before = {state = state}
        if change.fields.maxconn ~= nil then
            local maxconn, missing = maxconnNow(client, backend, change.name)
            if maxconn == nil then
                return nil, missing
            end
            before.maxconn = maxconn
        end
        befores[#befores + 1] = before
    end
    local applied = {}
    do
        local index = 0
        while index < #changes do
            local ok, failed = apply(
                client,
                backend,
                changes[index + 1].name,
                changes[index + 1].fields,
                befores[index + 1],
                applied
            )
            if ok == nil then
                return nil, failed
            end
            index = index + 1
        end
    end
    return true
end
--- lua-haproxy's {"status": "UP" | "DOWN" | "MAINT"}, any case: enable or disable the server.
local STATUS_TO_ADMIN = {}
STATUS_TO_ADMIN.UP = "ready"
STATUS_TO_ADMIN.DOWN = "maint"
STATUS_TO_ADMIN.MAINT = "maint"
local statusKind = {
    check = function(value)
        local admin = type(value) == "string" and STATUS_TO_ADMIN[string.upper(value)] or nil
        if admin == nil then
            return nil, "must be \"UP\", \"DOWN\" or \"MAINT\""
        end
        return admin
    end,
    schema = {enum = {
        "UP",
        "DOWN",
        "MAINT",
        "up",
        "down",
        "maint"
    }, description = "lua-haproxy's: UP is admin_state ready, DOWN and MAINT are maint"}
}
local CHECK_ENABLED = 4
local function switched(bits)
    return bits & CHECK_ENABLED ~= 0 and "enabled" or "disabled"
end
STEPS = {
    {
        fields = {"address", "port"},
        op = ops.setAddress,
        asked = function(given, before)
            local ____given_address_0 = given.address
            if ____given_address_0 == nil then
                ____given_address_0 = before.state.srv_addr
            end
            return {address = ____given_address_0, port = given.port}
        end,
        undo = function(before) return {address = before.state.srv_addr, port = before.state.srv_port > 0 and before.state.srv_port or nil} end
    },
    {
        fields = {"maxconn"},
        op = ops.setMaxconn,
        asked = function(given) return {maxconn = given.maxconn} end,
        undo = function(before) return {maxconn = before.maxconn} end
    },
    {
        fields = {"weight"},
        op = ops.setWeight,
        asked = function(given) return {weight = given.weight} end,
        undo = function(before) return {weight = before.state.srv_uweight} end
    },
    {
        fields = {"health_check"},
        op = ops.setHealthCheck,
        asked = function(given) return {health_check = given.health_check} end,
        undo = function(before) return {health_check = switched(before.state.srv_check_state)} end
    },
    {
        fields = {"agent_check"},
        op = ops.setAgentCheck,
        asked = function(given) return {agent_check = given.agent_check} end,
        undo = function(before) return {agent_check = switched(before.state.srv_agent_state)} end
    },
    {
        fields = {"operational_state"},
        op = ops.setHealth,
        asked = function(given) return {operational_state = given.operational_state} end,
        undo = function(before) return {operational_state = decode_operational_state(before.state.srv_op_state)} end
    },
    {
        fields = {"admin_state", "status"},
        op = ops.setState,
        asked = function(given)
            local ____given_admin_state_1 = given.admin_state
            if ____given_admin_state_1 == nil then
                ____given_admin_state_1 = (statusKind.check(given.status))
            end
            return {admin_state = ____given_admin_state_1}
        end,
        undo = function(before) return {admin_state = before.state.admin_state} end
    }
}
STEP_OF_FIELD = {}
for ____, step in ipairs(STEPS) do
    for ____, field in ipairs(step.fields) do
        STEP_OF_FIELD[field] = step
    end
end
local ____array_2 = __TS__SparseArrayNew(table.unpack(ops.setAddress.args))
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setMaxconn.args)
)
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setWeight.args)
)
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setHealthCheck.args)
)
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setAgentCheck.args)
)
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setHealth.args)
)
__TS__SparseArrayPush(
    ____array_2,
    table.unpack(ops.setState.args)
)
__TS__SparseArrayPush(____array_2, {name = "status", kind = statusKind})
--- Every field set_server takes, with its kind: the arguments of the steps' operations, and lua-haproxy's status.
____exports.SERVER_FIELDS = {__TS__SparseArraySpread(____array_2)}
--- SERVER_FIELDS by name: checked on every write, so a table lookup, not a search.
local FIELD_BY_NAME = {}
for ____, arg in ipairs(____exports.SERVER_FIELDS) do
    FIELD_BY_NAME[arg.name] = arg
end
local FIELD_NAMES = table.concat(
    __TS__ArrayMap(
        ____exports.SERVER_FIELDS,
        function(____, each) return each.name end
    ),
    ", "
)
RAMP_FIELDS = {"weight", "admin_state", "status", "operational_state"}
--- Checks every field of one server's change: known names, valid values, at least one, not both admin_state and status.
function ____exports.checkFields(fields)
    local count = 0
    for field in pairs(fields) do
        local arg = FIELD_BY_NAME[field]
        if arg == nil then
            return nil, field, "is not a field of a server: use " .. FIELD_NAMES
        end
        local ok, problem = arg.kind.check(fields[field])
        if ok == nil then
            return nil, field, problem
        end
        count = count + 1
    end
    if count == 0 then
        return nil, "", "no field given"
    end
    if fields.admin_state ~= nil and fields.status ~= nil then
        return nil, "status", "goes with admin_state only one at a time: give one of them"
    end
    return true
end
--- The library's refusal of a field (refusal()), naming the server in a list of several.
local function fieldError(field, given, problem, server)
    local where = server == nil and "" or ("server " .. server) .. ": "
    local message = field == "" and problem or refusal({}, field, given, problem).message
    return statsError("invalid", where .. message)
end
--- applyChecked for one server: the usual write of one field makes no list of changes.
function ____exports.applyOneChecked(client, backend, name, fields)
    local single = aloneStep(fields)
    if single ~= nil then
        return applyAlone(
            client,
            backend,
            name,
            fields,
            single
        )
    end
    return ____exports.applyChecked(client, backend, {{name = name, fields = fields}})
end
--- Applies every change to servers of `backend`, all or nothing: every field
-- of every server is checked and every server looked up before the first
-- step; a step that fails puts back all that ran before it.
function ____exports.setServers(client, backend, changes)
    local backendProblem = nameProblem(backend)
    if backendProblem ~= nil then
        return nil, invalidName("backend", backend, backendProblem)
    end
    if type(changes) ~= "table" or #changes == 0 then
        return nil, statsError("invalid", "changes: expected a list of { name = <server>, fields = {...} }")
    end
    for ____, change in ipairs(changes) do
        local serverProblem = nameProblem(change.name)
        if serverProblem ~= nil then
            return nil, invalidName("server", change.name, serverProblem)
        end
        if type(change.fields) ~= "table" then
            return nil, statsError("invalid", ("server " .. change.name) .. ": expected a table of fields")
        end
        local ok, field, problem = ____exports.checkFields(change.fields)
        if ok == nil then
            return nil, fieldError(field, change.fields[field], problem, #changes > 1 and change.name or nil)
        end
    end
    return ____exports.applyChecked(client, backend, changes)
end
--- set_server: several fields of one server at once, all or nothing.
function ____exports.setServer(client, backend, server, fields)
    return ____exports.setServers(client, backend, {{name = server, fields = fields}})
end
return ____exports
 end,
["stats.servers.drain"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
local ____kinds = require("stats.core.kinds")
local oneOf = ____kinds.oneOf
local seconds = ____kinds.seconds
local ____operation = require("stats.core.operation")
local checkArgs = ____operation.checkArgs
local perform = ____operation.perform
local refusal = ____operation.refusal
local ____names = require("stats.core.names")
local serverPath = ____names.serverPath
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____operations = require("stats.servers.operations")
local serverValues = ____operations.serverValues
local setState = ____operations.setState
local setWeight = ____operations.setWeight
local shutdownSessions = ____operations.shutdownSessions
local ____ramp = require("stats.servers.ramp")
local cancelRamp = ____ramp.cancelRamp
local planRamp = ____ramp.planRamp
local startRamp = ____ramp.startRamp
local ____reads = require("stats.servers.reads")
local serverRow = ____reads.server
local stateOf = ____reads.state
--- The longest wait, and ramp, in seconds: an hour.
____exports.MAX_WAIT_SECONDS = 3600
--- How often a waiting drain looks at the server's sessions.
local LOOK_MS = 100
--- How long a drain waits for the sessions it closed (on_timeout) to be gone.
local SHUTDOWN_WAIT_MS = 2000
____exports.DRAIN_OPTIONS = {
    {
        name = "timeout",
        kind = seconds(____exports.MAX_WAIT_SECONDS),
        description = "Seconds to wait for the sessions to end"
    },
    {
        name = "then",
        kind = oneOf({"maint"}),
        optional = true,
        description = "Once drained, put the server in maintenance"
    },
    {
        name = "on_timeout",
        kind = oneOf({"shutdown_sessions"}),
        optional = true,
        description = "When the timeout passes, close the sessions left (then \"then\" applies)"
    }
}
____exports.READY_OPTIONS = {{
    name = "ramp",
    kind = seconds(____exports.MAX_WAIT_SECONDS),
    optional = true,
    description = "Seconds over which the weight rises from a tenth to all of it"
}}
local function alone(step)
    return step()
end
local DRAINED_ORDER = ordered({"drained", "sessions", "waited_ms", "state"})
local function clockMs()
    if insideHAProxy() then
        return nowMs()
    end
    return require("socket").gettime() * 1000
end
local function pause(ms)
    if insideHAProxy() then
        core.msleep(ms)
    else
        require("socket").sleep(ms / 1000)
    end
end
--- The server's current sessions: in-process for a configured server, else its "show stat" scur.
local function sessionsOf(client, backend, server)
    local ____local = localServer(backend, server)
    if ____local ~= nil then
        return ____local:get_stats().scur
    end
    local row, err = serverRow(client, backend, server)
    if row == nil then
        return nil, err
    end
    return row.scur
end
local function step(client, op, backend, server, entries)
    return perform(
        client,
        op,
        serverValues(backend, server, entries)
    )
end
--- The server's names and the options as given (a table or nothing), checked against `args`.
local function options(backend, server, given, args, what)
    local path, invalid = serverPath(backend, server)
    if path == nil then
        return nil, invalid
    end
    if given ~= nil and type(given) ~= "table" then
        return nil, statsError("invalid", what .. ": expected a table of options")
    end
    local values = type(given) == "table" and given or ({})
    local words, name, problem = checkArgs(args, values)
    if words == nil then
        return nil, refusal({}, name, values[name], problem)
    end
    return values
end
--- Waits until the server has no session or `untilMs` passes; the sessions last seen.
local function waitEmpty(client, backend, server, sessions, untilMs)
    local left = sessions
    while left > 0 and clockMs() < untilMs do
        pause(LOOK_MS)
        local now, err = sessionsOf(client, backend, server)
        if now == nil then
            return nil, err
        end
        left = now
    end
    return left
end
--- Drains the server and waits up to options.timeout seconds for its
-- sessions to end; with then = "maint", puts it in maintenance once they
-- have; with on_timeout = "shutdown_sessions", closes those left when the
-- timeout passes.
function ____exports.drain(client, backend, server, given, exclusive)
    if exclusive == nil then
        exclusive = alone
    end
    local opts, refused = options(
        backend,
        server,
        given,
        ____exports.DRAIN_OPTIONS,
        "drain"
    )
    if opts == nil then
        return nil, refused
    end
    local b = backend
    local s = server
    local started = clockMs()
    local before, missing = stateOf(client, b, s)
    if before == nil then
        return nil, missing
    end
    local sessions, err = sessionsOf(client, b, s)
    if sessions == nil then
        return nil, err
    end
    if before.admin_state == "maint" then
        return setmetatable({drained = true, sessions = sessions, waited_ms = 0, state = before}, DRAINED_ORDER)
    end
    if before.admin_state ~= "drain" then
        local done, failed = exclusive(function()
            cancelRamp(b, s)
            return step(
                client,
                setState,
                b,
                s,
                {admin_state = "drain"}
            )
        end)
        if done == nil then
            return nil, failed
        end
    end
    local waited, lost = waitEmpty(
        client,
        b,
        s,
        sessions,
        started + opts.timeout * 1000
    )
    if waited == nil then
        return nil, lost
    end
    local left = waited
    if left > 0 and opts.on_timeout == "shutdown_sessions" then
        local done, failed = exclusive(function() return step(
            client,
            shutdownSessions,
            b,
            s,
            {}
        ) end)
        if done == nil then
            return nil, failed
        end
        local closed, gone = waitEmpty(
            client,
            b,
            s,
            left,
            clockMs() + SHUTDOWN_WAIT_MS
        )
        if closed == nil then
            return nil, gone
        end
        left = closed
    end
    if left == 0 and opts["then"] == "maint" then
        local done, failed = exclusive(function() return step(
            client,
            setState,
            b,
            s,
            {admin_state = "maint"}
        ) end)
        if done == nil then
            return nil, failed
        end
    end
    local after, gone = stateOf(client, b, s)
    if after == nil then
        return nil, gone
    end
    return setmetatable(
        {
            drained = left == 0,
            sessions = left,
            waited_ms = math.floor(clockMs() - started),
            state = after
        },
        DRAINED_ORDER
    )
end
local READIED_ORDER = ordered({"state", "ramp"})
--- Puts the server back in rotation; with options.ramp (seconds), at a tenth
-- of its weight first, rising to all of it in a background task.
function ____exports.ready(client, backend, server, given, exclusive)
    if exclusive == nil then
        exclusive = alone
    end
    local opts, refused = options(
        backend,
        server,
        given,
        ____exports.READY_OPTIONS,
        "ready"
    )
    if opts == nil then
        return nil, refused
    end
    local b = backend
    local s = server
    local rampSeconds = opts.ramp
    if rampSeconds ~= nil and not insideHAProxy() then
        return nil, statsError("invalid", "ramp: a weight ramp runs in HAProxy's scheduler: call it inside HAProxy, or step set_weight yourself")
    end
    local before, missing = stateOf(client, b, s)
    if before == nil then
        return nil, missing
    end
    local plan
    local done, failed = exclusive(function()
        cancelRamp(b, s)
        if rampSeconds == nil then
            return step(
                client,
                setState,
                b,
                s,
                {admin_state = "ready"}
            )
        end
        local target = before.srv_uweight > 0 and before.srv_uweight or before.srv_iweight
        plan = planRamp(
            target,
            math.ceil(rampSeconds * 1000)
        )
        local lowered, refusedWeight = step(
            client,
            setWeight,
            b,
            s,
            {weight = plan.steps[1].weight}
        )
        if lowered == nil then
            return nil, refusedWeight
        end
        local readied, refusedState = step(
            client,
            setState,
            b,
            s,
            {admin_state = "ready"}
        )
        if readied == nil then
            step(
                client,
                setWeight,
                b,
                s,
                {weight = before.srv_uweight}
            )
            return nil, statsError(refusedState.kind, refusedState.message .. "; nothing changed: weight put back", refusedState.command, refusedState.haproxy)
        end
        local notStarted = startRamp(client, b, s, plan)
        if notStarted ~= nil then
            return nil, notStarted
        end
        return true
    end)
    if done == nil then
        return nil, failed
    end
    local after, gone = stateOf(client, b, s)
    if after == nil then
        return nil, gone
    end
    return setmetatable({state = after, ramp = plan}, READIED_ORDER)
end
return ____exports
 end,
["stats.servers.lifecycle"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local __TS__ArraySome = ____lualib.__TS__ArraySome
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local ____exports = {}
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____client = require("stats.core.client")
local execute = ____client.execute
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____kinds = require("stats.core.kinds")
local oneOf = ____kinds.oneOf
local ____operation = require("stats.core.operation")
local check = ____operation.check
local perform = ____operation.perform
local refusal = ____operation.refusal
local run = ____operation.run
local ____local = require("stats.process.local")
local noteAddedServer = ____local.noteAddedServer
local ____proxylist = require("stats.process.proxylist")
local noteServersChanged = ____proxylist.noteServersChanged
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____operations = require("stats.servers.operations")
local addServer = ____operations.addServer
local delServer = ____operations.delServer
local serverValues = ____operations.serverValues
local setHealthCheck = ____operations.setHealthCheck
local setState = ____operations.setState
local ____ramp = require("stats.servers.ramp")
local cancelRamp = ____ramp.cancelRamp
local ____array_0 = __TS__SparseArrayNew(table.unpack(addServer.args))
__TS__SparseArrayPush(
    ____array_0,
    {
        name = "admin_state",
        kind = oneOf({"ready", "maint"}),
        optional = true,
        description = "maint (the default) or ready"
    }
)
--- What add_server takes: "add server"'s arguments, and the admin state to start in.
____exports.ADD_SERVER_FIELDS = {__TS__SparseArraySpread(____array_0)}
--- Deletes the server just added, after a later step failed; the failed step's error says so.
local function takenBack(client, backend, server, err)
    perform(
        client,
        setState,
        serverValues(backend, server, {admin_state = "maint"})
    )
    local deleted, failed = perform(
        client,
        delServer,
        serverValues(backend, server, {})
    )
    local note = deleted ~= nil and ((("; nothing created: " .. backend) .. "/") .. server) .. " deleted again" or ((((("; deleting " .. backend) .. "/") .. server) .. " again failed too (") .. failed.message) .. ")"
    return statsError(err.kind, err.message .. note, err.command, err.haproxy)
end
--- Adds a server: fields name, address, port, and optionally weight, maxconn,
-- check (a health check, enabled) and admin_state ("maint" by default).
function ____exports.add(client, backend, fields)
    if type(fields) ~= "table" then
        return nil, statsError("invalid", "add_server: expected a table of fields (name, address, port...)")
    end
    local values = fields
    for field in pairs(values) do
        if field ~= "backend" and not __TS__ArraySome(
            ____exports.ADD_SERVER_FIELDS,
            function(____, arg) return arg.name == field end
        ) then
            return nil, statsError(
                "invalid",
                (tostring(field) .. " is not a field of a new server: use ") .. table.concat(
                    __TS__ArrayMap(
                        ____exports.ADD_SERVER_FIELDS,
                        function(____, arg) return arg.name end
                    ),
                    ", "
                )
            )
        end
    end
    values.backend = backend
    local words, name, problem = check(addServer, values)
    if words == nil then
        return nil, refusal(addServer.targets, name, values[name], problem)
    end
    local admin = values.admin_state
    local ____exports_ADD_SERVER_FIELDS_index_kind_check_2 = ____exports.ADD_SERVER_FIELDS[#____exports.ADD_SERVER_FIELDS].kind.check
    local ____admin_1 = admin
    if ____admin_1 == nil then
        ____admin_1 = "maint"
    end
    local adminOk, adminProblem = ____exports_ADD_SERVER_FIELDS_index_kind_check_2(____admin_1)
    if adminOk == nil then
        return nil, refusal(addServer.targets, "admin_state", admin, adminProblem)
    end
    local added, err = run(client, addServer, words)
    if added == nil then
        return nil, err
    end
    local b = words.backend
    local s = words.name
    noteAddedServer(b)
    if words.check == "1" then
        local enabled, refused = perform(
            client,
            setHealthCheck,
            serverValues(b, s, {health_check = "enabled"})
        )
        if enabled == nil then
            return nil, takenBack(client, b, s, refused)
        end
    end
    if admin == "ready" then
        local readied, refused = perform(
            client,
            setState,
            serverValues(b, s, {admin_state = "ready"})
        )
        if readied == nil then
            return nil, takenBack(client, b, s, refused)
        end
    end
    return true
end
--- "del server"; from 3.3, which counts idle connections too (they close on
-- their own soon), a refusal for connections waits for the server to be
-- removable ("wait srv-removable", bounded within the socket timeout) and
-- tries once more. The names were checked by the first try.
local function deleteOnce(client, backend, server)
    local done, err = perform(
        client,
        delServer,
        serverValues(backend, server)
    )
    if done ~= nil then
        return true
    end
    if not capabilities().delServerWaits or (string.find(err.haproxy or "", "still has connections")) == nil then
        return nil, err
    end
    local waitMs = math.max(
        100,
        math.min(
            2000,
            math.floor(client.timeout * 1000) - 500
        )
    )
    execute(
        client,
        (((("wait " .. tostring(waitMs)) .. " srv-removable ") .. backend) .. "/") .. server
    )
    return perform(
        client,
        delServer,
        serverValues(backend, server)
    )
end
--- Deletes a server: it must be in maintenance, without sessions; before 2.8, configured servers stay (servers/local.ts).
function ____exports.remove(client, backend, server)
    local done, err = deleteOnce(client, backend, server)
    if done ~= nil then
        cancelRamp(backend, server)
        noteServersChanged(backend)
        return true
    end
    local haproxy = err.haproxy or ""
    local way
    if (string.find(haproxy, "^Only servers in maintenance")) ~= nil then
        way = "drain it, then put it in maintenance (drain with then = \"maint\"), then delete it"
    elseif (string.find(haproxy, "still has connections")) ~= nil then
        way = "it still has sessions or queued requests: drain it until they end (or close them), then delete it"
    elseif not capabilities().liveServers and (string.find(haproxy, "cannot be removed")) ~= nil and localServer(backend, server) ~= nil then
        way = "it is defined in the configuration, and HAProxy 2.6 keeps every configured server while its Lua can reach it: keep it in maintenance, and remove it from the configuration at the next reload"
    end
    if way == nil then
        return nil, err
    end
    local said = string.gsub(haproxy, "%.$", "")
    return nil, statsError(err.kind, (said .. ": ") .. way, err.command, err.haproxy)
end
return ____exports
 end,
["stats.certificates.commands"] = function(...) 
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____names = require("stats.core.names")
local ruleProblem = ____names.ruleProblem
local ____words = require("stats.core.words")
local quoted = ____words.quoted
--- What HAProxy's payload may hold: the blocks a certificate file is made of.
local BLOCKS = {}
BLOCKS.CERTIFICATE = "certificate"
BLOCKS["PRIVATE KEY"] = "key"
BLOCKS["RSA PRIVATE KEY"] = "key"
BLOCKS["EC PRIVATE KEY"] = "key"
--- A payload past this is refused before it is sent: HAProxy 2.6's CLI takes one buffer (tune.bufsize) of command and payload.
____exports.MAX_PEM_BYTES = 64 * 1024
local CERT_FILE = {noun = "certificate file name", maxLength = 1024, pattern = "^[%w%._/@:+%-]+$", allowed = "letters, digits and . _ / @ : + -"}
--- The reason `file` can't name a certificate here, or undefined when it can ("@" starts HAProxy's names of crt-list lines).
function ____exports.certFileProblem(file)
    local problem = ruleProblem(CERT_FILE, file)
    if problem ~= nil then
        return problem
    end
    local first = string.sub(file, 1, 1)
    if first == "@" then
        return "a certificate file name does not start with @"
    end
    return nil
end
--- The reason `file` can't name a new certificate, or undefined when it
-- can: a name is a path in HAProxy's certificate store, so none of its
-- segments is ".." or "." or empty (what HAProxy loaded already is named as
-- it was, and stays reachable).
function ____exports.newCertFileProblem(file)
    local problem = ____exports.certFileProblem(file)
    if problem ~= nil then
        return problem
    end
    for segment in string.gmatch(file .. "/", "([^/]*)/") do
        if segment == ".." or segment == "." then
            return ("a new certificate's name has no \"" .. segment) .. "\" segment: name it by the file it is kept in"
        end
    end
    if (string.find(file, "//", 1, true)) ~= nil or string.sub(file, -1) == "/" then
        return "a new certificate's name has no empty segment"
    end
    return nil
end
local function invalid(what, problem)
    return nil, statsError("invalid", (what .. ": ") .. problem)
end
local function named(verb, file)
    local problem = ____exports.certFileProblem(file)
    if problem ~= nil then
        return invalid(
            "certificate " .. quoted(file),
            problem
        )
    end
    return (verb .. " ") .. file
end
____exports.showCerts = function() return "show ssl cert" end
____exports.showCert = function(file) return named("show ssl cert", file) end
____exports.commitCert = function(file) return named("commit ssl cert", file) end
____exports.abortCert = function(file) return named("abort ssl cert", file) end
____exports.newCert = function(file) return named("new ssl cert", file) end
____exports.delCert = function(file) return named("del ssl cert", file) end
____exports.showCrtLists = function() return "show ssl crt-list" end
____exports.showCrtList = function(list) return named("show ssl crt-list", list) end
--- "add ssl crt-list <list> <file>": the certificate served by its own names (SNI) on the list's binds.
function ____exports.addToCrtList(list, file)
    local listed, err = named("add ssl crt-list", list)
    if listed == nil then
        return nil, err
    end
    local problem = ____exports.certFileProblem(file)
    if problem ~= nil then
        return invalid(
            "certificate " .. quoted(file),
            problem
        )
    end
    return (listed .. " ") .. file
end
--- Checks a PEM line by line: BEGIN/END pairs of a certificate or private key,
-- base64 inside, blank lines anywhere dropped (PEM allows them), nothing
-- else; at least one certificate. The problem names the line.
function ____exports.checkPem(pem)
    if type(pem) ~= "string" then
        return nil, "expected the PEM text, got " .. type(pem)
    end
    local text = pem
    if #text > ____exports.MAX_PEM_BYTES then
        return nil, ("the PEM is over " .. tostring(____exports.MAX_PEM_BYTES)) .. " bytes"
    end
    local lines = {}
    local block
    local certificates = 0
    local keys = 0
    local number = 0
    for raw in string.gmatch(text .. "\n", "([^\n]*)\n") do
        do
            number = number + 1
            local line = string.gsub(raw, "\r$", "")
            if (string.find(line, "^%s*$")) ~= nil then
                goto __continue27
            end
            if block == nil then
                local label = string.match(line, "^%-%-%-%-%-BEGIN ([A-Z0-9 ]+)%-%-%-%-%-$")
                if label == nil then
                    return nil, ("line " .. tostring(number)) .. " is outside a -----BEGIN ...----- / -----END ...----- block"
                end
                if not (BLOCKS[label] ~= nil) then
                    return nil, ((("line " .. tostring(number)) .. ": a ") .. label) .. " block is neither a certificate nor a private key"
                end
                block = label
            elseif (string.find(line, "^%-%-%-%-%-END ")) ~= nil then
                if line ~= ("-----END " .. block) .. "-----" then
                    return nil, ((("line " .. tostring(number)) .. ": expected -----END ") .. block) .. "-----"
                end
                if BLOCKS[block] == "certificate" then
                    certificates = certificates + 1
                else
                    keys = keys + 1
                end
                block = nil
            elseif (string.find(line, "^[%w+/=]+$")) == nil then
                return nil, ("line " .. tostring(number)) .. " is not base64 (PEM headers are not taken)"
            end
            lines[#lines + 1] = line
        end
        ::__continue27::
    end
    if block ~= nil then
        return nil, ("the " .. block) .. " block is not ended (truncated?)"
    end
    if certificates == 0 then
        return nil, "no certificate in it"
    end
    return {lines = lines, certificates = certificates, keys = keys}
end
--- "set ssl cert <file> <<" and the PEM's lines: the empty line that ends the
-- payload is the one the client adds after every command. Opens (or
-- updates) HAProxy's one certificate transaction.
function ____exports.setCert(file, pem)
    local head, err = named("set ssl cert", file)
    if head == nil then
        return nil, err
    end
    return ((head .. " <<\n") .. table.concat(pem.lines, "\n")) .. "\n"
end
--- The first line of a command, for errors and logs: never a payload (it holds the private key).
function ____exports.headOf(command)
    local head = string.match(command, "^([^\n]*)")
    return head
end
return ____exports
 end,
["stats.certificates.parsers"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayForEach = ____lualib.__TS__ArrayForEach
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local CERT_ORDER = ordered({
    "file",
    "status",
    "subject",
    "issuer",
    "serial",
    "not_before",
    "not_after",
    "days_left",
    "sans",
    "sha1_fingerprint",
    "algorithm",
    "crt_lists",
    "chain"
})
local LINK_ORDER = ordered({"subject", "issuer"})
local function lines(answer)
    local list = {}
    for line in string.gmatch(answer, "([^\n]+)") do
        list[#list + 1] = line
    end
    return list
end
function ____exports.parse_cert_list(answer)
    local result = {files = {}}
    local section = ""
    for ____, line in ipairs(lines(answer)) do
        if string.sub(line, 1, 2) == "# " then
            section = string.sub(line, 3)
        elseif section == "transaction" then
            result.transaction = string.sub(line, 2)
        else
            result.files[#result.files + 1] = line
        end
    end
    return result
end
local MONTHS = {}
__TS__ArrayForEach(
    {
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec"
    },
    function(____, name, i)
        MONTHS[name] = i + 1
        return nil
    end
)
--- Days since 1970-01-01 of a civil date (H. Hinnant's algorithm: no time zone, no os.time).
local function daysFromCivil(year, month, day)
    local y = month <= 2 and year - 1 or year
    local era = math.floor(y / 400)
    local yoe = y - era * 400
    local doy = math.floor((153 * (month > 2 and month - 3 or month + 9) + 2) / 5) + day - 1
    local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
    return era * 146097 + doe - 719468
end
--- "Dec 31 07:46:36 2026 GMT" as ISO 8601 and as seconds since the epoch; undefined for anything else.
function ____exports.parseCertDate(text)
    local mon, d, hh, mm, ss, yyyy = string.match(text, "^(%a+)%s+(%d+)%s+(%d+):(%d+):(%d+)%s+(%d+)%s+GMT$")
    local ____temp_0
    if mon == nil then
        ____temp_0 = nil
    else
        ____temp_0 = MONTHS[mon]
    end
    local month = ____temp_0
    if month == nil then
        return nil
    end
    local year, day, hour, minute, second = tonumber(yyyy), tonumber(d), tonumber(hh), tonumber(mm), tonumber(ss)
    local epoch = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
    return string.format(
        "%04d-%02d-%02dT%02d:%02d:%02dZ",
        year,
        month,
        day,
        hour,
        minute,
        second
    ), epoch
end
--- "show ssl cert <file>" as a Certificate; `now` (seconds since the epoch) gives days_left, rounded down.
function ____exports.parse_cert(answer, now, withChain)
    local fields = {}
    local chain = {}
    for ____, line in ipairs(lines(answer)) do
        do
            local name, value = string.match(line, "^([^:]+):%s?(.*)$")
            if name == nil then
                goto __continue15
            end
            if name == "Chain Subject" then
                chain[#chain + 1] = setmetatable({subject = value, issuer = ""}, LINK_ORDER)
            elseif name == "Chain Issuer" and #chain > 0 then
                chain[#chain].issuer = value
            else
                fields[name] = value
            end
        end
        ::__continue15::
    end
    local file = fields.Filename
    if file == nil then
        return nil
    end
    local notBefore = ____exports.parseCertDate(fields.notBefore or "")
    local notAfter, expires = ____exports.parseCertDate(fields.notAfter or "")
    local sans = {}
    for san in string.gmatch(fields["Subject Alternative Name"] or "", "([^,]+)") do
        local trimmed = string.match(san, "^%s*(.-)%s*$")
        if trimmed ~= "" then
            sans[#sans + 1] = trimmed
        end
    end
    local certificate = {
        file = file,
        status = string.lower(fields.Status or ""),
        subject = fields.Subject or "",
        issuer = fields.Issuer or "",
        serial = fields.Serial or "",
        not_before = notBefore or (fields.notBefore or ""),
        not_after = notAfter or (fields.notAfter or ""),
        days_left = expires == nil and 0 or math.floor((expires - now) / 86400),
        sans = sans,
        sha1_fingerprint = fields["SHA1 FingerPrint"] or "",
        algorithm = fields.Algorithm or "",
        crt_lists = {}
    }
    if withChain then
        certificate.chain = chain
    end
    return setmetatable(certificate, CERT_ORDER)
end
--- "show ssl crt-list": the crt-list files.
function ____exports.parse_crt_lists(answer)
    local list = {}
    for ____, line in ipairs(lines(answer)) do
        if string.sub(line, 1, 1) ~= "#" then
            list[#list + 1] = line
        end
    end
    return list
end
--- "show ssl crt-list <list>": the certificate file of each line (its first word).
function ____exports.parse_crt_list(answer)
    local files = {}
    for ____, line in ipairs(lines(answer)) do
        do
            if string.sub(line, 1, 1) == "#" then
                goto __continue30
            end
            local file = string.match(line, "^(%S+)")
            if file ~= nil then
                files[#files + 1] = file
            end
        end
        ::__continue30::
    end
    return files
end
return ____exports
 end,
["stats.certificates.calls"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local abort
local ____client = require("stats.core.client")
local execute = ____client.execute
local executeDump = ____client.executeDump
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local ____held = require("stats.core.held")
local callIt = ____held.callIt
local hold = ____held.hold
local letGo = ____held.letGo
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local ____commands = require("stats.certificates.commands")
local abortCert = ____commands.abortCert
local addToCrtList = ____commands.addToCrtList
local certFileProblem = ____commands.certFileProblem
local checkPem = ____commands.checkPem
local commitCert = ____commands.commitCert
local delCert = ____commands.delCert
local headOf = ____commands.headOf
local newCert = ____commands.newCert
local newCertFileProblem = ____commands.newCertFileProblem
local setCert = ____commands.setCert
local showCert = ____commands.showCert
local showCerts = ____commands.showCerts
local showCrtList = ____commands.showCrtList
local showCrtLists = ____commands.showCrtLists
local ____parsers = require("stats.certificates.parsers")
local parse_cert = ____parsers.parse_cert
local parse_cert_list = ____parsers.parse_cert_list
local parse_crt_list = ____parsers.parse_crt_list
local parse_crt_lists = ____parsers.parse_crt_lists
function abort(client, file)
    local command = abortCert(file)
    if command ~= nil then
        execute(client, command)
    end
end
local function invalid(message)
    return statsError("invalid", message)
end
--- Runs a command whose answer means it worked when it matches `success`; HAProxy's other answers, joined, as `kind`.
local function expect(client, command, success, kind)
    local answer, err = execute(client, command)
    local head = headOf(command)
    if answer == nil then
        if err.kind == "closed" and head ~= command then
            return nil, statsError(
                "rejected",
                ("HAProxy closed the connection without answering: a payload of " .. tostring(#command)) .. " bytes is more than its CLI takes in one buffer (tune.bufsize, 16384 by default); raise tune.bufsize",
                head
            )
        end
        return nil, statsError(err.kind, err.message, head)
    end
    if (string.find(answer, success)) ~= nil then
        return true
    end
    local known = answerError(head, answer)
    if known ~= nil and known.kind ~= "not_found" then
        return nil, known
    end
    local text = string.gsub((string.match(answer, "^%s*(.-)%s*$")), "\n+", "; ")
    return nil, statsError(kind, text, head, text)
end
--- "show ssl cert": the files, and the open transaction if any.
function ____exports.list(client)
    local answer, err = executeDump(
        client,
        showCerts()
    )
    if answer == nil then
        return nil, err
    end
    local refused = answerError(
        showCerts(),
        answer
    )
    if refused ~= nil then
        return nil, refused
    end
    return parse_cert_list(answer)
end
--- The crt-lists holding each certificate file.
local function crtListsByFile(client)
    local byFile = {}
    local answer, err = executeDump(
        client,
        showCrtLists()
    )
    if answer == nil then
        return nil, err
    end
    for ____, listFile in ipairs(parse_crt_lists(answer)) do
        do
            local command = showCrtList(listFile)
            if command == nil then
                goto __continue13
            end
            local entries, failed = executeDump(client, command)
            if entries == nil then
                return nil, failed
            end
            for ____, file in ipairs(parse_crt_list(entries)) do
                local lists = byFile[file] or ({})
                lists[#lists + 1] = listFile
                byFile[file] = lists
            end
        end
        ::__continue13::
    end
    return byFile
end
local function details(client, file, withChain, lists)
    local command, invalidFile = showCert(file)
    if command == nil then
        return nil, invalidFile
    end
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    local certificate = parse_cert(
        answer,
        os.time(),
        withChain
    )
    if certificate == nil then
        return nil, statsError(
            "not_found",
            "no such certificate: " .. quoted(file),
            command,
            answer
        )
    end
    certificate.crt_lists = lists[file] or ({})
    return certificate
end
--- Every certificate HAProxy holds (not the one of an open transaction), with its crt-lists.
function ____exports.certificates(client)
    local all, err = ____exports.list(client)
    if all == nil then
        return nil, err
    end
    local lists, failed = crtListsByFile(client)
    if lists == nil then
        return nil, failed
    end
    local result = {}
    for ____, file in ipairs(all.files) do
        local certificate, missing = details(client, file, false, lists)
        if certificate == nil then
            return nil, missing
        end
        result[#result + 1] = certificate
    end
    return result
end
--- One certificate, with its chain and crt-lists; not_found for a file HAProxy does not hold.
function ____exports.certificate(client, file)
    local problem = certFileProblem(file)
    if problem ~= nil then
        return nil, invalid((("certificate " .. quoted(file)) .. ": ") .. problem)
    end
    local lists, failed = crtListsByFile(client)
    if lists == nil then
        return nil, failed
    end
    return details(client, file, true, lists)
end
--- The checks every write makes before its first command: the file, the PEM, no open transaction, and whether HAProxy holds the file.
local function prepare(client, file, pem)
    local problem = certFileProblem(file)
    if problem ~= nil then
        return nil, invalid((("certificate " .. quoted(file)) .. ": ") .. problem)
    end
    local checked, refused = checkPem(pem)
    if checked == nil then
        return nil, invalid("pem: " .. refused)
    end
    local all, err = ____exports.list(client)
    if all == nil then
        return nil, err
    end
    if all.transaction ~= nil then
        return nil, statsError(
            "conflict",
            ((("a certificate transaction for " .. all.transaction) .. " is open on the stats socket: HAProxy has one at a time; commit or abort it (\"abort ssl cert ") .. all.transaction) .. "\") first",
            showCerts()
        )
    end
    return checked, __TS__ArrayIncludes(all.files, file)
end
--- set, then commit, of `file`; on any refusal the transaction is aborted, so none is left open.
local function replace(client, file, pem)
    local set, buildErr = setCert(file, pem)
    if set == nil then
        return nil, buildErr
    end
    local function transaction()
        return abort(client, file)
    end
    hold(transaction, callIt)
    local opened, refused = expect(client, set, "^Transaction [a-z]+ for certificate ", "rejected")
    if opened == nil then
        letGo(transaction)
        abort(client, file)
        return nil, refused
    end
    local commit = commitCert(file)
    local committed, failed = expect(client, commit, "Success!", "rejected")
    letGo(transaction)
    if committed == nil then
        abort(client, file)
        return nil, failed
    end
    return true
end
--- Replaces a certificate HAProxy holds, in memory, for new TLS handshakes: set, commit; aborted on any refusal.
function ____exports.setCertificate(client, file, pem)
    local checked, held = prepare(client, file, pem)
    if checked == nil then
        return nil, held
    end
    if held ~= true then
        return nil, statsError(
            "not_found",
            ("no such certificate: " .. quoted(file)) .. " (HAProxy replaces the certificates its configuration loaded or that were added at runtime)",
            showCerts()
        )
    end
    return replace(client, file, checked)
end
--- Adds a certificate: new, set, commit and, with `crtList`, added to that
-- crt-list so its binds serve it by SNI. A failed step after "new" deletes
-- it again: nothing is left on any error.
function ____exports.addCertificate(client, file, pem, crtList)
    local unfit = newCertFileProblem(file)
    if unfit ~= nil then
        return nil, invalid((("certificate " .. quoted(file)) .. ": ") .. unfit)
    end
    if crtList ~= nil then
        local problem = certFileProblem(crtList)
        if problem ~= nil then
            return nil, invalid((("crt_list " .. quoted(crtList)) .. ": ") .. problem)
        end
    end
    local checked, held = prepare(client, file, pem)
    if checked == nil then
        return nil, held
    end
    if held == true then
        return nil, statsError(
            "conflict",
            ("certificate " .. quoted(file)) .. " exists already: replace it with PUT (set_certificate)",
            showCerts()
        )
    end
    if crtList ~= nil then
        local answer, err = executeDump(
            client,
            showCrtLists()
        )
        if answer == nil then
            return nil, err
        end
        if not __TS__ArrayIncludes(
            parse_crt_lists(answer),
            crtList
        ) then
            return nil, statsError(
                "not_found",
                "no such crt-list: " .. quoted(crtList),
                showCrtLists()
            )
        end
    end
    local name = file
    local create = newCert(name)
    local created, refused = expect(client, create, "^New empty certificate store", "refused")
    if created == nil then
        return nil, refused
    end
    local function putBack(err)
        local remove = delCert(name)
        execute(client, remove)
        return nil, err
    end
    local replaced, failed = replace(client, name, checked)
    if replaced == nil then
        return putBack(failed)
    end
    if crtList ~= nil then
        local add = addToCrtList(crtList, name)
        local added, notAdded = expect(client, add, "Success!", "refused")
        if added == nil then
            return putBack(notAdded)
        end
    end
    return true
end
--- Deletes a certificate no crt-list or bind uses ("del ssl cert"); conflict when one does.
function ____exports.delCertificate(client, file)
    local current, err = ____exports.certificate(client, file)
    if current == nil then
        return nil, err
    end
    if current.status == "used" or #current.crt_lists > 0 then
        local where = #current.crt_lists > 0 and "crt-list " .. table.concat(current.crt_lists, ", ") or "a bind line"
        return nil, statsError(
            "conflict",
            ((("certificate " .. quoted(file)) .. " is in use by ") .. where) .. ": HAProxy deletes only unused certificates"
        )
    end
    local command = delCert(file)
    return expect(client, command, "deleted!", "refused")
end
return ____exports
 end,
["stats.sessions.parsers"] = function(...) 
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local SESSION_ORDER = ordered({
    "id",
    "proto",
    "source",
    "frontend",
    "backend",
    "server",
    "age",
    "age_seconds",
    "calls"
})
local UNITS = {}
UNITS.d = 86400
UNITS.h = 3600
UNITS.m = 60
UNITS.s = 1
--- "1d2h", "3m5s", "0s" in seconds; undefined for anything else.
function ____exports.humanSeconds(text)
    if (string.find(text, "^%d+[dhms]")) == nil then
        return nil
    end
    local total = 0
    local rest = text
    for digits, unit in string.gmatch(text, "(%d+)([dhms])") do
        total = total + tonumber(digits) * UNITS[unit]
        rest = string.gsub(rest, ("^" .. digits) .. unit, "")
    end
    return rest == "" and total or nil
end
--- One "show sess" line; undefined when it does not look like one.
function ____exports.parse_session_line(line)
    local id, rest = string.match(line, "^(0x%x+): (.*)$")
    if id == nil then
        return nil
    end
    local fields = {}
    for name, value in string.gmatch(rest, "(%a[%w_]*)=([^%s%[]*)") do
        if not (fields[name] ~= nil) then
            fields[name] = value
        end
    end
    local frontend = fields.fe
    local source = fields.src
    if frontend == nil or source == nil then
        return nil
    end
    local backend = fields.be
    local server = fields.srv
    local age = fields.age or ""
    local ____id_2 = id
    local ____temp_3 = fields.proto or ""
    local ____source_4 = source
    local ____frontend_5 = frontend
    local ____temp_0
    if backend == nil or backend == "<NONE>" then
        ____temp_0 = nil
    else
        ____temp_0 = backend
    end
    local ____temp_1
    if server == nil or server == "<none>" then
        ____temp_1 = nil
    else
        ____temp_1 = server
    end
    local session = {
        id = ____id_2,
        proto = ____temp_3,
        source = ____source_4,
        frontend = ____frontend_5,
        backend = ____temp_0,
        server = ____temp_1,
        age = age,
        age_seconds = ____exports.humanSeconds(age) or 0,
        calls = tonumber(fields.calls or "") or 0
    }
    return setmetatable(session, SESSION_ORDER)
end
local ERROR_ORDER = ordered({
    "time",
    "proxy",
    "direction",
    "reason",
    "backend",
    "server",
    "event",
    "source",
    "length",
    "error_position",
    "captured",
    "truncated"
})
--- The most of a capture kept: HAProxy captures up to a buffer (16 KiB) per event.
____exports.MAX_CAPTURE = 4096
local function orNone(text)
    local ____temp_6
    if text == nil or text == "<NONE>" or text == "<none>" then
        ____temp_6 = nil
    else
        ____temp_6 = text
    end
    return ____temp_6
end
--- "show errors": every capture, oldest first as HAProxy lists them.
function ____exports.parse_errors(answer)
    local captures = {}
    local current
    local bytes = {}
    local size = 0
    local function finish()
        if current == nil then
            return
        end
        current.captured = string.sub(
            table.concat(bytes),
            1,
            ____exports.MAX_CAPTURE
        )
        current.truncated = size > ____exports.MAX_CAPTURE
        captures[#captures + 1] = setmetatable(current, ERROR_ORDER)
        current = nil
    end
    for line in string.gmatch(answer, "([^\n]*)\n?") do
        do
            local time, side, proxy, reason = string.match(line, "^%[([^%]]+)%] (%a+) (%S+) %(#%-?%d+%): (.*)$")
            if time ~= nil then
                finish()
                bytes = {}
                size = 0
                current = {
                    time = time,
                    proxy = proxy,
                    direction = side == "frontend" and "request" or "response",
                    reason = reason,
                    event = 0,
                    source = "",
                    length = 0,
                    error_position = 0,
                    captured = "",
                    truncated = false
                }
                goto __continue14
            end
            if current == nil then
                goto __continue14
            end
            local backend, server, event, source = string.match(line, "^%s+backend (%S+) %(#%-?%d+%), server (%S+) %(#%-?%d+%), event #(%d+), src (%S+)")
            if backend ~= nil then
                current.backend = orNone(backend)
                current.server = orNone(server)
                current.event = tonumber(event)
                current.source = source
                goto __continue14
            end
            local length, position = string.match(line, "len (%d+),.*error at position (%d+)")
            if length ~= nil then
                current.length = tonumber(length)
                current.error_position = tonumber(position)
                goto __continue14
            end
            local data = string.match(line, "^%s+%d%d%d%d%d%+?%s+(.*)$")
            if data ~= nil and size <= ____exports.MAX_CAPTURE then
                bytes[#bytes + 1] = data
                size = size + #data
            end
        end
        ::__continue14::
    end
    finish()
    return captures
end
return ____exports
 end,
["stats.sessions.calls"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local executeDump = ____client.executeDump
local openDump = ____client.openDump
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local ____parsers = require("stats.sessions.parsers")
local parse_errors = ____parsers.parse_errors
local parse_session_line = ____parsers.parse_session_line
--- The most a list may hold; the default is DEFAULT_LIMIT.
____exports.MAX_LIMIT = 100000
____exports.DEFAULT_LIMIT = 1000
local function matches(session, filter)
    if filter.frontend ~= nil and session.frontend ~= filter.frontend then
        return false
    end
    if filter.backend ~= nil and session.backend ~= filter.backend then
        return false
    end
    if filter.server ~= nil and session.server ~= filter.server then
        return false
    end
    if filter.src ~= nil and session.source ~= filter.src and (string.match(session.source, "^(.*):%d+$")) ~= filter.src then
        return false
    end
    return true
end
--- The live sessions that pass `filter`, at most `limit` (the stats socket's own connections included: fe=GLOBAL).
function ____exports.sessions(client, filter, limit)
    if filter == nil then
        filter = {}
    end
    if limit == nil then
        limit = ____exports.DEFAULT_LIMIT
    end
    if type(limit) ~= "number" or math.tointeger(limit) == nil or limit < 1 or limit > ____exports.MAX_LIMIT then
        return nil, statsError(
            "invalid",
            (("limit " .. quoted(limit)) .. ": an integer from 1 to ") .. tostring(____exports.MAX_LIMIT)
        )
    end
    local command = "show sess"
    local reader, err = openDump(client, command)
    if reader == nil then
        return nil, err
    end
    local list = {}
    local rest = ""
    local first = true
    do
        while true do
            local piece, failed = reader.next()
            if piece == nil then
                return nil, failed
            end
            if first then
                first = false
                local refused = answerError(command, piece)
                if refused ~= nil then
                    reader.close()
                    return nil, refused
                end
            end
            local text = rest .. piece
            local start = 1
            do
                while true do
                    do
                        local stop = string.find(text, "\n", start, true)
                        if stop == nil then
                            break
                        end
                        local session = parse_session_line(string.sub(text, start, stop - 1))
                        start = stop + 1
                        if session == nil or not matches(session, filter) then
                            goto __continue16
                        end
                        if #list >= limit then
                            reader.close()
                            return {sessions = list, truncated = true}
                        end
                        list[#list + 1] = session
                    end
                    ::__continue16::
                end
            end
            rest = string.sub(text, start)
            if piece == "" then
                return {sessions = list, truncated = false}
            end
        end
    end
end
--- Ends one session ("shutdown session <id>"): its id as "show sess" prints it.
function ____exports.shutdownSession(client, id)
    if type(id) ~= "string" or (string.find(id, "^0x%x+$")) == nil or #id > 18 then
        return nil, statsError(
            "invalid",
            ("session " .. quoted(id)) .. ": a session id is \"0x\" and hex digits, as GET /sessions lists it"
        )
    end
    local command = "shutdown session " .. id
    local answer, err = execute(client, command)
    if answer == nil then
        return nil, err
    end
    if (string.find(answer, "^No such session")) ~= nil then
        return nil, statsError("not_found", "no such session: " .. id, command, answer)
    end
    local refused = writeError(command, answer)
    if refused ~= nil then
        return nil, refused
    end
    return true
end
--- "show errors": the last invalid request and response of each proxy, before a reload wipes them.
function ____exports.errorCaptures(client)
    local command = "show errors"
    local answer, err = executeDump(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = answerError(command, answer)
    if refused ~= nil then
        return nil, refused
    end
    return parse_errors(answer)
end
return ____exports
 end,
["stats.process.cluster"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local executeDump = ____client.executeDump
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local value = ____fields.value
local TABLE_ORDER = ordered({
    "table",
    "update",
    "last_pushed",
    "last_acked",
    "last_get",
    "pushed_all"
})
local PEER_ORDER = ordered({
    "name",
    "local",
    "active",
    "address",
    "last_status",
    "last_handshake",
    "state",
    "new_conn",
    "proto_err",
    "tables"
})
local SECTION_ORDER = ordered({"name", "disabled", "peers"})
--- `item` with its fields' JSON order.
local function inOrder(item, order)
    setmetatable(item, order)
    return item
end
local function words(line)
    local found = {}
    for key, text in string.gmatch(line, "([%w_]+)=(%S+)") do
        if not (found[key] ~= nil) then
            found[key] = text
        end
    end
    return found
end
local function numberOf(text)
    local parsed = text == nil and 0 or value(text)
    return type(parsed) == "number" and parsed or 0
end
function ____exports.parse_peers(answer)
    local sections = {}
    local section
    local peer
    local shared
    for line in string.gmatch(answer, "([^\n]+)") do
        do
            local found = words(line)
            if (string.find(line, "^0x%x+: %[")) ~= nil and found.id ~= nil then
                section = inOrder({name = found.id, disabled = found.disabled == "1", peers = {}}, SECTION_ORDER)
                sections[#sections + 1] = section
                peer = nil
                goto __continue8
            end
            if section == nil then
                goto __continue8
            end
            local name, kind, activity = string.match(line, "^%s+0x%x+: id=([^(%s]+)%((%a+),(%a+)%)")
            if name ~= nil then
                peer = inOrder({
                    name = name,
                    ["local"] = kind == "local",
                    active = activity == "active",
                    address = found.addr or "",
                    last_status = found.last_status or "",
                    last_handshake = found.last_hdshk or "",
                    state = "",
                    new_conn = 0,
                    proto_err = 0,
                    tables = {}
                }, PEER_ORDER)
                section.peers[#section.peers + 1] = peer
                shared = nil
                goto __continue8
            end
            if peer == nil then
                goto __continue8
            end
            if found.new_conn ~= nil then
                peer.new_conn = numberOf(found.new_conn)
                peer.proto_err = numberOf(found.proto_err)
            elseif found.state ~= nil and (string.find(line, "appctx")) ~= nil then
                peer.state = found.state
            elseif found.local_id ~= nil and found.remote_data ~= nil then
                shared = inOrder({
                    table = "",
                    update = 0,
                    last_pushed = 0,
                    last_acked = 0,
                    last_get = 0,
                    pushed_all = false
                }, TABLE_ORDER)
                peer.tables[#peer.tables + 1] = shared
            elseif shared ~= nil and found.last_pushed ~= nil then
                shared.last_pushed = numberOf(found.last_pushed)
                shared.last_acked = numberOf(found.last_acked)
                shared.last_get = numberOf(found.last_get)
            elseif shared ~= nil and (string.find(line, "^%s+table:")) ~= nil then
                shared.table = found.id or ""
                shared.update = numberOf(found.update)
                shared.pushed_all = shared.last_pushed >= numberOf(found.localupdate)
            end
        end
        ::__continue8::
    end
    return sections
end
local RESOLVERS_ORDER = ordered({"name", "nameservers"})
local NAMESERVER_ORDER = ordered({"name", "counters"})
function ____exports.parse_resolvers(answer)
    local sections = {}
    local section
    local server
    for line in string.gmatch(answer, "([^\n]+)") do
        do
            local sectionName = string.match(line, "^Resolvers section (%S+)")
            if sectionName ~= nil then
                section = inOrder({name = sectionName, nameservers = {}}, RESOLVERS_ORDER)
                sections[#sections + 1] = section
                server = nil
                goto __continue19
            end
            if section == nil then
                goto __continue19
            end
            local serverName = string.match(line, "^ nameserver (.+):$")
            if serverName ~= nil then
                server = inOrder({name = serverName, counters = {}}, NAMESERVER_ORDER)
                section.nameservers[#section.nameservers + 1] = server
                goto __continue19
            end
            local counter, count = string.match(line, "^%s+([%w_]+):%s+(%d+)$")
            if server ~= nil and counter ~= nil then
                server.counters[counter] = tonumber(count)
            end
        end
        ::__continue19::
    end
    return sections
end
local function dump(client, command, parse)
    local answer, err = executeDump(client, command)
    if answer == nil then
        return nil, err
    end
    local refused = answerError(command, answer)
    if refused ~= nil then
        return nil, refused
    end
    return parse(answer)
end
____exports.peers = function(client) return dump(client, "show peers", ____exports.parse_peers) end
____exports.resolvers = function(client) return dump(client, "show resolvers", ____exports.parse_resolvers) end
return ____exports
 end,
["stats.tables.commands"] = function(...) 
local ____exports = {}
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____names = require("stats.core.names")
local ruleProblem = ____names.ruleProblem
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local word = ____words.word
local wordProblem = ____words.wordProblem
--- A data type's name as "set table" takes it: gpc0, http_req_rate, gpc(1)...
function ____exports.dataTypeProblem(dataType)
    if type(dataType) ~= "string" or (string.find(dataType, "^[%a_][%w_]*$")) == nil or #dataType > 64 then
        return "a data type is a stored data name such as gpc0 or http_req_rate"
    end
    return nil
end
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
local TABLE_NAME = {noun = "table name", maxLength = 255, pattern = "^[%w%.%-_:/]+$", allowed = "letters, digits, '.', '-', '_', ':' and '/'"}
--- The reason `name` can't be a stick table's name, or undefined when it can.
function ____exports.tableNameProblem(name)
    return ruleProblem(TABLE_NAME, name)
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
    if ____exports.dataTypeProblem(data) ~= nil then
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
--- The reason `key` can't be a key of a table of `keyType`, or undefined (checked here: HAProxy takes "zz" for 0.0.0.0, measured on 2.6.12).
function ____exports.keyProblem(keyType, key)
    if keyType == "integer" then
        local integral = type(key) == "number" and math.tointeger(key) ~= nil
        local text = integral and string.format("%d", key) or key
        if type(text) ~= "string" or (string.find(text, "^%d+$")) == nil or #text > 10 then
            return "an integer table's key is an integer from 0 to 4294967295"
        end
        if tonumber(text) > 4294967295 then
            return "an integer table's key is an integer from 0 to 4294967295"
        end
        return nil
    end
    if type(key) ~= "string" then
        return "expected a key, got " .. type(key)
    end
    local text = key
    if keyType == "ip" then
        local a, b, c, d = string.match(text, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
        if a == nil then
            return "an ip table's key is an IPv4 address"
        end
        for ____, part in ipairs({a, b, c, d}) do
            if #part > 3 or tonumber(part) > 255 then
                return "an ip table's key is an IPv4 address"
            end
        end
        return nil
    end
    if keyType == "ipv6" then
        if (string.find(text, "^[%x:.]+$")) == nil or (string.find(text, ":")) == nil or #text > 45 then
            return "an ipv6 table's key is an IPv6 address"
        end
        return nil
    end
    if keyType == "binary" then
        if (string.find(text, "^%x+$")) == nil or #text % 2 ~= 0 then
            return "a binary table's key is hexadecimal, two digits a byte"
        end
        return nil
    end
    return wordProblem(text)
end
--- Highest value a 32-bit counter holds; the byte counters are 64-bit. HAProxy stores -1 as 4294967295: negatives are refused here.
local UINT_MAX = 4294967295
--- The reason `value` can't be stored as data `dataType`, or undefined.
function ____exports.dataValueProblem(dataType, value)
    if type(value) ~= "number" or math.tointeger(value) == nil then
        return "must be an integer"
    end
    local wide = (string.find(dataType, "^bytes_")) ~= nil
    if value < 0 or not wide and value > UINT_MAX then
        return wide and "must be a non-negative integer" or "must be an integer from 0 to " .. tostring(UINT_MAX)
    end
    return nil
end
--- "set table <name> key <key> data.<type> <value> ...": every value set at once, the entry created if absent.
function ____exports.setTable(name, key, data)
    local escaped, problem = word(type(key) == "number" and string.format("%d", key) or key)
    if escaped == nil then
        return invalid(
            "key " .. quoted(key),
            problem
        )
    end
    local words = {(("set table " .. name) .. " key ") .. escaped}
    for ____, ____value in ipairs(data) do
        local dataType = ____value[1]
        local value = ____value[2]
        words[#words + 1] = (("data." .. dataType) .. " ") .. string.format("%d", value)
    end
    return table.concat(words, " ")
end
return ____exports
 end,
["stats.tables.parsers"] = function(...) 
local ____exports = {}
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local value = ____fields.value
local ____words = require("stats.core.words")
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
-- 2.8 and later print "shard=0" after exp: where HAProxy keeps the entry, not data the table stores.
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
        elseif name ~= nil and name ~= "shard" then
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
["stats.tables.calls"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArraySort = ____lualib.__TS__ArraySort
local ____exports = {}
local ____client = require("stats.core.client")
local execute = ____client.execute
local executeDump = ____client.executeDump
local ____errors = require("stats.core.errors")
local answerError = ____errors.answerError
local statsError = ____errors.statsError
local writeError = ____errors.writeError
local ____reads = require("stats.process.reads")
local read = ____reads.read
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local ____commands = require("stats.tables.commands")
local clearTable = ____commands.clearTable
local dataTypeProblem = ____commands.dataTypeProblem
local dataValueProblem = ____commands.dataValueProblem
local keyProblem = ____commands.keyProblem
local setTable = ____commands.setTable
local showTable = ____commands.showTable
local showTables = ____commands.showTables
local ____parsers = require("stats.tables.parsers")
local emptyTable = ____parsers.emptyTable
local parse_table = ____parsers.parse_table
local parse_tables = ____parsers.parse_tables
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
--- Sets data on the entry of `key`, creating it (it then expires by the
-- table's own "expire"): `data` maps stored data types to integers. Every
-- check comes first, because HAProxy 2.6 creates the entry before it looks
-- at the data (measured: a refused type or value still leaves a new empty
-- entry), and parses a bad ip key as 0.0.0.0: the key against the table's
-- type, each type against what the table stores (a "show table" filter on
-- it, which HAProxy refuses for a type not stored), each value.
function ____exports.setEntry(client, name, key, data)
    local info, missing = ____exports.summary(client, name)
    if info == nil then
        return nil, missing
    end
    local keyRefused = keyProblem(info.type, key)
    if keyRefused ~= nil then
        return nil, statsError(
            "invalid",
            (("key " .. quoted(key)) .. ": ") .. keyRefused
        )
    end
    if type(data) ~= "table" or (next(data)) == nil then
        return nil, statsError("invalid", "data: expected an object of data types and integers, such as {\"gpc0\": 1}")
    end
    local values = {}
    for dataType, value in pairs(data) do
        local typeRefused = dataTypeProblem(dataType)
        if typeRefused ~= nil then
            return nil, statsError(
                "invalid",
                (("data type " .. quoted(dataType)) .. ": ") .. typeRefused
            )
        end
        local valueRefused = dataValueProblem(dataType, value)
        if valueRefused ~= nil then
            return nil, statsError(
                "invalid",
                (((("data." .. dataType) .. " ") .. quoted(value)) .. ": ") .. valueRefused
            )
        end
        values[#values + 1] = {dataType, value}
    end
    __TS__ArraySort(
        values,
        function(____, a, b) return a[1] < b[1] and -1 or 1 end
    )
    for ____, ____value in ipairs(values) do
        local dataType = ____value[1]
        local probe = showTable(info.name, nil, {{data = dataType, operator = "gt", value = 0}})
        local answer, err = executeDump(client, probe)
        if answer == nil then
            return nil, err
        end
        if (string.find(answer, "^Filter entry #1: ")) ~= nil then
            local reason = string.match(answer, "^Filter entry #1: ([^\n]*)")
            return nil, statsError(
                "invalid",
                (((("data type \"" .. dataType) .. "\": ") .. string.lower(reason)) .. " ") .. info.name,
                probe,
                reason
            )
        end
    end
    local command, invalid = setTable(info.name, key, values)
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
    return ____exports.entry(client, info.name, key)
end
return ____exports
 end,
["stats.index"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local ____exports = {}
local ____client = require("stats.core.client")
local DEFAULT_ADDRESS = ____client.DEFAULT_ADDRESS
local DEFAULT_TIMEOUT = ____client.DEFAULT_TIMEOUT
local execute = ____client.execute
local insideHAProxy = ____client.insideHAProxy
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____operation = require("stats.core.operation")
local parameterNames = ____operation.parameterNames
local perform = ____operation.perform
local ____parsers = require("stats.patterns.parsers")
local parse_acl_entries = ____parsers.parse_acl_entries
local parse_lookup = ____parsers.parse_lookup
local parse_map_entries = ____parsers.parse_map_entries
local parse_pattern_list = ____parsers.parse_pattern_list
local patterns = require("stats.patterns.calls")
local ____commands = require("stats.patterns.commands")
local targetOf = ____commands.targetOf
local ____replace = require("stats.patterns.replace")
local replaceAll = ____replace.replaceAll
local ____operations = require("stats.process.operations")
local clearCounters = ____operations.clearCounters
local ____limits = require("stats.process.limits")
local LIMIT_OPERATIONS = ____limits.LIMIT_OPERATIONS
local processLimits = ____limits.processLimits
local setProcess = ____limits.setProcess
local ____parsers = require("stats.process.parsers")
local parse_info = ____parsers.parse_info
local parse_stats = ____parsers.parse_stats
local process = require("stats.process.reads")
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
local ____operations = require("stats.proxies.operations")
local setFrontend = ____operations.setFrontend
local setFrontendMaxconn = ____operations.setFrontendMaxconn
local setFrontendState = ____operations.setFrontendState
local proxies = require("stats.proxies.reads")
local ____changes = require("stats.servers.changes")
local setServer = ____changes.setServer
local setServers = ____changes.setServers
local ____drain = require("stats.servers.drain")
local drain = ____drain.drain
local ready = ____drain.ready
local ____lifecycle = require("stats.servers.lifecycle")
local add = ____lifecycle.add
local remove = ____lifecycle.remove
local ____local = require("stats.servers.local")
local pinServers = ____local.pinServers
local ____operations = require("stats.servers.operations")
local SERVER_OPERATIONS = ____operations.SERVER_OPERATIONS
local ____parsers = require("stats.servers.parsers")
local decode_admin_state = ____parsers.decode_admin_state
local decode_operational_state = ____parsers.decode_operational_state
local parse_servers_state = ____parsers.parse_servers_state
local parse_weight = ____parsers.parse_weight
local servers = require("stats.servers.reads")
local certificates = require("stats.certificates.calls")
local sessions = require("stats.sessions.calls")
local ____cluster = require("stats.process.cluster")
local peers = ____cluster.peers
local resolvers = ____cluster.resolvers
local ____parsers = require("stats.tables.parsers")
local parse_table = ____parsers.parse_table
local parse_tables = ____parsers.parse_tables
local tables = require("stats.tables.calls")
--- Sends `command` as is and returns HAProxy's raw answer. One command: CR and LF are refused.
local function executeOne(client, command)
    if type(command) ~= "string" or (string.find(command, "[\r\n]")) ~= nil then
        return nil, statsError("invalid", "command must be one line of text")
    end
    return execute(client, command)
end
--- A declared operation as a method: its targets, then its arguments, by position.
local function positional(op)
    local names = parameterNames(op)
    return function(client, ...)
        local args = {...}
        local values = {}
        do
            local index = 0
            while index < #names do
                values[names[index + 1]] = args[index + 1]
                index = index + 1
            end
        end
        return perform(client, op, values)
    end
end
--- Every method of a client, by name: client:<name>(...) calls it with the client first.
local METHODS = {
    execute = executeOne,
    tcp = function() return insideHAProxy() and core.tcp() or require("socket").tcp() end,
    stats = process.stats,
    info = process.info,
    get_frontends = proxies.frontends,
    get_frontend = proxies.frontend,
    get_backends = proxies.backends,
    get_backend = proxies.backend,
    get_servers = servers.servers,
    get_server = servers.server,
    get_weight = servers.weight,
    get_state = servers.state,
    get_address = servers.address,
    set_server = setServer,
    set_servers = function(client, backend, changes) return setServers(client, backend, changes) end,
    add_server = add,
    del_server = remove,
    drain = function(client, backend, server, options) return drain(client, backend, server, options) end,
    ready = function(client, backend, server, options) return ready(client, backend, server, options) end,
    set_frontend = setFrontend,
    get_maps = function(client) return patterns.list(client, "map") end,
    get_map = function(client, ref) return patterns.entries(client, "map", ref) end,
    get_map_entry = function(client, ref, keyOrId) return patterns.entry(
        client,
        "map",
        ref,
        targetOf(keyOrId)
    ) end,
    lookup_map = function(client, ref, input) return patterns.lookup(client, "map", ref, input) end,
    add_map_entry = patterns.addMapEntry,
    set_map_entry = function(client, ref, keyOrId, value) return patterns.setMapEntry(
        client,
        ref,
        targetOf(keyOrId),
        value
    ) end,
    del_map_entry = function(client, ref, keyOrId) return patterns.delEntry(
        client,
        "map",
        ref,
        targetOf(keyOrId)
    ) end,
    clear_map = function(client, ref) return patterns.clearEntries(client, "map", ref) end,
    replace_map = function(client, ref, entries) return replaceAll(client, "map", ref, entries) end,
    get_acls = function(client) return patterns.list(client, "acl") end,
    get_acl = function(client, ref) return patterns.entries(client, "acl", ref) end,
    get_acl_entry = function(client, ref, valueOrId) return patterns.entry(
        client,
        "acl",
        ref,
        targetOf(valueOrId)
    ) end,
    lookup_acl = function(client, ref, input) return patterns.lookup(client, "acl", ref, input) end,
    add_acl_entry = patterns.addAclEntry,
    del_acl_entry = function(client, ref, valueOrId) return patterns.delEntry(
        client,
        "acl",
        ref,
        targetOf(valueOrId)
    ) end,
    clear_acl = function(client, ref) return patterns.clearEntries(client, "acl", ref) end,
    replace_acl = function(client, ref, entries) return replaceAll(client, "acl", ref, entries) end,
    get_tables = tables.tables,
    get_table = function(client, name, options)
        local ____temp_0
        if type(options) == "table" then
            ____temp_0 = options
        else
            ____temp_0 = nil
        end
        local given = ____temp_0
        return tables.table(client, name, given and given.key, given and given.filters)
    end,
    get_table_entry = tables.entry,
    set_table_entry = tables.setEntry,
    clear_table = tables.clear,
    get_sessions = sessions.sessions,
    shutdown_session = sessions.shutdownSession,
    get_errors = sessions.errorCaptures,
    get_peers = peers,
    get_resolvers = resolvers,
    get_process = processLimits,
    set_process = setProcess,
    get_certificates = certificates.certificates,
    get_certificate = certificates.certificate,
    set_certificate = certificates.setCertificate,
    add_certificate = certificates.addCertificate,
    del_certificate = certificates.delCertificate
}
local ____array_5 = __TS__SparseArrayNew(table.unpack(SERVER_OPERATIONS))
__TS__SparseArrayPush(
    ____array_5,
    setFrontendState,
    setFrontendMaxconn,
    clearCounters,
    table.unpack(LIMIT_OPERATIONS)
)
for ____, op in ipairs({__TS__SparseArraySpread(____array_5)}) do
    METHODS[op.method] = positional(op)
end
--- The class table: metatable of every client, callable as a constructor.
local ClientClass = {}
ClientClass.__index = ClientClass
for name, method in pairs(METHODS) do
    ClientClass[name] = method
end
ClientClass.new = function(address, port, timeout) return setmetatable({address = address or DEFAULT_ADDRESS, port = port, timeout = timeout or DEFAULT_TIMEOUT}, ClientClass) end
setmetatable(
    ClientClass,
    {__call = function(self, address, port, timeout)
        return ClientClass.new(address, port, timeout)
    end}
)
if insideHAProxy() then
    pcall(core.register_init, pinServers)
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
