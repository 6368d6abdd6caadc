
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

local function __TS__ArraySome(self, callbackfn, thisArg)
    for i = 1, #self do
        if callbackfn(thisArg, self[i], i - 1, self) then
            return true
        end
    end
    return false
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

local function __TS__ArrayMap(self, callbackfn, thisArg)
    local result = {}
    for i = 1, #self do
        result[i] = callbackfn(thisArg, self[i], i - 1, self)
    end
    return result
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

local function __TS__ArrayForEach(self, callbackFn, thisArg)
    for i = 1, #self do
        callbackFn(thisArg, self[i], i - 1, self)
    end
end

local function __TS__ArrayPush(self, ...)
    local items = {...}
    local len = #self
    for i = 1, #items do
        len = len + 1
        self[len] = items[i]
    end
    return len
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
  __TS__ArrayIndexOf = __TS__ArrayIndexOf,
  __TS__ArrayIncludes = __TS__ArrayIncludes,
  __TS__ArraySome = __TS__ArraySome,
  __TS__ObjectAssign = __TS__ObjectAssign,
  __TS__ArrayMap = __TS__ArrayMap,
  __TS__ArraySetLength = __TS__ArraySetLength,
  __TS__ArrayFind = __TS__ArrayFind,
  __TS__ArrayFilter = __TS__ArrayFilter,
  __TS__ArrayForEach = __TS__ArrayForEach,
  __TS__ArrayPush = __TS__ArrayPush,
  __TS__SparseArrayNew = __TS__SparseArrayNew,
  __TS__SparseArrayPush = __TS__SparseArrayPush,
  __TS__SparseArraySpread = __TS__SparseArraySpread,
  __TS__ArrayEntries = __TS__ArrayEntries,
  __TS__Iterator = __TS__Iterator,
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
["host.files"] = function(...) 
local ____exports = {}
--- Reads a whole file; undefined and the reason when it cannot.
function ____exports.readFile(path)
    local file, err = io.open(path, "rb")
    if file == nil then
        return nil, err or "cannot open " .. path
    end
    local text = file:read("a")
    file:close()
    return text or ""
end
--- Splits a list on `separator` (one character), dropping empty items.
function ____exports.splitList(list, separator)
    local items = {}
    for item in string.gmatch(list, ("[^%" .. separator) .. "]+") do
        items[#items + 1] = item
    end
    return items
end
--- The files of a command line (NUL-separated, as /proc/self/cmdline holds
-- it): every "-f <file>", and every argument after "--".
function ____exports.filesOfCommandLine(cmdline)
    local args = ____exports.splitList(cmdline, "\0")
    local files = {}
    do
        local index = 1
        while index < #args do
            local arg = args[index + 1]
            if arg == "--" then
                do
                    local rest = index + 1
                    while rest < #args do
                        files[#files + 1] = args[rest + 1]
                        rest = rest + 1
                    end
                end
                break
            end
            if arg == "-f" and index + 1 < #args then
                files[#files + 1] = args[index + 1 + 1]
                index = index + 1
            end
            index = index + 1
        end
    end
    return files
end
--- The configuration files, in order; empty when HAProxy's environment and /proc both say nothing.
function ____exports.configFiles()
    local published = os.getenv("HAPROXY_CFGFILES")
    if published ~= nil and published ~= "" then
        return ____exports.splitList(published, ";")
    end
    local cmdline = ____exports.readFile("/proc/self/cmdline")
    return cmdline == nil and ({}) or ____exports.filesOfCommandLine(cmdline)
end
function ____exports.loadConfig(files)
    local parts = {}
    for ____, path in ipairs(files) do
        local text, problem = ____exports.readFile(path)
        local part = text or ((("# haproxy-api: cannot read " .. path) .. ": ") .. problem) .. "\n"
        if part ~= "" and string.sub(part, -1) ~= "\n" then
            part = part .. "\n"
        end
        parts[#parts + 1] = part
    end
    return {
        files = files,
        text = table.concat(parts)
    }
end
return ____exports
 end,
["host.config"] = function(...) 
local ____exports = {}
local variableAt
function variableAt(line, index)
    local braced, braceEnd = string.match(line, "^{([%w_]+)[^}]*}()", index + 1)
    if braced ~= nil then
        return braced, braceEnd - 1
    end
    local bare, bareEnd = string.match(line, "^([%a_][%w_]*)()", index + 1)
    if bare ~= nil then
        return bare, bareEnd - 1
    end
    return nil
end
--- Splits a configuration line into words as HAProxy does for the parts
-- used here: blanks separate, quotes group, "\" escapes, "#" starts a
-- comment, and "${NAME}" / "$NAME" expand from the environment outside
-- single quotes.
function ____exports.words(line)
    local found = {}
    local current
    local quote
    local index = 1
    while index <= #line do
        local char = string.sub(line, index, index)
        if quote == nil and (char == " " or char == "\t" or char == "\r") then
            if current ~= nil then
                found[#found + 1] = table.concat(current)
            end
            current = nil
        elseif quote == nil and char == "#" then
            break
        else
            current = current or ({})
            if char == "\\" and index < #line then
                index = index + 1
                current[#current + 1] = string.sub(line, index, index)
            elseif (char == "\"" or char == "'") and (quote == nil or quote == char) then
                quote = quote == nil and char or nil
            elseif char == "$" and quote ~= "'" then
                local name, finish = variableAt(line, index)
                if name ~= nil then
                    current[#current + 1] = os.getenv(name) or ""
                    index = finish
                else
                    current[#current + 1] = char
                end
            else
                current[#current + 1] = char
            end
        end
        index = index + 1
    end
    if current ~= nil then
        found[#found + 1] = table.concat(current)
    end
    return found
end
local SECTIONS = {}
for ____, keyword in ipairs({
    "global",
    "defaults",
    "frontend",
    "backend",
    "listen",
    "peers",
    "resolvers",
    "userlist",
    "mailers",
    "program",
    "http-errors",
    "ring",
    "cache",
    "fcgi-app"
}) do
    SECTIONS[keyword] = true
end
--- True for the keywords that start a section ("global", "defaults", "backend"...).
function ____exports.isSectionKeyword(keyword)
    return SECTIONS[keyword] ~= nil
end
return ____exports
 end,
["host.frontends"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____config = require("host.config")
local isSectionKeyword = ____config.isSectionKeyword
local words = ____config.words
function ____exports.apiFrontends(config)
    local found = {}
    local section
    for line in string.gmatch(config, "[^\n]+") do
        do
            local parts = words(line)
            local keyword = parts[1]
            if keyword == nil then
                goto __continue3
            end
            if isSectionKeyword(keyword) then
                section = (keyword == "frontend" or keyword == "listen") and parts[2] ~= nil and parts[2] or nil
                goto __continue3
            end
            if section == nil then
                goto __continue3
            end
            local service = __TS__ArrayIndexOf(parts, "use-service")
            if keyword == "http-request" and service >= 0 and parts[service + 1 + 1] == "lua.haproxy-api" and not __TS__ArrayIncludes(found, section) then
                found[#found + 1] = section
            end
        end
        ::__continue3::
    end
    return found
end
return ____exports
 end,
["host.redact"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArraySome = ____lualib.__TS__ArraySome
local ____exports = {}
--- The configuration as GET /config shows it: every credential it can
-- recognise replaced by REDACTED, the rest byte for byte. Done once, at
-- init; the text the API serves never holds what it hides.
-- 
-- Recognised (HAProxy's configuration manual, 2.6 to 3.4):
-- - "setenv" / "presetenv" of the API's token, or of any variable whose
--   name says it is secret (PASS, SECRET, TOKEN, KEY, AUTH, CRED, PWD),
--   but for names of files and paths (..._FILE, _PATH, _DIR);
-- - "stats auth <user>:<password>": the password;
-- - a userlist's "user <name> password|insecure-password <password>";
-- - "ca-sign-pass <passphrase>" and "tcp-md5sig <password>" (bind and
--   server options);
-- - the value of a header that carries credentials (Authorization,
--   Proxy-Authorization, Cookie, Set-Cookie, X-Api-Key...) set by
--   "set-header", "add-header" or an "http-check send ... hdr"; and an
--   old-style "option httpchk" request line holding "Authorization:"
--   from there to the end of the line.
-- Anything else that is secret (a password inside a Lua file, a token in
-- a URL) is not recognised: /config needs the admin scope for that reason.
____exports.REDACTED = "<redacted>"
--- The words of `line` as HAProxy splits them (blanks, quotes, "\" escapes, "#" comments), with their places.
local function lineWords(line)
    local found = {}
    local index = 1
    while index <= #line do
        local start = string.find(line, "[^ \t\r]", index)
        if start == nil then
            break
        end
        if string.sub(line, start, start) == "#" then
            break
        end
        local parts = {}
        local quote
        local at = start
        while at <= #line do
            local char = string.sub(line, at, at)
            if quote == nil and (char == " " or char == "\t" or char == "\r") then
                break
            end
            if char == "\\" and at < #line then
                at = at + 1
                parts[#parts + 1] = string.sub(line, at, at)
            elseif (char == "\"" or char == "'") and (quote == nil or quote == char) then
                quote = quote == nil and char or nil
            else
                parts[#parts + 1] = char
            end
            at = at + 1
        end
        found[#found + 1] = {
            from = start,
            to = at - 1,
            text = table.concat(parts)
        }
        index = at
    end
    return found
end
local SECRET_NAME = {
    "PASS",
    "SECRET",
    "TOKEN",
    "KEY",
    "AUTH",
    "CRED",
    "PWD"
}
local PATH_NAME = {"_FILE", "_PATH", "_DIR"}
--- Whether an environment variable's name says its value is a secret.
local function secretName(name)
    local upper = string.upper(name)
    if __TS__ArraySome(
        PATH_NAME,
        function(____, suffix) return string.sub(upper, -#suffix) == suffix end
    ) then
        return false
    end
    return __TS__ArraySome(
        SECRET_NAME,
        function(____, part) return (string.find(upper, part, 1, true)) ~= nil end
    )
end
local SECRET_HEADERS = {}
for ____, name in ipairs({
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "api-key",
    "x-auth-token",
    "x-access-token"
}) do
    SECRET_HEADERS[name] = true
end
--- Words followed by a secret, wherever they stand on a line.
local BEFORE_SECRET = {}
for ____, keyword in ipairs({"password", "insecure-password", "ca-sign-pass", "tcp-md5sig"}) do
    BEFORE_SECRET[keyword] = true
end
--- The indexes (0-based) of the words of one line to hide, and from where to the line's end, if anywhere.
local function secretsOf(words)
    local hidden = {}
    local keyword = string.lower(words[1].text)
    if (keyword == "setenv" or keyword == "presetenv") and #words >= 3 and secretName(words[2].text) then
        hidden[#hidden + 1] = 2
    end
    if keyword == "stats" and #words >= 3 and string.lower(words[2].text) == "auth" then
        hidden[#hidden + 1] = 2
    end
    do
        local index = 0
        while index < #words - 1 do
            local word = string.lower(words[index + 1].text)
            if BEFORE_SECRET[word] ~= nil and index > 0 then
                hidden[#hidden + 1] = index + 1
            end
            if (word == "set-header" or word == "add-header" or word == "hdr") and index + 2 < #words and SECRET_HEADERS[string.lower(words[index + 1 + 1].text)] ~= nil then
                hidden[#hidden + 1] = index + 2
            end
            index = index + 1
        end
    end
    local restFrom
    do
        local index = 0
        while index < #words do
            if (string.find(
                string.lower(words[index + 1].text),
                "authorization:",
                1,
                true
            )) ~= nil then
                restFrom = index
                break
            end
            index = index + 1
        end
    end
    return hidden, restFrom
end
--- One line with its secrets replaced.
local function redactLine(line)
    local words = lineWords(line)
    if #words < 2 then
        return line
    end
    local hidden, restFrom = secretsOf(words)
    if #hidden == 0 and restFrom == nil then
        return line
    end
    local shown = {}
    for ____, index in ipairs(hidden) do
        local word = words[index + 1]
        local user = table.unpack(
            string.lower(words[1].text) == "stats" and index == 2 and ({string.match(word.text, "^([^:]*):")}) or ({nil}),
            1,
            1
        )
        shown[index] = user == nil and ____exports.REDACTED or (user .. ":") .. ____exports.REDACTED
    end
    local parts = {}
    local position = 1
    do
        local index = 0
        while index < #words do
            do
                local word = words[index + 1]
                if restFrom ~= nil and index >= restFrom then
                    parts[#parts + 1] = string.sub(line, position, word.from - 1)
                    parts[#parts + 1] = ____exports.REDACTED
                    position = #line + 1
                    break
                end
                local replacement = shown[index]
                if replacement == nil then
                    goto __continue35
                end
                parts[#parts + 1] = string.sub(line, position, word.from - 1)
                parts[#parts + 1] = replacement
                position = word.to + 1
            end
            ::__continue35::
            index = index + 1
        end
    end
    parts[#parts + 1] = string.sub(line, position)
    return table.concat(parts)
end
--- `text` (a whole configuration) with every credential it recognises replaced by REDACTED.
function ____exports.redactConfig(text)
    local lines = {}
    for line, ending in string.gmatch(text, "([^\n]*)(\n?)") do
        do
            if line == "" and ending == "" then
                goto __continue39
            end
            lines[#lines + 1] = redactLine(line) .. ending
        end
        ::__continue39::
    end
    return table.concat(lines)
end
--- An error capture's text (HAProxy's escaped bytes of a request or
-- response, "\r\n" as those four characters) with the values of credential
-- headers replaced: a capture of someone else's request may carry their
-- Authorization or Cookie header.
function ____exports.redactCapture(text)
    local parts = {}
    local position = 1
    do
        while true do
            local stop = string.find(text, "\\n", position, true)
            local line = string.sub(text, position, stop == nil and #text or stop - 1)
            local name, spacing = string.match(line, "^([%w%-]+)(%s*:)")
            if name ~= nil and SECRET_HEADERS[string.lower(name)] ~= nil then
                local ending = string.sub(line, -2) == "\\r" and "\\r" or ""
                parts[#parts + 1] = (((name .. spacing) .. " ") .. ____exports.REDACTED) .. ending
            else
                parts[#parts + 1] = line
            end
            if stop == nil then
                break
            end
            parts[#parts + 1] = "\\n"
            position = stop + 2
        end
    end
    return table.concat(parts)
end
return ____exports
 end,
["host.socket"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local reachable, pickSocket, LEVEL_RANK
local ____config = require("host.config")
local words = ____config.words
--- The "stats socket" lines of a configuration: address and level (operator when unsaid).
function ____exports.statsSockets(config)
    local sockets = {}
    for line in string.gmatch(config, "[^\n]+") do
        local start = string.find(line, "^%s*stats%s+socket%s")
        if start ~= nil then
            local parts = words(line)
            local level = "operator"
            do
                local index = 3
                while index < #parts - 1 do
                    if parts[index + 1] == "level" then
                        level = parts[index + 1 + 1]
                    end
                    index = index + 1
                end
            end
            if parts[3] ~= nil then
                sockets[#sockets + 1] = {address = parts[3], level = level}
            end
        end
    end
    return sockets
end
function reachable(address)
    return (string.find(address, "^[%w]+@")) == nil or (string.find(address, "^unix@")) ~= nil or (string.find(address, "^ipv[46]@")) ~= nil
end
function pickSocket(config)
    local configured = os.getenv("HAPROXY_API_SOCKET")
    if configured ~= nil and configured ~= "" then
        return {address = configured, source = "HAPROXY_API_SOCKET"}
    end
    local best
    for ____, candidate in ipairs(____exports.statsSockets(config)) do
        if reachable(candidate.address) and (best == nil or (LEVEL_RANK[candidate.level] or 0) > (LEVEL_RANK[best.level] or 0)) then
            best = candidate
        end
    end
    if best == nil then
        return {source = "no \"stats socket\" line in the configuration and HAPROXY_API_SOCKET is not set: add \"stats socket <path> level admin\" to the global section"}
    end
    return {address = best.address, level = best.level, source = ((("\"stats socket " .. best.address) .. " level ") .. best.level) .. "\" in the configuration"}
end
LEVEL_RANK = {user = 1, operator = 2, admin = 3}
--- The global "chroot" directory, without a trailing slash, if any.
function ____exports.chrootOf(config)
    for line in string.gmatch(config, "[^\n]+") do
        local parts = words(line)
        if parts[1] == "chroot" and parts[2] ~= nil then
            return (string.gsub(parts[2], "/+$", ""))
        end
    end
    return nil
end
--- `choice` seen from inside the chroot, if HAProxy runs in one.
local function throughChroot(choice, root)
    local address = choice.address
    if root == nil or root == "" or address == nil then
        return choice
    end
    local path = string.match(address, "^unix@(.*)$")
    local unixPath = path or ((string.find(address, "^/")) ~= nil and address or nil)
    if unixPath == nil then
        return choice
    end
    if string.sub(unixPath, 1, #root + 1) == root .. "/" then
        return __TS__ObjectAssign(
            {},
            choice,
            {
                address = string.sub(unixPath, #root + 1),
                source = (choice.source .. ", inside chroot ") .. root
            }
        )
    end
    return __TS__ObjectAssign({}, choice, {hint = ((((("HAProxy runs in \"chroot " .. root) .. "\", where ") .. unixPath) .. " does not exist: put the stats socket inside ") .. root) .. ", or use one on a loopback TCP address"})
end
function ____exports.chooseSocket(config)
    return throughChroot(
        pickSocket(config),
        ____exports.chrootOf(config)
    )
end
return ____exports
 end,
["host.uname"] = function(...) 
local ____exports = {}
local ____files = require("host.files")
local readFile = ____files.readFile
local function kernel(name)
    local text = readFile("/proc/sys/kernel/" .. name)
    if text == nil then
        return nil
    end
    local trimmed = string.match(text, "^%s*(.-)%s*$")
    return trimmed
end
function ____exports.uname()
    local fields = {}
    for ____, name in ipairs({
        "ostype",
        "hostname",
        "osrelease",
        "version",
        "arch"
    }) do
        local value = kernel(name)
        if value ~= nil and value ~= "" then
            fields[#fields + 1] = value
        end
    end
    if #fields == 0 then
        return nil
    end
    return table.concat(fields, " ")
end
return ____exports
 end,
["host.statefile"] = function(...) 
local ____exports = {}
local ____config = require("host.config")
local isSectionKeyword = ____config.isSectionKeyword
local words = ____config.words
--- `file` as HAProxy finds it: absolute, or under `base`.
function ____exports.resolvePath(base, file)
    if string.sub(file, 1, 1) == "/" or base == nil or base == "" then
        return file
    end
    return string.sub(base, -1) == "/" and base .. file or (base .. "/") .. file
end
--- Reads the state-file settings of `config` (the whole configuration's text).
function ____exports.stateFiles(config, overridden)
    local base
    local file
    local defaults = {}
    local backends = {}
    local section = ""
    local current
    for line in string.gmatch(config, "[^\n]+") do
        do
            local parts = words(line)
            local keyword = parts[1]
            if keyword == nil then
                goto __continue5
            end
            if isSectionKeyword(keyword) then
                section = keyword
                if keyword == "defaults" then
                    defaults = {}
                    current = defaults
                elseif (keyword == "backend" or keyword == "listen") and parts[2] ~= nil then
                    current = {mode = defaults.mode, fileName = defaults.fileName}
                    backends[#backends + 1] = {parts[2], current}
                else
                    current = nil
                end
                goto __continue5
            end
            if section == "global" and keyword == "server-state-base" then
                base = parts[2]
            elseif section == "global" and keyword == "server-state-file" then
                file = parts[2]
            elseif current ~= nil and keyword == "load-server-state-from-file" then
                current.mode = parts[2]
            elseif current ~= nil and keyword == "server-state-file-name" then
                current.fileName = parts[2]
            end
        end
        ::__continue5::
    end
    local globalBackends = {}
    local localFiles = {}
    for ____, ____value in ipairs(backends) do
        local name = ____value[1]
        local loading = ____value[2]
        if loading.mode == "global" then
            globalBackends[name] = true
        elseif loading.mode == "local" then
            local named = (loading.fileName == nil or loading.fileName == "use-backend-name") and name or loading.fileName
            localFiles[name] = ____exports.resolvePath(base, named)
        end
    end
    local ____temp_1
    if overridden ~= nil and overridden ~= "" then
        ____temp_1 = overridden
    else
        local ____temp_0
        if file == nil then
            ____temp_0 = nil
        else
            ____temp_0 = ____exports.resolvePath(base, file)
        end
        ____temp_1 = ____temp_0
    end
    local global = ____temp_1
    local source = overridden ~= nil and overridden ~= "" and "HAPROXY_API_STATE_FILE" or (file ~= nil and ((("\"server-state-file " .. file) .. "\"") .. (base ~= nil and (" under \"server-state-base " .. base) .. "\"" or "")) .. " in the configuration" or "no server-state-file in the configuration")
    local addedServers
    if global ~= nil then
        addedServers = global .. ".added"
    elseif (next(localFiles)) ~= nil then
        addedServers = ____exports.resolvePath(base, "haproxy-api.added")
    end
    return {
        global = global,
        source = source,
        globalBackends = globalBackends,
        localFiles = localFiles,
        addedServers = addedServers
    }
end
return ____exports
 end,
["http.jsonencode"] = function(...) 
local ____exports = {}
local validUtf8, number, addPrefixes, prefixes, isArray, keyPrefix, encodeObject, encodeInto, nullValue, ESCAPES, NEEDS_ESCAPE, ESCAPED, REPLACEMENT, SURROGATE, utf8Len, prefixesOf, KEY_PREFIXES_MAX, keyPrefixes, keyPrefixCount
function validUtf8(text)
    local checked = string.gsub(text, SURROGATE, REPLACEMENT)
    if (utf8Len(checked)) ~= nil then
        return checked
    end
    local parts = {}
    local start = 1
    do
        while true do
            local length, bad = utf8Len(checked, start)
            if length ~= nil then
                break
            end
            parts[#parts + 1] = string.sub(checked, start, bad - 1)
            parts[#parts + 1] = REPLACEMENT
            start = bad + 1
        end
    end
    parts[#parts + 1] = string.sub(checked, start)
    return table.concat(parts)
end
--- `text` as a JSON string.
function ____exports.quote(text)
    if (string.find(text, NEEDS_ESCAPE)) == nil then
        return ("\"" .. text) .. "\""
    end
    local escaped = string.gsub(
        validUtf8(text),
        ESCAPED,
        ESCAPES
    )
    escaped = string.gsub(escaped, " ", "\\u2028")
    escaped = string.gsub(escaped, " ", "\\u2029")
    return ("\"" .. escaped) .. "\""
end
function number(value)
    if math.type(value) == "integer" then
        return string.format("%d", value)
    end
    if value ~= value or value == math.huge or value == -math.huge then
        return "null"
    end
    return string.format("%.14g", value)
end
function addPrefixes(into, name)
    local prefix = ____exports.quote(name) .. ":"
    into.first[name] = prefix
    into.next[name] = "," .. prefix
    return prefix
end
function prefixes(order)
    local cached = prefixesOf[order]
    if cached == nil then
        cached = {first = {}, next = {}}
        for ____, name in ipairs(order) do
            addPrefixes(cached, name)
        end
        prefixesOf[order] = cached
    end
    return cached
end
function isArray(value, meta)
    if (meta and meta.__jsontype) ~= nil then
        return meta.__jsontype == "array"
    end
    local first = next(value)
    if first == nil then
        return true
    end
    return #value > 0 and value[1] ~= nil
end
function keyPrefix(key, first)
    if keyPrefixCount >= KEY_PREFIXES_MAX then
        keyPrefixes = {first = {}, next = {}}
        keyPrefixCount = 0
    end
    keyPrefixCount = keyPrefixCount + 1
    local prefix = addPrefixes(keyPrefixes, key)
    return first and prefix or "," .. prefix
end
function encodeObject(parts, n, value, order, closed)
    n = n + 1
    parts[n] = "{"
    local first = true
    local known
    if order ~= nil then
        local names = prefixes(order)
        known = names.first
        local later = names.next
        do
            local index = 0
            while index < #order do
                local name = order[index + 1]
                local field = value[name]
                if field ~= nil then
                    n = n + 1
                    parts[n] = first and known[name] or later[name]
                    first = false
                    if math.type(field) == "integer" then
                        n = n + 1
                        parts[n] = tostring(field)
                    elseif type(field) == "string" and (string.find(field, NEEDS_ESCAPE)) == nil then
                        parts[n + 1] = "\""
                        parts[n + 1 + 1] = field
                        parts[n + 2 + 1] = "\""
                        n = n + 3
                    else
                        n = encodeInto(parts, n, field)
                    end
                end
                index = index + 1
            end
        end
    end
    if not closed then
        for key, field in pairs(value) do
            if type(key) == "string" and (known and known[key]) == nil then
                n = n + 1
                parts[n] = (first and keyPrefixes.first or keyPrefixes.next)[key] or keyPrefix(key, first)
                first = false
                n = encodeInto(parts, n, field)
            end
        end
    end
    n = n + 1
    parts[n] = "}"
    return n
end
function encodeInto(parts, n, value)
    local kind = type(value)
    if kind == "string" then
        parts[n + 1] = ____exports.quote(value)
        return n + 1
    end
    if kind == "number" then
        parts[n + 1] = math.type(value) == "integer" and tostring(value) or number(value)
        return n + 1
    end
    if kind == "boolean" then
        parts[n + 1] = value and "true" or "false"
        return n + 1
    end
    if kind == "table" and value ~= nullValue then
        local ____table = value
        local meta = getmetatable(____table)
        if not isArray(____table, meta) then
            return encodeObject(
                parts,
                n,
                ____table,
                meta and meta.__jsonorder,
                (meta and meta.__jsonclosed) == true
            )
        end
        parts[n + 1] = "["
        n = n + 1
        local length = #____table
        do
            local index = 1
            while index <= length do
                if index > 1 then
                    parts[n + 1] = ","
                    n = n + 1
                end
                n = encodeInto(parts, n, ____table[index])
                index = index + 1
            end
        end
        parts[n + 1] = "]"
        return n + 1
    end
    if value == nil or value == nullValue then
        parts[n + 1] = "null"
        return n + 1
    end
    error(("cannot encode a " .. kind) .. " as JSON")
end
function ____exports.setNull(value)
    nullValue = value
end
ESCAPES = {}
do
    local byte = 0
    while byte < 32 do
        ESCAPES[string.char(byte)] = string.format("\\u%04x", byte)
        byte = byte + 1
    end
end
for char, escaped in pairs({
    ["\""] = "\\\"",
    ["\\"] = "\\\\",
    ["\b"] = "\\b",
    ["\f"] = "\\f",
    ["\n"] = "\\n",
    ["\r"] = "\\r",
    ["\t"] = "\\t"
}) do
    ESCAPES[char] = escaped
end
ESCAPES[string.char(127)] = "\\u007f"
NEEDS_ESCAPE = ((("[%c\"\\" .. string.char(128)) .. "-") .. string.char(255)) .. "]"
ESCAPED = "[%c\"\\]"
REPLACEMENT = "�"
SURROGATE = ((((((((string.char(237) .. "[") .. string.char(160)) .. "-") .. string.char(191)) .. "][") .. string.char(128)) .. "-") .. string.char(191)) .. "]"
utf8Len = utf8.len
prefixesOf = setmetatable({}, {__mode = "k"})
KEY_PREFIXES_MAX = 1024
keyPrefixes = {first = {}, next = {}}
keyPrefixCount = 0
--- The pieces of the answer being encoded, kept between answers: nothing in
-- an encoding yields or encodes another value meanwhile, and a small answer
-- then allocates no table to grow (measured: four reallocations of a
-- two-field answer). One that used many pieces is let go rather than kept.
local scratch = {}
local SCRATCH_KEPT = 64
--- Compact JSON of `value`; objects without an order of their own use `order`.
function ____exports.encodeJson(value, order)
    local parts = scratch
    local n
    if type(value) == "table" and value ~= nullValue then
        local meta = getmetatable(value)
        local own = meta and meta.__jsonorder
        if own ~= nil then
            n = encodeObject(
                parts,
                0,
                value,
                own,
                (meta and meta.__jsonclosed) == true
            )
        elseif not isArray(value, meta) then
            n = encodeObject(
                parts,
                0,
                value,
                order,
                false
            )
        else
            n = encodeInto(parts, 0, value)
        end
    else
        n = encodeInto(parts, 0, value)
    end
    local text = table.concat(parts, "", 1, n)
    if n > SCRATCH_KEPT then
        scratch = {}
    end
    return text
end
return ____exports
 end,
["http.jsonparse"] = function(...) 
local ____exports = {}
local at, fail, skipSpace, hex4, parseString, parseNumber, parseLiteral, parseContainer, parseValue, at_, ESCAPES, PLAIN, LITERALS
function at(text, pos)
    if pos > #text then
        return "end of text"
    end
    local byte = string.byte(text, pos)
    local shown = byte >= 32 and byte < 127 and ("\"" .. string.char(byte)) .. "\"" or string.format("byte 0x%02X", byte)
    return (shown .. " at byte ") .. tostring(pos)
end
function fail(problem)
    return problem, nil
end
function skipSpace(text, pos)
    local ____, last = string.find(text, "^[ \t\r\n]*", pos)
    return last + 1
end
function hex4(text, pos)
    local digits = string.match(text, "^%x%x%x%x", pos)
    local ____temp_0
    if digits == nil then
        ____temp_0 = nil
    else
        ____temp_0 = tonumber(digits, 16)
    end
    return ____temp_0
end
function parseString(text, pos)
    local parts = {}
    local i = pos + 1
    do
        while true do
            local ____, last = string.find(text, PLAIN, i)
            if last >= i then
                parts[#parts + 1] = string.sub(text, i, last)
            end
            i = last + 1
            local byte = string.byte(text, i)
            if byte == 34 then
                return table.concat(parts), i + 1
            end
            if byte ~= 92 then
                return fail(byte == nil and "unterminated string from byte " .. tostring(pos) or "control character in a string: " .. at(text, i))
            end
            local escape = string.sub(text, i + 1, i + 1)
            local char = ESCAPES[escape]
            if char ~= nil then
                parts[#parts + 1] = char
                i = i + 2
            elseif escape == "u" then
                local code = hex4(text, i + 2)
                if code == nil then
                    return fail("bad \\u escape at byte " .. tostring(i))
                end
                i = i + 6
                if code >= 56320 and code <= 57343 then
                    return fail("lone low surrogate \\u escape at byte " .. tostring(i - 6))
                end
                if code >= 55296 and code <= 56319 then
                    local ____temp_1
                    if string.sub(text, i, i + 1) == "\\u" then
                        ____temp_1 = hex4(text, i + 2)
                    else
                        ____temp_1 = nil
                    end
                    local low = ____temp_1
                    if low == nil or low < 56320 or low > 57343 then
                        return fail("high surrogate \\u escape without its low half at byte " .. tostring(i - 6))
                    end
                    code = 65536 + (code - 55296) * 1024 + (low - 56320)
                    i = i + 6
                end
                parts[#parts + 1] = utf8.char(code)
            else
                return fail("bad escape in a string: " .. at(text, i + 1))
            end
        end
    end
end
function parseNumber(text, pos)
    local ____, last = string.find(text, "^-?0", pos)
    if last == nil then
        local ____temp_2 = {string.find(text, "^-?[1-9]%d*", pos)}
        last = ____temp_2[2]
    end
    if last == nil then
        return fail("bad number: " .. at(text, pos))
    end
    local ____, fraction = string.find(text, "^%.%d+", last + 1)
    if fraction ~= nil then
        last = fraction
    elseif string.sub(text, last + 1, last + 1) == "." then
        return fail("bad number: no digit after the point at byte " .. tostring(last + 1))
    end
    local ____, exponent = string.find(text, "^[eE][-+]?%d+", last + 1)
    if exponent ~= nil then
        last = exponent
    elseif (string.find(text, "^[eE]", last + 1)) ~= nil then
        return fail("bad number: no digit in the exponent at byte " .. tostring(last + 1))
    end
    if (string.find(text, "^[%w.]", last + 1)) ~= nil then
        return fail("bad number: " .. at(text, last + 1))
    end
    return tonumber(string.sub(text, pos, last)), last + 1
end
function parseLiteral(text, pos, marks)
    for ____, ____value in ipairs(LITERALS) do
        local word = ____value[1]
        local value = ____value[2]
        if string.sub(text, pos, pos + #word - 1) == word and (string.find(text, "^%w", pos + #word)) == nil then
            return value(marks), pos + #word
        end
    end
    return fail("unexpected " .. at(text, pos))
end
function parseContainer(text, pos, marks, depth)
    if depth > ____exports.MAX_DEPTH then
        return fail((("nesting deeper than " .. tostring(____exports.MAX_DEPTH)) .. " levels at byte ") .. tostring(pos))
    end
    local isObject = string.byte(text, pos) == 123
    local close = isObject and "}" or "]"
    local container = {}
    setmetatable(container, isObject and marks.objectMeta or marks.arrayMeta)
    local count = 0
    local i = skipSpace(text, pos + 1)
    if string.sub(text, i, i) == close then
        return container, i + 1
    end
    do
        while true do
            local key = count + 1
            if isObject then
                if string.sub(text, i, i) ~= "\"" then
                    return fail("expected a string key, got " .. at(text, i))
                end
                local name, afterName = parseString(text, i)
                if afterName == nil then
                    return fail(name)
                end
                if container[name] ~= nil then
                    return fail((("duplicate key \"" .. name) .. "\" at byte ") .. tostring(i))
                end
                i = skipSpace(text, afterName)
                if string.sub(text, i, i) ~= ":" then
                    return fail("expected \":\" after a key, got " .. at(text, i))
                end
                i = skipSpace(text, i + 1)
                key = name
            end
            local value, next = parseValue(text, i, marks, depth)
            if next == nil then
                return fail(value)
            end
            container[key] = value
            count = count + 1
            i = skipSpace(text, next)
            local separator = string.sub(text, i, i)
            if separator == close then
                return container, i + 1
            end
            if separator ~= "," then
                return fail((("expected \",\" or \"" .. close) .. "\", got ") .. at(text, i))
            end
            i = skipSpace(text, i + 1)
        end
    end
end
function parseValue(text, pos, marks, depth)
    local first = string.sub(text, pos, pos)
    if first == "\"" then
        return parseString(text, pos)
    end
    if first == "{" or first == "[" then
        return parseContainer(text, pos, marks, depth + 1)
    end
    if first == "-" or (string.find(first, "^%d")) ~= nil then
        return parseNumber(text, pos)
    end
    return parseLiteral(text, pos, marks)
end
function at_(text, pos)
    local byte = string.byte(text, pos)
    if byte == nil then
        return "end of text"
    end
    return byte >= 32 and byte < 127 and ("\"" .. string.char(byte)) .. "\"" or string.format("byte 0x%02X", byte)
end
--- Deeper than this is refused: no body this API takes nests beyond 2.
____exports.MAX_DEPTH = 32
ESCAPES = {}
for escape, char in pairs({
    ["\""] = "\"",
    ["\\"] = "\\",
    ["/"] = "/",
    b = "\b",
    f = "\f",
    n = "\n",
    r = "\r",
    t = "\t"
}) do
    ESCAPES[escape] = char
end
PLAIN = ((("^[^\"\\" .. string.char(0)) .. "-") .. string.char(31)) .. "]*"
LITERALS = {
    {
        "true",
        function() return true end
    },
    {
        "false",
        function() return false end
    },
    {
        "null",
        function(marks) return marks.nullValue end
    }
}
--- A key or string value of plain characters, and what follows a flat object's key.
local FLAT_KEY = ((("^[ \t\r\n]*\"([^\"\\" .. string.char(0)) .. "-") .. string.char(31)) .. "]*)\"[ \t\r\n]*:[ \t\r\n]*"
local FLAT_STRING = ((("^\"([^\"\\" .. string.char(0)) .. "-") .. string.char(31)) .. "]*)\""
local FLAT_AFTER = "^[ \t\r\n]*([,}])"
--- The body most writes send, `{"current": 7}` or `{"admin_state": "drain"}`:
-- an object of plain strings, integers, true, false and null, read with a
-- pattern per field. Anything else (an escape, a fraction, nesting, a
-- duplicate key, an error) is undefined, for the full parser to take or
-- refuse: what this reads, parseContainer reads the same.
local function flatObject(text, marks)
    local ____, i = string.find(text, "^[ \t\r\n]*{")
    if i == nil then
        return nil
    end
    local object = {}
    do
        while true do
            local ____, keyEnd, key = string.find(text, FLAT_KEY, i + 1)
            if keyEnd == nil or object[key] ~= nil then
                return nil
            end
            i = keyEnd + 1
            local first = string.byte(text, i)
            local value
            local last
            if first == 34 then
                local ____, stringEnd, plain = string.find(text, FLAT_STRING, i)
                last = stringEnd
                value = plain
            elseif first == 45 or first ~= nil and first >= 48 and first <= 57 then
                local ____, ____end, digits, lead, rest = string.find(text, "^(%-?(%d)(%d*))", i)
                if ____end == nil or lead == "0" and rest ~= "" then
                    return nil
                end
                last = ____end
                value = math.tointeger(tonumber(digits))
                if value == nil then
                    return nil
                end
            else
                local literal, next = parseLiteral(text, i, marks)
                if next == nil then
                    return nil
                end
                value = literal
                last = next - 1
            end
            if last == nil then
                return nil
            end
            object[key] = value
            local ____, sepEnd, separator = string.find(text, FLAT_AFTER, last + 1)
            if sepEnd == nil then
                return nil
            end
            i = sepEnd
            if separator == "}" then
                break
            end
        end
    end
    if (string.find(text, "^[ \t\r\n]*$", i + 1)) == nil then
        return nil
    end
    return setmetatable(object, marks.objectMeta)
end
--- The one JSON value `text` holds, with only white space around it.
function ____exports.parse(text, marks)
    local valid, badByte = utf8.len(text)
    if valid == nil then
        return false, "not UTF-8 at byte " .. tostring(badByte)
    end
    local flat = flatObject(text, marks)
    if flat ~= nil then
        return true, flat, true
    end
    local value, next = parseValue(
        text,
        skipSpace(text, 1),
        marks,
        0
    )
    if next == nil then
        return false, value
    end
    local ____end = skipSpace(text, next)
    if ____end <= #text then
        return false, "unexpected text after the JSON value: " .. at(text, ____end)
    end
    return true, value, false
end
--- A string of plain characters: no quote, backslash or control character.
local PLAIN_STRING = ((("\"([^\"\\" .. string.char(0)) .. "-") .. string.char(31)) .. "]*)\""
local WS = "[ \t\r\n]*"
local PAIR = (((((WS .. "\"(%a+)\"") .. WS) .. ":") .. WS) .. PLAIN_STRING) .. WS
local ONE_PAIR = ("^{" .. PAIR) .. "}$"
local TWO_PAIRS = ((("^{" .. PAIR) .. ",") .. PAIR) .. "}$"
--- The common item, or undefined for the decoder to take.
local function plainObject(text, marks)
    local a, x, b, y = string.match(text, TWO_PAIRS)
    local c, z = table.unpack(
        a == nil and ({string.match(text, ONE_PAIR)}) or ({nil, nil}),
        1,
        2
    )
    if a == nil and c == nil then
        return nil
    end
    if a ~= nil and a == b then
        return nil
    end
    local item = {}
    setmetatable(item, marks.objectMeta)
    if a ~= nil then
        item[a] = x
        item[b] = y
    else
        item[c] = z
    end
    return item
end
function ____exports.parseObjects(more, onItem, marks)
    local buffer = ""
    local position = 1
    local ended = false
    --- Appends the next piece, dropping what is before `position`: the shift of indexes; -1 at the end.
    local function fill()
        if ended then
            return -1
        end
        local piece, status, problem = more()
        if piece == nil then
            return nil, status, problem
        end
        if piece == "" then
            ended = true
            return -1
        end
        local shift = position - 1
        buffer = string.sub(buffer, position) .. piece
        position = 1
        return shift
    end
    --- The next character that is not white space, with its index; undefined at the end of the text.
    local function nextMark()
        do
            while true do
                local at = string.find(buffer, "[^ \t\r\n]", position)
                if at ~= nil then
                    return string.sub(buffer, at, at), at
                end
                position = #buffer + 1
                local shift, status, problem = fill()
                if shift == nil then
                    return nil, nil, status, problem
                end
                if shift < 0 then
                    return nil, position
                end
            end
        end
    end
    local function where(count)
        return count == 0 and "at the start" or "after item " .. tostring(count)
    end
    local count = 0
    local mark, at, status, problem = nextMark()
    if at == nil then
        return nil, status, problem
    end
    if mark ~= "[" then
        return nil, 400, mark == nil and "the request body is empty: expected a JSON array of objects" or "the request body must be a JSON array of objects"
    end
    position = at + 1
    do
        while true do
            mark, at, status, problem = nextMark()
            if at == nil then
                return nil, status, problem
            end
            if mark == nil then
                return nil, 400, "the JSON array is not closed (the body was cut short?)"
            end
            if mark == "]" and count == 0 then
                break
            end
            if count > 0 then
                if mark == "]" then
                    break
                end
                if mark ~= "," then
                    return nil, 400, (("expected \",\" or \"]\" " .. where(count)) .. ", got ") .. at_(buffer, at)
                end
                position = at + 1
                mark, at, status, problem = nextMark()
                if at == nil then
                    return nil, status, problem
                end
                if mark == nil then
                    return nil, 400, "the JSON array is not closed (the body was cut short?)"
                end
            end
            if mark ~= "{" then
                return nil, 400, (("item " .. tostring(count + 1)) .. ": expected an object, got ") .. at_(buffer, at)
            end
            position = at
            local scan = at + 1
            local inString = false
            local stop
            while stop == nil do
                do
                    local next, ____, char = string.find(buffer, inString and "([\"\\])" or "([\"{}%[])", scan)
                    if next == nil or char == "\\" and next == #buffer then
                        local shift, fillStatus, fillProblem = fill()
                        if shift == nil then
                            return nil, fillStatus, fillProblem
                        end
                        if shift < 0 then
                            return nil, 400, ("item " .. tostring(count + 1)) .. ": the object is not closed (the body was cut short?)"
                        end
                        scan = scan - shift
                        goto __continue103
                    end
                    if inString then
                        if char == "\\" then
                            scan = next + 2
                        else
                            inString = false
                            scan = next + 1
                        end
                    elseif char == "\"" then
                        inString = true
                        scan = next + 1
                    elseif char == "}" then
                        stop = next
                    else
                        return nil, 400, ("item " .. tostring(count + 1)) .. ": objects and arrays inside items are not taken"
                    end
                end
                ::__continue103::
            end
            local text = string.sub(buffer, position, stop)
            local valid, bad = utf8.len(text)
            if valid == nil then
                return nil, 400, (("item " .. tostring(count + 1)) .. ": not UTF-8 at its byte ") .. tostring(bad)
            end
            local item = plainObject(text, marks)
            if item == nil then
                local value, after = parseContainer(text, 1, marks, 1)
                if after == nil then
                    return nil, 400, (("item " .. tostring(count + 1)) .. " is not valid JSON: ") .. value
                end
                item = value
            end
            count = count + 1
            local refused = onItem(item, count)
            if refused ~= nil then
                return nil, 400, refused
            end
            position = stop + 1
        end
    end
    position = at + 1
    mark, at, status, problem = nextMark()
    if at == nil then
        return nil, status, problem
    end
    if mark ~= nil then
        return nil, 400, "unexpected text after the JSON array: " .. at_(buffer, at)
    end
    return count
end
return ____exports
 end,
["http.json"] = function(...) 
local ____exports = {}
local dkjson = require("dkjson")
local ____jsonencode = require("http.jsonencode")
local encodeJson = ____jsonencode.encodeJson
local setNull = ____jsonencode.setNull
local ____jsonparse = require("http.jsonparse")
local parse = ____jsonparse.parse
local parseObjects = ____jsonparse.parseObjects
--- JSON null, as decode() returns it: a field sent as null is there, unlike a missing one.
____exports.NULL = dkjson.null
setNull(____exports.NULL)
local ARRAY_META = {__jsontype = "array"}
local OBJECT_META = {__jsontype = "object"}
--- Marks `list` to encode as a JSON array, `[]` when empty.
function ____exports.asArray(list)
    return setmetatable(list, ARRAY_META)
end
--- `item` with null for each of `names` it lacks, so every item of a list has the same fields.
function ____exports.withNulls(item, names)
    local fields = item
    for ____, name in ipairs(names) do
        if fields[name] == nil then
            fields[name] = ____exports.NULL
        end
    end
    return item
end
--- Marks `value` to encode as a JSON object, `{}` when empty; one with a metatable (field order) already is one.
function ____exports.asObject(value)
    if getmetatable(value) ~= nil then
        return value
    end
    return setmetatable(value, OBJECT_META)
end
--- Marks `value` to encode its fields in the order of `keys`, which names all of them.
function ____exports.inOrder(value, keys)
    return setmetatable(value, {__jsonorder = keys, __jsonclosed = true})
end
--- Error bodies read `{"code":...,"message":...}`, in that order.
local KEY_ORDER = {"code", "message"}
--- Compact JSON of `value` (jsonencode.ts). Raises on what JSON cannot hold (functions): a bug.
function ____exports.encode(value)
    return encodeJson(value, KEY_ORDER)
end
local MARKS = {nullValue = ____exports.NULL, arrayMeta = ARRAY_META, objectMeta = OBJECT_META}
--- Decodes one JSON text, strictly (see jsonparse.ts): JSON null decodes to
-- NULL; objects and arrays come back marked (see kindOf), so `{}` and `[]`
-- stay apart.
function ____exports.decode(text)
    return parse(text, MARKS)
end
--- A JSON array of objects read as it arrives (jsonparse.ts parseObjects), marked as decode() marks values.
function ____exports.decodeObjects(more, onItem)
    return parseObjects(more, onItem, MARKS)
end
--- The JSON type of a decoded value, as a message names it.
function ____exports.kindOf(value)
    if value == nil or value == ____exports.NULL then
        return "null"
    end
    if type(value) == "table" then
        local meta = getmetatable(value)
        return (meta and meta.__jsontype) == "array" and "array" or "object"
    end
    return type(value)
end
return ____exports
 end,
["http.response"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local encode = ____json.encode
____exports.JSON_TYPE = "application/json"
____exports.TEXT_TYPE = "text/plain; charset=utf-8"
function ____exports.json(status, value)
    return {
        status = status,
        body = encode(value),
        contentType = ____exports.JSON_TYPE
    }
end
function ____exports.text(status, body, headers)
    return {status = status, body = body, contentType = ____exports.TEXT_TYPE, headers = headers}
end
--- A 200 whose body `stream` writes in pieces.
function ____exports.streamed(contentType, stream)
    return {status = 200, body = "", contentType = contentType, stream = stream}
end
function ____exports.noContent(headers)
    return {status = 204, body = "", headers = headers}
end
--- Writes `reply`: status, Content-Type, an exact Content-Length (or, for a
-- streamed body, none: HAProxy then sends it chunked to HTTP/1.1 clients),
-- then the body unless `headOnly` (HEAD gets the headers GET would have).
function ____exports.send(applet, reply, headOnly)
    applet:set_status(reply.status)
    if reply.contentType ~= nil then
        applet:add_header("content-type", reply.contentType)
    end
    if reply.status ~= 204 and reply.stream == nil then
        applet:add_header("content-length", #reply.body)
    end
    if reply.headers ~= nil then
        for name, value in pairs(reply.headers) do
            applet:add_header(name, value)
        end
    end
    applet:start_response()
    if headOnly then
        return
    end
    if reply.stream ~= nil then
        reply.stream(function(piece) return applet:send(piece) end)
    elseif reply.body ~= "" then
        applet:send(reply.body)
    end
end
return ____exports
 end,
["http.errors"] = function(...) 
local ____exports = {}
local ____response = require("http.response")
local json = ____response.json
function ____exports.failure(status, message, headers)
    local reply = json(status, {code = status, message = message})
    reply.headers = headers
    return reply
end
--- Where a stats error comes from decides its status; HAProxy's own words stay in the message.
local statusOf = {
    invalid = 400,
    not_found = 404,
    in_use = 409,
    conflict = 409,
    rejected = 400,
    connect = 503,
    timeout = 504,
    closed = 502,
    permission = 502,
    unknown_command = 502,
    refused = 502
}
function ____exports.fromStatsError(err)
    local status = statusOf[err.kind]
    if err.kind == "invalid" or err.kind == "not_found" or err.kind == "in_use" or err.kind == "conflict" then
        return ____exports.failure(status, err.message)
    end
    if err.kind == "rejected" then
        return ____exports.failure(status, "HAProxy refused the value: " .. err.message)
    end
    if err.kind == "permission" then
        return ____exports.failure(status, ((("HAProxy refused \"" .. (err.command or "")) .. "\": ") .. err.message) .. " (the stats socket needs \"level admin\")")
    end
    if err.kind == "connect" or err.kind == "timeout" or err.kind == "closed" then
        return ____exports.failure(status, "stats socket: " .. err.message)
    end
    return ____exports.failure(status, (("HAProxy refused \"" .. (err.command or "")) .. "\": ") .. err.message)
end
return ____exports
 end,
["http.tokens"] = function(...) 
local ____exports = {}
local SCOPES = {}
for ____, scope in ipairs({"read", "operate", "admin"}) do
    SCOPES[scope] = true
end
--- The tokens of a file's text, and a problem per bad line ("line 3: ...").
function ____exports.parseTokens(text)
    local tokens = {}
    local problems = {}
    local number = 0
    local names = {}
    for line in string.gmatch(text .. "\n", "([^\n]*)\n") do
        do
            number = number + 1
            local trimmed = string.match(line, "^%s*(.-)%s*$")
            if trimmed == "" or string.sub(trimmed, 1, 1) == "#" then
                goto __continue5
            end
            local name, scope, hash = string.match(trimmed, "^(%S+)%s+(%S+)%s+(%S+)$")
            if name == nil then
                problems[#problems + 1] = ("line " .. tostring(number)) .. ": expected \"<name> <scope> <sha256 of the token>\""
            elseif not (SCOPES[scope] ~= nil) then
                problems[#problems + 1] = ((("line " .. tostring(number)) .. ": scope \"") .. scope) .. "\" is none of read, operate, admin"
            elseif (string.find(hash, "^%x+$")) == nil or #hash ~= 64 then
                problems[#problems + 1] = ("line " .. tostring(number)) .. ": the hash is 64 hex digits (sha256sum of the token)"
            elseif names[name] ~= nil then
                problems[#problems + 1] = ((("line " .. tostring(number)) .. ": token name \"") .. name) .. "\" is given twice"
            else
                names[name] = true
                tokens[#tokens + 1] = {
                    name = name,
                    scope = scope,
                    sha256 = string.lower(hash)
                }
            end
        end
        ::__continue5::
    end
    return tokens, problems
end
--- What the operate scope may write: the first path segment (and the second under /stats).
local OPERATED = {}
for ____, resource in ipairs({"sessions", "maps", "acls", "tables"}) do
    OPERATED[resource] = true
end
local OPERATED_STATS = {}
for ____, resource in ipairs({"backends", "frontends"}) do
    OPERATED_STATS[resource] = true
end
--- Whether a write to `segments` is in the operate scope.
function ____exports.isOperated(segments)
    local first, second = table.unpack(segments, 1, 2)
    if first == "stats" then
        return second ~= nil and OPERATED_STATS[second] ~= nil
    end
    return first ~= nil and OPERATED[first] ~= nil
end
return ____exports
 end,
["http.access"] = function(...) 
local ____exports = {}
local hostName, clipped, READS
local ____files = require("host.files")
local readFile = ____files.readFile
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____tokens = require("http.tokens")
local isOperated = ____tokens.isOperated
local parseTokens = ____tokens.parseTokens
function hostName(host)
    local lower = string.lower(host)
    local nameWithPort = string.match(lower, "^([%w.-]+):%d+$")
    if nameWithPort ~= nil then
        return nameWithPort
    end
    local name = string.match(lower, "^([%w.-]+)$")
    if name ~= nil then
        return name
    end
    local bracketed = string.match(lower, "^(%[[%x:.]+%]):?%d*$")
    return bracketed
end
function clipped(value)
    return string.len(value) > 100 and string.sub(value, 1, 100) .. "..." or value
end
--- Whether requests need a token: HAPROXY_API_TOKEN or a tokens file with at least one token.
function ____exports.tokenRequired(access)
    return access.token ~= nil or access.tokensFile
end
--- True for methods that change nothing: GET, HEAD, OPTIONS.
function ____exports.isRead(method)
    return READS[method] ~= nil
end
--- "api.internal, Ops.Example:8000" -> { "api.internal", "ops.example" }: names, any port.
function ____exports.allowedHostsOf(list)
    local names = {}
    for item in string.gmatch(list, "[^,%s]+") do
        local name = hostName(item)
        if name ~= nil then
            names[name] = true
        end
    end
    return names
end
--- A yes/no setting: set and not "", "0", "false" or "no".
function ____exports.enabled(name)
    local value = string.lower(os.getenv(name) or "")
    return value ~= "" and value ~= "0" and value ~= "false" and value ~= "no"
end
--- Compares two strings in time that depends only on their lengths, not on where they differ.
function ____exports.constantTimeEqual(given, expected)
    local difference = #given == #expected and 0 or 1
    do
        local index = 1
        while index <= #expected do
            local a = string.byte(given, index) or 0
            difference = difference | a ~ string.byte(expected, index)
            index = index + 1
        end
    end
    return difference == 0
end
--- The token of an "Authorization: Bearer <token>" header (the scheme in any case), if any.
local function bearerToken(header)
    if header == nil then
        return nil
    end
    local scheme, token = string.match(header, "^%s*(%a+)%s+(%S+)%s*$")
    if scheme == nil or string.lower(scheme) ~= "bearer" then
        return nil
    end
    return token
end
local CHALLENGE = {["www-authenticate"] = "Bearer realm=\"haproxy-api\""}
--- True for an address on this host's loopback; an empty one is a unix socket's client.
function ____exports.isLoopback(source)
    if source == nil or source == "" or source == "::1" then
        return true
    end
    return (string.find(source, "^127%.")) ~= nil or (string.find(
        string.lower(source),
        "^::ffff:127%."
    )) ~= nil
end
--- 127.0.0.0/8 as a dotted quad, [::1] or localhost: names no DNS answer can point elsewhere.
local function isLoopbackName(name)
    if name == "localhost" or name == "[::1]" then
        return true
    end
    local a, b, c = string.match(name, "^127%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$")
    return a ~= nil and tonumber(a) <= 255 and tonumber(b) <= 255 and tonumber(c) <= 255
end
--- A 403 when no token is required and the request's Host is not a
-- loopback name nor one of HAPROXY_API_ALLOWED_HOSTS; undefined when it
-- may go on. A request without Host (HTTP/1.0: HAProxy refuses an HTTP/1.1
-- one without) comes from no browser, and goes on.
function ____exports.foreignHost(access, host)
    if host == nil or access.anonymous or ____exports.tokenRequired(access) then
        return nil
    end
    local name = hostName(host)
    if name ~= nil and (isLoopbackName(name) or access.allowedHosts[name] ~= nil) then
        return nil
    end
    return failure(
        403,
        ("Host \"" .. clipped(host)) .. "\" is not a loopback name: without a token the API answers only 127.0.0.1, [::1] and localhost (a web page can point another name at this host: DNS rebinding); add the name to HAPROXY_API_ALLOWED_HOSTS, or set a token"
    )
end
--- A 403 for a write (the caller asks only for writes) sent by a page of
-- another origin: its Origin is not this API's own (the scheme and the Host
-- it was sent to), or the browser says it is cross-site (Sec-Fetch-Site);
-- undefined when it may go on. Clients that are not browsers (curl,
-- Ansible) send neither, and the page, same-origin, sends its own.
function ____exports.crossSiteWrite(origin, fetchSite, host)
    if origin ~= nil then
        local authority = string.match(origin, "^[hH][tT][tT][pP][sS]?://([^/]+)$")
        if authority ~= nil and host ~= nil and string.lower(authority) == string.lower(host) then
            return nil
        end
        return failure(
            403,
            ("a write from another origin (Origin: " .. clipped(origin)) .. ") is refused: writes come from the API's own page or from clients that are not browsers"
        )
    end
    if fetchSite == "cross-site" or fetchSite == "same-site" then
        return failure(403, ("a write from another site (Sec-Fetch-Site: " .. fetchSite) .. ") is refused: writes come from the API's own page or from clients that are not browsers")
    end
    return nil
end
local FULL = {scope = "admin"}
--- Who the request comes as; or a 401 when a token is required and the
-- request does not carry a valid one, a 403 when none is and the client is
-- not on loopback. `digest` is SHA-256 in hex (HAProxy's sha2 converter):
-- the sent token is hashed once and compared with every hash, each
-- comparison in constant time, so neither which token nor how much of it
-- matched shows in the time taken.
function ____exports.authenticate(access, authorization, source, host, digest)
    if not ____exports.tokenRequired(access) then
        if access.anonymous or ____exports.isLoopback(source) then
            return nil, FULL
        end
        return failure(403, "HAPROXY_API_TOKEN is not set, so only clients on loopback may use the API: set a token, or HAPROXY_API_ANONYMOUS=1 if HAProxy authenticates callers before the service")
    end
    local token = bearerToken(authorization)
    if token == nil then
        return failure(401, "authentication required: send \"Authorization: Bearer <token>\"", CHALLENGE)
    end
    local who
    if access.token ~= nil and ____exports.constantTimeEqual(token, access.token) then
        who = FULL
    end
    if #access.tokens > 0 then
        local hash = digest(host, token)
        for ____, scoped in ipairs(access.tokens) do
            if ____exports.constantTimeEqual(hash, scoped.sha256) and who == nil then
                who = {name = scoped.name, scope = scoped.scope}
            end
        end
    end
    if who == nil then
        return failure(401, "the bearer token is not valid", CHALLENGE)
    end
    return nil, who
end
local RANK = {read = 1, operate = 2, admin = 3}
--- The scope a request needs: the route's own when it declares one (GET
-- /config needs admin: it is the configuration, secrets and all), else
-- read for reads, operate for writes to what operators steer (tokens.ts),
-- admin for every other write.
function ____exports.neededScope(method, segments, declared)
    if declared ~= nil then
        return declared
    end
    if ____exports.isRead(method) then
        return "read"
    end
    return isOperated(segments) and "operate" or "admin"
end
--- A 403 when `who`'s scope does not cover `needs`; undefined when it does.
function ____exports.outOfScope(who, needs, method, segments)
    if RANK[who.scope] >= RANK[needs] then
        return nil
    end
    local which = needs == "operate" and "operate or admin" or needs
    return failure(
        403,
        (((((((("token \"" .. (who.name or "-")) .. "\" has scope ") .. who.scope) .. ": ") .. method) .. " /") .. table.concat(segments, "/")) .. " needs ") .. which
    )
end
READS = {}
READS.GET = true
READS.HEAD = true
READS.OPTIONS = true
--- A 403 for a write in read-only mode; undefined when it may go on.
function ____exports.forbiddenWrite(access, method)
    if not access.readOnly or ____exports.isRead(method) then
        return nil
    end
    return failure(403, ("the API is read-only (HAPROXY_API_READONLY is set): " .. method) .. " is refused")
end
--- Reads the access settings from the environment (set with setenv in HAProxy's global section).
function ____exports.accessFromEnvironment()
    local token = os.getenv("HAPROXY_API_TOKEN")
    local file = os.getenv("HAPROXY_API_TOKENS_FILE")
    local tokens = {}
    local tokenProblems = {}
    if file ~= nil and file ~= "" then
        local text, problem = readFile(file)
        if text == nil then
            tokenProblems = {(("cannot read " .. file) .. ": ") .. problem}
        else
            tokens, tokenProblems = parseTokens(text)
        end
    end
    return {
        token = token ~= nil and token ~= "" and token or nil,
        tokens = tokens,
        tokensFile = file ~= nil and file ~= "",
        tokenProblems = tokenProblems,
        readOnly = ____exports.enabled("HAPROXY_API_READONLY"),
        anonymous = ____exports.enabled("HAPROXY_API_ANONYMOUS"),
        allowedHosts = ____exports.allowedHostsOf(os.getenv("HAPROXY_API_ALLOWED_HOSTS") or "")
    }
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
["api.persist.added"] = function(...) 
local ____exports = {}
local same, records, changed
local ____json = require("http.json")
local decode = ____json.decode
local encode = ____json.encode
local kindOf = ____json.kindOf
function same(record, backend, name)
    return record.backend == backend and record.name == name
end
--- Drops a server from the record (deleted through the API, or its backend gone).
function ____exports.forget(backend, name)
    local kept = {}
    for ____, record in ipairs(records) do
        if same(record, backend, name) then
            changed = true
        else
            kept[#kept + 1] = record
        end
    end
    records = kept
end
local RECORD_ORDER = {
    "backend",
    "name",
    "address",
    "port",
    "weight",
    "maxconn",
    "check"
}
records = {}
changed = false
--- The records as read at init; a file that is not a list of records is ignored (and said).
function ____exports.loadAdded(text)
    records = {}
    if text == nil or (string.find(text, "^%s*$")) ~= nil then
        return nil
    end
    local ok, value = decode(text)
    if not ok or kindOf(value) ~= "array" then
        return "not a JSON list of servers: ignored"
    end
    for ____, item in ipairs(value) do
        do
            if kindOf(item) ~= "object" then
                goto __continue6
            end
            local backend = item.backend
            local name = item.name
            local address = item.address
            local port = item.port
            if type(backend) ~= "string" or type(name) ~= "string" or type(address) ~= "string" or type(port) ~= "number" then
                goto __continue6
            end
            local record = {backend = backend, name = name, address = address, port = port}
            if type(item.weight) == "number" then
                record.weight = item.weight
            end
            if type(item.maxconn) == "number" then
                record.maxconn = item.maxconn
            end
            if item.check == true then
                record.check = true
            end
            records[#records + 1] = record
        end
        ::__continue6::
    end
    return nil
end
function ____exports.addedServers()
    return records
end
--- Records a server the API added, with the fields it was added with (replacing one of the same name).
function ____exports.recordAdded(backend, fields)
    local ____backend_1 = backend
    local ____fields_name_2 = fields.name
    local ____fields_address_3 = fields.address
    local ____fields_port_4 = fields.port
    local ____fields_weight_5 = fields.weight
    local ____fields_maxconn_6 = fields.maxconn
    local ____temp_0
    if fields.check == true then
        ____temp_0 = true
    else
        ____temp_0 = nil
    end
    local record = {
        backend = ____backend_1,
        name = ____fields_name_2,
        address = ____fields_address_3,
        port = ____fields_port_4,
        weight = ____fields_weight_5,
        maxconn = ____fields_maxconn_6,
        check = ____temp_0
    }
    ____exports.forget(backend, record.name)
    records[#records + 1] = record
    changed = true
end
--- True once, after the record changed: the caller saves it.
function ____exports.takeChanged()
    local was = changed
    changed = false
    return was
end
--- The file's text: a JSON list, one server per line.
function ____exports.addedText()
    local lines = {}
    for ____, record in ipairs(records) do
        local fields = {}
        for ____, name in ipairs(RECORD_ORDER) do
            local value = record[name]
            if value ~= nil then
                fields[#fields + 1] = (encode(name) .. ":") .. encode(value)
            end
        end
        lines[#lines + 1] = ("{" .. table.concat(fields, ",")) .. "}"
    end
    return #lines == 0 and "[]\n" or ("[\n" .. table.concat(lines, ",\n")) .. "\n]\n"
end
return ____exports
 end,
["api.persist.report"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local asArray = ____json.asArray
local inOrder = ____json.inOrder
local NULL = ____json.NULL
local FIELDS = {
    "path",
    "kind",
    "last_saved",
    "last_error",
    "last_error_at"
}
local reports = {}
--- Files whose last attempt failed: a change to them would not survive a reload now.
local failing = {}
local order = {}
local function now()
    return os.date("!%Y-%m-%dT%H:%M:%SZ")
end
local function reportOf(path, kind)
    local report = reports[path]
    if report == nil then
        report = inOrder({
            path = path,
            kind = kind,
            last_saved = NULL,
            last_error = NULL,
            last_error_at = NULL
        }, FIELDS)
        reports[path] = report
        order[#order + 1] = path
    end
    return report
end
--- Lists `path` before anything happened to it, so the report names every file the API keeps.
function ____exports.known(path, kind)
    reportOf(path, kind)
end
function ____exports.saved(path, kind)
    reportOf(path, kind).last_saved = now()
    failing[path] = nil
end
--- True while the last attempt to save `path` failed.
function ____exports.isFailing(path)
    return failing[path] ~= nil
end
function ____exports.failed(path, kind, reason)
    local report = reportOf(path, kind)
    if report.last_error ~= reason then
        core.log(core.warning, ((("haproxy-api: cannot save " .. path) .. ": ") .. reason) .. "; the change is live but a reload would lose it")
    end
    report.last_error = reason
    report.last_error_at = now()
    failing[path] = true
end
--- Every file, in the order the API first met it.
function ____exports.files()
    local list = {}
    for ____, path in ipairs(order) do
        list[#list + 1] = reports[path]
    end
    return asArray(list)
end
return ____exports
 end,
["host.atomic"] = function(...) 
local ____exports = {}
--- Writes `text` to `path` through a temporary file; the reason when it could not.
function ____exports.writeAtomically(path, text)
    local temporary = path .. ".haproxy-api.tmp"
    local file, openError = io.open(temporary, "w")
    if file == nil then
        return (("cannot create " .. temporary) .. ": ") .. openError
    end
    local written, writeError = file:write(text)
    local closed = file:close()
    if written == nil or not closed then
        os.remove(temporary)
        return (("cannot write " .. temporary) .. ": ") .. tostring(writeError or "close failed")
    end
    local renamed, renameError = os.rename(temporary, path)
    if renamed == nil then
        os.remove(temporary)
        return (((("cannot rename " .. temporary) .. " to ") .. path) .. ": ") .. renameError
    end
    return nil
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
["api.persist.process"] = function(...) 
local ____exports = {}
--- Whether this process may still save: one that is stopping (the old
-- process after -sf, an old worker after a master-worker reload: "show
-- info" says Stopping: 1) never writes again, so it cannot overwrite what
-- the new process saved.
function ____exports.stopping()
    local value = core.get_info().Stopping
    return value == 1 or value == "1"
end
return ____exports
 end,
["api.persist.patterns"] = function(...) 
local ____exports = {}
local ____atomic = require("host.atomic")
local writeAtomically = ____atomic.writeAtomically
local patterns = require("stats.patterns.calls")
local ____process = require("api.persist.process")
local stopping = ____process.stopping
local ____report = require("api.persist.report")
local failed = ____report.failed
local saved = ____report.saved
--- Maps and ACLs written since the last save: "<kind> <ref>" to kind and ref.
local dirty = {}
--- The last text written to each file.
local written = {}
function ____exports.patternChanged(kind, ref)
    dirty[(kind .. " ") .. ref] = {kind, ref}
end
--- The file a map or ACL reference names ("#<id>" or the file itself); undefined for an inline ACL.
function ____exports.fileOf(client, kind, ref)
    local list = patterns.list(client, kind)
    for ____, item in ipairs(list or ({})) do
        if "#" .. tostring(item.id) == ref or item.file == ref then
            return item.file
        end
    end
    return nil
end
local function save(client, kind, ref)
    local file = ____exports.fileOf(client, kind, ref)
    if file == nil then
        return
    end
    local entries, err = patterns.entries(client, kind, ref)
    if entries == nil then
        failed(file, kind, (((("cannot read " .. kind) .. " ") .. ref) .. ": ") .. err.message)
        return
    end
    local lines = {}
    for ____, entry in ipairs(entries) do
        lines[#lines + 1] = kind == "map" and (tostring(entry.key) .. " ") .. entry.value or entry.value
    end
    local text = #lines == 0 and "" or table.concat(lines, "\n") .. "\n"
    if written[file] == text then
        return
    end
    if stopping() then
        return
    end
    local problem = writeAtomically(file, text)
    if problem ~= nil then
        failed(file, kind, problem)
        return
    end
    written[file] = text
    saved(file, kind)
end
--- Writes the files of the maps and ACLs changed since the last call.
function ____exports.savePatterns(client)
    local pending = {}
    for key, entry in pairs(dirty) do
        pending[#pending + 1] = entry
        dirty[key] = nil
    end
    for ____, ____value in ipairs(pending) do
        local kind = ____value[1]
        local ref = ____value[2]
        save(client, kind, ref)
    end
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
["api.persist.restore"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local executeEach = ____client.executeEach
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
local ____operation = require("stats.core.operation")
local commandOf = ____operation.commandOf
local judge = ____operation.judge
local ____local = require("stats.process.local")
local noteAddedServer = ____local.noteAddedServer
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____operations = require("stats.servers.operations")
local addServer = ____operations.addServer
local serverValues = ____operations.serverValues
local setHealthCheck = ____operations.setHealthCheck
local setState = ____operations.setState
local setWeight = ____operations.setWeight
local ____added = require("api.persist.added")
local addedServers = ____added.addedServers
local forget = ____added.forget
local CHECK_ENABLED = 4
--- How long one server's restore retries a session that reached another process.
local RETRY_MS = 10000
local function addValues(record, row)
    local values = {}
    values.backend = record.backend
    values.name = record.name
    values.address = row ~= nil and tostring(row.srv_addr) or record.address
    values.port = row ~= nil and row.srv_port > 0 and row.srv_port or record.port
    if record.weight ~= nil then
        values.weight = record.weight
    end
    if record.maxconn ~= nil then
        values.maxconn = record.maxconn
    end
    if record.check == true then
        values.check = true
    end
    return values
end
--- The steps of one server's restore: add it, then what it held (or just its check on, without a saved line).
local function steps(record, row)
    local list = {{
        addServer,
        addValues(record, row)
    }}
    local function server(entries)
        return serverValues(record.backend, record.name, entries)
    end
    local checked = record.check == true and (row == nil or row.srv_check_state & CHECK_ENABLED ~= 0)
    if checked then
        list[#list + 1] = {
            setHealthCheck,
            server({health_check = "enabled"})
        }
    end
    if row ~= nil then
        list[#list + 1] = {
            setWeight,
            server({weight = row.srv_uweight})
        }
        list[#list + 1] = {
            setState,
            server({admin_state = row.admin_state})
        }
    end
    local built = {}
    for ____, ____value in ipairs(list) do
        local op = ____value[1]
        local values = ____value[2]
        local command, err = commandOf(op, values)
        if command == nil then
            return nil, err.message
        end
        built[#built + 1] = {op, command}
    end
    return built
end
local function restoreOne(client, ownPid, record, row)
    local where = (("haproxy-api: restoring " .. record.backend) .. "/") .. record.name
    if core.backends[record.backend] == nil then
        core.log(core.warning, ((where .. ": backend ") .. record.backend) .. " is gone; dropped from the record")
        forget(record.backend, record.name)
        return
    end
    if localServer(record.backend, record.name) ~= nil then
        core.log(core.info, where .. ": the configuration defines it now; dropped from the record")
        forget(record.backend, record.name)
        return
    end
    local built, problem = steps(record, row)
    if built == nil then
        core.log(core.warning, ((where .. ": the record is refused (") .. problem) .. "); dropped from the record")
        forget(record.backend, record.name)
        return
    end
    noteAddedServer(record.backend)
    local commands = {"show info"}
    for ____, ____value in ipairs(built) do
        local command = ____value[2]
        commands[#commands + 1] = command
    end
    local deadline = nowMs() + RETRY_MS
    do
        while true do
            local answers, err = executeEach(client, commands)
            if answers == nil then
                core.log(core.warning, (where .. ": ") .. err.message)
                return
            end
            if (string.match(answers[1], "Pid: (%d+)")) == ownPid then
                do
                    local index = 0
                    while index < #built do
                        local op, command = table.unpack(built[index + 1], 1, 2)
                        local done, refused = judge(op, command, answers[index + 1 + 1])
                        if done == nil then
                            core.log(core.warning, (((where .. ": ") .. command) .. ": ") .. refused.message)
                        end
                        index = index + 1
                    end
                end
                if row == nil then
                    core.log(core.warning, where .. ": no saved state, so it stays in maintenance")
                end
                return
            end
            if nowMs() >= deadline then
                core.log(core.warning, where .. ": the stats socket kept answering for another process")
                return
            end
            core.msleep(50)
        end
    end
end
--- Adds the recorded servers again; `rows` are the saved state lines, by "backend/server".
function ____exports.restoreAdded(client, ownPid, rows)
    for ____, record in ipairs({table.unpack(addedServers())}) do
        restoreOne(client, ownPid, record, rows[(record.backend .. "/") .. record.name])
    end
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
["api.persist.servers"] = function(...) 
local ____exports = {}
local ____atomic = require("host.atomic")
local writeAtomically = ____atomic.writeAtomically
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____local = require("stats.process.local")
local noteAddedServer = ____local.noteAddedServer
local ____local = require("stats.servers.local")
local localServer = ____local.localServer
local ____reads = require("stats.servers.reads")
local statesText = ____reads.statesText
local ____process = require("api.persist.process")
local stopping = ____process.stopping
local ____report = require("api.persist.report")
local failed = ____report.failed
local saved = ____report.saved
--- The last text written to each file, compared without what moves by itself.
local written = {}
--- One state line with the columns that move by themselves made constant.
local function steadyLine(line)
    local fields = {}
    for field in string.gmatch(line, "%S+") do
        fields[#fields + 1] = field
    end
    if #fields < 15 or (string.find(line, "^%d")) == nil then
        return line
    end
    fields[10] = "-"
    fields[12] = "-"
    fields[14] = string.format(
        "%d",
        (tonumber(fields[14]) or 0) & ~1
    )
    fields[15] = string.format(
        "%d",
        (tonumber(fields[15]) or 0) & ~1
    )
    return table.concat(fields, " ")
end
local function steady(text)
    local lines = {}
    for line in string.gmatch(text, "[^\n]+") do
        lines[#lines + 1] = steadyLine(line)
    end
    return table.concat(lines, "\n")
end
--- Writes `text` to `path` unless what it holds did not change since the last write.
local function keep(path, text)
    local now = steady(text)
    if written[path] == now or stopping() then
        return
    end
    local problem = writeAtomically(path, text)
    if problem ~= nil then
        failed(path, "servers-state", problem)
        return
    end
    written[path] = now
    saved(path, "servers-state")
end
--- The lines of `text` for one backend, under its version and header lines.
local function backendText(text, backend)
    local lines = {}
    local number = 0
    for line in string.gmatch(text, "([^\n]*)\n") do
        number = number + 1
        if number <= 2 then
            lines[#lines + 1] = line
        elseif line ~= "" and (string.match(line, "^%d+ (%S+)")) == backend then
            lines[#lines + 1] = line
        end
    end
    return table.concat(lines, "\n") .. "\n\n"
end
local configuredCount
--- Tells the stats reads (stats/process/local.ts) about backends holding
-- servers added on the socket by something else than the API: those are
-- not in HAProxy's Lua tables. Looked for only when the state has more
-- lines than the configuration has servers (a count made in C, by gsub).
local function noteForeignServers(text)
    if capabilities().liveServers then
        return
    end
    if configuredCount == nil then
        configuredCount = 0
        for ____, backend in pairs(core.backends) do
            for ____ in pairs(backend.servers) do
                configuredCount = configuredCount + 1
            end
        end
    end
    local ____, lines = string.gsub(text, "\n%d", "")
    if lines <= configuredCount then
        return
    end
    for backend, server in string.gmatch(text, "\n%d+ (%S+) %d+ (%S+)") do
        if localServer(backend, server) == nil then
            noteAddedServer(backend)
        end
    end
end
--- Reads every server's state, on a session of this process (`ownPid`), and writes the files that changed.
function ____exports.saveServerStates(client, files, ownPid)
    local text, err = statesText(client, ownPid)
    if text == nil then
        if files.global ~= nil then
            failed(files.global, "servers-state", "cannot read the servers' state: " .. err.message)
        end
        return
    end
    noteForeignServers(text)
    if files.global ~= nil then
        keep(files.global, text)
    end
    for backend, path in pairs(files.localFiles) do
        keep(
            path,
            backendText(text, backend)
        )
    end
end
return ____exports
 end,
["api.persist.task"] = function(...) 
local ____exports = {}
local ____atomic = require("host.atomic")
local writeAtomically = ____atomic.writeAtomically
local ____client = require("stats.core.client")
local execute = ____client.execute
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
local ____held = require("stats.core.held")
local releaseHeld = ____held.releaseHeld
local ____added = require("api.persist.added")
local addedText = ____added.addedText
local takeChanged = ____added.takeChanged
local ____patterns = require("api.persist.patterns")
local savePatterns = ____patterns.savePatterns
local ____process = require("api.persist.process")
local stopping = ____process.stopping
local ____report = require("api.persist.report")
local failed = ____report.failed
local saved = ____report.saved
local ____restore = require("api.persist.restore")
local restoreAdded = ____restore.restoreAdded
local ____servers = require("api.persist.servers")
local saveServerStates = ____servers.saveServerStates
--- How soon a write through the API is saved: "within a second".
local TICK_MS = 200
--- How often the servers' state is read even when the API changed nothing.
local FULL_MS = 3000
local serversDirty = true
--- A write through the API changed a server: save soon.
function ____exports.serversChanged()
    serversDirty = true
end
--- Runs a step; an error is logged, and what the step still held (a socket connection) given back.
local function guarded(what, step)
    local ok, err = pcall(step)
    releaseHeld()
    if not ok then
        core.log(
            core.err,
            (("haproxy-api: " .. what) .. ": ") .. tostring(err)
        )
    end
end
local function saveAdded(path)
    if stopping() then
        return
    end
    local problem = writeAtomically(
        path,
        addedText()
    )
    if problem ~= nil then
        failed(path, "added-servers", problem)
    else
        saved(path, "added-servers")
    end
end
--- How long a new process waits for the stats socket to be its own.
local OWN_SOCKET_MS = 10000
--- Waits until the stats socket answers for this process. Just after a
-- reload, a connection to the socket's path may still reach the old process
-- (seen in master-worker mode: the new worker's "add server" landed in the
-- old worker, which had the server already), so restoring or saving before
-- then would act on, or copy, the wrong process.
local function waitForOwnSocket(client, own)
    local deadline = nowMs() + OWN_SOCKET_MS
    do
        while true do
            local answer = execute(client, "show info")
            if answer ~= nil and (string.match(answer, "\nPid: (%d+)")) == own then
                return true
            end
            if nowMs() >= deadline then
                return false
            end
            core.msleep(50)
        end
    end
end
local function run(client, keeping)
    local files = keeping.files
    local keepsServers = files.global ~= nil or (next(files.localFiles)) ~= nil
    local own = tostring(core.get_info().Pid)
    if not waitForOwnSocket(client, own) then
        core.log(
            core.warning,
            ("haproxy-api: the stats socket still answers for another process after " .. tostring(OWN_SOCKET_MS / 1000)) .. "s: no server restored, nothing saved by this process"
        )
        return
    end
    guarded(
        "restoring the servers it had added",
        function() return restoreAdded(client, own, keeping.savedRows) end
    )
    local lastFull = nowMs()
    do
        while true do
            if stopping() then
                core.log(core.info, "haproxy-api: this process is stopping: it saves no file from now on")
                return
            end
            local now = nowMs()
            if keepsServers and (serversDirty or now - lastFull >= FULL_MS) then
                serversDirty = false
                lastFull = now
                guarded(
                    "saving the servers' state",
                    function() return saveServerStates(client, files, own) end
                )
            end
            if files.addedServers ~= nil and takeChanged() then
                guarded(
                    "saving the added servers",
                    function() return saveAdded(files.addedServers) end
                )
            end
            if keeping.syncFiles then
                guarded(
                    "saving maps and ACLs",
                    function() return savePatterns(client) end
                )
            end
            core.msleep(TICK_MS)
        end
    end
end
--- Starts the task, when anything is to be kept.
function ____exports.keepFiles(client, keeping)
    local files = keeping.files
    if files.global == nil and (next(files.localFiles)) == nil and not keeping.syncFiles then
        return
    end
    core.register_task(function() return run(client, keeping) end)
end
return ____exports
 end,
["api.context"] = function(...) 
local ____exports = {}
local ____client = require("stats.core.client")
local DEFAULT_TIMEOUT = ____client.DEFAULT_TIMEOUT
local ____files = require("host.files")
local configFiles = ____files.configFiles
local loadConfig = ____files.loadConfig
local readFile = ____files.readFile
local ____frontends = require("host.frontends")
local apiFrontends = ____frontends.apiFrontends
local ____redact = require("host.redact")
local redactConfig = ____redact.redactConfig
local ____socket = require("host.socket")
local chooseSocket = ____socket.chooseSocket
local ____uname = require("host.uname")
local uname = ____uname.uname
local ____statefile = require("host.statefile")
local stateFiles = ____statefile.stateFiles
local ____access = require("http.access")
local accessFromEnvironment = ____access.accessFromEnvironment
local enabled = ____access.enabled
local ____parsers = require("stats.servers.parsers")
local parse_servers_state = ____parsers.parse_servers_state
local ____added = require("api.persist.added")
local loadAdded = ____added.loadAdded
local ____report = require("api.persist.report")
local known = ____report.known
--- Seconds to wait for the stats socket: HAPROXY_API_TIMEOUT, else the library's default.
local function socketTimeout()
    local configured = tonumber(os.getenv("HAPROXY_API_TIMEOUT") or "")
    return configured ~= nil and configured > 0 and configured or DEFAULT_TIMEOUT
end
--- The state lines of `files` (what the last process saved), by "backend/server".
local function savedRows(paths)
    local rows = {}
    for ____, path in ipairs(paths) do
        do
            local text = readFile(path)
            if text == nil then
                goto __continue4
            end
            for ____, row in ipairs(parse_servers_state(text)) do
                rows[(row.be_name .. "/") .. row.srv_name] = row
            end
        end
        ::__continue4::
    end
    return rows
end
--- The state files, the record of added servers and the sync setting, and what the files hold now. Init only.
function ____exports.keepingOf(configText)
    local files = stateFiles(
        configText,
        os.getenv("HAPROXY_API_STATE_FILE")
    )
    local paths = {}
    if files.global ~= nil then
        paths[#paths + 1] = files.global
    end
    for ____, path in pairs(files.localFiles) do
        paths[#paths + 1] = path
    end
    for ____, path in ipairs(paths) do
        known(path, "servers-state")
    end
    if files.addedServers ~= nil then
        known(files.addedServers, "added-servers")
        local text = readFile(files.addedServers)
        local problem = loadAdded(text)
        if problem ~= nil then
            core.log(core.warning, (("haproxy-api: " .. files.addedServers) .. ": ") .. problem)
        end
    end
    return {
        files = files,
        syncFiles = enabled("HAPROXY_API_SYNC_FILES"),
        savedRows = savedRows(paths)
    }
end
--- Reads the configuration and the OS name and picks the socket. Init only: it reads files.
function ____exports.discover()
    local config = loadConfig(configFiles())
    local socket = chooseSocket(config.text)
    local ____temp_0
    if socket.address == nil then
        ____temp_0 = nil
    else
        ____temp_0 = {
            address = socket.address,
            timeout = socketTimeout()
        }
    end
    local client = ____temp_0
    local version = core.get_info().Version
    local ____client_2 = client
    local ____socket_3 = socket
    local ____temp_4 = {
        files = config.files,
        text = redactConfig(config.text)
    }
    local ____uname_result_5 = uname()
    local ____temp_1
    if version == nil then
        ____temp_1 = nil
    else
        ____temp_1 = tostring(version)
    end
    return {
        client = ____client_2,
        socket = ____socket_3,
        config = ____temp_4,
        uname = ____uname_result_5,
        haproxyVersion = ____temp_1,
        access = accessFromEnvironment(),
        keeping = ____exports.keepingOf(config.text),
        apiFrontends = apiFrontends(config.text)
    }
end
return ____exports
 end,
["api.events.journal"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local encode = ____json.encode
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
--- Events kept for streams that come back: at ~300 bytes each, under 1 MB of Lua memory.
____exports.JOURNAL_MAX = 2000
--- Events a slow stream may have waiting; beyond, it starts over (see queue()).
local MAX_QUEUED = 1000
local boot = "0"
local seq = 0
--- Journal entries by number, the last JOURNAL_MAX of them.
local journal = {}
--- The first number from which the journal misses no change (events/watch.ts moves it when watching starts afresh).
local continuousFrom = 1
--- Whether anything watches the servers (events/watch.ts): otherwise no stream
-- could resume from what would be journaled, and the journal would only
-- take memory (measured: 150 KB more Lua after 2,000 requests, a quarter
-- of them writes, with no stream open).
local journaling = false
function ____exports.setJournaling(on)
    journaling = on
end
function ____exports.journalingNow()
    return journaling
end
local listeners = {}
local listening = 0
--- Streams opened so far: the next one's number.
local opened = 0
--- Names this process in its ids: its pid and start, read once at init.
function ____exports.startJournal(pid)
    boot = string.format(
        "%s.%d",
        pid,
        core.now().sec
    )
end
--- The id of event number `n`.
function ____exports.idOf(n)
    return (boot .. "-") .. tostring(n)
end
--- The number of the last event recorded so far.
function ____exports.lastSeq()
    return seq
end
--- The number in `id` when it is one of this process's, else undefined.
function ____exports.seqOf(id)
    if id == nil then
        return nil
    end
    local from, n = string.match(id, "^(.-)%-(%d+)$")
    if from ~= boot or n == nil then
        return nil
    end
    return tonumber(n)
end
--- From now on the journal misses nothing again (what was watched before this cannot be vouched for).
function ____exports.journalContinuousFrom(n)
    continuousFrom = n
end
--- The events after number `after`, in order, when the journal holds every
-- one of them and missed nothing since; undefined when it cannot say.
function ____exports.eventsAfter(after)
    if after > seq or after + 1 < continuousFrom or after < seq - ____exports.JOURNAL_MAX then
        return nil
    end
    local texts = {}
    do
        local n = after + 1
        while n <= seq do
            texts[#texts + 1] = journal[n]
            n = n + 1
        end
    end
    return texts
end
--- The text of an SSE event; with an id when `n` is not 0. `lines` are data lines written as they are.
function ____exports.eventText(event, data, n)
    if n == nil then
        n = 0
    end
    local id = n == 0 and "" or ("id: " .. ____exports.idOf(n)) .. "\n"
    return ((((id .. "event: ") .. event) .. "\ndata: ") .. encode(data)) .. "\n\n"
end
--- Queues `item` for a stream. A stream that fell MAX_QUEUED behind starts
-- over from the journal or a reset (api/events.ts), so what it had queued
-- is let go at once, and nothing more is queued until it has started over:
-- a stream that does not read costs nothing per event.
local function queue(listener, item)
    if listener.dropped > 0 then
        return
    end
    if #listener.queue >= MAX_QUEUED then
        listener.queue = {}
        listener.dropped = listener.dropped + 1
        return
    end
    listener.queue[#listener.queue + 1] = item
end
--- Records an event a client must not miss: numbered, journaled, queued for every stream; nothing while nothing watches.
function ____exports.record(event, data)
    if not journaling then
        return
    end
    seq = seq + 1
    local text = ____exports.eventText(event, data, seq)
    journal[seq] = text
    journal[seq - ____exports.JOURNAL_MAX] = nil
    local item = {seq = seq, text = text}
    for listener in pairs(listeners) do
        queue(listener, item)
        local wake = listener.wake
        if wake ~= nil and wake:size() == 0 then
            wake:push(true)
        end
    end
end
--- Sends a sample to the streams open now (not journaled, no id).
function ____exports.sample(event, data)
    if listening == 0 then
        return
    end
    local item = {
        seq = 0,
        text = ____exports.eventText(event, data)
    }
    for listener in pairs(listeners) do
        queue(listener, item)
    end
end
--- Whether any stream is open.
function ____exports.anyListener()
    return listening > 0
end
function ____exports.streamsOpen()
    return listening
end
--- A new stream's listener, queued from now on.
function ____exports.listen()
    opened = opened + 1
    local listener = {
        id = opened,
        queue = {},
        seen = nowMs(),
        dropped = 0,
        wake = capabilities().queueAlarm and core.queue() or nil
    }
    listeners[listener] = true
    listening = listening + 1
    return listener
end
--- Whether `listener` is still counted (reap() drops those whose stream stopped running).
function ____exports.stillListening(listener)
    return listeners[listener] ~= nil
end
--- Counts a listener again after reap() dropped it while it could not run (a
-- long stall). What was recorded meanwhile was never queued for it: it
-- starts over as after an overflow, from the journal or a reset.
function ____exports.relisten(listener)
    if listeners[listener] ~= nil then
        return
    end
    listeners[listener] = true
    listening = listening + 1
    listener.queue = {}
    listener.dropped = listener.dropped + 1
    core.log(
        core.debug,
        string.format("haproxy-api: /events stream #%d ran again after it was dropped: counted again, it starts over from the journal; %d open", listener.id, listening)
    )
end
--- A stream that has not run for this long has been ended with its client (api/events.ts: STALE_MS in its doc).
____exports.STALE_MS = 1000
--- Drops the listeners whose stream has not run for STALE_MS: HAProxy ended
-- it with its client. Each new stream and each turn of the watcher calls it
-- (the watcher stops LINGER_MS after the last stream is dropped, not at the
-- next stream opened).
function ____exports.reap(now)
    if listening == 0 then
        return
    end
    for listener in pairs(listeners) do
        if now - listener.seen > ____exports.STALE_MS then
            listeners[listener] = nil
            listening = listening - 1
            core.log(
                core.debug,
                string.format("haproxy-api: /events stream #%d dropped: no turn for %.0f ms (its client left, or HAProxy stalled); %d open", listener.id, now - listener.seen, listening)
            )
        end
    end
end
return ____exports
 end,
["api.events.watch"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local forget, DELETED_ORDER, seenServers, shared, passWanted
local ____json = require("http.json")
local asArray = ____json.asArray
local encode = ____json.encode
local inOrder = ____json.inOrder
local NULL = ____json.NULL
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
local ____proxylist = require("stats.process.proxylist")
local localProxies = ____proxylist.localProxies
local ____journal = require("api.events.journal")
local anyListener = ____journal.anyListener
local journalContinuousFrom = ____journal.journalContinuousFrom
local lastSeq = ____journal.lastSeq
local reap = ____journal.reap
local record = ____journal.record
local sample = ____journal.sample
local setJournaling = ____journal.setJournaling
function forget(backend, server)
    local key = (backend .. "/") .. server
    if not (seenServers[key] ~= nil) then
        return
    end
    seenServers[key] = nil
    record(
        "deleted",
        inOrder({backend = backend, server = server}, DELETED_ORDER)
    )
end
--- How often the watcher starts a pass over every server.
local PASS_MS = 1000
--- How long the watcher goes on after the last stream closed: a quick reconnect resumes.
local LINGER_MS = 60000
--- Looks per slice of a pass: a get_stats() each (a server, or a backend
-- after its servers), ~10-20 us and a 4 KiB table. A slice runs between two
-- proxied requests, so its length is what their p99 feels. Measured on
-- 1,000 x 10, nbthread 1, 16 streams, proxied p99 over five rounds on a
-- noisy machine, the two alternated: slices of 5 looks (a 2 ms sleep
-- between, 2,500 looks/s) 0.73-0.96 ms, median 0.79; slices of 2 (1 ms,
-- 2,000 looks/s) 0.49-0.63 ms and one 1.19, median 0.56; idle 0.35-0.65.
-- Earlier, slices of 10 (4 ms) gave 0.70-0.77 against 0.34-0.38 idle.
local LOOKS_PER_SLICE = 2
--- At most this many looks per second: a pass over 1,000 x 10 (11,000 looks
-- with the backends) takes 5.5 s instead of 1. Measured on 1,000 x 10,
-- nbthread 1, 16 streams open, proxied traffic on the same thread: a pass a
-- second in slices of 25 took a quarter of the thread (41,000 -> 30,000
-- req/s, p99 11 x idle).
local MAX_LOOKS_PER_SECOND = 2000
local SERVER_ORDER = {
    "backend",
    "server",
    "status",
    "admin_state",
    "operational_state",
    "weight",
    "address",
    "was"
}
local STATE_ORDER = {
    "backend",
    "server",
    "status",
    "admin_state",
    "operational_state",
    "weight",
    "address"
}
local WAS_ORDER = {"status", "weight", "address"}
local LOAD_ORDER = {"backend", "scur", "rate", "servers"}
local SERVER_LOAD_ORDER = {
    "server",
    "scur",
    "smax",
    "rate",
    "check_status"
}
DELETED_ORDER = {"backend", "server"}
seenServers = {}
local seenBackends = {}
--- The servers of the backend being looked at whose load moved, for its event: load.
local moved = {}
local passesStarted = 0
local passesDone = 0
--- Servers looked at so far in the pass under way, and in the last whole one: what a waiting stream is told.
local looksThisPass = 0
local serversLastPass = 0
--- Why the last pass failed (pcall's error), undefined after one that ended: a stream waiting for a baseline cannot get one.
local passFailure
--- The pass whose end made the baseline whole, since the watcher last started; 0 while none has.
local baselinePass = 0
local lingerUntil = 0
local function adminStateOf(status)
    if (string.find(status, "^MAINT")) ~= nil then
        return "maint"
    end
    if (string.find(status, "^DRAIN")) ~= nil then
        return "drain"
    end
    return "ready"
end
local function operationalStateOf(status)
    if (string.find(status, "^DOWN")) ~= nil or (string.find(status, "^MAINT")) ~= nil then
        return "down"
    end
    if (string.find(status, "^NOLB")) ~= nil then
        return "nolb"
    end
    return "up"
end
local function numberOf(row, field)
    local value = row[field]
    return type(value) == "number" and value or 0
end
--- "* L4OK" while a check runs, "L4OK" after: only the result counts, or every pass would differ.
local function checkOf(row)
    local check = tostring(row.check_status or "")
    return string.sub(check, 1, 2) == "* " and string.sub(check, 3) or check
end
--- A server's state as events and the reset tell it.
local function stateOf(seen)
    return inOrder(
        {
            backend = seen.backend,
            server = seen.server,
            status = seen.status,
            admin_state = adminStateOf(seen.status),
            operational_state = operationalStateOf(seen.status),
            weight = seen.weight,
            address = seen.address
        },
        STATE_ORDER
    )
end
--- Compares one server's row with what was seen; an event when its state
-- changed (the first look only records it, unless `announce`: a server
-- just added). What was seen is updated in place: one table less per look,
-- 11,000 looks a pass.
local function look(backend, name, row, announce)
    local status = tostring(row.status or "")
    local weight = numberOf(row, "weight")
    local address = tostring(row.addr or "")
    local scur = numberOf(row, "scur")
    local smax = numberOf(row, "smax")
    local rate = numberOf(row, "rate")
    local check = checkOf(row)
    local key = (backend .. "/") .. name
    local seen = seenServers[key]
    if seen == nil then
        local fresh = {
            backend = backend,
            server = name,
            status = status,
            weight = weight,
            address = address,
            scur = scur,
            smax = smax,
            rate = rate,
            check = check
        }
        seenServers[key] = fresh
        if announce then
            record(
                "server",
                inOrder(
                    __TS__ObjectAssign(
                        {},
                        stateOf(fresh),
                        {was = NULL}
                    ),
                    SERVER_ORDER
                )
            )
        end
        return
    end
    if seen.scur ~= scur or seen.smax ~= smax or seen.rate ~= rate or seen.check ~= check then
        seen.scur = scur
        seen.smax = smax
        seen.rate = rate
        seen.check = check
        moved[#moved + 1] = inOrder({
            server = name,
            scur = scur,
            smax = smax,
            rate = rate,
            check_status = check
        }, SERVER_LOAD_ORDER)
    end
    if seen.status == status and seen.weight == weight and seen.address == address then
        return
    end
    local was = inOrder({status = seen.status, weight = seen.weight, address = seen.address}, WAS_ORDER)
    seen.status = status
    seen.weight = weight
    seen.address = address
    record(
        "server",
        inOrder(
            __TS__ObjectAssign(
                {},
                stateOf(seen),
                {was = was}
            ),
            SERVER_ORDER
        )
    )
end
--- After a backend's servers: a load sample when its sessions or rate, or a server's load, moved.
local function lookBackend(name, proxy)
    local row = proxy:get_stats()
    local scur = numberOf(row, "scur")
    local rate = numberOf(row, "rate")
    local seen = seenBackends[name]
    local servers = moved
    if #servers > 0 then
        moved = {}
    end
    if seen == nil then
        seenBackends[name] = {scur = scur, rate = rate}
        return
    end
    if #servers == 0 and seen.scur == scur and seen.rate == rate then
        return
    end
    seen.scur = scur
    seen.rate = rate
    sample(
        "load",
        inOrder(
            {
                backend = name,
                scur = scur,
                rate = rate,
                servers = asArray(servers)
            },
            LOAD_ORDER
        )
    )
end
--- Looks (get_stats() calls) since the last pause, and the heap then: the pass pauses every LOOKS_PER_SLICE looks.
local looks = 0
local heapAtPause = 0
--- Whether the watcher should run: a stream is open, or closed less than LINGER_MS ago.
local function wanted(now)
    if anyListener() then
        lingerUntil = now + LINGER_MS
        return true
    end
    return now < lingerUntil
end
--- Whether this pass was asked for by a stream waiting for its reset: it
-- does not keep to MAX_LOOKS_PER_SECOND, only to slices, like a GET /stats
-- (measured at 1,000 x 10 on 3.2.26: the page was live 21 s after it
-- opened at the paced rate).
local hurried = false
--- Counts one look; every LOOKS_PER_SLICE, steps the collector by what they allocated and sleeps (yields, when hurried). False once the watcher should stop.
local function counted()
    looks = looks + 1
    if looks < LOOKS_PER_SLICE then
        return true
    end
    looks = 0
    local grown = collectgarbage("count") - heapAtPause
    if grown >= 1 then
        collectgarbage(
            "step",
            math.floor(grown)
        )
    end
    if hurried or passWanted then
        core.yield()
    else
        core.msleep(math.floor(LOOKS_PER_SLICE * 1000 / MAX_LOOKS_PER_SECOND))
    end
    heapAtPause = collectgarbage("count")
    return wanted(nowMs())
end
--- One pass over every server and backend, a slice at a time, the collector paced to what each slice allocated.
local function pass()
    passesStarted = passesStarted + 1
    looks = 0
    looksThisPass = 0
    heapAtPause = collectgarbage("count")
    local listed = {}
    for ____, entry in ipairs(localProxies()) do
        do
            if not entry.backend then
                goto __continue28
            end
            moved = {}
            local servers = entry.servers
            do
                local index = 0
                while index < #servers do
                    local name = entry.serverNames[index + 1]
                    local row = servers[index + 1]:get_stats()
                    if row ~= nil then
                        looksThisPass = looksThisPass + 1
                        listed[(entry.name .. "/") .. name] = true
                        look(entry.name, name, row, baselinePass > 0)
                    end
                    if not counted() then
                        return
                    end
                    index = index + 1
                end
            end
            lookBackend(entry.name, entry.proxy)
            if not counted() then
                return
            end
        end
        ::__continue28::
    end
    for key, seen in pairs(seenServers) do
        if not (listed[key] ~= nil) then
            forget(seen.backend, seen.server)
        end
    end
    passesDone = passesStarted
    serversLastPass = looksThisPass
    passFailure = nil
    shared = nil
    if baselinePass == 0 then
        baselinePass = passesDone
        journalContinuousFrom(lastSeq() + 1)
    end
end
--- Whether the baseline is whole and a pass that started after `pass` has ended: every server was looked at since.
function ____exports.lookedSince(pass)
    return baselinePass > 0 and passesDone > pass
end
--- What a stream that waits for its baseline waits for, in words for its
-- client; with `failed` when the watcher's last pass failed (no baseline
-- comes until one ends).
function ____exports.watcherProgress()
    local total = serversLastPass > 0 and " of " .. tostring(serversLastPass) or ""
    return (((("the watcher's look at every server (pass " .. tostring(passesStarted)) .. ": ") .. tostring(looksThisPass)) .. total) .. " looked at)", passFailure
end
--- The number of the last pass started: a stream waits for the next one to end.
function ____exports.passesSoFar()
    return passesStarted
end
local function snapshotKey()
    return (tostring(lastSeq()) .. ":") .. tostring(passesDone)
end
--- The snapshot of this moment.
function ____exports.takeSnapshot()
    local key = snapshotKey()
    if shared ~= nil and shared.key == key then
        return shared
    end
    local servers = {}
    for ____, seen in pairs(seenServers) do
        servers[#servers + 1] = seen
    end
    shared = {key = key, servers = servers, texts = {}}
    return shared
end
--- How many groups of `size` servers it has.
function ____exports.snapshotGroups(taken, size)
    return math.ceil(#taken.servers / size)
end
--- Group `index` (0-based) of `size` servers, as JSON objects joined by commas.
function ____exports.snapshotGroup(taken, index, size)
    local done = taken.texts[index + 1]
    if done ~= nil then
        return done
    end
    local items = {}
    local last = math.min(#taken.servers, (index + 1) * size)
    do
        local at = index * size
        while at < last do
            items[#items + 1] = encode(stateOf(taken.servers[at + 1]))
            at = at + 1
        end
    end
    local text = table.concat(items, ",")
    taken.texts[index + 1] = text
    return text
end
--- HAProxy's server events (2.8 and later), subscribed to at init: the same
-- event as a pass would make, at once. Runs in a task of HAProxy's own, one
-- event after the other.
local function onServerEvent(event, data)
    if baselinePass == 0 and not wanted(nowMs()) then
        return
    end
    local backend = data.proxy_name
    local name = data.name
    if event == "SERVER_DEL" then
        forget(backend, name)
        return
    end
    local ____opt_0 = data.reference
    local row = ____opt_0 and ____opt_0:get_stats()
    if row == nil then
        return
    end
    look(backend, name, row, event == "SERVER_ADD")
end
local function subscribe()
    local caps = capabilities()
    if not caps.eventBus then
        return
    end
    local ok, err = pcall(core.event_sub, {"SERVER_ADD", "SERVER_DEL", "SERVER_STATE", "SERVER_ADMIN"}, onServerEvent)
    if not ok then
        core.log(
            core.warning,
            ("haproxy-api: no server events from HAProxy's event bus (" .. tostring(err)) .. "): changes are seen by the watcher's passes"
        )
    end
end
--- A stream waits for a pass to start its reset from: the next one starts now, not at the next second.
passWanted = false
function ____exports.passSoon()
    passWanted = true
end
--- How often the watcher, between passes or idle, looks whether it is wanted.
local NAP_MS = 50
--- Starts the watcher (a background task) and, from 2.8, the event bus subscription. Init only.
function ____exports.watchServers()
    subscribe()
    core.register_task(function()
        local nextPass = 0
        do
            while true do
                do
                    local now = nowMs()
                    reap(now)
                    if not wanted(now) then
                        if baselinePass ~= 0 or (next(seenServers)) ~= nil then
                            seenServers = {}
                            seenBackends = {}
                            baselinePass = 0
                            setJournaling(false)
                        end
                        core.msleep(NAP_MS)
                        goto __continue64
                    end
                    setJournaling(true)
                    if now < nextPass and not passWanted then
                        core.msleep(NAP_MS)
                        goto __continue64
                    end
                    hurried = passWanted
                    passWanted = false
                    nextPass = now + PASS_MS
                    local ok, err = pcall(pass)
                    if not ok then
                        passFailure = tostring(err)
                        core.log(core.err, "haproxy-api: watching the servers for /events: " .. passFailure)
                    end
                    core.msleep(NAP_MS)
                end
                ::__continue64::
            end
        end
    end)
end
return ____exports
 end,
["http.request"] = function(...) 
local ____exports = {}
--- The same, before there is a Request (the service boundary): HAProxy lists a header's values by index from 0.
function ____exports.appletHeader(applet, name)
    local values = applet.headers[name]
    local ____temp_0
    if values == nil then
        ____temp_0 = nil
    else
        ____temp_0 = values[0]
    end
    return ____temp_0
end
--- Bodies above this many bytes are refused (413): every body this API takes
-- is a few bytes. It stays below HAProxy's buffer (tune.bufsize, 16 KiB), so
-- that with "option http-buffer-request" HAProxy hands the service either
-- the whole body or more than the limit, and a client that announces more
-- than it sends meets "timeout http-request" instead of holding the service.
____exports.MAX_BODY_BYTES = 8 * 1024
local function hexByte(hex)
    return string.char(tonumber(hex, 16))
end
--- "^/([^/]*)$", "^/([^/]*)/([^/]*)$"...: the pattern that splits a path of 1, 2... segments (Lua takes 32 captures).
local SEGMENT_PATTERNS = {}
do
    local count = 1
    while count <= 16 do
        SEGMENT_PATTERNS[count] = ("^" .. string.rep("/([^/]*)", count)) .. "$"
        count = count + 1
    end
end
--- Splits "/a/b%2Fc/" into ["a", "b/c"]. A decoded "/" stays inside its
-- segment, so it can only make a name invalid, never change the route.
function ____exports.splitPath(path)
    if string.sub(path, 1, 1) ~= "/" then
        return nil, "the path must start with /"
    end
    local trimmed = #path > 1 and string.sub(path, -1) == "/" and string.sub(path, 1, -2) or path
    if trimmed == "/" then
        return {}
    end
    local encoded = (string.find(trimmed, "%", 1, true)) ~= nil
    if not encoded then
        local ____, count = string.gsub(trimmed, "/", "/")
        local pattern = SEGMENT_PATTERNS[count]
        if pattern ~= nil then
            return {string.match(trimmed, pattern)}
        end
    end
    local segments = {}
    local length = #trimmed
    local last = 0
    while last < length do
        do
            local ____, ____end, found = string.find(trimmed, "^/([^/]*)", last + 1)
            local raw = found
            last = ____end
            if not encoded or (string.find(raw, "%", 1, true)) == nil then
                segments[#segments + 1] = raw
                goto __continue10
            end
            local ____, percents = string.gsub(raw, "%%", "%%")
            local decoded, escapes = string.gsub(raw, "%%(%x%x)", hexByte)
            if escapes ~= percents then
                return nil, ("bad percent-encoding in path segment \"" .. raw) .. "\""
            end
            segments[#segments + 1] = decoded
        end
        ::__continue10::
    end
    return segments
end
local function percentByte(char)
    return string.format(
        "%%%02X",
        string.byte(char)
    )
end
--- `segment` percent-encoded for a path: everything but RFC 3986's unreserved characters.
function ____exports.encodeSegment(segment)
    local encoded = string.gsub(segment, "[^%w%-%._~]", percentByte)
    return encoded
end
--- The first value of a request header (names are lower case), if sent.
function ____exports.header(request, name)
    return ____exports.appletHeader(request.applet, name)
end
--- Reads the whole body, up to `limit` bytes; over it, 413 without reading the rest.
function ____exports.readBody(request, limit)
    local announced = tonumber(____exports.header(request, "content-length") or "")
    if announced ~= nil and announced > limit then
        return nil, 413, ((("request body of " .. tostring(announced)) .. " bytes is over the limit of ") .. tostring(limit)) .. " bytes"
    end
    local body = ""
    local parts
    local size = 0
    while size ~= announced do
        local chunk = request.applet:receive(limit + 1 - size)
        if chunk == nil or chunk == "" then
            break
        end
        if size == 0 then
            body = chunk
        elseif parts == nil then
            parts = {body, chunk}
        else
            parts[#parts + 1] = chunk
        end
        size = size + #chunk
        if size > limit then
            return nil, 413, ("request body is over the limit of " .. tostring(limit)) .. " bytes"
        end
    end
    return parts == nil and body or table.concat(parts)
end
return ____exports
 end,
["http.body"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____json = require("http.json")
local decode = ____json.decode
local kindOf = ____json.kindOf
local ____request = require("http.request")
local header = ____request.header
local MAX_BODY_BYTES = ____request.MAX_BODY_BYTES
local readBody = ____request.readBody
--- application/json, with or without parameters, or any "+json" type.
function ____exports.isJson(contentType)
    if contentType == nil then
        return false
    end
    if contentType == "application/json" then
        return true
    end
    local media = string.match(
        string.lower(contentType),
        "^%s*([^;%s]+)"
    )
    if media == nil then
        return false
    end
    return media == "application/json" or (string.find(media, "^application/[^/]+%+json$")) ~= nil
end
--- The body as one JSON value (of `expected`, as a message names it: a
-- description, or the fields of an object); anything else is a 4xx reply.
-- `compact`: the text itself, when it is a flat object (jsonparse.ts)
-- without white space, and so already the compact JSON of its fields, as
-- the client ordered them.
function ____exports.jsonValue(request, expected, limit)
    if limit == nil then
        limit = MAX_BODY_BYTES
    end
    if not ____exports.isJson(header(request, "content-type")) then
        return false, failure(415, ("a " .. request.method) .. " body must be JSON: send \"Content-Type: application/json\"")
    end
    local text, status, problem = readBody(request, limit)
    if text == nil then
        return false, failure(status, problem)
    end
    local ok, value, flat = decode(text)
    if ok then
        return true, value, flat and (string.find(text, "%s")) == nil and text or nil
    end
    if (string.find(text, "^%s*$")) ~= nil then
        local what = type(expected) == "string" and expected or "a JSON object with " .. table.concat(expected, ", ")
        return false, failure(400, "the request body is empty: expected " .. what)
    end
    return false, failure(400, "the request body is not valid JSON: " .. value)
end
--- The body as a JSON object whose field names are all in `allowed`, with at
-- least one of them present; anything else is a 4xx reply naming the problem.
function ____exports.jsonObject(request, allowed, limit)
    if limit == nil then
        limit = MAX_BODY_BYTES
    end
    local ok, value, compact = ____exports.jsonValue(request, allowed, limit)
    if not ok then
        return nil, value
    end
    local kind = kindOf(value)
    if kind ~= "object" then
        return nil, failure(400, "the request body must be a JSON object, got " .. kind)
    end
    local fields = value
    local present = 0
    for name in pairs(fields) do
        local index = #allowed - 1
        while index >= 0 and allowed[index + 1] ~= name do
            index = index - 1
        end
        if index < 0 then
            return nil, failure(
                400,
                (("unknown field \"" .. name) .. "\": expected ") .. table.concat(allowed, ", ")
            )
        end
        present = present + 1
    end
    if present == 0 then
        return nil, failure(
            400,
            "no field given: expected " .. table.concat(allowed, ", ")
        )
    end
    request.fields = fields
    if compact ~= nil then
        request.fieldsJson = compact
        request.fieldsJsonOf = fields
    end
    return fields
end
return ____exports
 end,
["http.router"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local matches, paramsOf
function matches(route, segments)
    local at = route.literalAt
    local texts = route.literalText
    do
        local index = 0
        while index < #at do
            if texts[index + 1] ~= segments[at[index + 1] + 1] then
                return false
            end
            index = index + 1
        end
    end
    return true
end
function paramsOf(route, segments)
    local at = route.paramAt
    local names = route.paramName
    if #at == 2 then
        return {[names[1]] = segments[at[1] + 1], [names[2]] = segments[at[2] + 1]}
    end
    if #at == 1 then
        return {[names[1]] = segments[at[1] + 1]}
    end
    local params = {}
    do
        local index = 0
        while index < #at do
            params[names[index + 1]] = segments[at[index + 1] + 1]
            index = index + 1
        end
    end
    return params
end
--- Methods of HTTP itself: a known route answers 405 to these, and 501 to anything else.
local HTTP_METHODS = {}
for ____, method in ipairs({
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "TRACE",
    "CONNECT"
}) do
    HTTP_METHODS[method] = true
end
local function bucketKey(count, first, last)
    return (((tostring(count) .. "/") .. first) .. "/") .. last
end
function ____exports.compile(specs)
    local routes = {}
    local buckets = {}
    local words = {}
    for ____, ____value in ipairs(specs) do
        local method = ____value[1]
        local pattern = ____value[2]
        local handler = ____value[3]
        local extra = ____value[4]
        local segments = {}
        local names = {}
        local literalAt = {}
        local literalText = {}
        local paramAt = {}
        local paramName = {}
        for segment in string.gmatch(pattern, "[^/]+") do
            local param = string.sub(segment, 1, 1) == ":"
            names[#segments + 1] = param and string.sub(segment, 2) or nil
            if param then
                paramAt[#paramAt + 1] = #segments
                paramName[#paramName + 1] = string.sub(segment, 2)
            end
            if not param and #segments > 0 then
                literalAt[#literalAt + 1] = #segments
                literalText[#literalText + 1] = segment
            end
            segments[#segments + 1] = segment
        end
        local route = {
            method = method,
            pattern = pattern,
            segments = segments,
            handler = handler,
            index = #routes,
            names = names,
            literalAt = literalAt,
            literalText = literalText,
            paramAt = paramAt,
            paramName = paramName,
            extra = extra
        }
        routes[#routes + 1] = route
        local count = #segments
        local first = count == 0 and "" or (names[1] ~= nil and "*" or segments[1])
        local last = count == 0 and "" or (names[count] ~= nil and "*" or segments[count])
        words[first] = true
        words[last] = true
        local key = bucketKey(count, first, last)
        local bucket = buckets[key]
        if bucket == nil then
            bucket = {}
            buckets[key] = bucket
        end
        bucket[#bucket + 1] = route
    end
    words["*"] = nil
    return {routes = routes, buckets = buckets, words = words, merged = {}}
end
--- The routes of one shape (see Router.merged): those of its buckets, in table order.
local function merge(router, count, first, last)
    if count == 0 then
        return router.buckets[bucketKey(0, "", "")] or ({})
    end
    local found = {}
    local lists = 0
    for ____, key in ipairs({
        bucketKey(count, first, last),
        bucketKey(count, first, "*"),
        bucketKey(count, "*", last),
        bucketKey(count, "*", "*")
    }) do
        do
            local bucket = router.buckets[key]
            if bucket == nil then
                goto __continue14
            end
            lists = lists + 1
            for ____, route in ipairs(bucket) do
                if not __TS__ArrayIncludes(found, route) then
                    found[#found + 1] = route
                end
            end
        end
        ::__continue14::
    end
    if lists > 1 then
        table.sort(
            found,
            function(a, b) return a.index < b.index end
        )
    end
    return found
end
--- The routes that may match `segments`, in table order: those of its shape, a parameter's first or last segment as "*".
local function candidates(router, segments)
    local count = #segments
    local words = router.words
    local first = count > 0 and words[segments[1]] ~= nil and segments[1] or "*"
    local last = count > 0 and words[segments[count]] ~= nil and segments[count] or "*"
    local byFirst = router.merged[count]
    if byFirst == nil then
        byFirst = {}
        router.merged[count] = byFirst
    end
    local byLast = byFirst[first]
    if byLast == nil then
        byLast = {}
        byFirst[first] = byLast
    end
    local found = byLast[last]
    if found == nil then
        found = merge(router, count, first, last)
        byLast[last] = found
    end
    return found
end
local function foundMatch(route, segments)
    return {
        kind = "found",
        handler = route.handler,
        params = paramsOf(route, segments),
        extra = route.extra
    }
end
function ____exports.match(router, method, segments)
    if not (HTTP_METHODS[method] ~= nil) then
        return {kind = "not_implemented"}
    end
    local routes = candidates(router, segments)
    do
        local index = #routes - 1
        while index >= 0 do
            local route = routes[index + 1]
            if route.method == method and matches(route, segments) then
                return foundMatch(route, segments)
            end
            index = index - 1
        end
    end
    local getRoute
    local methods = {}
    for ____, route in ipairs(routes) do
        if matches(route, segments) then
            methods[#methods + 1] = route.method
            if route.method == "GET" then
                getRoute = route
            end
        end
    end
    if #methods == 0 then
        return {kind = "not_found"}
    end
    if getRoute ~= nil then
        methods[#methods + 1] = "HEAD"
    end
    methods[#methods + 1] = "OPTIONS"
    local allow = table.concat(methods, ", ")
    if method == "OPTIONS" then
        return {kind = "options", allow = allow}
    end
    if method == "HEAD" and getRoute ~= nil then
        return foundMatch(getRoute, segments)
    end
    return {kind = "method_not_allowed", allow = allow}
end
return ____exports
 end,
["http.query"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local function hexByte(hex)
    return string.char(tonumber(hex, 16))
end
--- One percent-encoded component, or undefined when a "%" is not followed by two hex digits.
local function decoded(text)
    local spaced = string.gsub(text, "%+", " ")
    local ____, percents = string.gsub(spaced, "%%", "")
    local plain, escapes = string.gsub(spaced, "%%(%x%x)", hexByte)
    return escapes == percents and plain or nil
end
--- The request's query, with only `allowed` names; anything else, or a bad
-- encoding, is a 400 naming it. An empty query string is an empty query.
function ____exports.query(request, allowed)
    local parsed = {}
    local qs = request.applet.qs
    if type(qs) ~= "string" or qs == "" then
        return parsed
    end
    for pair in string.gmatch(qs, "[^&]+") do
        local rawName, rawValue = string.match(pair, "^([^=]*)=?(.*)$")
        local name = decoded(rawName)
        local value = decoded(rawValue)
        if name == nil or value == nil then
            return nil, failure(400, ("bad percent-encoding in query parameter \"" .. pair) .. "\"")
        end
        if not __TS__ArrayIncludes(allowed, name) then
            local expected = #allowed == 0 and "this resource takes none" or "expected " .. table.concat(allowed, ", ")
            return nil, failure(400, (("unknown query parameter \"" .. name) .. "\": ") .. expected)
        end
        local values = parsed[name] or ({})
        values[#values + 1] = value
        parsed[name] = values
    end
    return parsed
end
--- The one value of `name`, if given; a 400 when it is given more than once.
function ____exports.single(parsed, name)
    local values = parsed[name]
    if values == nil then
        return nil
    end
    if #values > 1 then
        return nil, failure(
            400,
            ((("query parameter \"" .. name) .. "\" given ") .. tostring(#values)) .. " times: give it once"
        )
    end
    return values[1]
end
return ____exports
 end,
["api.events"] = function(...) 
local ____exports = {}
local pause, writeQueued, TURN_MS, WOKEN_TURN_MS
local ____json = require("http.json")
local decode = ____json.decode
local inOrder = ____json.inOrder
local NULL = ____json.NULL
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____request = require("http.request")
local header = ____request.header
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local ____response = require("http.response")
local streamed = ____response.streamed
local ____gate = require("stats.core.gate")
local nowMs = ____gate.nowMs
local ____journal = require("api.events.journal")
local anyListener = ____journal.anyListener
local eventsAfter = ____journal.eventsAfter
local idOf = ____journal.idOf
local journalingNow = ____journal.journalingNow
local lastSeq = ____journal.lastSeq
local listen = ____journal.listen
local reap = ____journal.reap
local record = ____journal.record
local relisten = ____journal.relisten
local seqOf = ____journal.seqOf
local stillListening = ____journal.stillListening
local streamsOpen = ____journal.streamsOpen
local ____watch = require("api.events.watch")
local lookedSince = ____watch.lookedSince
local passesSoFar = ____watch.passesSoFar
local passSoon = ____watch.passSoon
local snapshotGroup = ____watch.snapshotGroup
local snapshotGroups = ____watch.snapshotGroups
local takeSnapshot = ____watch.takeSnapshot
local watcherProgress = ____watch.watcherProgress
function pause(listener, ready)
    local wake = listener.wake
    if wake == nil or not ready then
        core.msleep(TURN_MS)
        return
    end
    wake:alarm()
    if wake:pop() ~= nil then
        return
    end
    core.wait(WOKEN_TURN_MS)
    wake:pop()
end
function writeQueued(write, pending, covered)
    local texts = {}
    local last = covered
    for ____, item in ipairs(pending) do
        do
            if item.seq ~= 0 and item.seq <= covered then
                goto __continue35
            end
            texts[#texts + 1] = item.text
            if item.seq > last then
                last = item.seq
            end
        end
        ::__continue35::
    end
    if #texts == 0 then
        return nil
    end
    write(table.concat(texts))
    return last
end
____exports.MAX_STREAMS = 16
--- A comment line this often. It keeps proxies from closing an idle stream,
-- and it is how HAProxy learns that a client went away: while it answers a
-- request, HTTP/1 reads nothing more from the client, so only a failed
-- write tells (measured: with 15 s, a closed stream's slot was not free
-- again within 10 s; with 2 s, it was after 2.5 s, three runs of three).
local KEEPALIVE_MS = 2000
TURN_MS = 50
WOKEN_TURN_MS = 250
--- Servers per data line of a reset: one buffer's worth, then the thread goes back to HAProxy.
local RESET_GROUP = 50
local WRITE_ORDER = {"method", "path", "status", "result"}
--- A write the API made (api/audit.ts): method, path, status, and the answer's JSON body as `result` (null without one).
function ____exports.publishWrite(method, path, status, body)
    if not anyListener() and not journalingNow() then
        return
    end
    local result = NULL
    if body ~= nil and body ~= "" then
        local ok, value = decode(body)
        if ok then
            result = value
        end
    end
    record(
        "write",
        inOrder({method = method, path = path, status = status, result = result}, WRITE_ORDER)
    )
end
--- The id a client resumes from: Last-Event-ID, or ?since= (which wins); undefined when none.
local function resumeFrom(request)
    local parsed, refused = query(request, {"since"})
    if parsed == nil then
        return nil, refused
    end
    local since, twice = single(parsed, "since")
    if twice ~= nil then
        return nil, twice
    end
    return since or header(request, "last-event-id"), nil
end
--- Writes `event: reset`: every server's state, a data line per group, with the id of the last event it covers; how many servers it told.
local function writeReset(write, at)
    local taken = takeSnapshot()
    write(("id: " .. idOf(at)) .. "\nevent: reset\ndata: {\"servers\":[\n")
    local groups = snapshotGroups(taken, RESET_GROUP)
    do
        local index = 0
        while index < groups do
            write((("data: " .. (index == 0 and "" or ",")) .. snapshotGroup(taken, index, RESET_GROUP)) .. "\n")
            core.msleep(0)
            index = index + 1
        end
    end
    write("data: ]}\n\n")
    return #taken.servers
end
--- GET /events [?since=<id>].
function ____exports.getEvents(_context, request)
    local since, refused = resumeFrom(request)
    if refused ~= nil then
        return refused
    end
    local openedAt = nowMs()
    reap(openedAt)
    if streamsOpen() >= ____exports.MAX_STREAMS then
        core.log(
            core.debug,
            string.format("haproxy-api: /events refused to %s: %d streams open", request.source or "-", ____exports.MAX_STREAMS)
        )
        return failure(
            503,
            tostring(____exports.MAX_STREAMS) .. " event streams are open already: close one, or poll instead"
        )
    end
    local listener = listen()
    local sinceSeq = seqOf(since)
    local ____temp_0
    if sinceSeq == nil then
        ____temp_0 = nil
    else
        ____temp_0 = eventsAfter(sinceSeq)
    end
    local replay = ____temp_0
    local covered = replay == nil and 0 or lastSeq()
    local openedAtPass = passesSoFar()
    if replay == nil then
        passSoon()
    end
    core.log(
        core.debug,
        string.format(
            "haproxy-api: /events stream #%d opened by %s, %s; %d open",
            listener.id,
            request.source or "-",
            replay == nil and ("waiting for a pass after pass " .. tostring(openedAtPass)) .. " for its reset" or "resuming after " .. tostring(since),
            streamsOpen()
        )
    )
    local reply = streamed(
        "text/event-stream",
        function(write)
            write(": haproxy-api events\n\nretry: 1000\n\n")
            local lastWrite = nowMs()
            local ready = false
            do
                while true do
                    local at = nowMs()
                    listener.seen = at
                    if not stillListening(listener) then
                        if streamsOpen() >= ____exports.MAX_STREAMS then
                            return
                        end
                        relisten(listener)
                    end
                    if listener.dropped > 0 then
                        listener.dropped = 0
                        replay = eventsAfter(covered)
                        ready = false
                        if replay ~= nil then
                            covered = lastSeq()
                        end
                        listener.queue = {}
                        if replay == nil then
                            passSoon()
                        end
                        core.log(
                            core.debug,
                            string.format("haproxy-api: /events stream #%d starts over (it missed events): %s", listener.id, replay == nil and "from a reset" or "from the journal")
                        )
                    end
                    if not ready and replay ~= nil then
                        ready = true
                        write(table.concat(replay) .. ": ready\n\n")
                        core.log(
                            core.debug,
                            string.format("haproxy-api: /events stream #%d ready after %.0f ms: %d events from the journal", listener.id, at - openedAt, #replay)
                        )
                        replay = nil
                        lastWrite = at
                    elseif not ready and lookedSince(openedAtPass) then
                        ready = true
                        covered = lastSeq()
                        local servers = writeReset(write, covered)
                        write(": ready\n\n")
                        lastWrite = nowMs()
                        core.log(
                            core.debug,
                            string.format(
                                "haproxy-api: /events stream #%d ready after %.0f ms: a reset of %d servers at event %d",
                                listener.id,
                                lastWrite - openedAt,
                                servers,
                                covered
                            )
                        )
                    elseif not ready and at - lastWrite >= KEEPALIVE_MS then
                        local words, failed = watcherProgress()
                        if failed ~= nil then
                            write((": error: no starting point: the watcher failed (" .. failed) .. "); HAProxy's log has the details\n\n")
                            core.log(
                                core.debug,
                                string.format("haproxy-api: /events stream #%d ended: the watcher failed", listener.id)
                            )
                            return
                        end
                        write((": waiting for " .. words) .. "\n\n")
                        lastWrite = at
                    end
                    if ready and #listener.queue > 0 then
                        local pending = listener.queue
                        listener.queue = {}
                        local written = writeQueued(write, pending, covered)
                        if written ~= nil then
                            covered = written
                            lastWrite = nowMs()
                        end
                    elseif at - lastWrite >= KEEPALIVE_MS then
                        write(": keepalive\n\n")
                        lastWrite = at
                    end
                    pause(listener, ready)
                end
            end
        end
    )
    reply.headers = {["cache-control"] = "no-cache", ["x-accel-buffering"] = "no"}
    return reply
end
return ____exports
 end,
["api.audit"] = function(...) 
local ____exports = {}
local ____jsonencode = require("http.jsonencode")
local encodeJson = ____jsonencode.encodeJson
local ____events = require("api.events")
local publishWrite = ____events.publishWrite
function ____exports.audit(request, status, body)
    request.audited = true
    local fields = request.fields == nil and "-" or (request.fieldsJsonOf == request.fields and request.fieldsJson or encodeJson(request.fields))
    local address = request.source or request.applet.sf:src() or "-"
    local source = request.token == nil and address or (address .. " token=") .. request.token
    core.log(
        core.info,
        string.format(
            "haproxy-api: %s %s %s %s %d",
            source,
            request.method,
            request.path,
            fields,
            status
        )
    )
    publishWrite(request.method, request.path, status, body)
end
return ____exports
 end,
["api.writelock"] = function(...) 
local ____exports = {}
local ____gate = require("stats.core.gate")
local enter = ____gate.enter
local leave = ____gate.leave
local newGate = ____gate.newGate
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
local writes = newGate(1)
--- Runs `run` holding the write lock; waits for it up to the client's timeout
-- and answers (undefined, seconds waited) if it never came. Given back on
-- every path: here when `run` returns, at the request boundary when it
-- raised (core/held.ts). A holder HAProxy stopped running (its client left)
-- loses it one socket timeout and a second after its last step on the
-- socket: each step renews it (core/gate.ts).
function ____exports.exclusively(client, run, ...)
    if not insideHAProxy() then
        return run(...)
    end
    local slot = enter(writes, client.timeout, client.timeout + 1)
    if slot == nil then
        return nil, client.timeout
    end
    local value = run(...)
    leave(writes, slot)
    return value
end
return ____exports
 end,
["api.respond"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local fromStatsError = ____errors.fromStatsError
local failure = ____errors.failure
local ____response = require("http.response")
local json = ____response.json
local noContent = ____response.noContent
local ____audit = require("api.audit")
local audit = ____audit.audit
local ____writelock = require("api.writelock")
local exclusively = ____writelock.exclusively
function ____exports.noSocket(context)
    return failure(503, "no stats socket: " .. context.socket.source)
end
--- A library error as a reply; an unreachable socket gets discovery's hint (chroot...).
function ____exports.failed(context, err)
    local reply = fromStatsError(err)
    local hint = context.socket.hint
    if err.kind ~= "connect" or hint == nil then
        return reply
    end
    return failure(reply.status, (("stats socket: " .. err.message) .. "; ") .. hint)
end
--- Runs `query` with the context's client and answers its value as JSON, shaped by `shape`.
function ____exports.respond(context, query, shape)
    local client = context.client
    if client == nil then
        return ____exports.noSocket(context)
    end
    local value, err = query(client)
    if value == nil then
        return ____exports.failed(context, err)
    end
    local ____json_1 = json
    local ____temp_0
    if shape == nil then
        ____temp_0 = value
    else
        ____temp_0 = shape(value)
    end
    return ____json_1(200, ____temp_0)
end
local function readAfter(context, client, read, outcome, arg)
    local value, err = read(client, arg)
    if value == nil then
        return ____exports.failed(context, err)
    end
    local ____json_4 = json
    local ____temp_3 = outcome.status or 200
    local ____temp_2
    if outcome.shape == nil then
        ____temp_2 = value
    else
        ____temp_2 = outcome.shape(value)
    end
    local reply = ____json_4(____temp_3, ____temp_2)
    if outcome.location ~= nil then
        reply.headers = {location = outcome.location(value)}
    end
    return reply
end
--- The write of applyThenRead, under the lock: applied, read back, logged before the lock is released.
local function applyAndRead(context, client, request, apply, read, outcome, arg)
    local done, err = apply(client, arg)
    local answer
    if done == nil then
        answer = ____exports.failed(context, err)
    elseif read == nil then
        answer = noContent()
    else
        answer = readAfter(
            context,
            client,
            read,
            outcome,
            arg
        )
    end
    audit(request, answer.status, answer.body)
    return answer
end
--- A write answered for itself, logged under the lock.
local function auditedWrite(request, write)
    local answer = write()
    audit(request, answer.status, answer.body)
    return answer
end
--- What a write that never got the lock answers.
local function lockTimeout(waited)
    return failure(
        504,
        ("another write held the write lock for " .. tostring(waited)) .. "s"
    )
end
--- The outcome of a write whose read-back is a plain function: 200 and the value read.
local READ_BACK = {}
--- Applies a write, then answers what HAProxy reports afterwards: the reply
-- is read back from HAProxy, never echoed from the request. Both run under
-- the write lock, and the write is logged before it is released. `arg`, if
-- given, goes to `apply` and to the read-back, so that a route's write
-- needs no closure a request.
function ____exports.applyThenRead(context, request, apply, readBack, arg)
    local client = context.client
    if client == nil then
        return ____exports.noSocket(context)
    end
    local plain = type(readBack) == "function"
    local read = plain and readBack or readBack.read
    local outcome = plain and READ_BACK or readBack
    local reply, waited = exclusively(
        client,
        applyAndRead,
        context,
        client,
        request,
        apply,
        read,
        outcome,
        arg
    )
    return reply or lockTimeout(waited)
end
--- Runs a write that answers for itself under the write lock, and logs it
-- before the lock is released (so the log's order is HAProxy's); a 504 when
-- another write held the lock too long.
function ____exports.lockedWrite(client, request, write)
    local reply, waited = exclusively(client, auditedWrite, request, write)
    return reply or lockTimeout(waited)
end
return ____exports
 end,
["api.acls"] = function(...) 
local ____exports = {}
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____request = require("http.request")
local encodeSegment = ____request.encodeSegment
local ____commands = require("stats.patterns.commands")
local addAclEntry = ____commands.addAclEntry
local patterns = require("stats.patterns.calls")
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
____exports.postAclEntry = function(context, request, params)
    local fields, refused = jsonObject(request, {"value"})
    if fields == nil then
        return refused
    end
    local value = fields.value
    local ref = params.acl
    local command, invalid = addAclEntry(ref, value)
    if command == nil then
        return failure(400, invalid.message)
    end
    return applyThenRead(
        context,
        request,
        function(client) return patterns.addAclEntry(client, ref, value) end,
        {
            read = function(client) return patterns.last(client, "acl", ref, value) end,
            status = 201,
            location = function(entry) return (("/acls/" .. encodeSegment(ref)) .. "/ids/") .. encodeSegment(entry.id) end
        }
    )
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
["api.certificates"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local asArray = ____json.asArray
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____request = require("http.request")
local encodeSegment = ____request.encodeSegment
local header = ____request.header
local readBody = ____request.readBody
local certs = require("stats.certificates.calls")
local ____commands = require("stats.certificates.commands")
local MAX_PEM_BYTES = ____commands.MAX_PEM_BYTES
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local respond = ____respond.respond
--- Arrays that may be empty encode as [], not {}.
local function shaped(certificate)
    asArray(certificate.sans)
    asArray(certificate.crt_lists)
    if certificate.chain ~= nil then
        asArray(certificate.chain)
    end
    return certificate
end
local function shapedList(list)
    for ____, certificate in ipairs(list) do
        shaped(certificate)
    end
    return asArray(list)
end
____exports.listCertificates = function(context) return respond(context, certs.certificates, shapedList) end
____exports.getCertificate = function(context, _request, params) return respond(
    context,
    function(client) return certs.certificate(client, params.file) end,
    shaped
) end
local function isPem(request)
    local media = string.match(
        string.lower(header(request, "content-type") or ""),
        "^%s*([^;%s]+)"
    )
    return media == "application/x-pem-file"
end
--- The body's fields: the PEM alone (application/x-pem-file) or the JSON object's `allowed` fields; what the write log keeps instead.
local function certificateBody(request, allowed)
    local fields
    if isPem(request) then
        local text, status, problem = readBody(request, MAX_PEM_BYTES)
        if text == nil then
            return nil, failure(status, problem)
        end
        fields = {}
        fields.pem = text
    else
        local parsed, refused = jsonObject(request, allowed, MAX_PEM_BYTES + 4096)
        if parsed == nil then
            return nil, refused
        end
        fields = parsed
    end
    local pem = fields.pem
    local logged = {}
    for name, value in pairs(fields) do
        if name ~= "pem" then
            logged[name] = value
        end
    end
    logged.pem_bytes = type(pem) == "string" and #pem or 0
    request.fields = logged
    return fields
end
--- Reads the certificate back after a write, and puts its fingerprint in the write log.
local function readBack(request, file)
    return function(client)
        local certificate, err = certs.certificate(client, file)
        if certificate ~= nil and request.fields ~= nil then
            request.fields.sha1_fingerprint = certificate.sha1_fingerprint
        end
        return certificate, err
    end
end
____exports.putCertificate = function(context, request, params)
    local fields, refused = certificateBody(request, {"pem"})
    if fields == nil then
        return refused
    end
    if fields.pem == nil then
        return failure(400, "the body holds no PEM: send it as application/x-pem-file, or as JSON {\"pem\": \"...\"}")
    end
    return applyThenRead(
        context,
        request,
        function(client) return certs.setCertificate(client, params.file, fields.pem) end,
        {
            read = readBack(request, params.file),
            shape = shaped
        }
    )
end
____exports.postCertificate = function(context, request)
    local fields, refused = certificateBody(request, {"file", "pem", "crt_list"})
    if fields == nil then
        return refused
    end
    for ____, name in ipairs({"file", "pem"}) do
        if fields[name] == nil then
            return failure(400, ("field \"" .. name) .. "\" is required")
        end
    end
    if isPem(request) then
        return failure(415, "POST /certificates takes JSON {\"file\", \"pem\", \"crt_list\"?}: the file is named in it")
    end
    local file = fields.file
    return applyThenRead(
        context,
        request,
        function(client) return certs.addCertificate(client, file, fields.pem, fields.crt_list) end,
        {
            read = readBack(request, file),
            status = 201,
            shape = shaped,
            location = function(certificate) return "/certificates/" .. encodeSegment(certificate.file) end
        }
    )
end
____exports.deleteCertificate = function(context, request, params) return applyThenRead(
    context,
    request,
    function(client) return certs.delCertificate(client, params.file) end,
    {}
) end
return ____exports
 end,
["version"] = function(...) 
local ____exports = {}
--- This release of haproxy-api; a spec keeps it equal to package.json's and the rockspec's.
____exports.VERSION = "0.1.0"
return ____exports
 end,
["api.docs.schemas"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
--- A reference to one of SCHEMAS.
function ____exports.ref(name)
    return {["$ref"] = "#/components/schemas/" .. name}
end
local text = {type = "string"}
local integer = {type = "integer"}
local field = {type = {"string", "integer"}}
--- An object whose listed fields are all present, and nothing else.
local function closed(properties, description)
    local required = {}
    for name in pairs(properties) do
        required[#required + 1] = name
    end
    table.sort(required)
    return {
        type = "object",
        description = description,
        properties = properties,
        required = required,
        additionalProperties = false
    }
end
local CERTIFICATE = {
    file = {type = "string", description = "The file HAProxy loaded it from: names it in a path, percent-encoded"},
    status = {enum = {"used", "unused"}, description = "Whether a bind line or crt-list serves it"},
    subject = text,
    issuer = text,
    serial = {type = "string", description = "Hexadecimal"},
    not_before = {type = "string", format = "date-time", description = "ISO 8601, UTC"},
    not_after = {type = "string", format = "date-time", description = "ISO 8601, UTC"},
    days_left = {type = "integer", description = "Whole days until not_after; negative once expired"},
    sans = {type = "array", items = text, description = "The DNS Subject Alternative Names, as HAProxy 2.6 prints them: \"DNS:www.example.com\" (it prints no IP SAN)"},
    sha1_fingerprint = {type = "string", pattern = "^[0-9A-F]{40}$"},
    algorithm = {type = "string", description = "RSA2048, EC256..."},
    crt_lists = {type = "array", items = text, description = "The crt-lists that hold it"}
}
____exports.SCHEMAS = {
    Error = closed({code = integer, message = text}, "Every error: the HTTP status again and what went wrong, in words."),
    Root = closed({name = {const = "haproxy-api"}, version = text, haproxy = {type = "string", description = "HAProxy's version"}, links = {type = "object", additionalProperties = text, description = "The main resources, by name"}}),
    Row = {
        type = "object",
        description = "One line of \"show stat\": the CSV header's standard names as keys, pxname to agg_check_status (not the statistics modules' h1_*, h2_*, ssl_*, which HAProxy 2.6's Lua cannot read in-process); integers as numbers, empty fields as \"\".",
        properties = {pxname = text, svname = text, type = {enum = {0, 1, 2, 3}}},
        required = {"pxname", "svname", "type"},
        additionalProperties = field
    },
    Info = {type = "object", description = "\"show info\" as name: value (integers as numbers).", additionalProperties = field},
    Weight = closed({current = {type = "integer", minimum = 0, maximum = 256}, initial = {type = "integer", minimum = 0, maximum = 256}}),
    ServerState = {
        type = "object",
        description = "The server's line of \"show servers state\", with its two states decoded.",
        properties = {admin_state = {enum = {"ready", "drain", "maint"}}, operational_state = {enum = {"up", "down", "stopping"}}, srv_name = text, be_name = text},
        required = {"admin_state", "operational_state", "srv_name", "be_name"},
        additionalProperties = field
    },
    Address = closed({address = text, port = {type = "integer", minimum = 0, maximum = 65535, description = "0 when none is configured"}}),
    PatternList = closed({id = {type = "integer", description = "Use as \"#<id>\" in :map and :acl"}, file = {type = {"string", "null"}, description = "The file loaded; null for an ACL written inline"}, description = text, entry_count = integer}, "A map or an ACL, as \"show map\" and \"show acl\" list it."),
    MapEntry = closed({id = {type = "string", pattern = "^#0x[0-9a-f]+$", description = "Names this entry in a path"}, key = text, value = text}),
    AclEntry = closed({id = {type = "string", pattern = "^#0x[0-9a-f]+$", description = "Names this entry in a path"}, value = text}),
    Lookup = {
        type = "object",
        description = "How one match method of the map or ACL judged the input (\"get map\").",
        properties = {
            method = text,
            found = {type = "boolean"},
            case_sensitive = {type = "boolean"},
            key = text,
            value = text
        },
        required = {"method", "found", "case_sensitive"},
        additionalProperties = false
    },
    Certificate = closed(CERTIFICATE, "A certificate HAProxy holds; never its private key."),
    CertificateDetail = closed(
        __TS__ObjectAssign(
            {},
            CERTIFICATE,
            {chain = {
                type = "array",
                items = closed({subject = text, issuer = text}),
                description = "The certificates after it in its file"
            }}
        ),
        "A certificate with its chain; never its private key."
    ),
    ProcessLimits = closed({
        pid = integer,
        stopping = {type = "boolean", description = "An old process after a reload"},
        maxconn = integer,
        hard_maxconn = {type = "integer", description = "The highest maxconn may be set to: the one HAProxy started with"},
        curr_conns = integer,
        rate_limit_connections = {type = "integer", description = "0: none"},
        conn_rate = integer,
        max_conn_rate = integer,
        rate_limit_sessions = {type = "integer", description = "0: none"},
        sess_rate = integer,
        max_sess_rate = integer,
        rate_limit_ssl_sessions = {type = "integer", description = "0: none"},
        ssl_rate = integer,
        max_ssl_rate = integer
    }, "The process's limits and rates, from show info"),
    Sessions = closed({
        sessions = {
            type = "array",
            items = closed({
                id = {type = "string", pattern = "^0x[0-9a-f]+$"},
                proto = text,
                source = text,
                frontend = text,
                backend = {type = {"string", "null"}},
                server = {type = {"string", "null"}},
                age = {type = "string", description = "As HAProxy prints it: 3s, 1m5s, 2h3m, 1d2h"},
                age_seconds = integer,
                calls = integer
            })
        },
        count = integer,
        truncated = {type = "boolean", description = "More sessions matched than the limit"}
    }),
    ErrorCapture = closed({
        time = text,
        proxy = text,
        direction = {enum = {"request", "response"}},
        reason = text,
        backend = {type = {"string", "null"}},
        server = {type = {"string", "null"}},
        event = integer,
        source = text,
        length = integer,
        error_position = integer,
        captured = text,
        truncated = {type = "boolean"}
    }),
    PeersSection = closed({
        name = text,
        disabled = {type = "boolean"},
        peers = {
            type = "array",
            items = closed({
                name = text,
                ["local"] = {type = "boolean", description = "This process"},
                active = {type = "boolean"},
                address = text,
                last_status = {type = "string", description = "ESTA once connected; NONE, CONN, HSHK..."},
                last_handshake = text,
                state = text,
                new_conn = integer,
                proto_err = integer,
                tables = {
                    type = "array",
                    items = closed({
                        table = text,
                        update = integer,
                        last_pushed = integer,
                        last_acked = integer,
                        last_get = integer,
                        pushed_all = {type = "boolean"}
                    })
                }
            })
        }
    }),
    ResolversSection = closed({
        name = text,
        nameservers = {
            type = "array",
            items = closed({name = text, counters = {type = "object", additionalProperties = integer, description = "sent, snd_error, valid, update, cname, cname_error, any_err, nx, timeout, refused, other, invalid, too_big, truncated, outdated"}})
        }
    }),
    TableInfo = closed({name = text, type = {enum = {
        "ip",
        "ipv6",
        "integer",
        "string",
        "binary"
    }}, size = integer, used = integer}),
    TableEntry = closed({
        id = text,
        key = field,
        use = {type = "integer", description = "Sessions tracking the entry now"},
        expire_ms = {type = "integer", description = "Milliseconds until it expires; 0 if it does not"},
        data = {type = "object", additionalProperties = field, description = "Stored data by type name (gpc0, http_req_rate...)"}
    }),
    Table = closed({
        name = text,
        type = {enum = {
            "ip",
            "ipv6",
            "integer",
            "string",
            "binary"
        }},
        size = integer,
        used = integer,
        entries = {type = "array", items = {["$ref"] = "#/components/schemas/TableEntry"}}
    }),
    Drained = closed({drained = {type = "boolean", description = "The server has no session left"}, sessions = {type = "integer", description = "Its sessions at the end"}, waited_ms = integer, state = {["$ref"] = "#/components/schemas/ServerState"}}, "How a drain ended."),
    Readied = {
        type = "object",
        properties = {
            state = {["$ref"] = "#/components/schemas/ServerState"},
            ramp = closed(
                {
                    target = {type = "integer", description = "The weight it rises to"},
                    seconds = {type = "number"},
                    steps = {
                        type = "array",
                        items = closed({after_ms = integer, weight = integer})
                    }
                },
                "The weight steps, the first applied at once, the rest by a background task"
            )
        },
        required = {"state"},
        additionalProperties = false
    },
    Persistence = closed({
        stopping = {type = "boolean", description = "This process is stopping (after a reload): it saves nothing more"},
        state_file = closed({path = {type = {"string", "null"}}, source = text}),
        sync_files = {type = "boolean", description = "HAPROXY_API_SYNC_FILES: map and ACL files follow the API's writes"},
        files = {
            type = "array",
            items = closed({
                path = text,
                kind = {enum = {"servers-state", "added-servers", "map", "acl"}},
                last_saved = {type = {"string", "null"}, description = "ISO 8601, UTC"},
                last_error = {type = {"string", "null"}},
                last_error_at = {type = {"string", "null"}}
            })
        }
    }),
    OpenApi = {type = "object", description = "This document.", required = {"openapi", "info", "paths"}}
}
--- What a streamed list's description says of how it travels (http/stream.ts).
____exports.STREAMED = "Streamed as it is read: chunked transfer encoding, about one 16 KiB buffer per piece."
function ____exports.arrayOf(schema)
    return {type = "array", items = schema}
end
return ____exports
 end,
["api.openapi"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayPush = ____lualib.__TS__ArrayPush
local ____exports = {}
local ____json = require("http.json")
local asArray = ____json.asArray
local ____access = require("http.access")
local neededScope = ____access.neededScope
local ____response = require("http.response")
local json = ____response.json
local ____version = require("version")
local VERSION = ____version.VERSION
local ____schemas = require("api.docs.schemas")
local ref = ____schemas.ref
local SCHEMAS = ____schemas.SCHEMAS
local function isMedia(schema)
    return type(schema.media) == "string"
end
local ERRORS = {
    [400] = "The request is malformed or a value is refused (the message says which)",
    [401] = "HAPROXY_API_TOKEN is set and the request's bearer token is missing or wrong",
    [403] = "The API is read-only (HAPROXY_API_READONLY), or the token's scope does not cover this operation (x-scope)",
    [404] = "No such resource, or nothing of that name in HAProxy",
    [413] = "The body is over 8 KiB (a PEM: 64 KiB)",
    [415] = "The body is not JSON (Content-Type: application/json)",
    [500] = "A bug in haproxy-api; the details are in HAProxy's log",
    [502] = "HAProxy refused the command (the socket needs \"level admin\" to write)",
    [503] = "No stats socket, or out of Lua memory",
    [504] = "The stats socket did not answer in time, or another write held the lock"
}
--- Sorts every object's keys, so the document reads the same on every start.
local function sorted(value)
    if type(value) ~= "table" then
        return value
    end
    local table_ = value
    local meta = getmetatable(value)
    if #value > 0 or (meta and meta.__jsontype) == "array" then
        for ____, item in ipairs(value) do
            sorted(item)
        end
        return value
    end
    local keys = {}
    for key, item in pairs(table_) do
        keys[#keys + 1] = key
        sorted(item)
    end
    table.sort(keys)
    return setmetatable(value, {__jsontype = "object", __jsonorder = keys, __jsonclosed = true})
end
local function jsonContent(schema)
    return {["application/json"] = {schema = schema}}
end
local function requestContent(doc)
    local content = jsonContent(doc.body)
    if doc.pem == true then
        content["application/x-pem-file"] = {schema = doc.body.properties.pem}
    end
    return content
end
local function responses(method, pattern, doc)
    local answers = {}
    local ok = doc.ok
    local ____temp_2
    if ok.schema == nil then
        ____temp_2 = nil
    else
        ____temp_2 = ok.schema == "text" and ({["text/plain"] = {schema = {type = "string"}}}) or (ok.schema == "events" and ({["text/event-stream"] = {schema = {type = "string"}}}) or (isMedia(ok.schema) and ({[ok.schema.media] = {schema = {type = "string"}}}) or jsonContent(ok.schema)))
    end
    local content = ____temp_2
    local ____temp_3
    if method == "GET" then
        ____temp_3 = nil
    else
        ____temp_3 = {["X-Persisted"] = {description = "yes: a reload keeps this change (README, Reloads); no: it does not", schema = {enum = {"yes", "no"}}}}
    end
    local headers = ____temp_3
    answers[string.format("%d", ok.status)] = {description = ok.description, content = content, headers = headers}
    local statuses = {401, 500}
    if doc.socket ~= false then
        __TS__ArrayPush(statuses, 502, 503, 504)
    end
    if doc.params ~= nil or doc.query ~= nil or doc.body ~= nil then
        statuses[#statuses + 1] = 400
    end
    if (string.find(pattern, ":")) ~= nil then
        statuses[#statuses + 1] = 404
    end
    if method ~= "GET" or doc.scope ~= nil then
        statuses[#statuses + 1] = 403
    end
    if doc.body ~= nil then
        __TS__ArrayPush(statuses, 413, 415)
    end
    for ____, status in ipairs(statuses) do
        answers[string.format("%d", status)] = {
            description = ERRORS[status],
            content = jsonContent(ref("Error"))
        }
    end
    for status, description in pairs(doc.errors or ({})) do
        answers[string.format("%d", status)] = {
            description = description,
            content = jsonContent(ref("Error"))
        }
    end
    return answers
end
--- The ":name" segments of `pattern` as OpenAPI path parameters; a missing description is a bug.
local function parameters(pattern, doc)
    local list = {}
    for name in string.gmatch(pattern, ":([%w_]+)") do
        local ____opt_4 = doc.params
        local description = ____opt_4 and ____opt_4[name]
        if description == nil then
            error((("openapi: " .. pattern) .. " has no description of :") .. name)
        end
        list[#list + 1] = {
            name = name,
            ["in"] = "path",
            required = true,
            description = description,
            schema = {type = "string"}
        }
    end
    for ____, item in ipairs(doc.query or ({})) do
        local schema = item.repeated == true and ({type = "array", items = {type = "string"}}) or ({type = "string"})
        list[#list + 1] = {
            name = item.name,
            ["in"] = "query",
            required = item.required == true,
            description = item.description,
            schema = schema,
            explode = item.repeated
        }
    end
    return list
end
--- The whole document, from the route table.
function ____exports.document(routes)
    local paths = {}
    for ____, ____value in ipairs(routes) do
        local method = ____value[1]
        local pattern = ____value[2]
        local extra = ____value[4]
        local doc = extra
        local path = string.gsub(pattern, ":([%w_]+)", "{%1}")
        local operations = paths[path] or ({})
        paths[path] = operations
        local operationId = string.gsub(
            string.lower(method) .. (path == "/" and "/root" or path),
            "[^%w]+",
            "_"
        )
        local params = parameters(pattern, doc)
        local segments = {}
        for segment in string.gmatch(pattern, "[^/]+") do
            segments[#segments + 1] = segment
        end
        local ____string_lower_result_13 = string.lower(method)
        local ____operationId_7 = operationId
        local ____neededScope_result_8 = neededScope(method, segments, doc.scope)
        local ____doc_summary_9 = doc.summary
        local ____doc_description_10 = doc.description
        local ____temp_11 = {doc.tag}
        local ____temp_12 = #params > 0 and params or nil
        local ____temp_6
        if doc.body == nil then
            ____temp_6 = nil
        else
            ____temp_6 = {
                required = true,
                content = requestContent(doc)
            }
        end
        operations[____string_lower_result_13] = {
            operationId = ____operationId_7,
            ["x-scope"] = ____neededScope_result_8,
            summary = ____doc_summary_9,
            description = ____doc_description_10,
            tags = ____temp_11,
            parameters = ____temp_12,
            requestBody = ____temp_6,
            responses = responses(method, pattern, doc)
        }
    end
    local whole = sorted({
        openapi = "3.1.0",
        info = {title = "haproxy-api", version = VERSION, description = "Read and steer the HAProxy process this API runs in: stats, servers, maps, ACLs, stick tables, TLS certificates, sessions and limits.", license = {name = "MIT", identifier = "MIT"}},
        security = {
            {bearer = asArray({})},
            {}
        },
        paths = paths,
        components = {schemas = SCHEMAS, securitySchemes = {bearer = {type = "http", scheme = "bearer", description = "The token HAPROXY_API_TOKEN holds, when it is set"}}}
    })
    return setmetatable(whole, {__jsontype = "object", __jsonorder = {
        "openapi",
        "info",
        "security",
        "paths",
        "components"
    }, __jsonclosed = true})
end
--- The handler of GET /openapi.json: the document is built once, on first use.
function ____exports.openApi(routes)
    local cached
    return function()
        if cached == nil then
            cached = json(
                200,
                ____exports.document(routes)
            )
        end
        return cached
    end
end
return ____exports
 end,
["api.docs.certificates"] = function(...) 
local ____exports = {}
local ____schemas = require("api.docs.schemas")
local arrayOf = ____schemas.arrayOf
local ref = ____schemas.ref
local FILE = "The certificate's file, as GET /certificates lists it, percent-encoded (%2F for /)"
local PEM = {type = "string", maxLength = 65536, description = "The PEM, as HAProxy reads the file: the certificate, its chain, and the private key. Only CERTIFICATE and PRIVATE KEY blocks; blank lines are dropped; anything else is refused before HAProxy sees it"}
local TOO_BIG = "The PEM is over 64 KiB"
____exports.certificates = {
    tag = "certificates",
    summary = "Every TLS certificate HAProxy holds, with its dates, names, fingerprint and the crt-lists that hold it",
    ok = {
        status = 200,
        description = "The certificates",
        schema = arrayOf(ref("Certificate"))
    }
}
____exports.certificate = {
    tag = "certificates",
    summary = "One certificate, with its chain",
    params = {file = FILE},
    ok = {
        status = 200,
        description = "The certificate",
        schema = ref("CertificateDetail")
    }
}
____exports.putCertificate = {
    tag = "certificates",
    summary = "Replaces a certificate in memory, for every new TLS handshake, without a reload (\"set ssl cert\", then \"commit ssl cert\")",
    description = "The body is the PEM as application/x-pem-file, or JSON {\"pem\"}. On any refusal (no PEM, a key that does not match, an unknown file) the transaction is aborted: none is left open, and the served certificate is unchanged. 409 when a transaction opened on the stats socket by someone else is in progress (HAProxy has one at a time). A reload serves the file on disk again: write the file too.",
    params = {file = FILE},
    body = {type = "object", properties = {pem = PEM}, required = {"pem"}, additionalProperties = false},
    pem = true,
    ok = {
        status = 200,
        description = "The new certificate, read back",
        schema = ref("CertificateDetail")
    },
    errors = {[409] = "A certificate transaction is open on the stats socket", [413] = TOO_BIG}
}
____exports.postCertificate = {
    tag = "certificates",
    summary = "Adds a certificate (\"new ssl cert\", \"set\", \"commit\") and, with crt_list, serves it by SNI on that crt-list's binds (\"add ssl crt-list\")",
    description = "A failed step after the first deletes the new certificate again: nothing is left on any error.",
    body = {type = "object", properties = {file = {type = "string", pattern = "^[A-Za-z0-9._/@:+-]+$", description = "The name HAProxy will know it by: a path with no \"..\", \".\" or empty segment"}, pem = PEM, crt_list = {type = "string", description = "A crt-list HAProxy loaded"}}, required = {"file", "pem"}, additionalProperties = false},
    ok = {
        status = 201,
        description = "The new certificate; Location names it",
        schema = ref("CertificateDetail")
    },
    errors = {[409] = "The certificate exists already, or a transaction is open", [413] = TOO_BIG}
}
____exports.deleteCertificate = {
    tag = "certificates",
    summary = "Deletes a certificate no bind line or crt-list uses (\"del ssl cert\")",
    params = {file = FILE},
    ok = {status = 204, description = "Deleted"},
    errors = {[409] = "A bind line or crt-list uses it"}
}
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
["http.stream"] = function(...) 
local ____exports = {}
local ____response = require("http.response")
local JSON_TYPE = ____response.JSON_TYPE
local streamed = ____response.streamed
function ____exports.streamArray(next, writeItem, perPiece, what)
    return streamed(
        JSON_TYPE,
        function(write)
            local parts = {}
            parts[1] = "["
            local n = 1
            local items = 0
            local heap = collectgarbage("count")
            local first = true
            do
                while true do
                    local group, err = next()
                    if group == nil then
                        if err ~= nil then
                            error((("reading the " .. what) .. " failed: ") .. err.message, 0)
                        end
                        break
                    end
                    for ____, item in ipairs(group) do
                        if not first then
                            parts[n + 1] = ","
                        end
                        local count, written = writeItem(parts, first and n or n + 1, item)
                        if written then
                            n = count
                            first = false
                            items = items + 1
                        end
                    end
                    if items >= perPiece then
                        write(table.concat(parts, "", 1, n))
                        n = 0
                        items = 0
                        local grown = collectgarbage("count") - heap
                        if grown >= 1 then
                            collectgarbage(
                                "step",
                                math.floor(grown)
                            )
                        end
                        core.msleep(0)
                        heap = collectgarbage("count")
                    end
                end
            end
            parts[n + 1] = "]"
            write(table.concat(parts, "", 1, n + 1))
        end
    )
end
return ____exports
 end,
["api.rows"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local ____jsonencode = require("http.jsonencode")
local quote = ____jsonencode.quote
local ____response = require("http.response")
local json = ____response.json
local ____stream = require("http.stream")
local streamArray = ____stream.streamArray
local ____fields = require("stats.core.fields")
local ordered = ____fields.ordered
local ____local = require("stats.process.local")
local fieldsOf = ____local.fieldsOf
local ____statfields = require("stats.process.statfields")
local TEXT_FIELDS = ____statfields.TEXT_FIELDS
local ____parsers = require("stats.process.parsers")
local statFieldNames = ____parsers.statFieldNames
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
local ____respond = require("api.respond")
local failed = ____respond.failed
local noSocket = ____respond.noSocket
local TYPES = {frontend = stats_types.FRONTEND, backend = stats_types.BACKEND, server = stats_types.SERVER, listener = stats_types.SOCKET}
--- The ?fields= (and, with `typed`, ?type=) of a rows route, or the 400 saying what is wrong.
local function selection(request, typed)
    local parsed, refused = query(request, typed and ({"fields", "type"}) or ({"fields"}))
    if parsed == nil then
        return nil, refused
    end
    local list, twice = single(parsed, "fields")
    if twice ~= nil then
        return nil, twice
    end
    local kind, twiceType = single(parsed, "type")
    if twiceType ~= nil then
        return nil, twiceType
    end
    local selected = {}
    if kind ~= nil then
        local rowType = TYPES[kind]
        if rowType == nil then
            return nil, failure(400, ("query parameter \"type\" must be frontend, backend, server or listener, got \"" .. kind) .. "\"")
        end
        selected.rowType = rowType
    end
    if list ~= nil then
        local fields = {}
        for name in string.gmatch(list, "[^,]+") do
            fields[#fields + 1] = name
        end
        if #fields == 0 then
            return nil, failure(400, "query parameter \"fields\" names no field: give fields=pxname,svname,...")
        end
        selected.fields = fields
    end
    return selected
end
--- The 400 for a field "show stat" does not have; undefined when every one is known (or none is known yet).
local function unknownField(fields)
    local names = statFieldNames()
    if names == nil then
        return nil
    end
    local known = {}
    for ____, name in ipairs(names) do
        known[name] = true
    end
    for ____, field in ipairs(fields) do
        if not (known[field] ~= nil) then
            return failure(
                400,
                (("unknown field \"" .. field) .. "\" in query parameter \"fields\": the fields are ") .. table.concat(names, ",")
            )
        end
    end
    return nil
end
--- The fields of `fields` (all when undefined), in HAProxy's order.
local function chosen(names, fields)
    if fields == nil then
        return names
    end
    local wanted = {}
    for ____, field in ipairs(fields) do
        wanted[field] = true
    end
    local order = {}
    for ____, name in ipairs(names) do
        if wanted[name] ~= nil then
            order[#order + 1] = name
        end
    end
    return order
end
--- The rows with only `fields`, in HAProxy's order.
local function project(rows, order)
    local meta = ordered(order)
    local projected = {}
    for ____, row in ipairs(rows) do
        local kept = setmetatable({}, meta)
        for ____, name in ipairs(order) do
            local value = row[name]
            if value ~= nil then
                kept[name] = value
            end
        end
        projected[#projected + 1] = kept
    end
    return projected
end
--- The plan for rows of `rowType`; `local` rows (read in-process) keep only their type's fields, and only text fields need a type test.
local function planOf(names, rowType, ____local)
    local ____local_0
    if ____local then
        ____local_0 = fieldsOf(rowType)
    else
        ____local_0 = nil
    end
    local filled = ____local_0
    local plan = {before = {}, keys = {}, text = {}, after = ""}
    local pending = "{"
    local comma = ""
    for ____, name in ipairs(names) do
        local prefix = (comma .. quote(name)) .. ":"
        comma = ","
        if filled ~= nil and not (filled[name] ~= nil) then
            pending = (pending .. prefix) .. "\"\""
        else
            plan.before[#plan.before + 1] = pending .. prefix
            plan.keys[#plan.keys + 1] = name
            plan.text[#plan.text + 1] = not ____local or TEXT_FIELDS[name] ~= nil
            pending = ""
        end
    end
    plan.after = pending .. "}"
    return plan
end
local luaType = type
local find = string.find
--- A text field that reads as an integer (a server named "2") is a number, as the socket's parse makes it (core/fields.ts).
local function isInteger(text)
    return #text < 19 and (find(text, "^%-?%d+$")) ~= nil
end
--- Appends `row`'s JSON to `parts` after index `n`; answers the new count.
-- An in-process row lacks the fields it has empty; a socket row has them as "".
local function writeRow(parts, n, row, plan)
    local before = plan.before
    local keys = plan.keys
    local text = plan.text
    local count = #keys
    do
        local index = 0
        while index < count do
            local value = row[keys[index + 1]]
            parts[n + 1] = before[index + 1]
            if value == nil or value == "" then
                parts[n + 2] = "\"\""
            elseif not text[index + 1] or luaType(value) == "number" or isInteger(value) then
                parts[n + 2] = value
            else
                parts[n + 2] = quote(value)
            end
            n = n + 2
            index = index + 1
        end
    end
    parts[n + 1] = plan.after
    return n + 1
end
--- Rows per chunk of a streamed answer: about FIELDS_PER_PIECE fields, one
-- 16 KiB buffer of whole rows (http/stream.ts says why it matters), so
-- ?fields= answers go in bigger pieces (each row still costs a get_stats()
-- of ~10 us, hence the cap). Measured: with 10 rows a piece whatever the
-- fields, the page's 8-field read of 10,000 servers took most of 2.2 s.
local FIELDS_PER_PIECE = 1000
local MIN_ROWS_PER_PIECE = 10
local MAX_ROWS_PER_PIECE = 100
--- The plans made for a field list, by source (in-process or not) and row
-- type: the header's list lasts the process, so most answers make none.
local plansOf = setmetatable({}, {__mode = "k"})
--- The answer for `groups`: a JSON array written in pieces, of the rows of `rowType` (all when undefined).
local function streamGroups(groups, names, rowType)
    local known = plansOf[names]
    if known == nil then
        known = {["local"] = {}, socket = {}}
        plansOf[names] = known
    end
    local plans = groups["local"] and known["local"] or known.socket
    return streamArray(
        groups.next,
        function(parts, n, row)
            local kind = row.type
            if rowType ~= nil and kind ~= rowType then
                return n, false
            end
            local plan = plans[kind]
            if plan == nil then
                plan = planOf(names, kind, groups["local"])
                plans[kind] = plan
            end
            return writeRow(parts, n, row, plan), true
        end,
        math.min(
            MAX_ROWS_PER_PIECE,
            math.max(
                MIN_ROWS_PER_PIECE,
                math.floor(FIELDS_PER_PIECE / math.max(#names, 1))
            )
        ),
        "rows"
    )
end
--- A rows route: the rows `open` gives, selected by ?fields= (and ?type=
-- when `typed`), sent in pieces as they are read (streamGroups).
function ____exports.respondRows(context, request, open, options)
    if options == nil then
        options = {}
    end
    local selected, refused = selection(request, options.typed == true)
    if selected == nil then
        return refused
    end
    local client = context.client
    if client == nil then
        return noSocket(context)
    end
    local groups, err = open(client)
    if groups == nil then
        return failed(context, err)
    end
    if selected.fields ~= nil then
        local bad = unknownField(selected.fields)
        if bad ~= nil then
            return bad
        end
    end
    return streamGroups(
        groups,
        chosen(
            statFieldNames() or groups.names,
            selected.fields
        ),
        selected.rowType or options.rowType
    )
end
--- A one-row route, selected by ?fields=.
function ____exports.respondRow(context, request, read)
    local selected, refused = selection(request, false)
    if selected == nil then
        return refused
    end
    local client = context.client
    if client == nil then
        return noSocket(context)
    end
    local row, err = read(client)
    if row == nil then
        return failed(context, err)
    end
    if selected.fields == nil then
        return json(200, row)
    end
    local bad = unknownField(selected.fields)
    if bad ~= nil then
        return bad
    end
    return json(
        200,
        project(
            {row},
            chosen(
                statFieldNames() or selected.fields,
                selected.fields
            )
        )[1]
    )
end
return ____exports
 end,
["api.backends"] = function(...) 
local ____exports = {}
local reads = require("stats.proxies.reads")
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
local ____rows = require("api.rows")
local respondRow = ____rows.respondRow
local respondRows = ____rows.respondRows
____exports.listBackends = function(context, request) return respondRows(
    context,
    request,
    function(client) return reads.proxyGroups(client, "backend") end,
    {rowType = stats_types.BACKEND}
) end
____exports.getBackend = function(context, request, params) return respondRow(
    context,
    request,
    function(client) return reads.backend(client, params.backend) end
) end
return ____exports
 end,
["api.config"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____response = require("http.response")
local text = ____response.text
____exports.getConfig = function(context)
    local config = context.config
    if #config.files == 0 then
        return failure(503, "the configuration files are unknown: HAPROXY_CFGFILES is not set and /proc/self/cmdline has no -f")
    end
    return text(
        200,
        config.text,
        {["x-haproxy-config-files"] = table.concat(config.files, ";")}
    )
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
["api.counters"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local ____operation = require("stats.core.operation")
local perform = ____operation.perform
local ____operations = require("stats.process.operations")
local clearCounters = ____operations.clearCounters
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
____exports.deleteCounters = function(context, request)
    local parsed, refused = query(request, {"all"})
    if parsed == nil then
        return refused
    end
    local all, twice = single(parsed, "all")
    if twice ~= nil then
        return twice
    end
    if all ~= nil and all ~= "true" and all ~= "false" then
        return failure(400, ("query parameter \"all\" must be true or false, got \"" .. all) .. "\"")
    end
    local values = {}
    values.all = all == "true"
    return applyThenRead(
        context,
        request,
        function(client) return perform(client, clearCounters, values) end,
        {}
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
["api.target"] = function(...) 
local ____exports = {}
local ____names = require("stats.core.names")
local invalidName = ____names.invalidName
local nameProblem = ____names.nameProblem
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____json = require("http.json")
local kindOf = ____json.kindOf
local ____respond = require("api.respond")
local respond = ____respond.respond
--- A 400 when `name` is not a legal HAProxy name for `what` ("backend", "server").
function ____exports.badName(what, name)
    local problem = nameProblem(name)
    local ____temp_0
    if problem == nil then
        ____temp_0 = nil
    else
        ____temp_0 = failure(
            400,
            invalidName(what, name, problem).message
        )
    end
    return ____temp_0
end
function ____exports.badServerPath(params)
    return ____exports.badName("backend", params.backend) or ____exports.badName("server", params.server)
end
--- A GET handler answering `read(client, backend, server)` for the route's server.
function ____exports.serverRead(read)
    return function(context, _request, params) return ____exports.badServerPath(params) or respond(
        context,
        function(client) return read(client, params.backend, params.server) end
    ) end
end
--- A write's checked inputs: legal names first, then a JSON object body holding only `allowed` fields.
function ____exports.serverWrite(request, params, allowed)
    local badPath = ____exports.badServerPath(params)
    if badPath ~= nil then
        return nil, badPath
    end
    return jsonObject(request, allowed)
end
--- A decoded JSON value as a message shows it: strings quoted, the rest by kind or value.
function ____exports.shown(value)
    local kind = kindOf(value)
    if kind == "string" then
        return quoted(value)
    end
    if kind == "number" or kind == "boolean" then
        return tostring(value)
    end
    return kind == "null" and "null" or "an " .. kind
end
return ____exports
 end,
["api.fields"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local ____exports = {}
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____target = require("api.target")
local shown = ____target.shown
--- The 400 of a refused field: 'field "weight" must be an integer from 0 to 256, got 300' (of server `server`, in a list).
function ____exports.badField(field, given, problem, server)
    local where = server == nil and "" or ("server " .. server) .. ": "
    if field == "" then
        return failure(400, where .. problem)
    end
    if given == nil then
        return failure(400, (((where .. "field \"") .. field) .. "\" ") .. problem)
    end
    return failure(
        400,
        (((((where .. "field \"") .. field) .. "\" ") .. problem) .. ", got ") .. shown(given)
    )
end
--- Checks `fields` against `args`: required ones present, every given one valid.
function ____exports.checkAgainst(fields, args)
    for ____, arg in ipairs(args) do
        do
            local given = fields[arg.name]
            if given == nil then
                if arg.optional ~= true then
                    return ____exports.badField(arg.name, nil, "is required")
                end
                goto __continue6
            end
            local ok, problem = arg.kind.check(given)
            if ok == nil then
                return ____exports.badField(arg.name, given, problem)
            end
        end
        ::__continue6::
    end
    return nil
end
--- The body as an object of `args`' fields, each checked by its kind.
function ____exports.declaredBody(request, args)
    local fields, refused = jsonObject(
        request,
        __TS__ArrayMap(
            args,
            function(____, arg) return arg.name end
        )
    )
    if fields == nil then
        return nil, refused
    end
    local bad = ____exports.checkAgainst(fields, args)
    if bad ~= nil then
        return nil, bad
    end
    return fields
end
--- `fields` with the body's names turned into the operation's (`{current}` of /weight is `weight`).
function ____exports.renamed(fields, names)
    local values = {}
    for name, given in pairs(fields) do
        values[names[name] or name] = given
    end
    return values
end
--- The JSON Schema of a body of `args`, with at least `minimum` fields (OpenAPI).
function ____exports.schemaOf(args, minimum)
    local properties = {}
    local required = {}
    for ____, arg in ipairs(args) do
        properties[arg.name] = arg.description == nil and arg.kind.schema or __TS__ObjectAssign({}, arg.kind.schema, {description = arg.description})
        if arg.optional ~= true then
            required[#required + 1] = arg.name
        end
    end
    return {
        type = "object",
        properties = properties,
        required = #required > 0 and required or nil,
        minProperties = minimum,
        additionalProperties = false
    }
end
return ____exports
 end,
["api.servers"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFind = ____lualib.__TS__ArrayFind
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local ____exports = {}
local applyOne
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local jsonValue = ____body.jsonValue
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____json = require("http.json")
local asArray = ____json.asArray
local kindOf = ____json.kindOf
local ____request = require("http.request")
local encodeSegment = ____request.encodeSegment
local ____operation = require("stats.core.operation")
local perform = ____operation.perform
local ____changes = require("stats.servers.changes")
local applyOneChecked = ____changes.applyOneChecked
local checkFields = ____changes.checkFields
local SERVER_FIELDS = ____changes.SERVER_FIELDS
local setServers = ____changes.setServers
local ____lifecycle = require("stats.servers.lifecycle")
local add = ____lifecycle.add
local ADD_SERVER_FIELDS = ____lifecycle.ADD_SERVER_FIELDS
local remove = ____lifecycle.remove
local ____operations = require("stats.servers.operations")
local serverValues = ____operations.serverValues
local shutdownSessions = ____operations.shutdownSessions
local reads = require("stats.servers.reads")
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
local ____fields = require("api.fields")
local badField = ____fields.badField
local declaredBody = ____fields.declaredBody
local renamed = ____fields.renamed
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local ____rows = require("api.rows")
local respondRow = ____rows.respondRow
local respondRows = ____rows.respondRows
local ____target = require("api.target")
local badName = ____target.badName
local badServerPath = ____target.badServerPath
local serverRead = ____target.serverRead
function applyOne(client, one)
    return applyOneChecked(client, one.backend, one.server, one.fields)
end
____exports.listServers = function(context, request, params) return respondRows(
    context,
    request,
    function(client) return reads.serverGroups(client, params.backend) end,
    {rowType = stats_types.SERVER}
) end
____exports.getServer = function(context, request, params) return respondRow(
    context,
    request,
    function(client) return reads.server(client, params.backend, params.server) end
) end
____exports.getWeight = serverRead(reads.weight)
____exports.getState = serverRead(reads.state)
____exports.getAddress = serverRead(reads.address)
--- The fields of SERVER_FIELDS a route takes, under the body's names (`current` for weight).
function ____exports.serverArgs(names, bodyNames)
    if bodyNames == nil then
        bodyNames = {}
    end
    local args = {}
    for ____, name in ipairs(names) do
        local arg = __TS__ArrayFind(
            SERVER_FIELDS,
            function(____, each) return each.name == name end
        )
        local bodyName = bodyNames[name]
        args[#args + 1] = bodyName == nil and arg or __TS__ObjectAssign({}, arg, {name = bodyName})
    end
    return args
end
--- One server's body fields as set_server's, checked; or the 400 naming the body's field (and the server, in a bulk list).
local function changeOf(fields, toServer, required, server)
    for ____, name in ipairs(required) do
        if fields[name] == nil then
            return nil, badField(name, nil, "is required")
        end
    end
    local values = renamed(fields, toServer)
    local ok, field, problem = checkFields(values)
    if ok ~= nil then
        return values
    end
    local bodyName = field
    for name, serverName in pairs(toServer) do
        if serverName == field then
            bodyName = name
        end
    end
    return nil, badField(bodyName, values[field], problem, server)
end
--- A PATCH of one server taking `names` (SERVER_FIELDS, renamed in the body
-- as `bodyNames` says), answering `readBack` afterwards.
function ____exports.serverChange(names, readBack, bodyNames, required)
    if bodyNames == nil then
        bodyNames = {}
    end
    if required == nil then
        required = {}
    end
    local allowed = __TS__ArrayMap(
        ____exports.serverArgs(names, bodyNames),
        function(____, arg) return arg.name end
    )
    local toServer = {}
    for name, bodyName in pairs(bodyNames) do
        toServer[bodyName] = name
    end
    local function readOne(client, one)
        return readBack(client, one.backend, one.server)
    end
    return function(context, request, params)
        local badPath = badServerPath(params)
        if badPath ~= nil then
            return badPath
        end
        local fields, refused = jsonObject(request, allowed)
        if fields == nil then
            return refused
        end
        local values, bad = changeOf(fields, toServer, required)
        if values == nil then
            return bad
        end
        return applyThenRead(
            context,
            request,
            applyOne,
            readOne,
            {backend = params.backend, server = params.server, fields = values}
        )
    end
end
--- Every field at once; answers the server's row, as lua-haproxy's {"status"} did.
____exports.patchServer = ____exports.serverChange(
    __TS__ArrayMap(
        SERVER_FIELDS,
        function(____, arg) return arg.name end
    ),
    reads.server
)
____exports.patchWeight = ____exports.serverChange({"weight"}, reads.weight, {weight = "current"})
____exports.patchState = ____exports.serverChange({"admin_state", "operational_state"}, reads.state)
____exports.patchAddress = ____exports.serverChange({"address", "port"}, reads.address, {}, {"address"})
local BULK_EXPECTED = "a JSON object of server fields (with \"servers\": [names] to pick some), or a list of {\"name\", <fields>}"
--- The changes a bulk body asks for; `undefined` names mean every server of the backend, known only once it is read.
local function bulkChanges(value)
    local kind = kindOf(value)
    if kind == "array" then
        local changes = {}
        for index, item in ipairs(value) do
            if kindOf(item) ~= "object" then
                return nil, failure(
                    400,
                    (("item " .. tostring(index)) .. " of the list must be an object {\"name\", <fields>}, got ") .. kindOf(item)
                )
            end
            local name = item.name
            if type(name) ~= "string" then
                return nil, failure(
                    400,
                    ("item " .. tostring(index)) .. " of the list needs \"name\", the server's name"
                )
            end
            local fields = {}
            for field, given in pairs(item) do
                if field ~= "name" then
                    fields[field] = given
                end
            end
            local values, bad = changeOf(fields, {}, {}, name)
            if values == nil then
                return nil, bad
            end
            changes[#changes + 1] = {name = name, fields = values}
        end
        if #changes == 0 then
            return nil, failure(400, "the list of servers is empty")
        end
        return changes, nil
    end
    if kind ~= "object" then
        return nil, failure(400, (("the request body must be " .. BULK_EXPECTED) .. ", got ") .. kind)
    end
    local fields = value
    local names = fields.servers
    local rest = {}
    for field, given in pairs(fields) do
        if field ~= "servers" then
            rest[field] = given
        end
    end
    local values, bad = changeOf(rest, {}, {})
    if values == nil then
        return nil, bad
    end
    if names == nil then
        return {}, values
    end
    if kindOf(names) ~= "array" or #names == 0 then
        return nil, failure(400, "field \"servers\" must be a list of server names")
    end
    local changes = {}
    for ____, name in ipairs(names) do
        if type(name) ~= "string" then
            return nil, failure(400, "field \"servers\" must be a list of server names")
        end
        changes[#changes + 1] = {name = name, fields = values}
    end
    return changes, nil
end
--- The rows of the servers named, in the order named.
local function rowsOf(client, backend, names)
    local rows, err = reads.servers(client, backend)
    if rows == nil then
        return nil, err
    end
    local picked = {}
    for ____, name in ipairs(names) do
        local row = __TS__ArrayFind(
            rows,
            function(____, each) return each.svname == name end
        )
        if row ~= nil then
            picked[#picked + 1] = row
        end
    end
    return asArray(picked)
end
--- PATCH .../servers: the same fields for the servers listed (or all), or one object per server; all or nothing.
____exports.patchServers = function(context, request, params)
    local badBackend = badName("backend", params.backend)
    if badBackend ~= nil then
        return badBackend
    end
    local ok, value = jsonValue(request, BULK_EXPECTED)
    if not ok then
        return value
    end
    local changes, every = bulkChanges(value)
    if changes == nil then
        return every
    end
    request.fields = value
    local backend = params.backend
    local names = {}
    return applyThenRead(
        context,
        request,
        function(client)
            if every ~= nil then
                local all, err = reads.states(client, backend)
                if all == nil then
                    return nil, err
                end
                for ____, row in ipairs(all) do
                    changes[#changes + 1] = {name = row.srv_name, fields = every}
                end
            end
            for ____, change in ipairs(changes) do
                names[#names + 1] = change.name
            end
            if #changes == 0 then
                return true
            end
            return setServers(client, backend, changes)
        end,
        function(client) return rowsOf(client, backend, names) end
    )
end
--- POST .../servers: adds a server ("add server"); 201, its row, and Location.
____exports.postServer = function(context, request, params)
    local badBackend = badName("backend", params.backend)
    if badBackend ~= nil then
        return badBackend
    end
    local fields, refused = declaredBody(request, ADD_SERVER_FIELDS)
    if fields == nil then
        return refused
    end
    local ____params_0 = params
    local backend = ____params_0.backend
    local name = fields.name
    return applyThenRead(
        context,
        request,
        function(client) return add(client, backend, fields) end,
        {
            read = function(client) return reads.server(client, backend, name) end,
            status = 201,
            location = function() return (("/stats/backends/" .. encodeSegment(backend)) .. "/servers/") .. encodeSegment(name) end
        }
    )
end
--- DELETE .../servers/:server ("del server"): 204; 409 with the way out.
____exports.deleteServer = function(context, request, params) return badServerPath(params) or applyThenRead(
    context,
    request,
    function(client) return remove(client, params.backend, params.server) end,
    {}
) end
--- DELETE .../servers/:server/sessions: closes them ("shutdown sessions server"); 204.
____exports.deleteSessions = function(context, request, params) return badServerPath(params) or applyThenRead(
    context,
    request,
    function(client) return perform(
        client,
        shutdownSessions,
        serverValues(params.backend, params.server)
    ) end,
    {}
) end
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
["api.docs.stats"] = function(...) 
local ____exports = {}
local ____operations = require("stats.proxies.operations")
local FRONTEND_FIELDS = ____operations.FRONTEND_FIELDS
local ____fields = require("api.fields")
local schemaOf = ____fields.schemaOf
local ____schemas = require("api.docs.schemas")
local STREAMED = ____schemas.STREAMED
local arrayOf = ____schemas.arrayOf
local ref = ____schemas.ref
local FRONTEND = "A frontend's name or numeric id (iid)"
--- ?fields= of every rows route (api/rows.ts).
____exports.FIELDS = {name = "fields", description = "Only these fields of each row, comma-separated (show stat's names: pxname,svname,status,scur...); an unknown one is a 400 listing them"}
local BACKEND = "A backend's name or numeric id (iid)"
____exports.root = {
    tag = "index",
    summary = "What this is: name, version, HAProxy's version and links to the main resources",
    ok = {
        status = 200,
        description = "The index",
        schema = ref("Root")
    },
    socket = false
}
____exports.openapi = {
    tag = "index",
    summary = "This OpenAPI 3.1 document, generated from the route table",
    ok = {
        status = 200,
        description = "The document",
        schema = ref("OpenApi")
    },
    socket = false
}
____exports.config = {
    tag = "host",
    summary = "The configuration files HAProxy was started with, concatenated in load order, credentials redacted",
    description = ("The X-HAProxy-Config-Files header lists them, separated by \";\". Read at init. Every credential it recognises is replaced by <redacted>: " .. "setenv/presetenv of the API's token and of variables named like secrets (PASS, SECRET, TOKEN, KEY, AUTH, CRED, PWD), stats auth passwords, ") .. "userlist passwords, ca-sign-pass and tcp-md5sig, and credential headers (Authorization, Cookie...). Needs the admin scope: what it cannot recognise stays.",
    ok = {status = 200, description = "The configuration text, credentials redacted", schema = "text"},
    socket = false,
    scope = "admin"
}
____exports.uname = {tag = "host", summary = "The operating system, as \"uname -a\" prints it", ok = {status = 200, description = "One line", schema = "text"}, socket = false}
____exports.stats = {
    tag = "stats",
    summary = "Every row of \"show stat\": frontends, backends, servers, listeners",
    query = {____exports.FIELDS, {name = "type", description = "Only the rows of one type: frontend, backend, server or listener"}},
    ok = {
        status = 200,
        description = "The rows, in HAProxy's order. " .. STREAMED,
        schema = arrayOf(ref("Row"))
    }
}
____exports.info = {
    tag = "stats",
    summary = "\"show info\": the process's version, uptime, limits and counters",
    ok = {
        status = 200,
        description = "Name to value",
        schema = ref("Info")
    }
}
____exports.frontends = {
    tag = "stats",
    summary = "The frontend rows of \"show stat\"",
    query = {____exports.FIELDS},
    ok = {
        status = 200,
        description = "The rows. " .. STREAMED,
        schema = arrayOf(ref("Row"))
    }
}
____exports.frontend = {
    tag = "stats",
    summary = "One frontend's row",
    query = {____exports.FIELDS},
    params = {frontend = FRONTEND},
    ok = {
        status = 200,
        description = "The row",
        schema = ref("Row")
    }
}
____exports.backends = {
    tag = "stats",
    summary = "The backend rows of \"show stat\"",
    query = {____exports.FIELDS},
    ok = {
        status = 200,
        description = "The rows. " .. STREAMED,
        schema = arrayOf(ref("Row"))
    }
}
____exports.backend = {
    tag = "stats",
    summary = "One backend's row",
    query = {____exports.FIELDS},
    params = {backend = BACKEND},
    ok = {
        status = 200,
        description = "The row",
        schema = ref("Row")
    }
}
____exports.patchFrontend = {
    tag = "stats",
    summary = "Stops accepting (\"state\": \"disabled\", the row's status PAUSED) or resumes (\"enabled\", OPEN); sets maxconn",
    description = "Both fields are checked before either is applied; a maxconn HAProxy refuses puts the state back. A frontend that serves this API (the one the request came through, or one whose configuration uses the service) cannot be disabled nor set to maxconn 0 from here (409): that would cut every caller off.",
    params = {frontend = "The frontend's name"},
    body = schemaOf(FRONTEND_FIELDS, 1),
    ok = {
        status = 200,
        description = "The frontend's row afterwards",
        schema = ref("Row")
    },
    errors = {[409] = "The frontend serves this API and the change would cut its callers off, or HAProxy shut it down"}
}
____exports.clearCounters = {tag = "stats", summary = "Clears the max counters of every proxy and server (\"clear counters\"); ?all=true every counter (\"clear counters all\")", query = {{name = "all", description = "true: every counter, as a restart would"}}, ok = {status = 204, description = "Cleared"}}
____exports.serversState = {tag = "stats", summary = "Every server's state, as \"show servers state\" prints it: what a server-state-file holds", description = "Save it as the file \"server-state-file\" names, and \"load-server-state-from-file global\" restores weights, admin states and addresses at start.", ok = {status = 200, description = "The text", schema = "text"}}
____exports.persistence = {
    tag = "stats",
    summary = "The files the API keeps across reloads (server state, added servers, synced maps and ACLs): last save and last error of each",
    ok = {
        status = 200,
        description = "The report",
        schema = ref("Persistence")
    },
    socket = false
}
____exports.events = {
    tag = "stats",
    summary = "Server-Sent Events a client can follow without missing a change: every server change (status, admin and operational state, weight, address, added, deleted), whoever made it, every write made through the API, and backends' load as it moves",
    description = "Every event a client must not miss has an id. \"event: server\" {backend, server, status, admin_state, operational_state, weight, address, was} (was: null for a server just added); \"event: deleted\" {backend, server}; \"event: write\" {method, path, status, result}. \"event: reset\" {servers: [{backend, server, status, admin_state, operational_state, weight, address}]}: every server's state, the stream's starting point, taken after every server was looked at since the stream opened; the client replaces what it holds with it. A stream opened with the last id the client saw (Last-Event-ID, or ?since=) gets every event after it instead, when the journal holds them all; else a reset. \": ready\" follows the reset or the replay. \"event: load\" (no id) {backend, scur, rate, servers: [{server, scur, smax, rate, check_status}]} when a backend's sessions or request rate, or one of its servers', moved. From 2.8, state changes come from HAProxy's event bus as they happen; weights, addresses and loads are sampled (a pass over every server: about a second, 5.5 s at 1,000 backends of 10 servers). A comment every 2 s keeps proxies from closing it. At most 16 streams.",
    query = {{name = "since", description = "The last event id the client saw (as Last-Event-ID): the events after it, or a reset when they cannot all be told"}},
    ok = {status = 200, description = "The stream (text/event-stream), open until the client closes it", schema = "events"},
    socket = false,
    errors = {[503] = "16 streams are open already"}
}
local function page(summary, media)
    return {
        tag = "index",
        summary = summary,
        description = "Served without a token (it holds no data), with a strict Content-Security-Policy.",
        ok = {status = 200, description = "The page's text", schema = {media = media}},
        socket = false
    }
end
____exports.ui = page("The operators' page: every server, live from /events, with its controls; maps, ACLs and stick tables", "text/html")
____exports.uiScript = page("The page's script", "text/javascript")
____exports.uiStyle = page("The page's style sheet", "text/css")
return ____exports
 end,
["api.docs.servers"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local ____exports = {}
local ____changes = require("stats.servers.changes")
local SERVER_FIELDS = ____changes.SERVER_FIELDS
local ____drain = require("stats.servers.drain")
local DRAIN_OPTIONS = ____drain.DRAIN_OPTIONS
local READY_OPTIONS = ____drain.READY_OPTIONS
local ____lifecycle = require("stats.servers.lifecycle")
local ADD_SERVER_FIELDS = ____lifecycle.ADD_SERVER_FIELDS
local ____fields = require("api.fields")
local schemaOf = ____fields.schemaOf
local ____servers = require("api.servers")
local serverArgs = ____servers.serverArgs
local ____schemas = require("api.docs.schemas")
local STREAMED = ____schemas.STREAMED
local arrayOf = ____schemas.arrayOf
local ref = ____schemas.ref
local ____stats = require("api.docs.stats")
local FIELDS = ____stats.FIELDS
local BACKEND = "A backend's name or numeric id (iid)"
local SERVER_PARAMS = {backend = "The backend's name", server = "The server's name"}
local ALL_OR_NOTHING = "Every field is checked before anything is applied, and if HAProxy refuses a later step, what the earlier ones changed is put back."
____exports.servers = {
    tag = "servers",
    summary = "The server rows of one backend",
    query = {FIELDS},
    params = {backend = BACKEND},
    ok = {
        status = 200,
        description = "The rows, [] for a backend without servers. " .. STREAMED,
        schema = arrayOf(ref("Row"))
    }
}
____exports.server = {
    tag = "servers",
    summary = "One server's row",
    query = {FIELDS},
    params = {backend = BACKEND, server = "The server's name or numeric id (sid)"},
    ok = {
        status = 200,
        description = "The row",
        schema = ref("Row")
    }
}
____exports.patchServer = {
    tag = "servers",
    summary = "Changes several fields of the server at once: weight, admin and operational state, address and port, maxconn, health and agent checks; lua-haproxy's status",
    description = ALL_OR_NOTHING .. " \"port\" alone keeps the address. lua-haproxy's {\"status\": \"UP\"} enables the server, \"DOWN\" and \"MAINT\" put it in maintenance.",
    params = SERVER_PARAMS,
    body = schemaOf(
        __TS__ArrayMap(
            SERVER_FIELDS,
            function(____, arg) return __TS__ObjectAssign({}, arg, {optional = true}) end
        ),
        1
    ),
    ok = {
        status = 200,
        description = "The server's row afterwards",
        schema = ref("Row")
    },
    errors = {[409] = "HAProxy's state forbids a step (a health check not configured...); nothing changed"}
}
local FIELDS_SCHEMA = schemaOf(
    __TS__ArrayMap(
        SERVER_FIELDS,
        function(____, arg) return __TS__ObjectAssign({}, arg, {optional = true}) end
    ),
    1
)
local LISTED = __TS__ObjectAssign(
    {},
    FIELDS_SCHEMA,
    {properties = __TS__ObjectAssign({}, FIELDS_SCHEMA.properties, {servers = {type = "array", items = {type = "string"}, minItems = 1, description = "The servers to change; all of the backend's without it"}})}
)
local EACH = arrayOf(__TS__ObjectAssign(
    {},
    FIELDS_SCHEMA,
    {
        minProperties = 2,
        required = {"name"},
        properties = __TS__ObjectAssign({}, FIELDS_SCHEMA.properties, {name = {type = "string", description = "The server's name"}})
    }
))
____exports.patchServers = {
    tag = "servers",
    summary = "Changes servers of the backend at once: the same fields for those listed (or all), or one object per server",
    description = ALL_OR_NOTHING .. " Every server is looked up first: one unknown server is a 404 and nothing is applied.",
    params = {backend = "The backend's name"},
    body = {oneOf = {
        LISTED,
        __TS__ObjectAssign({}, EACH, {minItems = 1})
    }},
    ok = {
        status = 200,
        description = "The changed servers' rows, in the order given",
        schema = arrayOf(ref("Row"))
    },
    errors = {[409] = "HAProxy's state forbids a step; nothing changed"}
}
____exports.postServer = {
    tag = "servers",
    summary = "Adds a server (\"add server\"): in maintenance unless admin_state is ready; with check, its health check enabled",
    description = "If a step after the add fails, the server is deleted again: nothing is created on any error. Servers added at runtime are not in the configuration: a reload drops them.",
    params = {backend = "The backend's name"},
    body = schemaOf(ADD_SERVER_FIELDS),
    ok = {
        status = 201,
        description = "The new server's row; Location names it",
        schema = ref("Row")
    },
    errors = {[409] = "A server of that name exists, or the backend's balance algorithm takes no dynamic servers"}
}
____exports.deleteServer = {
    tag = "servers",
    summary = "Deletes a server (\"del server\"): it must be in maintenance and without sessions",
    description = "Servers of the configuration are kept by HAProxy while haproxy-api runs in it (its Lua holds them): only servers added at runtime can be deleted.",
    params = SERVER_PARAMS,
    ok = {status = 204, description = "Deleted"},
    errors = {[409] = "Not in maintenance, sessions left, or a server of the configuration: the message says the way out"}
}
____exports.drain = {
    tag = "servers",
    summary = "Drains the server and waits until its sessions end (or the timeout passes); then, optionally, maintenance",
    description = "Idempotent: a server in maintenance, or draining without sessions, answers at once. The wait yields: traffic and other requests go on. A client that goes away leaves the drain set.",
    params = SERVER_PARAMS,
    body = schemaOf(DRAIN_OPTIONS),
    ok = {
        status = 200,
        description = "Whether it drained, the sessions left, the time waited and the server's state",
        schema = ref("Drained")
    }
}
____exports.ready = {
    tag = "servers",
    summary = "Puts the server back in rotation; with ramp, its weight rises from a tenth to all of it over that many seconds",
    description = "The ramp runs in the background; any later write to the server's weight or state cancels it. No body, or {}, is no ramp.",
    params = SERVER_PARAMS,
    body = schemaOf(READY_OPTIONS),
    ok = {
        status = 200,
        description = "The server's state, and the ramp's plan",
        schema = ref("Readied")
    }
}
____exports.deleteSessions = {tag = "servers", summary = "Closes every session on the server (\"shutdown sessions server\")", params = SERVER_PARAMS, ok = {status = 204, description = "Closed"}}
____exports.weight = {
    tag = "servers",
    summary = "The server's current and initial weight",
    params = SERVER_PARAMS,
    ok = {
        status = 200,
        description = "The weights",
        schema = ref("Weight")
    }
}
____exports.patchWeight = {
    tag = "servers",
    summary = "Sets the weight: 0-256, or \"N%\" of the initial weight",
    description = "Backends with a static algorithm (balance source, static-rr...) take only 0% and 100%.",
    params = SERVER_PARAMS,
    body = schemaOf(serverArgs({"weight"}, {weight = "current"})),
    ok = {
        status = 200,
        description = "The weights afterwards",
        schema = ref("Weight")
    }
}
____exports.state = {
    tag = "servers",
    summary = "The server's admin state (ready, drain, maint) and operational state (up, down, stopping)",
    params = SERVER_PARAMS,
    ok = {
        status = 200,
        description = "The state",
        schema = ref("ServerState")
    }
}
____exports.patchState = {
    tag = "servers",
    summary = "Sets the admin state, the operational state (health), or both",
    params = SERVER_PARAMS,
    body = schemaOf(
        __TS__ArrayMap(
            serverArgs({"admin_state", "operational_state"}),
            function(____, arg) return __TS__ObjectAssign({}, arg, {optional = true}) end
        ),
        1
    ),
    ok = {
        status = 200,
        description = "The state afterwards",
        schema = ref("ServerState")
    }
}
____exports.address = {
    tag = "servers",
    summary = "The server's address and port",
    params = SERVER_PARAMS,
    ok = {
        status = 200,
        description = "The address",
        schema = ref("Address")
    }
}
____exports.patchAddress = {
    tag = "servers",
    summary = "Moves the server to another IP address, and port (\"set server <b>/<s> addr\")",
    params = SERVER_PARAMS,
    body = schemaOf(__TS__ArrayMap(
        serverArgs({"address", "port"}),
        function(____, arg) return arg.name == "port" and __TS__ObjectAssign({}, arg, {optional = true}) or arg end
    )),
    ok = {
        status = 200,
        description = "The address afterwards",
        schema = ref("Address")
    }
}
return ____exports
 end,
["api.docs.runtime"] = function(...) 
local ____exports = {}
local ____schemas = require("api.docs.schemas")
local STREAMED = ____schemas.STREAMED
local arrayOf = ____schemas.arrayOf
local ref = ____schemas.ref
local MAP = "\"#<id>\" or the file, as GET /maps lists them, percent-encoded (%23 for #, %2F for /)"
local ACL = "\"#<id>\" or the file, as GET /acls lists them, percent-encoded (%23 for #, %2F for /)"
local KEY = "The key, percent-encoded: always a key, whatever it looks like (a key starting with \"#0x\" can only be changed by its id: /ids/:id)"
local VALUE = "The pattern, percent-encoded: always a pattern, whatever it looks like (one starting with \"#0x\" can only be deleted by its id: /ids/:id)"
local ID = "An entry's id as listed (\"#0x...\", percent-encoded as %230x...; or \"0x...\")"
local TABLE = "The table's name: the proxy that declares it"
local TEXT = {type = "string", minLength = 1, maxLength = 4096, description = "Any text but CR, LF, NUL, vertical tab and form feed (a 400 names the character)"}
local INPUT = {{name = "input", required = true, description = "The text to look up, as HAProxy would match it"}}
____exports.maps = {
    tag = "maps",
    summary = "Every map: id, file, description, entry count",
    ok = {
        status = 200,
        description = "The maps",
        schema = arrayOf(ref("PatternList"))
    }
}
____exports.map = {
    tag = "maps",
    summary = "A map's entries, in HAProxy's order",
    params = {map = MAP},
    ok = {
        status = 200,
        description = "The entries, [] when empty, as the dump arrives. " .. STREAMED,
        schema = arrayOf(ref("MapEntry"))
    }
}
____exports.mapLookup = {
    tag = "maps",
    summary = "Which entry the map's match method picks for an input (\"get map\")",
    params = {map = MAP},
    query = INPUT,
    ok = {
        status = 200,
        description = "One result per match method",
        schema = arrayOf(ref("Lookup"))
    }
}
____exports.addMapEntry = {
    tag = "maps",
    summary = "Adds an entry (\"add map\"); a key may repeat",
    params = {map = MAP},
    body = {type = "object", properties = {key = {
        type = "string",
        minLength = 1,
        maxLength = 4096,
        pattern = "^[^ \t\r\n]+$",
        description = "No blanks"
    }, value = TEXT}, required = {"key", "value"}, additionalProperties = false},
    ok = {
        status = 201,
        description = "The entry as HAProxy lists it; Location names it",
        schema = ref("MapEntry")
    }
}
____exports.clearMap = {tag = "maps", summary = "Removes every entry (\"clear map\")", params = {map = MAP}, ok = {status = 204, description = "Cleared"}}
____exports.mapEntry = {
    tag = "maps",
    summary = "The entry of exactly this key (the first, if it repeats)",
    params = {map = MAP, key = KEY},
    ok = {
        status = 200,
        description = "The entry",
        schema = ref("MapEntry")
    }
}
____exports.mapEntryById = {
    tag = "maps",
    summary = "The entry of this id",
    params = {map = MAP, id = ID},
    ok = {
        status = 200,
        description = "The entry",
        schema = ref("MapEntry")
    }
}
local SET_VALUE = {type = "object", properties = {value = TEXT}, required = {"value"}, additionalProperties = false}
____exports.setMapEntry = {
    tag = "maps",
    summary = "Sets the value of every entry of the key (\"set map\")",
    params = {map = MAP, key = KEY},
    body = SET_VALUE,
    ok = {
        status = 200,
        description = "The entry afterwards",
        schema = ref("MapEntry")
    }
}
____exports.setMapEntryById = {
    tag = "maps",
    summary = "Sets the value of the one entry of the id (\"set map\")",
    params = {map = MAP, id = ID},
    body = SET_VALUE,
    ok = {
        status = 200,
        description = "The entry afterwards",
        schema = ref("MapEntry")
    }
}
____exports.delMapEntry = {tag = "maps", summary = "Deletes every entry of the key (\"del map\")", params = {map = MAP, key = KEY}, ok = {status = 204, description = "Deleted"}}
____exports.delMapEntryById = {tag = "maps", summary = "Deletes the one entry of the id (\"del map\")", params = {map = MAP, id = ID}, ok = {status = 204, description = "Deleted"}}
____exports.acls = {
    tag = "acls",
    summary = "Every ACL: id, file (null when written inline), description, entry count",
    ok = {
        status = 200,
        description = "The ACLs",
        schema = arrayOf(ref("PatternList"))
    }
}
____exports.acl = {
    tag = "acls",
    summary = "An ACL's patterns, in HAProxy's order",
    params = {acl = ACL},
    ok = {
        status = 200,
        description = "The entries, [] when empty, as the dump arrives. " .. STREAMED,
        schema = arrayOf(ref("AclEntry"))
    }
}
____exports.aclLookup = {
    tag = "acls",
    summary = "Whether the ACL matches an input (\"get acl\")",
    params = {acl = ACL},
    query = INPUT,
    ok = {
        status = 200,
        description = "One result per match method",
        schema = arrayOf(ref("Lookup"))
    }
}
____exports.addAclEntry = {
    tag = "acls",
    summary = "Adds a pattern (\"add acl\"); HAProxy checks it against the ACL's type (an IP...)",
    params = {acl = ACL},
    body = {type = "object", properties = {value = TEXT}, required = {"value"}, additionalProperties = false},
    ok = {
        status = 201,
        description = "The entry as HAProxy lists it; Location names it",
        schema = ref("AclEntry")
    }
}
____exports.clearAcl = {tag = "acls", summary = "Removes every pattern (\"clear acl\")", params = {acl = ACL}, ok = {status = 204, description = "Cleared"}}
____exports.aclEntry = {
    tag = "acls",
    summary = "The entry of exactly this pattern",
    params = {acl = ACL, value = VALUE},
    ok = {
        status = 200,
        description = "The entry",
        schema = ref("AclEntry")
    }
}
____exports.aclEntryById = {
    tag = "acls",
    summary = "The entry of this id",
    params = {acl = ACL, id = ID},
    ok = {
        status = 200,
        description = "The entry",
        schema = ref("AclEntry")
    }
}
____exports.delAclEntry = {tag = "acls", summary = "Deletes every entry of the pattern (\"del acl\")", params = {acl = ACL, value = VALUE}, ok = {status = 204, description = "Deleted"}}
____exports.delAclEntryById = {tag = "acls", summary = "Deletes the one entry of the id (\"del acl\")", params = {acl = ACL, id = ID}, ok = {status = 204, description = "Deleted"}}
local REPLACE = "prepare, then the entries into the new version as multi-line payloads, then commit: traffic sees the old entries until the commit and the new ones after, never a mix. The body is read and parsed as it arrives, up to HAPROXY_API_MAX_BULK_BYTES (16 MiB by default; 413 above). On any refusal nothing is committed, and the error names the entry (by its place in the array). The write log records the count, not the entries."
____exports.replaceMap = {
    tag = "maps",
    summary = "Replaces every entry of the map at once, atomically",
    description = REPLACE,
    params = {map = MAP},
    body = {type = "array", items = {type = "object", properties = {key = {type = "string", minLength = 1, maxLength = 4096, pattern = "^[^ \t\r\n#][^ \t\r\n]*$"}, value = TEXT}, required = {"key", "value"}, additionalProperties = false}},
    ok = {
        status = 200,
        description = "The map's summary afterwards",
        schema = ref("PatternList")
    },
    errors = {[413] = "The body is over HAPROXY_API_MAX_BULK_BYTES"}
}
____exports.replaceAcl = {
    tag = "acls",
    summary = "Replaces every entry of the ACL at once, atomically",
    description = REPLACE,
    params = {acl = ACL},
    body = {type = "array", items = {type = "object", properties = {value = TEXT}, required = {"value"}, additionalProperties = false}},
    ok = {
        status = 200,
        description = "The ACL's summary afterwards",
        schema = ref("PatternList")
    },
    errors = {[413] = "The body is over HAPROXY_API_MAX_BULK_BYTES"}
}
____exports.tables = {
    tag = "tables",
    summary = "Every stick table: name, key type, size, entries in use",
    ok = {
        status = 200,
        description = "The tables",
        schema = arrayOf(ref("TableInfo"))
    }
}
____exports.table = {
    tag = "tables",
    summary = "A table and its entries: all, one key, or those whose stored data pass filters",
    params = {table = TABLE},
    query = {{name = "key", description = "Only this key's entry (not with filter)"}, {name = "filter", repeated = true, description = "data.<type>:<op>:<integer>, op one of eq ne le ge lt gt; up to 4, all must pass"}},
    ok = {
        status = 200,
        description = "The table; entries [] when none match",
        schema = ref("Table")
    }
}
____exports.clearTable = {
    tag = "tables",
    summary = "Removes every entry no session tracks (\"clear table\")",
    params = {table = TABLE},
    ok = {
        status = 200,
        description = "The table's summary afterwards: used counts the entries kept",
        schema = ref("TableInfo")
    }
}
____exports.tableEntry = {
    tag = "tables",
    summary = "The entry of a key",
    params = {table = TABLE, key = "The key, percent-encoded"},
    ok = {
        status = 200,
        description = "The entry",
        schema = ref("TableEntry")
    }
}
____exports.setTableEntry = {
    tag = "tables",
    summary = "Sets stored data on the entry of a key, creating it (\"set table\"): flag or ban a client for the rules that read the table",
    description = "The entry expires by the table's own expire. The key is checked against the table's type (ip, ipv6, integer, string, binary) and each data type against what the table stores before anything is sent: HAProxy 2.6 creates the entry even when it refuses a value, and reads a bad ip key as 0.0.0.0.",
    params = {table = TABLE, key = "The key, percent-encoded, as the table's type requires"},
    body = {type = "object", properties = {data = {type = "object", minProperties = 1, additionalProperties = {type = "integer", minimum = 0}, description = "Stored data types and their values: {\"gpc0\": 1}"}}, required = {"data"}, additionalProperties = false},
    ok = {
        status = 200,
        description = "The entry, read back",
        schema = ref("TableEntry")
    }
}
____exports.delTableEntry = {
    tag = "tables",
    summary = "Removes the entry of a key",
    params = {table = TABLE, key = "The key, percent-encoded"},
    ok = {status = 204, description = "Removed"},
    errors = {[409] = "A session tracks the entry: HAProxy keeps it; retry once the session ends"}
}
return ____exports
 end,
["api.drain"] = function(...) 
local ____exports = {}
local ____request = require("http.request")
local header = ____request.header
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____drain = require("stats.servers.drain")
local drain = ____drain.drain
local DRAIN_OPTIONS = ____drain.DRAIN_OPTIONS
local ready = ____drain.ready
local READY_OPTIONS = ____drain.READY_OPTIONS
local ____fields = require("api.fields")
local declaredBody = ____fields.declaredBody
local ____respond = require("api.respond")
local respond = ____respond.respond
local ____target = require("api.target")
local badServerPath = ____target.badServerPath
local ____writelock = require("api.writelock")
local exclusively = ____writelock.exclusively
--- A step run under the write lock, or a timeout error when another write held it too long.
local function locked(client)
    return function(step)
        local failed
        local done, busy = exclusively(
            client,
            function()
                local ok, err = step()
                failed = err
                local ____ok_0 = ok
                if ____ok_0 == nil then
                    ____ok_0 = false
                end
                return ____ok_0
            end
        )
        if done == nil then
            return nil, statsError(
                "timeout",
                ("another write held the write lock for " .. tostring(busy)) .. "s"
            )
        end
        if done ~= true then
            return nil, failed
        end
        return true
    end
end
--- No body at all is no option; otherwise the body's fields, checked.
local function hasBody(request)
    local length = tonumber(header(request, "content-length") or "0") or 0
    return length > 0 or header(request, "transfer-encoding") ~= nil or header(request, "content-type") ~= nil
end
local function serverWorkflow(run, options, bodyRequired)
    return function(context, request, params)
        local badPath = badServerPath(params)
        if badPath ~= nil then
            return badPath
        end
        local given
        if bodyRequired or hasBody(request) then
            local fields, refused = declaredBody(request, options)
            if fields == nil then
                return refused
            end
            given = fields
        end
        return respond(
            context,
            function(each) return run(
                each,
                params.backend,
                params.server,
                given,
                locked(each)
            ) end
        )
    end
end
____exports.postDrain = serverWorkflow(drain, DRAIN_OPTIONS, true)
____exports.postReady = serverWorkflow(ready, READY_OPTIONS, false)
return ____exports
 end,
["api.frontends"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____proxylist = require("stats.process.proxylist")
local localProxy = ____proxylist.localProxy
local ____operations = require("stats.proxies.operations")
local FRONTEND_FIELDS = ____operations.FRONTEND_FIELDS
local setFrontend = ____operations.setFrontend
local reads = require("stats.proxies.reads")
local ____types = require("stats.process.types")
local stats_types = ____types.stats_types
local ____fields = require("api.fields")
local declaredBody = ____fields.declaredBody
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local ____rows = require("api.rows")
local respondRow = ____rows.respondRow
local respondRows = ____rows.respondRows
____exports.listFrontends = function(context, request) return respondRows(
    context,
    request,
    function(client) return reads.proxyGroups(client, "frontend") end,
    {rowType = stats_types.FRONTEND}
) end
____exports.getFrontend = function(context, request, params) return respondRow(
    context,
    request,
    function(client) return reads.frontend(client, params.frontend) end
) end
--- Whether `ref` (a name or a numeric id) is a frontend this API is served
-- by: the one this very request came through, or one whose configuration
-- uses the service (context.apiFrontends).
local function servesApi(context, request, ref)
    local ____temp_2
    if tonumber(ref) == nil then
        ____temp_2 = ref
    else
        local ____opt_0 = localProxy(ref)
        ____temp_2 = ____opt_0 and ____opt_0.name
    end
    local name = ____temp_2
    if name == nil then
        return false
    end
    return name == request.applet.sf:fe_name() or __TS__ArrayIncludes(context.apiFrontends, name)
end
--- The API does not cut its own branch: stopping a frontend that serves it,
-- or setting its maxconn to 0 (no connection is accepted), would leave
-- every caller, admins included, without the API until someone fixes it
-- on the stats socket.
local function cutsOff(fields)
    if fields.state == "disabled" then
        return "disabling it"
    end
    if fields.maxconn == 0 then
        return "a maxconn of 0 (no connection accepted)"
    end
    return nil
end
____exports.patchFrontend = function(context, request, params)
    local fields, refused = declaredBody(request, FRONTEND_FIELDS)
    if fields == nil then
        return refused
    end
    local name = params.frontend
    local cut = cutsOff(fields)
    if cut ~= nil and servesApi(context, request, name) then
        return failure(409, ((("frontend " .. name) .. " serves this API: ") .. cut) .. " would cut every caller off, admins too; do it on the stats socket if you mean it")
    end
    return applyThenRead(
        context,
        request,
        function(client) return setFrontend(client, name, fields) end,
        function(client) return reads.frontend(client, name) end
    )
end
return ____exports
 end,
["http.bulk"] = function(...) 
local ____exports = {}
local bodyPieces, dropped, PIECE
local ____capabilities = require("stats.core.capabilities")
local capabilities = ____capabilities.capabilities
local noteRequestDataDropped = ____capabilities.noteRequestDataDropped
local ____json = require("http.json")
local decodeObjects = ____json.decodeObjects
local ____request = require("http.request")
local header = ____request.header
function bodyPieces(request, limit)
    local function receive()
        return request.applet:receive(PIECE) or ""
    end
    if not capabilities().yieldDropsRequestData then
        return receive
    end
    local pieces = {}
    local size = 0
    do
        while true do
            local piece = receive()
            if piece == "" then
                break
            end
            pieces[#pieces + 1] = piece
            size = size + #piece
            if size > limit then
                return nil, ("request body is over the limit of " .. tostring(limit)) .. " bytes (HAPROXY_API_MAX_BULK_BYTES)"
            end
        end
    end
    local index = 0
    return function()
        local piece = pieces[index + 1]
        if piece == nil then
            return ""
        end
        pieces[index + 1] = ""
        index = index + 1
        return piece
    end
end
function dropped()
    noteRequestDataDropped()
    return ____exports.DROPPED
end
--- What a bulk body may weigh: HAPROXY_API_MAX_BULK_BYTES, 16 MiB by default.
function ____exports.maxBulkBytes()
    local given = tonumber(os.getenv("HAPROXY_API_MAX_BULK_BYTES") or "")
    return given ~= nil and given >= 1024 and math.floor(given) or 16 * 1024 * 1024
end
PIECE = 16 * 1024
--- What a short body says: HAProxy's bug, not the client's body.
____exports.DROPPED = "HAProxy lost part of the request body while the API waited (HAProxy's bug fixed upstream by commit b81ab159a, \"hlua: fix hlua_applet_{http,tcp}_fct() yield regression (lost data)\": upgrade HAProxy); nothing was changed, and this HAProxy's bodies are read whole from now on: send it again"
--- Opens a bulk body: 413 at once when it announces more than `limit`. On
-- HAProxy builds that lose buffered data on a yield, every piece is read
-- here, before the caller does anything that yields.
function ____exports.openBulk(request, limit)
    local announced = tonumber(header(request, "content-length") or "")
    if announced ~= nil and announced > limit then
        return nil, 413, ((("request body of " .. tostring(announced)) .. " bytes is over the limit of ") .. tostring(limit)) .. " bytes (HAPROXY_API_MAX_BULK_BYTES)"
    end
    local next, tooBig = bodyPieces(request, limit)
    if next == nil then
        return nil, 413, tooBig
    end
    return {announced = announced, limit = limit, next = next}
end
--- Reads an opened bulk body as a JSON array of objects, calling `onItem`
-- for each as soon as it is whole, by the strict decoder's grammar
-- (jsonparse.ts parseObjects): what a single-entry route refuses, a whole
-- replace refuses too.
function ____exports.readObjects(body, onItem)
    local ____body_0 = body
    local announced = ____body_0.announced
    local limit = ____body_0.limit
    local receive = ____body_0.next
    local size = 0
    local ended = false
    local count, status, problem = decodeObjects(
        function()
            local chunk = receive()
            if chunk == "" then
                ended = true
                if announced ~= nil and size < announced then
                    return nil, 503, dropped()
                end
                return ""
            end
            size = size + #chunk
            if size > limit then
                return nil, 413, ("request body is over the limit of " .. tostring(limit)) .. " bytes (HAPROXY_API_MAX_BULK_BYTES)"
            end
            return chunk
        end,
        onItem
    )
    if count ~= nil then
        return count
    end
    if status ~= 400 or ended or announced == nil then
        return nil, status, problem
    end
    do
        while true do
            local chunk = receive()
            if chunk == "" then
                break
            end
            size = size + #chunk
            if size >= announced then
                break
            end
        end
    end
    if size < announced then
        return nil, 503, dropped()
    end
    return nil, status, problem
end
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
["api.patterns"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIncludes = ____lualib.__TS__ArrayIncludes
local ____exports = {}
local withFiles, writeEntry, commitReplacement, loggedFields, FILE
local ____body = require("http.body")
local isJson = ____body.isJson
local ____bulk = require("http.bulk")
local maxBulkBytes = ____bulk.maxBulkBytes
local openBulk = ____bulk.openBulk
local readObjects = ____bulk.readObjects
local ____json = require("http.json")
local asArray = ____json.asArray
local encode = ____json.encode
local withNulls = ____json.withNulls
local ____request = require("http.request")
local header = ____request.header
local ____response = require("http.response")
local json = ____response.json
local ____replace = require("stats.patterns.replace")
local replaceEntries = ____replace.replaceEntries
local ____stream = require("http.stream")
local streamArray = ____stream.streamArray
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local ____errors = require("http.errors")
local failure = ____errors.failure
local patterns = require("stats.patterns.calls")
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local failed = ____respond.failed
local lockedWrite = ____respond.lockedWrite
local noSocket = ____respond.noSocket
local respond = ____respond.respond
function withFiles(list)
    for ____, item in ipairs(list) do
        withNulls(item, FILE)
    end
    return asArray(list)
end
function writeEntry(parts, n, entry)
    parts[n + 1] = encode(entry)
    return n + 1, true
end
function commitReplacement(context, client, request, kind, ref, replacement, count)
    local committed, refused = replacement.commit()
    request.fields = loggedFields(count, committed == nil and refused.message or nil)
    if committed == nil then
        refused.message = refused.message .. "; nothing was committed"
        return failed(context, refused)
    end
    local list, missing = patterns.list(client, kind)
    if list == nil then
        return failed(context, missing)
    end
    for ____, item in ipairs(list) do
        if "#" .. tostring(item.id) == ref or item.file == ref then
            return json(
                200,
                withFiles({item})[1]
            )
        end
    end
    return failure(404, (("no such " .. kind) .. ": ") .. ref)
end
function loggedFields(count, problem)
    local logged = {}
    if count ~= nil then
        logged.entries = count
    end
    if problem ~= nil then
        logged.refused = problem
    end
    return logged
end
--- The route parameter naming the map or ACL.
local function refOf(kind, params)
    return kind == "map" and params.map or params.acl
end
FILE = {"file"}
--- GET /maps, GET /acls.
function ____exports.listPatterns(kind)
    return function(context) return respond(
        context,
        function(client) return patterns.list(client, kind) end,
        withFiles
    ) end
end
--- Entries per chunk of a streamed answer: about one 16 KiB buffer of short entries.
local ENTRIES_PER_PIECE = 200
--- GET /maps/:map, GET /acls/:acl: the entries, in HAProxy's order, streamed as the dump arrives (http/stream.ts).
function ____exports.getEntries(kind)
    return function(context, _request, params)
        local client = context.client
        if client == nil then
            return noSocket(context)
        end
        local groups, err = patterns.entryGroups(
            client,
            kind,
            refOf(kind, params)
        )
        if groups == nil then
            return failed(context, err)
        end
        return streamArray(groups.next, writeEntry, ENTRIES_PER_PIECE, "entries")
    end
end
--- The entries a route's parameters name: `/entries/:key` (`:value` for
-- ACLs) always a key, whatever it looks like; `/ids/:id` the entry of
-- that id, "#0x..." as listed (or "0x..." without the "#").
function ____exports.targetFrom(kind, by, params)
    if by == "key" then
        return {key = kind == "map" and params.key or params.value}
    end
    local id = params.id
    return {id = (string.find(id, "^0x")) ~= nil and "#" .. id or id}
end
--- GET /maps/:map/entries/:key, GET /acls/:acl/entries/:value, and by id (/ids/:id): exact key or id, not a match.
function ____exports.getEntry(kind, by)
    return function(context, _request, params) return respond(
        context,
        function(client) return patterns.entry(
            client,
            kind,
            refOf(kind, params),
            ____exports.targetFrom(kind, by, params)
        ) end
    ) end
end
--- GET /maps/:map/lookup?input=...: what HAProxy's match methods pick for `input` ("get map").
function ____exports.lookup(kind)
    return function(context, request, params)
        local parsed, refused = query(request, {"input"})
        if parsed == nil then
            return refused
        end
        local input, twice = single(parsed, "input")
        if twice ~= nil then
            return twice
        end
        if input == nil then
            return failure(400, "query parameter \"input\" is required: the text to look up")
        end
        return respond(
            context,
            function(client) return patterns.lookup(
                client,
                kind,
                refOf(kind, params),
                input
            ) end,
            function(results) return asArray(results) end
        )
    end
end
--- DELETE /maps/:map/entries/:key, DELETE /acls/:acl/entries/:value: every entry of that key; DELETE .../ids/:id: the one of that id.
function ____exports.deleteEntry(kind, by)
    return function(context, request, params) return applyThenRead(
        context,
        request,
        function(client) return patterns.delEntry(
            client,
            kind,
            refOf(kind, params),
            ____exports.targetFrom(kind, by, params)
        ) end,
        {}
    ) end
end
--- DELETE /maps/:map/entries, DELETE /acls/:acl/entries: every entry.
function ____exports.clearEntries(kind)
    return function(context, request, params) return applyThenRead(
        context,
        request,
        function(client) return patterns.clearEntries(
            client,
            kind,
            refOf(kind, params)
        ) end,
        {}
    ) end
end
--- PUT /maps/:map/entries [{"key", "value"}, ...], PUT /acls/:acl/entries
-- [{"value"}, ...]: every entry replaced at once (stats/patterns/replace.ts).
-- The entries go into a new, private version of the map as the body
-- arrives (http/bulk.ts), up to HAPROXY_API_MAX_BULK_BYTES, without the
-- write lock: only the commit takes it, so a slow or stalled upload holds
-- no other write, and one whose client left (HAProxy then ends the service
-- without running more Lua) leaves only its uncommitted version, which
-- HAProxy drops at the map's next commit. On any refusal nothing is
-- committed, and the error names the entry. Answers the map's summary read
-- back, its entry_count the new one.
function ____exports.replaceAll(kind)
    local fields = kind == "map" and ({"key", "value"}) or ({"value"})
    return function(context, request, params)
        local client = context.client
        if client == nil then
            return noSocket(context)
        end
        if not isJson(header(request, "content-type")) then
            return failure(415, "a PUT body must be JSON: send \"Content-Type: application/json\"")
        end
        local ref = refOf(kind, params)
        local body, refusedStatus, tooBig = openBulk(
            request,
            maxBulkBytes()
        )
        if body == nil then
            return failure(refusedStatus, tooBig)
        end
        local replacement, err = replaceEntries(client, kind, ref)
        if replacement == nil then
            return failed(context, err)
        end
        local count, status, problem = readObjects(
            body,
            function(item, number)
                for name in pairs(item) do
                    if not __TS__ArrayIncludes(fields, name) then
                        return (((("entry " .. tostring(number)) .. ": unknown field \"") .. tostring(name)) .. "\": expected ") .. table.concat(fields, ", ")
                    end
                end
                local added, refused = replacement.add(item.key, item.value)
                return added == nil and refused.message or nil
            end
        )
        if count == nil then
            replacement.abort()
            request.fields = loggedFields(nil, problem)
            return failure(status, problem .. "; nothing was committed")
        end
        return lockedWrite(
            client,
            request,
            function() return commitReplacement(
                context,
                client,
                request,
                kind,
                ref,
                replacement,
                count
            ) end
        )
    end
end
return ____exports
 end,
["api.maps"] = function(...) 
local ____exports = {}
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____request = require("http.request")
local encodeSegment = ____request.encodeSegment
local ____commands = require("stats.patterns.commands")
local addMapEntry = ____commands.addMapEntry
local setMapEntry = ____commands.setMapEntry
local patterns = require("stats.patterns.calls")
local ____patterns = require("api.patterns")
local targetFrom = ____patterns.targetFrom
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
____exports.postMapEntry = function(context, request, params)
    local fields, refused = jsonObject(request, {"key", "value"})
    if fields == nil then
        return refused
    end
    local key = fields.key
    local value = fields.value
    if key == nil or value == nil then
        return failure(400, "fields \"key\" and \"value\" are both required")
    end
    local command, invalid = addMapEntry(params.map, key, value)
    if command == nil then
        return failure(400, invalid.message)
    end
    local ref = params.map
    return applyThenRead(
        context,
        request,
        function(client) return patterns.addMapEntry(client, ref, key, value) end,
        {
            read = function(client) return patterns.last(client, "map", ref, key) end,
            status = 201,
            location = function(entry) return (("/maps/" .. encodeSegment(ref)) .. "/ids/") .. encodeSegment(entry.id) end
        }
    )
end
--- PUT /maps/:map/entries/:key {"value"}: every entry of that key; PUT /maps/:map/ids/:id: the one entry of that id.
function ____exports.putMapEntry(by)
    return function(context, request, params)
        local fields, refused = jsonObject(request, {"value"})
        if fields == nil then
            return refused
        end
        local value = fields.value
        local ref = params.map
        local target = targetFrom("map", by, params)
        local command, invalid = setMapEntry(ref, target, value)
        if command == nil then
            return failure(400, invalid.message)
        end
        return applyThenRead(
            context,
            request,
            function(client) return patterns.setMapEntry(client, ref, target, value) end,
            function(client) return patterns.entry(client, "map", ref, target) end
        )
    end
end
return ____exports
 end,
["api.root"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local inOrder = ____json.inOrder
local ____response = require("http.response")
local json = ____response.json
local ____version = require("version")
local VERSION = ____version.VERSION
local LINKS = inOrder({
    stats = "/stats",
    info = "/stats/info",
    frontends = "/stats/frontends",
    backends = "/stats/backends",
    maps = "/maps",
    acls = "/acls",
    tables = "/tables",
    openapi = "/openapi.json",
    config = "/config",
    uname = "/uname"
}, {
    "stats",
    "info",
    "frontends",
    "backends",
    "maps",
    "acls",
    "tables",
    "openapi",
    "config",
    "uname"
})
local FIELDS = {"name", "version", "haproxy", "links"}
____exports.getRoot = function(context) return json(
    200,
    inOrder({name = "haproxy-api", version = VERSION, haproxy = context.haproxyVersion or "unknown", links = LINKS}, FIELDS)
) end
return ____exports
 end,
["api.persistence"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArraySome = ____lualib.__TS__ArraySome
local ____exports = {}
local ____json = require("http.json")
local NULL = ____json.NULL
local inOrder = ____json.inOrder
local kindOf = ____json.kindOf
local ____response = require("http.response")
local json = ____response.json
local text = ____response.text
local ____reads = require("stats.servers.reads")
local statesText = ____reads.statesText
local ____added = require("api.persist.added")
local forget = ____added.forget
local recordAdded = ____added.recordAdded
local ____patterns = require("api.persist.patterns")
local fileOf = ____patterns.fileOf
local patternChanged = ____patterns.patternChanged
local ____process = require("api.persist.process")
local stopping = ____process.stopping
local ____report = require("api.persist.report")
local files = ____report.files
local isFailing = ____report.isFailing
local ____task = require("api.persist.task")
local serversChanged = ____task.serversChanged
local ____respond = require("api.respond")
local failed = ____respond.failed
local noSocket = ____respond.noSocket
____exports.getServersState = function(context)
    local client = context.client
    if client == nil then
        return noSocket(context)
    end
    local body, err = statesText(client)
    if body == nil then
        return failed(context, err)
    end
    return text(200, body)
end
____exports.getPersistence = function(context)
    local keeping = context.keeping
    local state = keeping.files
    return json(
        200,
        inOrder(
            {
                stopping = stopping(),
                state_file = inOrder({path = state.global or NULL, source = state.source}, {"path", "source"}),
                sync_files = keeping.syncFiles,
                files = files()
            },
            {"stopping", "state_file", "sync_files", "files"}
        )
    )
end
--- True when a reload loads `backend`'s servers from a file the API keeps, and the last save of it worked.
local function kept(keeping, backend)
    local files = keeping.files
    local ____local = files.localFiles[backend]
    if ____local ~= nil then
        return not isFailing(____local)
    end
    return files.global ~= nil and files.globalBackends[backend] ~= nil and not isFailing(files.global)
end
--- A server-state file holds no maxconn: a change of it is lost on reload. Bulk bodies may be lists.
local function asksMaxconn(fields)
    if fields == nil then
        return false
    end
    if kindOf(fields) == "array" then
        return __TS__ArraySome(
            fields,
            function(____, item) return kindOf(item) == "object" and item.maxconn ~= nil end
        )
    end
    return fields.maxconn ~= nil
end
--- Whether the change the request asks for will survive a reload.
local function survives(context, persists, params, fields)
    local keeping = context.keeping
    if persists == "server" then
        return kept(keeping, params.backend) and not asksMaxconn(fields)
    end
    if persists == "add" or persists == "delete" then
        return kept(keeping, params.backend) and keeping.files.addedServers ~= nil
    end
    if persists == "map" or persists == "acl" then
        if not keeping.syncFiles or context.client == nil then
            return false
        end
        local file = fileOf(context.client, persists, persists == "map" and params.map or params.acl)
        return file ~= nil and not isFailing(file)
    end
    return false
end
--- Marks what a successful write changed, for the background task.
local function changed(persists, params, fields)
    if persists == "server" then
        serversChanged()
    elseif persists == "add" then
        if fields ~= nil then
            recordAdded(params.backend, fields)
        end
        serversChanged()
    elseif persists == "delete" then
        forget(params.backend, params.server)
        serversChanged()
    elseif persists == "map" then
        patternChanged("map", params.map)
    elseif persists == "acl" then
        patternChanged("acl", params.acl)
    end
end
--- The headers of a reply that had none, shared: nothing changes a reply's headers after this wrapper.
local PERSISTED_YES = {["x-persisted"] = "yes"}
local PERSISTED_NO = {["x-persisted"] = "no"}
--- `handler`, marking what it changed and answering X-Persisted: yes or no.
function ____exports.persisted(persists, handler)
    return function(context, request, params)
        local reply = handler(context, request, params)
        local ok = reply.status < 300
        if ok then
            changed(persists, params, request.fields)
        end
        local kept = ok and survives(context, persists, params, request.fields)
        if reply.headers == nil then
            reply.headers = kept and PERSISTED_YES or PERSISTED_NO
        else
            reply.headers["x-persisted"] = kept and "yes" or "no"
        end
        return reply
    end
end
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
["api.process"] = function(...) 
local ____exports = {}
local ____limits = require("stats.process.limits")
local PROCESS_FIELDS = ____limits.PROCESS_FIELDS
local processLimits = ____limits.processLimits
local setProcess = ____limits.setProcess
local ____fields = require("api.fields")
local declaredBody = ____fields.declaredBody
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local respond = ____respond.respond
____exports.getProcess = function(context) return respond(context, processLimits) end
____exports.patchProcess = function(context, request)
    local fields, refused = declaredBody(request, PROCESS_FIELDS)
    if fields == nil then
        return refused
    end
    return applyThenRead(
        context,
        request,
        function(client) return setProcess(client, fields) end,
        processLimits
    )
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
["api.sessions"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____json = require("http.json")
local asArray = ____json.asArray
local inOrder = ____json.inOrder
local withNulls = ____json.withNulls
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local sessions = require("stats.sessions.calls")
local ____redact = require("host.redact")
local redactCapture = ____redact.redactCapture
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local respond = ____respond.respond
local FILTERS = {"frontend", "backend", "server", "src"}
local LIST_ORDER = {"sessions", "count", "truncated"}
____exports.listSessions = function(context, request)
    local ____query_2 = query
    local ____request_1 = request
    local ____array_0 = __TS__SparseArrayNew(table.unpack(FILTERS))
    __TS__SparseArrayPush(____array_0, "limit")
    local parsed, refused = ____query_2(
        ____request_1,
        {__TS__SparseArraySpread(____array_0)}
    )
    if parsed == nil then
        return refused
    end
    local filter = {}
    for ____, name in ipairs(FILTERS) do
        local value, twice = single(parsed, name)
        if twice ~= nil then
            return twice
        end
        filter[name] = value
    end
    local limitText, twice = single(parsed, "limit")
    if twice ~= nil then
        return twice
    end
    local limit = sessions.DEFAULT_LIMIT
    if limitText ~= nil then
        local given = (string.find(limitText, "^%d+$")) ~= nil and math.tointeger(tonumber(limitText)) or nil
        if given == nil or given < 1 or given > sessions.MAX_LIMIT then
            return failure(
                400,
                "query parameter \"limit\": an integer from 1 to " .. tostring(sessions.MAX_LIMIT)
            )
        end
        limit = given
    end
    return respond(
        context,
        function(client) return sessions.sessions(client, filter, limit) end,
        function(list)
            for ____, session in ipairs(list.sessions) do
                withNulls(session, {"backend", "server"})
            end
            return inOrder(
                {
                    sessions = asArray(list.sessions),
                    count = #list.sessions,
                    truncated = list.truncated
                },
                LIST_ORDER
            )
        end
    )
end
____exports.deleteSession = function(context, request, params) return applyThenRead(
    context,
    request,
    function(client) return sessions.shutdownSession(client, params.id) end,
    {}
) end
____exports.listErrors = function(context) return respond(
    context,
    sessions.errorCaptures,
    function(captures)
        for ____, capture in ipairs(captures) do
            withNulls(capture, {"backend", "server"})
            capture.captured = redactCapture(capture.captured)
        end
        return asArray(captures)
    end
) end
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
["api.cluster"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local asArray = ____json.asArray
local asObject = ____json.asObject
local ____cluster = require("stats.process.cluster")
local peers = ____cluster.peers
local resolvers = ____cluster.resolvers
local ____respond = require("api.respond")
local respond = ____respond.respond
local function shapedPeers(sections)
    for ____, section in ipairs(sections) do
        asArray(section.peers)
        for ____, peer in ipairs(section.peers) do
            asArray(peer.tables)
        end
    end
    return asArray(sections)
end
local function shapedResolvers(sections)
    for ____, section in ipairs(sections) do
        asArray(section.nameservers)
        for ____, server in ipairs(section.nameservers) do
            asObject(server.counters)
        end
    end
    return asArray(sections)
end
____exports.getPeers = function(context) return respond(context, peers, shapedPeers) end
____exports.getResolvers = function(context) return respond(context, resolvers, shapedResolvers) end
return ____exports
 end,
["api.docs.sessions"] = function(...) 
local ____exports = {}
local ____schemas = require("api.docs.schemas")
local arrayOf = ____schemas.arrayOf
local ref = ____schemas.ref
____exports.sessions = {
    tag = "sessions",
    summary = "The live sessions (\"show sess\"): id, proto, source, frontend, backend, server, age; filtered and capped",
    description = "Read as the dump arrives and ended once the limit is passed. The stats socket's own connections are sessions too (frontend GLOBAL). show sess's format is not a contract: a line that does not look as on 2.6.12 is skipped.",
    query = {
        {name = "frontend", description = "Only this frontend's"},
        {name = "backend", description = "Only this backend's"},
        {name = "server", description = "Only this server's"},
        {name = "src", description = "Only from this source address (with or without its port)"},
        {name = "limit", description = "At most this many, 1 to 100000; 1000 by default"}
    },
    ok = {
        status = 200,
        description = "The sessions, and whether more matched than the limit",
        schema = ref("Sessions")
    }
}
____exports.deleteSession = {
    tag = "sessions",
    summary = "Ends a session (\"shutdown session\")",
    description = "A request waiting on its server gets HAProxy's 502 at once (2.6.12, 3.0.0), or its connection closed (3.0.11, 3.2.26). The id is the stream's address, which HAProxy reuses for a later session once this one ends: end an id soon after listing it.",
    params = {id = "The session's id, \"0x\" and hex digits, as GET /sessions lists it"},
    ok = {status = 204, description = "Ended"}
}
____exports.errors = {
    tag = "sessions",
    summary = "The error captures (\"show errors\"): the last invalid request and response per proxy, before a reload wipes them",
    ok = {
        status = 200,
        description = "The captures; captured is HAProxy's escaped text of the bytes, at most 4096 characters",
        schema = arrayOf(ref("ErrorCapture"))
    }
}
____exports.peers = {
    tag = "sessions",
    summary = "The peers sections (\"show peers\"): each peer's state and last status, and per shared table how far the updates got",
    description = "pushed_all: every local update of the table was pushed to that peer. show peers's format is not a contract: lines that do not look as on 2.6.12 are skipped.",
    ok = {
        status = 200,
        description = "The sections, [] without any",
        schema = arrayOf(ref("PeersSection"))
    }
}
____exports.resolvers = {
    tag = "sessions",
    summary = "The resolvers sections (\"show resolvers\"): per nameserver, queries sent, errors, timeouts, outdated answers...",
    ok = {
        status = 200,
        description = "The sections (HAProxy 2.6 always has \"default\", from /etc/resolv.conf)",
        schema = arrayOf(ref("ResolversSection"))
    }
}
return ____exports
 end,
["api.docs.process"] = function(...) 
local ____exports = {}
local ____fields = require("api.fields")
local schemaOf = ____fields.schemaOf
local ____limits = require("stats.process.limits")
local PROCESS_FIELDS = ____limits.PROCESS_FIELDS
local ____schemas = require("api.docs.schemas")
local ref = ____schemas.ref
____exports.process = {
    tag = "stats",
    summary = "The process's live limits (maxconn, connection, session and SSL-session rate limits) with the current rates \"show info\" reports",
    ok = {
        status = 200,
        description = "The limits",
        schema = ref("ProcessLimits")
    }
}
____exports.patchProcess = {
    tag = "stats",
    summary = "Sets the global maxconn and rate limits at once (\"set maxconn global\", \"set rate-limit connections|sessions|ssl-sessions global\"); 0 is no rate limit",
    description = "All or nothing: every value is checked first (maxconn against Hard_maxconn); a limit HAProxy refuses after others were set puts those back. A restart or reload goes back to the configuration's.",
    body = schemaOf(PROCESS_FIELDS, 1),
    ok = {
        status = 200,
        description = "The limits afterwards, from show info",
        schema = ref("ProcessLimits")
    }
}
return ____exports
 end,
["api.stats"] = function(...) 
local ____exports = {}
local ____json = require("http.json")
local asObject = ____json.asObject
local reads = require("stats.process.reads")
local ____types = require("stats.process.types")
local stat_filter = ____types.stat_filter
local ____respond = require("api.respond")
local respond = ____respond.respond
local ____rows = require("api.rows")
local respondRows = ____rows.respondRows
____exports.getStats = function(context, request) return respondRows(
    context,
    request,
    function(client) return reads.statGroups(client, "-1", stat_filter.ANY, -1) end,
    {typed = true}
) end
____exports.getInfo = function(context) return respond(context, reads.info, asObject) end
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
["api.tables"] = function(...) 
local ____exports = {}
local ____body = require("http.body")
local jsonObject = ____body.jsonObject
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____json = require("http.json")
local asArray = ____json.asArray
local ____query = require("http.query")
local query = ____query.query
local single = ____query.single
local ____errors = require("stats.core.errors")
local statsError = ____errors.statsError
local ____words = require("stats.core.words")
local quoted = ____words.quoted
local tables = require("stats.tables.calls")
local ____respond = require("api.respond")
local applyThenRead = ____respond.applyThenRead
local respond = ____respond.respond
____exports.listTables = function(context) return respond(
    context,
    function(client) return tables.tables(client) end,
    function(list) return asArray(list) end
) end
--- "data.gpc0:gt:0" (the "data." optional) as a filter; undefined when it is not of that form.
local function filterOf(text)
    local data, operator, value = string.match(text, "^([^:]+):([^:]+):([^:]+)$")
    if data == nil then
        return nil
    end
    local bare = string.gsub(data, "^data%.", "")
    return {data = bare, operator = operator, value = value}
end
--- The ?key= and ?filter= of a table read, or the 400 that says what is wrong with them.
local function selection(request)
    local parsed, refused = query(request, {"key", "filter"})
    if parsed == nil then
        return nil, refused
    end
    local key, twice = single(parsed, "key")
    if twice ~= nil then
        return nil, twice
    end
    local texts = parsed.filter
    if texts == nil then
        return {key = key}
    end
    local filters = {}
    for ____, text in ipairs(texts) do
        local filter = filterOf(text)
        if filter == nil then
            return nil, failure(
                400,
                ("filter " .. quoted(text)) .. " is not data.<type>:<operator>:<value>, as data.gpc0:gt:0"
            )
        end
        filters[#filters + 1] = filter
    end
    return {key = key, filters = filters}
end
____exports.getTable = function(context, request, params)
    local selected, refused = selection(request)
    if selected == nil then
        return refused
    end
    return respond(
        context,
        function(client) return tables.table(client, params.table, selected.key, selected.filters) end
    )
end
____exports.getTableEntry = function(context, _request, params) return respond(
    context,
    function(client) return tables.entry(client, params.table, params.key) end
) end
____exports.clearTable = function(context, request, params) return applyThenRead(
    context,
    request,
    function(client) return tables.clear(client, params.table) end,
    function(client) return tables.summary(client, params.table) end
) end
--- Clears one entry: 404 when the table lacks it, 409 when a session tracks it ("Entry currently in use").
local function clearEntry(client, name, key)
    local found, missing = tables.entry(client, name, key)
    if found == nil then
        return nil, missing
    end
    local done, err = tables.clear(client, name, key)
    if done ~= nil then
        return true
    end
    if err.kind ~= "in_use" then
        return nil, err
    end
    local message = ((((("entry " .. quoted(key)) .. " of table ") .. name) .. " is tracked by ") .. tostring(found.use)) .. " session(s): HAProxy keeps it; retry once they end"
    return nil, statsError("in_use", message, err.command, err.haproxy)
end
____exports.deleteTableEntry = function(context, request, params) return applyThenRead(
    context,
    request,
    function(client) return clearEntry(client, params.table, params.key) end,
    {}
) end
--- PUT /tables/:table/entries/:key {"data": {"gpc0": 1, ...}}: sets data, creating the entry; answers it read back.
____exports.putTableEntry = function(context, request, params)
    local fields, refused = jsonObject(request, {"data"})
    if fields == nil then
        return refused
    end
    return applyThenRead(
        context,
        request,
        function(client)
            local set, err = tables.setEntry(client, params.table, params.key, fields.data)
            if set == nil then
                return nil, err
            end
            return true
        end,
        function(client) return tables.entry(client, params.table, params.key) end
    )
end
return ____exports
 end,
["api.ui.assets"] = function(...) 
local ____exports = {}
____exports.HTML = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>haproxy-api</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/ui/app.css\">\n<script src=\"/ui/app.js\" defer></script>\n</head>\n<body data-token=\"{{token}}\" data-read-only=\"{{readOnly}}\">\n<header>\n<h1>haproxy-api</h1>\n<p id=\"live\" role=\"status\">connecting…</p>\n<p id=\"read-only\" hidden>Read-only: this API takes no writes (HAPROXY_API_READONLY), so the page has no controls.</p>\n</header>\n<form id=\"login\" hidden>\n<label for=\"token\">API token</label>\n<input id=\"token\" type=\"password\" autocomplete=\"current-password\">\n<button type=\"submit\">Use token</button>\n</form>\n<nav aria-label=\"Views\">\n<button type=\"button\" data-view=\"servers\" aria-pressed=\"true\">Servers</button>\n<button type=\"button\" data-view=\"maps\" aria-pressed=\"false\">Maps</button>\n<button type=\"button\" data-view=\"acls\" aria-pressed=\"false\">ACLs</button>\n<button type=\"button\" data-view=\"tables\" aria-pressed=\"false\">Stick tables</button>\n<button type=\"button\" data-view=\"certificates\" aria-pressed=\"false\">Certificates</button>\n</nav>\n<main>\n<section id=\"view-servers\" aria-label=\"Servers\">\n<div class=\"bar\">\n<label for=\"filter\">Filter backends and servers</label>\n<input id=\"filter\" type=\"search\" placeholder=\"name contains…\">\n<button type=\"button\" id=\"prev\">Previous page</button>\n<span id=\"page-info\" role=\"status\"></span>\n<button type=\"button\" id=\"next\">Next page</button>\n</div>\n<p class=\"legend\">Sparklines: <span class=\"scurs\">sessions</span> and <span class=\"rates\">requests per second</span> per backend, sampled every 5 s while the page is open.</p>\n<div id=\"servers\"></div>\n<h2>Recent writes through the API</h2>\n<ol id=\"writes\"></ol>\n</section>\n<section id=\"view-maps\" aria-label=\"Maps\" hidden><h2>Maps</h2><div id=\"map-list\"></div><div id=\"map-detail\"></div></section>\n<section id=\"view-acls\" aria-label=\"ACLs\" hidden><h2>ACLs</h2><div id=\"acl-list\"></div><div id=\"acl-detail\"></div></section>\n<section id=\"view-tables\" aria-label=\"Stick tables\" hidden><h2>Stick tables</h2><div id=\"table-list\"></div><div id=\"table-detail\"></div></section>\n<section id=\"view-certificates\" aria-label=\"Certificates\" hidden><h2>TLS certificates, soonest to expire first</h2><div id=\"certificate-list\"></div></section>\n</main>\n<dialog id=\"confirm\" aria-labelledby=\"confirm-text\">\n<p id=\"confirm-text\"></p>\n<button type=\"button\" id=\"confirm-cancel\">Cancel</button>\n<button type=\"button\" id=\"confirm-ok\" class=\"danger\">Confirm</button>\n</dialog>\n</body>\n</html>\n"
____exports.JS = "\"use strict\";(()=>{var TOKEN_KEY=\"haproxy-api-token\",Unauthorized=class extends Error{constructor(){super(\"401\")}};function headers(extra={}){let token=sessionStorage.getItem(TOKEN_KEY);return token&&(extra.Authorization=`Bearer ${token}`),extra}async function api(method,path,body){let init={method,headers:headers(body===void 0?{}:{\"Content-Type\":\"application/json\"})};body!==void 0&&(init.body=JSON.stringify(body));let answer=await fetch(path,init);if(answer.status===401)throw new Unauthorized;let raw=await answer.text(),parsed=null;try{parsed=raw===\"\"?null:JSON.parse(raw)}catch{parsed=raw}return{status:answer.status,ok:answer.ok,body:parsed}}function errorOf(answer){let refusal=answer.body;return refusal&&typeof refusal==\"object\"&&refusal.message?refusal.message:`the API answered ${answer.status}`}var readOnly=document.body.dataset.readOnly===\"yes\";function $(id){return document.getElementById(id)}function text(value){return value==null?\"\":String(value)}function say(message){$(\"live\").textContent=message}function el(tag,className,content){let node=document.createElement(tag);return className&&(node.className=className),content!==void 0&&(node.textContent=text(content)),node}var ids=0;function labelled(into,control2,label){control2.id=`c${++ids}`;let tag=el(\"label\",\"hidden-label\",label);return tag.htmlFor=control2.id,into.appendChild(tag),into.appendChild(control2),control2}function button(into,label,name,onClick){let node=el(\"button\",\"\",label);return node.type=\"button\",node.setAttribute(\"aria-label\",name),node.addEventListener(\"click\",onClick),into.appendChild(node),node}function cellRow(values,header=!1){let row=el(\"tr\");for(let value of values)row.appendChild(el(header?\"th\":\"td\",\"\",value));return row}var askForToken=()=>{};function askForTokenWith(ask){askForToken=ask}function failedView(into){return error=>{error instanceof Unauthorized?askForToken():into.textContent=String(error.message)}}function refOf(item){return item.file===null||item.file===void 0?`#${item.id}`:item.file}function listView(kind,into,open){into.textContent=\"loading…\",api(\"GET\",kind===\"table\"?\"/tables\":kind===\"map\"?\"/maps\":\"/acls\").then(answer=>{if(into.textContent=\"\",!answer.ok){into.textContent=errorOf(answer);return}if(answer.body.length===0){into.textContent=\"none in this process\";return}let list=el(\"ul\",\"picker\");for(let item of answer.body){let entry=el(\"li\"),name=kind===\"table\"?item.name:refOf(item),detail=kind===\"table\"?`${item.type}, ${item.used} of ${item.size} used`:`${item.entry_count} entries`,link=el(\"button\",\"link\",name);link.type=\"button\",link.addEventListener(\"click\",()=>open(name)),entry.appendChild(link),entry.appendChild(el(\"span\",\"detail\",` ${detail}${item.description?` · ${item.description}`:\"\"}`)),list.appendChild(entry)}into.appendChild(list)}).catch(failedView(into))}var WARN_DAYS=14;async function listCertificates(){let into=$(\"certificate-list\");into.textContent=\"loading…\";try{let answer=await api(\"GET\",\"/certificates\");if(into.textContent=\"\",!answer.ok){into.textContent=errorOf(answer);return}if(answer.body.length===0){into.textContent=\"no TLS certificate in this process\";return}let table=el(\"table\",\"entries\");table.appendChild(el(\"thead\")).appendChild(cellRow([\"File\",\"Subject\",\"Names\",\"Expires (UTC)\",\"Days left\",\"Status\",\"crt-lists\"],!0));let body=el(\"tbody\");for(let cert of answer.body.slice().sort((a,b)=>a.days_left-b.days_left)){let row=cellRow([cert.file,cert.subject,cert.sans.join(\", \"),cert.not_after,cert.days_left,cert.status,cert.crt_lists.join(\", \")]);row.cells[4].className=\"days\",row.dataset.file=cert.file,cert.days_left<WARN_DAYS&&(row.className=\"expiring\"),body.appendChild(row)}table.appendChild(body),into.appendChild(table)}catch(error){failedView(into)(error)}}function confirmAction(question,action){let dialog=$(\"confirm\"),ok=$(\"confirm-ok\"),cancel=$(\"confirm-cancel\");return $(\"confirm-text\").textContent=question,ok.textContent=action,new Promise(resolve=>{let done=answer=>{ok.removeEventListener(\"click\",yes),cancel.removeEventListener(\"click\",no),dialog.removeEventListener(\"cancel\",no),dialog.open&&dialog.close(),resolve(answer)},yes=()=>done(!0),no=()=>done(!1);ok.addEventListener(\"click\",yes),cancel.addEventListener(\"click\",no),dialog.addEventListener(\"cancel\",no),dialog.showModal(),cancel.focus()})}var PAGE_SIZE=20,SAMPLE_MS=5e3,SAMPLES=60,onUnauthorized=()=>!1;function reportUnauthorizedWith(handler){onUnauthorized=handler}var backends=[],byName=new Map,servers=new Map,shown=[],pageIndex=0;function stateOf(status){let word=text(status);return word.startsWith(\"MAINT\")?\"maint\":word.startsWith(\"DRAIN\")?\"drain\":word.startsWith(\"DOWN\")||word.startsWith(\"NOLB\")?\"down\":\"up\"}function checkOf(value){return text(value).replace(/^[*] /,\"\")}function backendOf(name){let backend=byName.get(name);return backend||(backend={name,scur:0,rate:0,servers:[],scurs:[],rates:[],section:null},byName.set(name,backend),backends.push(backend)),backend}function knows(backend,server){return servers.has(`${backend}/${server}`)}var CELLS=[\"server\",\"status\",\"weight\",\"scur\",\"smax\",\"rate\",\"addr\",\"check\"];function paint(server){let row=server.row;if(!row)return;let values=[server.name,server.status,server.weight,server.scur,server.smax,server.rate,server.addr,server.check];CELLS.forEach((_,i)=>{let value=text(values[i]);row.cells[i].textContent!==value&&(row.cells[i].textContent=value)});let state=stateOf(server.status);row.dataset.state=state,row.dataset.adminState=state===\"maint\"||state===\"drain\"?state:\"ready\"}function paintSummary(backend){if(!backend||!backend.section)return;let up=backend.servers.filter(server=>stateOf(server.status)===\"up\").length,summary=backend.section.querySelector(\".summary\");summary.textContent=`${backend.servers.length===0?\"no servers\":`${up}/${backend.servers.length} up`} · ${backend.scur} sessions · ${backend.rate} req/s`}function act(result,run){result.textContent=\"…\",result.className=\"result\",run().then(answer=>{result.textContent=answer.ok?text(answer.done):errorOf(answer),result.className=answer.ok?\"result ok\":\"result failed\"}).catch(error=>{onUnauthorized(error),result.textContent=String(error.message),result.className=\"result failed\"})}function serverPath(server){return`/stats/backends/${encodeURIComponent(server.backend)}/servers/${encodeURIComponent(server.name)}`}async function setState(server,state){let answer=await api(\"PATCH\",`${serverPath(server)}/state`,{admin_state:state});return answer.done=answer.ok?`now ${state}`:\"\",answer}function addControls(row,server){let who=`${server.name} of ${server.backend}`,controls=el(\"td\",\"actions\"),result=el(\"td\",\"result\");result.setAttribute(\"aria-live\",\"polite\"),button(controls,\"Drain\",`Drain ${who}`,()=>{confirmAction(`Drain ${who}? It takes no new sessions; those open go on.`,`Drain ${server.name}`).then(yes=>{yes&&act(result,()=>setState(server,\"drain\"))})}),button(controls,\"Ready\",`Ready ${who}`,()=>act(result,()=>setState(server,\"ready\"))),button(controls,\"Maint\",`Maintenance for ${who}`,()=>{confirmAction(`Put ${who} in maintenance? It takes no traffic, and its health checks stop.`,`Maintenance for ${server.name}`).then(yes=>{yes&&act(result,()=>setState(server,\"maint\"))})}),button(controls,\"Drain & wait\",`Drain ${who} and wait for its sessions`,()=>{confirmAction(`Drain ${who} and wait up to 60 s for its sessions to end?`,`Drain and wait for ${server.name}`).then(yes=>{yes&&act(result,async()=>{let answer=await api(\"POST\",`${serverPath(server)}/drain`,{timeout:60});if(answer.ok){let drained=answer.body;answer.done=drained.drained?\"drained\":`${drained.sessions} sessions left`}return answer})})});let weight=el(\"input\",\"weight-field\");weight.type=\"text\",weight.inputMode=\"numeric\",weight.size=4,weight.placeholder=\"0-256, N%\",labelled(controls,weight,`Weight of ${who}`),button(controls,\"Set\",`Set the weight of ${who}`,()=>{let value=weight.value.trim(),given=/^[0-9]+$/.test(value)?Number(value):value;act(result,async()=>{let answer=await api(\"PATCH\",`${serverPath(server)}/weight`,{current:given});return answer.ok&&(answer.done=`weight ${answer.body.current}`),answer})}),row.appendChild(controls),row.appendChild(result)}function serverRow(server){let row=document.createElement(\"tr\");return row.dataset.backend=server.backend,row.dataset.server=server.name,CELLS.forEach((cell,i)=>row.appendChild(el(i===0?\"th\":\"td\",cell))),row.cells[0].scope=\"row\",readOnly||addControls(row,server),server.row=row,paint(server),row}var SVG=\"http://www.w3.org/2000/svg\";function spark(backend){let svg=document.createElementNS(SVG,\"svg\");svg.setAttribute(\"class\",\"spark\"),svg.setAttribute(\"viewBox\",\"0 0 120 24\"),svg.setAttribute(\"role\",\"img\"),svg.setAttribute(\"aria-label\",`sessions and request rate of ${backend.name}, last 5 minutes`);for(let kind of[\"scurs\",\"rates\"]){let line=document.createElementNS(SVG,\"polyline\");line.setAttribute(\"class\",kind),svg.appendChild(line)}return svg}function points(samples){let top=Math.max(1,...samples,0);return samples.map((value,i)=>`${120-(samples.length-1-i)*2},${(23-value/top*22).toFixed(1)}`).join(\" \")}function paintSpark(backend){if(!backend.section)return;let lines=backend.section.querySelectorAll(\"polyline\");lines[0].setAttribute(\"points\",points(backend.scurs)),lines[1].setAttribute(\"points\",points(backend.rates))}var HEAD=[\"Server\",\"Status\",\"Weight\",\"Sessions\",\"Max\",\"Req/s\",\"Address\",\"Last check\"];function section(backend,matching){let part=el(\"section\",\"backend\");part.dataset.backend=backend.name;let title=el(\"h2\");if(title.appendChild(el(\"span\",\"name\",backend.name)),title.appendChild(el(\"span\",\"summary\")),title.appendChild(spark(backend)),part.appendChild(title),backend.section=part,paintSummary(backend),paintSpark(backend),backend.servers.length===0)return part;let table=el(\"table\"),head=el(\"tr\");for(let name of HEAD.concat(readOnly?[]:[\"Actions\",\"Result\"])){let th=el(\"th\",\"\",name);th.scope=\"col\",head.appendChild(th)}table.appendChild(el(\"thead\")).appendChild(head);let body=el(\"tbody\");for(let server of backend.servers)matching(server)&&body.appendChild(serverRow(server));return table.appendChild(body),part.appendChild(table),part}function filterText(){return $(\"filter\").value.toLowerCase()}function matcher(backend,wanted){return wanted===\"\"||backend.name.toLowerCase().includes(wanted)?()=>!0:server=>server.name.toLowerCase().includes(wanted)}function refilter(){let wanted=filterText();shown=backends.filter(backend=>wanted===\"\"||backend.name.toLowerCase().includes(wanted)||backend.servers.some(server=>server.name.toLowerCase().includes(wanted))),pageIndex=0,render()}function turnPage(by){pageIndex+=by,render()}function render(){for(let backend of backends){backend.section=null;for(let server of backend.servers)server.row=null}let pages=Math.max(1,Math.ceil(shown.length/PAGE_SIZE));pageIndex>=pages&&(pageIndex=pages-1);let wanted=filterText(),parts=document.createDocumentFragment();for(let backend of shown.slice(pageIndex*PAGE_SIZE,(pageIndex+1)*PAGE_SIZE))parts.appendChild(section(backend,matcher(backend,wanted)));let into=$(\"servers\");into.textContent=\"\",into.appendChild(parts);let first=shown.length===0?0:pageIndex*PAGE_SIZE+1;$(\"page-info\").textContent=`backends ${first}–${Math.min(shown.length,(pageIndex+1)*PAGE_SIZE)} of ${shown.length}${shown.length===backends.length?\"\":\" matching\"}, page ${pageIndex+1} of ${pages}`,$(\"prev\").disabled=pageIndex===0,$(\"next\").disabled=pageIndex>=pages-1,into.dataset.backends=String(backends.length)}async function load(){let answers=await Promise.all([api(\"GET\",\"/stats?type=backend&fields=pxname,scur,rate\"),api(\"GET\",\"/stats?type=server&fields=pxname,svname,status,weight,scur,smax,rate,addr,check_status\")]);for(let answer of answers)if(!answer.ok)throw new Error(errorOf(answer));backends=[],byName=new Map,servers=new Map;for(let row of answers[0].body){let backend=backendOf(row.pxname);backend.scur=row.scur,backend.rate=row.rate}for(let row of answers[1].body){let server={backend:row.pxname,name:row.svname,status:row.status,weight:row.weight,scur:row.scur,smax:row.smax,rate:row.rate,addr:row.addr,check:checkOf(row.check_status),row:null};backendOf(row.pxname).servers.push(server),servers.set(`${row.pxname}/${row.svname}`,server)}refilter()}function onServer(state){let server=servers.get(`${state.backend}/${state.server}`);server&&(server.status=state.status,server.weight=state.weight,server.addr=state.address,paint(server),paintSummary(byName.get(state.backend)))}function onLoad(sample2){let backend=byName.get(sample2.backend);if(backend){backend.scur=sample2.scur,backend.rate=sample2.rate;for(let moved of sample2.servers){let server=servers.get(`${sample2.backend}/${moved.server}`);server&&(server.scur=moved.scur,server.smax=moved.smax,server.rate=moved.rate,server.check=moved.check_status,paint(server))}paintSummary(backend)}}function onWrite(write){let list=$(\"writes\"),item=el(\"li\",write.status<400?\"ok\":\"failed\",`${write.method} ${write.path} → ${write.status}`);for(list.insertBefore(item,list.firstChild);list.children.length>10;)list.removeChild(list.lastChild)}function sample(){for(let backend of backends)backend.scurs.push(Number(backend.scur)||0),backend.rates.push(Number(backend.rate)||0),backend.scurs.length>SAMPLES&&(backend.scurs.shift(),backend.rates.shift()),paintSpark(backend)}var control=null,lastEventId=null,early=[],loaded=!1,ready=!1,waitingFor=\"\",endedBecause=\"\",NO_ANSWER_MS=5e3,SILENCE_MS=7e3;function showStatus(){loaded?ready?say(readOnly?\"live, read-only\":\"live\"):say(waitingFor?`connecting to /events: waiting for ${waitingFor}`:\"connecting to /events…\"):say(\"loading…\")}function wasLive(){return ready}function rowsLoaded(yes){if(loaded=yes,showStatus(),!yes)return;let waiting=early;early=[];for(let[name,data]of waiting)onEvent(name,data)}function onReset(servers2){let unknown=!1;for(let state of servers2)knows(state.backend,state.server)?onServer(state):unknown=!0;unknown&&load()}function onEvent(name,data){if(!loaded){early.push([name,data]);return}switch(name){case\"server\":{let state=data;state.was===null&&!knows(state.backend,state.server)?load():onServer(state);break}case\"reset\":onReset(data.servers);break;case\"deleted\":load();break;case\"load\":onLoad(data);break;case\"write\":onWrite(data);break}}function onBlock(block){if(block.startsWith(\": \")){block===\": ready\"?(ready=!0,waitingFor=\"\"):block.startsWith(\": waiting for \")?waitingFor=block.slice(14):block.startsWith(\": error: \")&&(endedBecause=block.slice(9)),showStatus();return}let lines=block.split(`\n`),field=prefix=>lines.find(line=>line.startsWith(prefix))?.slice(prefix.length),name=field(\"event: \"),id=field(\"id: \"),data=lines.filter(line=>line.startsWith(\"data: \")).map(line=>line.slice(6));name!==void 0&&data.length>0&&onEvent(name,JSON.parse(data.join(`\n`))),id!==void 0&&(lastEventId=id)}async function listen(){control?.abort();let own=new AbortController;control=own,ready=!1,waitingFor=\"\",endedBecause=\"\";let given=\"\",watchdog=0,giveUpIn=(ms,why)=>{clearTimeout(watchdog),watchdog=window.setTimeout(()=>{given=why,own.abort()},ms)},path=lastEventId?`/events?since=${encodeURIComponent(lastEventId)}`:\"/events\";try{giveUpIn(NO_ANSWER_MS,`no answer from /events in ${NO_ANSWER_MS/1e3} s`);let answer=await fetch(path,{headers:headers(),signal:own.signal});if(answer.status===401)throw new Unauthorized;if(!answer.ok||!answer.body)throw new Error(`/events: ${await refusalOf(answer)}`);let reader=answer.body.getReader(),decoder=new TextDecoder,buffer=\"\";for(;;){giveUpIn(SILENCE_MS,`nothing on /events for ${SILENCE_MS/1e3} s`);let part=await reader.read();if(part.done)throw new Error(endedBecause||\"the event stream ended\");buffer+=decoder.decode(part.value,{stream:!0});let end;for(;(end=buffer.indexOf(`\n\n`))>=0;)onBlock(buffer.slice(0,end)),buffer=buffer.slice(end+2)}}catch(error){throw given?new Error(given):error}finally{clearTimeout(watchdog)}}async function refusalOf(answer){try{let refusal=await answer.json();if(refusal&&refusal.message)return refusal.message}catch{}return`the API answered ${answer.status}`}async function openPattern(kind,ref,message){let into=$(`${kind}-detail`),base=`${kind===\"map\"?\"/maps/\":\"/acls/\"}${encodeURIComponent(ref)}`;into.textContent=\"loading…\";try{let answer=await api(\"GET\",base);if(into.textContent=\"\",!answer.ok){into.textContent=errorOf(answer);return}into.appendChild(el(\"h3\",\"\",ref));let status=el(\"p\",message?\"result ok\":\"result\",message);status.setAttribute(\"aria-live\",\"polite\");let run=(request,done)=>{request.then(reply=>{if(!reply.ok){status.textContent=errorOf(reply),status.className=\"result failed\";return}openPattern(kind,ref,done)}).catch(failedView(status))};if(!readOnly){let add=el(\"form\",\"add\"),key=kind===\"map\"?labelled(add,el(\"input\"),\"Key\"):null,value=labelled(add,el(\"input\"),kind===\"map\"?\"Value\":\"Value (pattern)\"),submit=el(\"button\",\"\",kind===\"map\"?\"Add entry\":\"Add value\");submit.type=\"submit\",add.appendChild(submit),add.addEventListener(\"submit\",event=>{event.preventDefault(),run(api(\"POST\",`${base}/entries`,key?{key:key.value,value:value.value}:{value:value.value}),\"added\")}),into.appendChild(add)}into.appendChild(status);let entries=answer.body,table=el(\"table\",\"entries\");table.appendChild(el(\"thead\")).appendChild(cellRow((kind===\"map\"?[\"Key\",\"Value\"]:[\"Value\"]).concat(readOnly?[]:[\"Actions\"]),!0));let body=el(\"tbody\");for(let entry of entries.slice(0,1e3)){let row=cellRow(kind===\"map\"?[entry.key,entry.value]:[entry.value]),name=kind===\"map\"?entry.key:entry.value,byId=`${base}/ids/${encodeURIComponent(entry.id)}`;if(!readOnly){let actions=el(\"td\",\"actions\");if(kind===\"map\"){let field=labelled(actions,el(\"input\"),`New value for ${name}`);field.value=entry.value,button(actions,\"Save\",`Save the value of ${name}`,()=>run(api(\"PUT\",byId,{value:field.value}),`saved ${name}`))}button(actions,\"Delete\",`Delete ${name}`,()=>{confirmAction(`Delete ${name} from ${ref}?`,`Delete ${name}`).then(yes=>{yes&&run(api(\"DELETE\",byId),`deleted ${name}`)})}),row.appendChild(actions)}body.appendChild(row)}table.appendChild(body),into.appendChild(table),entries.length>1e3&&into.appendChild(el(\"p\",\"\",`the first 1,000 of ${entries.length} entries`))}catch(error){failedView(into)(error)}}function listPatterns(kind){listView(kind,$(`${kind}-list`),ref=>{openPattern(kind,ref)})}async function openTable(name){let into=$(\"table-detail\");into.textContent=\"loading…\";try{let answer=await api(\"GET\",`/tables/${encodeURIComponent(name)}`);if(into.textContent=\"\",!answer.ok){into.textContent=errorOf(answer);return}let info=answer.body;into.appendChild(el(\"h3\",\"\",`${info.name} (${info.type}, ${info.used} of ${info.size} used)`));let types=[];for(let entry of info.entries)for(let type of Object.keys(entry.data))types.includes(type)||types.push(type);let table=el(\"table\",\"entries\");table.appendChild(el(\"thead\")).appendChild(cellRow([\"Key\",\"Sessions\",\"Expires in (s)\",...types],!0));let body=el(\"tbody\");for(let entry of info.entries.slice(0,1e3))body.appendChild(cellRow([entry.key,entry.use,Math.round(entry.expire_ms/1e3),...types.map(type=>entry.data[type])]));table.appendChild(body),into.appendChild(table),info.entries.length>1e3&&into.appendChild(el(\"p\",\"\",`the first 1,000 of ${info.entries.length} entries`))}catch(error){failedView(into)(error)}}function listTables(){listView(\"table\",$(\"table-list\"),name=>{openTable(name)})}function tokenMissing(){return document.body.dataset.token===\"required\"&&!sessionStorage.getItem(TOKEN_KEY)}function askToken(then){let form=$(\"login\");form.hidden=!1,say(\"this API needs a token\"),$(\"token\").focus(),form.addEventListener(\"submit\",event=>{event.preventDefault(),sessionStorage.setItem(TOKEN_KEY,$(\"token\").value),form.hidden=!0,then()},{once:!0})}var VIEWS=[\"servers\",\"maps\",\"acls\",\"tables\",\"certificates\"];function showView(name){for(let view of VIEWS)$(`view-${view}`).hidden=view!==name,document.querySelector(`nav button[data-view=\"${view}\"]`)?.setAttribute(\"aria-pressed\",String(view===name));name===\"maps\"&&listPatterns(\"map\"),name===\"acls\"&&listPatterns(\"acl\"),name===\"tables\"&&listTables(),name===\"certificates\"&&listCertificates()}var MAX_RETRY_S=30,retryS=1;function start(){if(tokenMissing()){askToken(start);return}rowsLoaded(!1);let stream=listen();load().then(()=>(rowsLoaded(!0),stream)).catch(error=>{error instanceof Unauthorized?askToken(start):(wasLive()&&(retryS=1),say(`disconnected: ${error.message}; retrying in ${retryS} s`),setTimeout(start,retryS*1e3),retryS=Math.min(MAX_RETRY_S,retryS*2))}),stream.catch(()=>{})}var askAgain=()=>askToken(start);askForTokenWith(askAgain);reportUnauthorizedWith(error=>error instanceof Unauthorized?(askAgain(),!0):!1);document.addEventListener(\"DOMContentLoaded\",()=>{$(\"read-only\").hidden=!readOnly,$(\"filter\").addEventListener(\"input\",refilter),$(\"prev\").addEventListener(\"click\",()=>turnPage(-1)),$(\"next\").addEventListener(\"click\",()=>turnPage(1));for(let view of VIEWS)document.querySelector(`nav button[data-view=\"${view}\"]`)?.addEventListener(\"click\",()=>showView(view));setInterval(sample,SAMPLE_MS),start()});})();\n"
____exports.CSS = "body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #111; background: #fff; }\nh1 { font-size: 1.3rem; margin: 0; }\nh2 { font-size: 1.05rem; margin: 1rem 0 0.3rem; display: flex; gap: 0.8rem; align-items: center; }\nh3 { font-size: 1rem; }\nheader { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }\n#read-only { background: #fff4d6; border: 1px solid #d9b44a; padding: 0.1rem 0.5rem; }\nnav { margin: 0.6rem 0; display: flex; gap: 0.3rem; }\nnav button[aria-pressed=\"true\"] { font-weight: bold; border-bottom: 3px solid #1a5fb4; }\n.bar { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }\n.legend { color: #555; font-size: 0.85rem; }\n.legend .scurs { color: #1a5fb4; font-weight: bold; }\n.legend .rates { color: #c64600; font-weight: bold; }\ntable { border-collapse: collapse; width: 100%; }\nth, td { text-align: left; padding: 0.15rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: middle; }\nthead th { font-size: 0.85rem; color: #444; }\n.summary { font-weight: normal; font-size: 0.85rem; color: #444; }\nsvg.spark { width: 120px; height: 24px; border: 1px solid #eee; }\nsvg.spark polyline { fill: none; stroke-width: 1.5; }\nsvg.spark polyline.scurs { stroke: #1a5fb4; }\nsvg.spark polyline.rates { stroke: #c64600; }\ntd.status::before { display: inline-block; width: 1.2em; }\ntr[data-state=\"up\"] td.status { color: #0a6b2d; }\ntr[data-state=\"up\"] td.status::before { content: \"▲\"; }\ntr[data-state=\"down\"] td.status { color: #a50e0e; }\ntr[data-state=\"down\"] td.status::before { content: \"▼\"; }\ntr[data-state=\"drain\"] td.status { color: #8a5a00; }\ntr[data-state=\"drain\"] td.status::before { content: \"◐\"; }\ntr[data-state=\"maint\"] td.status { color: #555; }\ntr[data-state=\"maint\"] td.status::before { content: \"■\"; }\ntd.actions { white-space: nowrap; }\ntd.actions button, td.actions input { font-size: 0.8rem; margin-right: 0.15rem; }\n.result.ok { color: #0a6b2d; }\n.result.failed { color: #a50e0e; }\n.hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }\nbutton.link { background: none; border: none; color: #1a5fb4; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }\nul.picker { padding-left: 1.2rem; }\n.detail { color: #555; }\nform.add { display: flex; gap: 0.4rem; align-items: center; margin: 0.4rem 0; }\nform.add .hidden-label { position: static; width: auto; height: auto; clip: auto; }\ndialog button.danger { background: #a50e0e; color: #fff; border: 1px solid #700; }\n#writes li.failed { color: #a50e0e; }\ntr.expiring td.days { color: #a50e0e; font-weight: bold; }\ntr.expiring td.days::after { content: \" ⚠ expires soon\"; }\n:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }\n"
return ____exports
 end,
["api.ui"] = function(...) 
local ____exports = {}
local ____access = require("http.access")
local tokenRequired = ____access.tokenRequired
local ____assets = require("api.ui.assets")
local CSS = ____assets.CSS
local HTML = ____assets.HTML
local JS = ____assets.JS
local POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
local function asset(body, contentType)
    return {status = 200, body = body, contentType = contentType, headers = {["content-security-policy"] = POLICY, ["x-content-type-options"] = "nosniff", ["cache-control"] = "no-cache"}}
end
____exports.getUi = function(context)
    local withToken = string.gsub(
        HTML,
        "{{token}}",
        tokenRequired(context.access) and "required" or "none"
    )
    local page = string.gsub(withToken, "{{readOnly}}", context.access.readOnly and "yes" or "no")
    return asset(page, "text/html; charset=utf-8")
end
____exports.getUiScript = function() return asset(JS, "text/javascript; charset=utf-8") end
____exports.getUiStyle = function() return asset(CSS, "text/css; charset=utf-8") end
--- The page and its assets: served without a token (they hold no data).
function ____exports.isPagePath(path)
    return path == "/ui" or path == "/ui/" or path == "/ui/app.js" or path == "/ui/app.css"
end
return ____exports
 end,
["api.uname"] = function(...) 
local ____exports = {}
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____response = require("http.response")
local text = ____response.text
____exports.getUname = function(context)
    if context.uname == nil then
        return failure(503, "the OS name is unknown: /proc/sys/kernel could not be read")
    end
    return text(200, context.uname .. "\n")
end
return ____exports
 end,
["api.routes"] = function(...) 
local ____exports = {}
local serveOpenApi
local ____acls = require("api.acls")
local postAclEntry = ____acls.postAclEntry
local ____certificates = require("api.certificates")
local deleteCertificate = ____certificates.deleteCertificate
local getCertificate = ____certificates.getCertificate
local listCertificates = ____certificates.listCertificates
local postCertificate = ____certificates.postCertificate
local putCertificate = ____certificates.putCertificate
local certDocs = require("api.docs.certificates")
local ____backends = require("api.backends")
local getBackend = ____backends.getBackend
local listBackends = ____backends.listBackends
local ____config = require("api.config")
local getConfig = ____config.getConfig
local ____counters = require("api.counters")
local deleteCounters = ____counters.deleteCounters
local serverDocs = require("api.docs.servers")
local docs = require("api.docs.stats")
local runtime = require("api.docs.runtime")
local ____drain = require("api.drain")
local postDrain = ____drain.postDrain
local postReady = ____drain.postReady
local ____events = require("api.events")
local getEvents = ____events.getEvents
local ____frontends = require("api.frontends")
local getFrontend = ____frontends.getFrontend
local listFrontends = ____frontends.listFrontends
local patchFrontend = ____frontends.patchFrontend
local ____maps = require("api.maps")
local postMapEntry = ____maps.postMapEntry
local putMapEntry = ____maps.putMapEntry
local ____openapi = require("api.openapi")
local openApi = ____openapi.openApi
local ____patterns = require("api.patterns")
local clearEntries = ____patterns.clearEntries
local deleteEntry = ____patterns.deleteEntry
local getEntries = ____patterns.getEntries
local getEntry = ____patterns.getEntry
local listPatterns = ____patterns.listPatterns
local lookup = ____patterns.lookup
local replaceAll = ____patterns.replaceAll
local ____root = require("api.root")
local getRoot = ____root.getRoot
local ____servers = require("api.servers")
local deleteServer = ____servers.deleteServer
local deleteSessions = ____servers.deleteSessions
local getAddress = ____servers.getAddress
local getServer = ____servers.getServer
local getState = ____servers.getState
local getWeight = ____servers.getWeight
local listServers = ____servers.listServers
local patchAddress = ____servers.patchAddress
local patchServer = ____servers.patchServer
local patchServers = ____servers.patchServers
local patchState = ____servers.patchState
local patchWeight = ____servers.patchWeight
local postServer = ____servers.postServer
local ____persistence = require("api.persistence")
local getPersistence = ____persistence.getPersistence
local getServersState = ____persistence.getServersState
local persisted = ____persistence.persisted
local ____process = require("api.process")
local getProcess = ____process.getProcess
local patchProcess = ____process.patchProcess
local ____sessions = require("api.sessions")
local deleteSession = ____sessions.deleteSession
local listErrors = ____sessions.listErrors
local listSessions = ____sessions.listSessions
local ____cluster = require("api.cluster")
local getPeers = ____cluster.getPeers
local getResolvers = ____cluster.getResolvers
local sessionDocs = require("api.docs.sessions")
local processDocs = require("api.docs.process")
local ____stats = require("api.stats")
local getInfo = ____stats.getInfo
local getStats = ____stats.getStats
local ____tables = require("api.tables")
local clearTable = ____tables.clearTable
local deleteTableEntry = ____tables.deleteTableEntry
local getTable = ____tables.getTable
local getTableEntry = ____tables.getTableEntry
local listTables = ____tables.listTables
local putTableEntry = ____tables.putTableEntry
local ____ui = require("api.ui")
local getUi = ____ui.getUi
local getUiScript = ____ui.getUiScript
local getUiStyle = ____ui.getUiStyle
local ____uname = require("api.uname")
local getUname = ____uname.getUname
local SERVERS = "/stats/backends/:backend/servers"
local SERVER = SERVERS .. "/:server"
local MAP = "/maps/:map"
local ACL = "/acls/:acl"
____exports.routes = {
    {"GET", "/", getRoot, docs.root},
    {
        "GET",
        "/openapi.json",
        function(context, request, params) return serveOpenApi(context, request, params) end,
        docs.openapi
    },
    {"GET", "/config", getConfig, docs.config},
    {"GET", "/uname", getUname, docs.uname},
    {"GET", "/stats", getStats, docs.stats},
    {"GET", "/stats/info", getInfo, docs.info},
    {"GET", "/process", getProcess, processDocs.process},
    {
        "PATCH",
        "/process",
        persisted("none", patchProcess),
        processDocs.patchProcess
    },
    {"GET", "/sessions", listSessions, sessionDocs.sessions},
    {
        "DELETE",
        "/sessions/:id",
        persisted("none", deleteSession),
        sessionDocs.deleteSession
    },
    {"GET", "/errors", listErrors, sessionDocs.errors},
    {"GET", "/peers", getPeers, sessionDocs.peers},
    {"GET", "/resolvers", getResolvers, sessionDocs.resolvers},
    {"GET", "/events", getEvents, docs.events},
    {"GET", "/ui", getUi, docs.ui},
    {"GET", "/ui/app.js", getUiScript, docs.uiScript},
    {"GET", "/ui/app.css", getUiStyle, docs.uiStyle},
    {"GET", "/stats/servers-state", getServersState, docs.serversState},
    {"GET", "/stats/persistence", getPersistence, docs.persistence},
    {
        "DELETE",
        "/stats/counters",
        persisted("none", deleteCounters),
        docs.clearCounters
    },
    {"GET", "/stats/frontends", listFrontends, docs.frontends},
    {"GET", "/stats/frontends/:frontend", getFrontend, docs.frontend},
    {
        "PATCH",
        "/stats/frontends/:frontend",
        persisted("none", patchFrontend),
        docs.patchFrontend
    },
    {"GET", "/stats/backends", listBackends, docs.backends},
    {"GET", "/stats/backends/:backend", getBackend, docs.backend},
    {"GET", SERVERS, listServers, serverDocs.servers},
    {
        "POST",
        SERVERS,
        persisted("add", postServer),
        serverDocs.postServer
    },
    {
        "PATCH",
        SERVERS,
        persisted("server", patchServers),
        serverDocs.patchServers
    },
    {"GET", SERVER, getServer, serverDocs.server},
    {
        "PATCH",
        SERVER,
        persisted("server", patchServer),
        serverDocs.patchServer
    },
    {
        "DELETE",
        SERVER,
        persisted("delete", deleteServer),
        serverDocs.deleteServer
    },
    {
        "POST",
        SERVER .. "/drain",
        persisted("server", postDrain),
        serverDocs.drain
    },
    {
        "POST",
        SERVER .. "/ready",
        persisted("server", postReady),
        serverDocs.ready
    },
    {
        "DELETE",
        SERVER .. "/sessions",
        persisted("none", deleteSessions),
        serverDocs.deleteSessions
    },
    {"GET", SERVER .. "/weight", getWeight, serverDocs.weight},
    {
        "PATCH",
        SERVER .. "/weight",
        persisted("server", patchWeight),
        serverDocs.patchWeight
    },
    {"GET", SERVER .. "/state", getState, serverDocs.state},
    {
        "PATCH",
        SERVER .. "/state",
        persisted("server", patchState),
        serverDocs.patchState
    },
    {"GET", SERVER .. "/address", getAddress, serverDocs.address},
    {
        "PATCH",
        SERVER .. "/address",
        persisted("server", patchAddress),
        serverDocs.patchAddress
    },
    {
        "GET",
        "/maps",
        listPatterns("map"),
        runtime.maps
    },
    {
        "GET",
        MAP,
        getEntries("map"),
        runtime.map
    },
    {
        "GET",
        MAP .. "/lookup",
        lookup("map"),
        runtime.mapLookup
    },
    {
        "POST",
        MAP .. "/entries",
        persisted("map", postMapEntry),
        runtime.addMapEntry
    },
    {
        "PUT",
        MAP .. "/entries",
        persisted(
            "map",
            replaceAll("map")
        ),
        runtime.replaceMap
    },
    {
        "DELETE",
        MAP .. "/entries",
        persisted(
            "map",
            clearEntries("map")
        ),
        runtime.clearMap
    },
    {
        "GET",
        MAP .. "/entries/:key",
        getEntry("map", "key"),
        runtime.mapEntry
    },
    {
        "PUT",
        MAP .. "/entries/:key",
        persisted(
            "map",
            putMapEntry("key")
        ),
        runtime.setMapEntry
    },
    {
        "DELETE",
        MAP .. "/entries/:key",
        persisted(
            "map",
            deleteEntry("map", "key")
        ),
        runtime.delMapEntry
    },
    {
        "GET",
        MAP .. "/ids/:id",
        getEntry("map", "id"),
        runtime.mapEntryById
    },
    {
        "PUT",
        MAP .. "/ids/:id",
        persisted(
            "map",
            putMapEntry("id")
        ),
        runtime.setMapEntryById
    },
    {
        "DELETE",
        MAP .. "/ids/:id",
        persisted(
            "map",
            deleteEntry("map", "id")
        ),
        runtime.delMapEntryById
    },
    {
        "GET",
        "/acls",
        listPatterns("acl"),
        runtime.acls
    },
    {
        "GET",
        ACL,
        getEntries("acl"),
        runtime.acl
    },
    {
        "GET",
        ACL .. "/lookup",
        lookup("acl"),
        runtime.aclLookup
    },
    {
        "POST",
        ACL .. "/entries",
        persisted("acl", postAclEntry),
        runtime.addAclEntry
    },
    {
        "PUT",
        ACL .. "/entries",
        persisted(
            "acl",
            replaceAll("acl")
        ),
        runtime.replaceAcl
    },
    {
        "DELETE",
        ACL .. "/entries",
        persisted(
            "acl",
            clearEntries("acl")
        ),
        runtime.clearAcl
    },
    {
        "GET",
        ACL .. "/entries/:value",
        getEntry("acl", "key"),
        runtime.aclEntry
    },
    {
        "DELETE",
        ACL .. "/entries/:value",
        persisted(
            "acl",
            deleteEntry("acl", "key")
        ),
        runtime.delAclEntry
    },
    {
        "GET",
        ACL .. "/ids/:id",
        getEntry("acl", "id"),
        runtime.aclEntryById
    },
    {
        "DELETE",
        ACL .. "/ids/:id",
        persisted(
            "acl",
            deleteEntry("acl", "id")
        ),
        runtime.delAclEntryById
    },
    {"GET", "/tables", listTables, runtime.tables},
    {"GET", "/tables/:table", getTable, runtime.table},
    {
        "DELETE",
        "/tables/:table",
        persisted("none", clearTable),
        runtime.clearTable
    },
    {"GET", "/tables/:table/entries/:key", getTableEntry, runtime.tableEntry},
    {
        "PUT",
        "/tables/:table/entries/:key",
        persisted("none", putTableEntry),
        runtime.setTableEntry
    },
    {
        "DELETE",
        "/tables/:table/entries/:key",
        persisted("none", deleteTableEntry),
        runtime.delTableEntry
    },
    {"GET", "/certificates", listCertificates, certDocs.certificates},
    {
        "POST",
        "/certificates",
        persisted("none", postCertificate),
        certDocs.postCertificate
    },
    {"GET", "/certificates/:file", getCertificate, certDocs.certificate},
    {
        "PUT",
        "/certificates/:file",
        persisted("none", putCertificate),
        certDocs.putCertificate
    },
    {
        "DELETE",
        "/certificates/:file",
        persisted("none", deleteCertificate),
        certDocs.deleteCertificate
    }
}
--- The document describes this very table, so it is built from it.
serveOpenApi = openApi(____exports.routes)
return ____exports
 end,
["service"] = function(...) 
local ____exports = {}
local ____audit = require("api.audit")
local audit = ____audit.audit
local ____ui = require("api.ui")
local isPagePath = ____ui.isPagePath
local ____access = require("http.access")
local authenticate = ____access.authenticate
local crossSiteWrite = ____access.crossSiteWrite
local forbiddenWrite = ____access.forbiddenWrite
local foreignHost = ____access.foreignHost
local isRead = ____access.isRead
local neededScope = ____access.neededScope
local outOfScope = ____access.outOfScope
local tokenRequired = ____access.tokenRequired
local ____errors = require("http.errors")
local failure = ____errors.failure
local ____request = require("http.request")
local appletHeader = ____request.appletHeader
local splitPath = ____request.splitPath
local ____response = require("http.response")
local noContent = ____response.noContent
local send = ____response.send
local ____router = require("http.router")
local matchRoute = ____router.match
local ____held = require("stats.core.held")
local releaseHeld = ____held.releaseHeld
--- A scoped token's SHA-256, by HAProxy's converters: a module function, not a closure a request.
local function digestOf(applet, token)
    return string.lower(applet.c:hex(applet.c:sha2(token, 256)))
end
local function route(router, context, applet)
    local method = applet.method
    if type(applet.path) ~= "string" then
        return failure(400, "the request target must be a path")
    end
    local host = appletHeader(applet, "host")
    local wrongHost = foreignHost(context.access, host)
    if wrongHost ~= nil then
        return wrongHost
    end
    if not isRead(method) then
        local crossSite = crossSiteWrite(
            appletHeader(applet, "origin"),
            appletHeader(applet, "sec-fetch-site"),
            host
        )
        if crossSite ~= nil then
            return crossSite
        end
    end
    local authorization = appletHeader(applet, "authorization")
    local page = tokenRequired(context.access) and isPagePath(applet.path)
    local who
    local source = applet.sf:src()
    if not page then
        local denied, principal = authenticate(
            context.access,
            authorization,
            source,
            applet,
            digestOf
        )
        if denied ~= nil then
            return denied
        end
        who = principal
    end
    local segments, problem = splitPath(applet.path)
    if segments == nil then
        return failure(400, problem)
    end
    local match = matchRoute(router, method, segments)
    if match.kind == "found" then
        local readOnly = forbiddenWrite(context.access, method)
        if readOnly ~= nil then
            return readOnly
        end
        local doc = match.extra
        local ____temp_2
        if who == nil or who.scope == "admin" then
            ____temp_2 = nil
        else
            ____temp_2 = outOfScope(
                who,
                neededScope(method, segments, doc and doc.scope),
                method,
                segments
            )
        end
        local scoped = ____temp_2
        if scoped ~= nil then
            return scoped
        end
        local request = {
            method = method,
            path = applet.path,
            segments = segments,
            applet = applet,
            token = who and who.name,
            source = source,
            fields = nil,
            fieldsJson = nil,
            fieldsJsonOf = nil,
            audited = nil
        }
        local reply = match.handler(context, request, match.params)
        if not isRead(method) and request.audited ~= true then
            audit(request, reply.status, reply.body)
        end
        return reply
    end
    repeat
        local ____switch15 = match.kind
        local ____cond15 = ____switch15 == "not_implemented"
        if ____cond15 then
            return failure(501, ("method " .. method) .. " is not implemented")
        end
        ____cond15 = ____cond15 or ____switch15 == "not_found"
        if ____cond15 then
            return failure(404, "no such resource: " .. applet.path)
        end
        ____cond15 = ____cond15 or ____switch15 == "options"
        if ____cond15 then
            return noContent({allow = match.allow})
        end
        ____cond15 = ____cond15 or ____switch15 == "method_not_allowed"
        if ____cond15 then
            return failure(405, (((("method " .. method) .. " is not allowed on ") .. applet.path) .. ": use ") .. match.allow, {allow = match.allow})
        end
    until true
end
--- Lua raises "not enough memory" without calling the message handler, and
-- "error in error handling" when the handler itself runs out; a full
-- buffer in table.concat says "not enough memory for buffer allocation".
local function outOfMemory(err)
    if type(err) ~= "string" then
        return false
    end
    return err == "error in error handling" or (string.find(err, "not enough memory", 1, true)) ~= nil
end
--- Adds the traceback to a caught error; the message goes to the client only as "internal error".
local function traced(err)
    if outOfMemory(err) then
        return err
    end
    return debug.traceback(
        tostring(err),
        2
    )
end
--- The reply to a caught error, logged first; memory held by the failed request is collected.
local function caught(applet, err)
    local where = (("haproxy-api: " .. applet.method) .. " ") .. tostring(applet.path)
    if outOfMemory(err) then
        collectgarbage("collect")
        core.log(
            core.err,
            ((where .. ": out of Lua memory (") .. tostring(err)) .. "); raise tune.lua.maxmem"
        )
        return failure(503, "out of Lua memory: HAProxy's tune.lua.maxmem is too low for this request")
    end
    core.log(
        core.err,
        (where .. ": ") .. tostring(err)
    )
    return failure(500, "internal error in haproxy-api; the details are in HAProxy's log")
end
function ____exports.serve(router, context, applet)
    local ok, reply = xpcall(
        route,
        traced,
        router,
        context,
        applet
    )
    local answer = ok and reply or caught(applet, reply)
    if answer.stream == nil then
        releaseHeld()
        send(applet, answer, applet.method == "HEAD")
        return
    end
    local sent, err = xpcall(
        send,
        traced,
        applet,
        answer,
        applet.method == "HEAD"
    )
    releaseHeld()
    if not sent then
        if outOfMemory(err) then
            collectgarbage("collect")
        end
        core.log(
            core.err,
            (((("haproxy-api: " .. applet.method) .. " ") .. tostring(applet.path)) .. ": answer cut short: ") .. tostring(err)
        )
    end
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
["main"] = function(...) 
local ____exports = {}
local ____context = require("api.context")
local discover = ____context.discover
local ____journal = require("api.events.journal")
local startJournal = ____journal.startJournal
local ____watch = require("api.events.watch")
local watchServers = ____watch.watchServers
local ____task = require("api.persist.task")
local keepFiles = ____task.keepFiles
local ____routes = require("api.routes")
local routes = ____routes.routes
local ____access = require("http.access")
local tokenRequired = ____access.tokenRequired
local ____router = require("http.router")
local compile = ____router.compile
local ____service = require("service")
local serve = ____service.serve
local ____client = require("stats.core.client")
local insideHAProxy = ____client.insideHAProxy
local ____proxylist = require("stats.process.proxylist")
local warmProxyList = ____proxylist.warmProxyList
if insideHAProxy() then
    local router = compile(routes)
    local context
    core.register_init(function()
        context = discover()
        local socket = context.socket
        core.log(core.info, (("haproxy-api: stats socket " .. (socket.address or "(none)")) .. ", from ") .. socket.source)
        local access = context.access
        if not tokenRequired(access) and access.anonymous then
            core.log(core.warning, "haproxy-api: no HAPROXY_API_TOKEN and HAPROXY_API_ANONYMOUS is set: whoever reaches the API's port may use it")
        end
        if access.tokensFile then
            core.log(
                core.info,
                ("haproxy-api: " .. tostring(#access.tokens)) .. " scoped tokens from HAPROXY_API_TOKENS_FILE"
            )
        end
        for ____, problem in ipairs(access.tokenProblems) do
            core.log(core.warning, ("haproxy-api: HAPROXY_API_TOKENS_FILE: " .. problem) .. ": skipped")
        end
        if access.readOnly then
            core.log(core.info, "haproxy-api: read-only (HAPROXY_API_READONLY)")
        end
        local keeping = context.keeping
        if keeping.files.global ~= nil then
            core.log(core.info, (("haproxy-api: keeps the server-state file " .. keeping.files.global) .. ", from ") .. keeping.files.source)
        end
        if context.client ~= nil then
            keepFiles(context.client, keeping)
        end
        startJournal(tostring(core.get_info().Pid or "0"))
        warmProxyList()
        watchServers()
    end)
    local uninitialised = {
        socket = {source = "haproxy-api has not initialised (see HAProxy's log)"},
        config = {files = {}, text = ""},
        access = {
            readOnly = true,
            anonymous = false,
            tokens = {},
            tokensFile = false,
            tokenProblems = {},
            allowedHosts = {}
        },
        keeping = {files = {source = "not initialised", globalBackends = {}, localFiles = {}}, syncFiles = false, savedRows = {}},
        apiFrontends = {}
    }
    core.register_service(
        "haproxy-api",
        "http",
        function(applet)
            serve(router, context or uninitialised, applet)
        end
    )
end
do
    local ____export = require("stats.index")
    for ____exportKey, ____exportValue in pairs(____export) do
        if ____exportKey ~= "default" then
            ____exports[____exportKey] = ____exportValue
        end
    end
end
return ____exports
 end,
}
local ____entry = require("main", ...)
return ____entry
