/**
 * The runtime socket client: the only file that opens sockets.
 *
 * Inside HAProxy it uses core.tcp(), whose I/O yields to HAProxy's scheduler;
 * outside (plain lua5.3, scripts, specs) it uses LuaSocket. Never a blocking
 * socket inside HAProxy.
 *
 * HAProxy 2.6's core.tcp() stalls on an answer larger than one buffer
 * (~16 KiB): the rest only arrives when the socket timeout fires. So, inside
 * HAProxy, large reads are split into commands whose answers each fit in a
 * buffer, sent one at a time on one interactive ("prompt") session:
 * executeEach(). Outside HAProxy there is no such limit.
 *
 * HAProxy's CLI takes 10 connections at once by default ("stats maxconn")
 * and refuses the rest rather than queueing them: 200 API clients at once
 * got 168 "cannot connect". So, inside HAProxy, this process's Lua keeps at
 * most SESSIONS connections open and the other callers wait their turn,
 * leaving room for an operator's own socat.
 */
import { describeEndpoint, parseEndpoint, type Endpoint } from "./address";
import { statsError, type StatsError } from "./errors";
import { enter, leave, newGate, nowMs, type Slot } from "./gate";
import { callIt, hold, letGo, renewHeld } from "./held";

/** Stats-socket connections this process's Lua keeps open at most. */
export const SESSIONS = 5;
const sessions = newGate(SESSIONS);

/** The Lua-facing object: exactly address, port and timeout, as lua-haproxy's. */
export interface ClientFields {
  address: string;
  port?: number;
  timeout: number;
}

export const DEFAULT_ADDRESS = "/run/haproxy/admin.sock";
export const DEFAULT_TIMEOUT = 3;

/** What core.tcp() sockets and LuaSocket sockets have in common. */
interface Stream {
  send(this: Stream, data: string): LuaMultiReturn<[last: number] | [last: undefined, err: string]>;
  receive(this: Stream, pattern: "*a" | "*l" | number): LuaMultiReturn<[data: string] | [data: undefined, err: string, partial?: string]>;
  settimeout(this: Stream, seconds: number): number;
  close(this: Stream): number;
}

type Answer = LuaMultiReturn<[answer: string] | [answer: undefined, err: StatsError]>;

/**
 * The longest command line sent: HAProxy's CLI reads a line into one buffer
 * (tune.bufsize, 16,384 bytes by default) and a longer one never ends (2.6:
 * the connection hangs until its timeout) or is refused ("The command is
 * too big for the buffer size", 3.x). Kept under the buffer by its 1,024
 * bytes of reserve (tune.maxrewrite), as a stated limit, checked before
 * anything is sent.
 */
export const CLI_LINE_MAX = 15000;

/** Why `command` can't be sent (a line over CLI_LINE_MAX), or undefined. */
function commandProblem(command: string): StatsError | undefined {
  for (const [line] of string.gmatch(command, "[^\n]+")) {
    if (line.length > CLI_LINE_MAX) {
      const [head] = string.match(command, "^(%S+ %S+)");
      return statsError("invalid", `the command would be a line of ${line.length} bytes, over the ${CLI_LINE_MAX} bytes HAProxy's CLI takes (one tune.bufsize buffer): shorten the key or value`, head ?? "");
    }
  }
  return undefined;
}

/** True when running inside HAProxy (the `core` global and its sockets exist). */
let hostSeen: unknown;
let insideSeen = false;

export function insideHAProxy(): boolean {
  const host = (_G as unknown as Record<string, { tcp?: unknown } | undefined>)["core"];
  // Asked several times a request: decided again only when `core` is another table (unit specs swap it).
  if (host === hostSeen) return insideSeen;
  hostSeen = host;
  insideSeen = host !== undefined && type(host.tcp) === "function";
  return insideSeen;
}

/** HAProxy's clock in milliseconds; 0 outside HAProxy, where LuaSocket reports timeouts itself. */
function clockMs(): number {
  return insideHAProxy() ? nowMs() : 0;
}

function newStream(endpoint: Endpoint): Stream {
  if (insideHAProxy()) return core.tcp() as unknown as Stream;
  if (endpoint.kind === "unix") {
    const unix = require("socket.unix") as { stream: (this: void) => Stream };
    return unix.stream();
  }
  const socket = require("socket") as { tcp: (this: void) => Stream };
  return socket.tcp();
}

/**
 * How long, inside HAProxy, a refused connect is tried again. A reload
 * (-sf, or a master-worker one) pauses the old process's listeners while the
 * new process binds, the stats socket among them: a connect in that window
 * is refused, and works a few milliseconds later. Seen on 2.6.12 as a
 * "Can't connect" 503 in the -sf reload spec, in two full-suite runs (not
 * reproduced alone, 15 runs under CPU load); retrying costs nothing when the
 * socket is up, and at most this long when it is really gone.
 */
const CONNECT_RETRY_MS = 500;
const CONNECT_PAUSE_MS = 10;

function connectOnce(stream: Stream, endpoint: Endpoint): LuaMultiReturn<[ok: number] | [ok: undefined, err: string]> {
  if (endpoint.kind === "tcp") return (stream as unknown as Socket).connect(endpoint.host, endpoint.port);
  return (stream as unknown as Socket).connect(insideHAProxy() ? `unix@${endpoint.path}` : endpoint.path);
}

function connect(client: ClientFields, command: string): LuaMultiReturn<[stream: Stream] | [stream: undefined, err: StatsError]> {
  if (insideHAProxy()) renewHeld();
  const [endpoint, problem] = parseEndpoint(client.address, client.port);
  if (endpoint === undefined) return $multi(undefined, statsError("invalid", `socket address: ${problem}`, command));
  const giveUp = clockMs() + math.min(CONNECT_RETRY_MS, client.timeout * 1000);
  for (;;) {
    const stream = newStream(endpoint);
    stream.settimeout(client.timeout);
    const [ok, err] = connectOnce(stream, endpoint);
    if (ok !== undefined) return $multi(stream);
    stream.close();
    if (!insideHAProxy() || clockMs() >= giveUp) {
      return $multi(undefined, statsError("connect", `cannot connect to ${describeEndpoint(endpoint)}: ${err}`, command));
    }
    core.msleep(CONNECT_PAUSE_MS);
  }
}

/** Connects and sends `command` and a newline. */
function connectAndSend(client: ClientFields, command: string): LuaMultiReturn<[stream: Stream] | [stream: undefined, err: StatsError]> {
  const [stream, connectErr] = connect(client, command);
  if (stream === undefined) return $multi(undefined, connectErr);
  const [sent, sendErr] = stream.send(`${command}\n`);
  if (sent === undefined) {
    stream.close();
    return $multi(undefined, statsError("closed", `cannot send: ${sendErr}`, command));
  }
  return $multi(stream);
}

/** Maps a failed receive to an error: LuaSocket says "timeout"; HAProxy closes the stream when its timeout fires. */
function receiveError(client: ClientFields, command: string, err: string, startedMs: number): StatsError {
  if (err === "timeout" || (insideHAProxy() && clockMs() - startedMs >= client.timeout * 1000)) {
    return statsError("timeout", `no complete answer within ${client.timeout}s`, command);
  }
  return statsError("closed", `connection closed before the answer was complete (${err})`, command);
}

type Session<T extends unknown[]> = LuaMultiReturn<[value: T[0]] | [value: undefined, err: StatsError]>;

/** Runs `run` holding one of the SESSIONS slots (inside HAProxy); a 504-kind error if none frees within the timeout. */
/** One of the SESSIONS slots of the process, waited for up to the client's timeout; or the error saying they stayed busy. */
function takeSession(client: ClientFields, command: string): LuaMultiReturn<[slot: Slot] | [slot: undefined, err: StatsError]> {
  // Held one timeout and a second past its holder's last step (each renews it: core/held.ts).
  const slot = enter(sessions, client.timeout, client.timeout + 1);
  if (slot === undefined) {
    return $multi(undefined, statsError("timeout", `all ${SESSIONS} stats socket connections of this process stayed busy for ${client.timeout}s`, command));
  }
  return $multi(slot);
}

function gated<T extends unknown[]>(client: ClientFields, command: string, run: (this: void) => Session<T>): Session<T> {
  if (!insideHAProxy()) return run();
  const [slot, busy] = takeSession(client, command);
  if (slot === undefined) return $multi(undefined, busy);
  const [value, err] = run();
  leave(sessions, slot);
  if (value === undefined) return $multi(undefined, err as StatsError);
  return $multi(value);
}

/**
 * Sends one command on a fresh connection and returns HAProxy's whole answer
 * (the CLI closes the connection after one command in non-interactive mode).
 */
export function execute(client: ClientFields, command: string): Answer {
  const problem = commandProblem(command);
  if (problem !== undefined) return $multi(undefined, problem);
  return gated<[string]>(client, command, () => executeNow(client, command));
}

function executeNow(client: ClientFields, command: string): Answer {
  const started = clockMs();
  const [stream, connectErr] = connectAndSend(client, command);
  if (stream === undefined) return $multi(undefined, connectErr);
  const [answer, err, partial] = stream.receive("*a");
  stream.close();
  if (answer === undefined) {
    // LuaSocket reports a clean close after data as success; HAProxy returns
    // nil only when nothing at all arrived.
    if (err === "closed" && partial !== undefined && partial !== "") return $multi(partial);
    return $multi(undefined, receiveError(client, command, err, started));
  }
  return $multi(answer);
}

/**
 * Bytes asked of each read of a dump. Smaller than a buffer, so the first
 * read returns as soon as a buffer's worth has arrived.
 */
const DUMP_CHUNK = 8192;
/**
 * Seconds each read after the first waits before HAProxy's socket timeout
 * wakes the stalled stream (see executeDump): a 140 KB "show map" took
 * 24 s with a 3 s timeout and 170 ms with this one.
 */
const DUMP_WAKE_SECONDS = 0.02;
/**
 * A dump cut short is asked again and resumed this many times at most (see
 * openDump), checking the last RESUME_CHECK_BYTES it handed out. Measured
 * on 2.6.12, 40,000 map entries (1.5 MB), a reader pausing after some
 * pieces (as one sending them on to a slow client does): after every 20,
 * pauses of 15 and 30 ms let the dump end whole, 50 and 200 ms ended it
 * after the 20th (160 KB); after the first, a pause of 22 ms ended it. With
 * a 100 ms wake a 150 ms pause was fine, but every stall took 100 ms (9.6 s
 * a dump). Setting the wake again after a pause made it worse: answers
 * that missed bytes (JSON that did not parse), 8 of 10 slow reads.
 */
const MAX_RESUMES = 100;
const RESUME_CHECK_BYTES = 256;

/**
 * Sends one dump command ("show map <ref>", "show table <name>"...), whose
 * answer may be larger than a buffer and cannot be split into smaller
 * commands, and returns HAProxy's whole answer.
 *
 * Inside HAProxy 2.6, once a buffer is full the CLI is not woken when the
 * reader empties it: the rest arrives only when the socket's timeout fires,
 * which does not end the stream here but lets the CLI go on. So after the
 * first read (which may wait the client's whole timeout for HAProxy to
 * start answering) each read gets a short timeout. Should one of them end
 * the stream instead, the answer lacks the empty line that ends every
 * dump, and the call fails rather than return part of the answer.
 */
export function executeDump(client: ClientFields, command: string): Answer {
  if (!insideHAProxy()) return execute(client, command);
  const [reader, err] = openDump(client, command, true);
  if (reader === undefined) return $multi(undefined, err);
  const parts: string[] = [];
  for (;;) {
    const [piece, failed] = reader.next();
    if (piece === undefined) return $multi(undefined, failed);
    if (piece === "") break;
    parts[parts.length] = piece;
  }
  return $multi(table.concat(parts));
}

/** A dump read piece by piece, for an answer sent on as it arrives. */
export interface DumpReader {
  /** The next piece, "" once the answer is whole; or undefined and why (a cut-short answer, a timeout). It closes itself at the end or on an error. */
  next: (this: void) => LuaMultiReturn<[piece: string] | [piece: undefined, err: StatsError]>;
  /** Ends the read early (the connection and its slot are given back). */
  close: (this: void) => void;
}

/**
 * Starts a dump (see executeDump) and answers its reader once the first
 * piece arrived. With `whole`, the dump must end within the client's
 * timeout (a read kept in memory); without, only each piece must (a read
 * sent on as it arrives: a 5 MB map takes seconds at 20 ms per buffer).
 * Outside HAProxy the answer comes whole, as one piece.
 */
export function openDump(client: ClientFields, command: string, whole = false): LuaMultiReturn<[reader: DumpReader] | [reader: undefined, err: StatsError]> {
  const problem = commandProblem(command);
  if (problem !== undefined) return $multi(undefined, problem);
  if (!insideHAProxy()) {
    const [answer, err] = execute(client, command);
    if (answer === undefined) return $multi(undefined, err);
    let given = false;
    const next = (): LuaMultiReturn<[piece: string]> => {
      if (given) return $multi("");
      given = true;
      return $multi(answer);
    };
    return $multi({ next, close: () => undefined });
  }
  const [slot, busy] = takeSession(client, command);
  if (slot === undefined) return $multi(undefined, busy);
  const [opened, connectErr] = connectAndSend(client, command);
  if (opened === undefined) {
    leave(sessions, slot);
    return $multi(undefined, connectErr);
  }
  let stream = opened;
  let streamOpen = true;
  /** Whether the current stream has answered yet: its wake timeout is set at its first piece. */
  let answered = false;
  const started = clockMs();
  let open = true;
  let pieces = 0;
  /** Bytes handed out so far, and the last RESUME_CHECK_BYTES of them: what a resumed dump skips and checks. */
  let delivered = 0;
  let recent = "";
  let resumes = 0;
  const closeStream = (): void => {
    if (!streamOpen) return;
    streamOpen = false;
    stream.close();
  };
  const finish = (): void => {
    if (!open) return;
    open = false;
    letGo(finish);
    closeStream();
    leave(sessions, slot);
  };
  // A reader the request stops using (HEAD, a Lua error, memory) is closed at its boundary (core/held.ts).
  hold(finish, callIt);
  const fail = (err: StatsError): LuaMultiReturn<[undefined, StatsError]> => {
    finish();
    return $multi(undefined, err);
  };
  /** One read of the current stream: a piece, or undefined once it ended (then closed). */
  const receive = (size: number): string | undefined => {
    const [chunk, , partial] = stream.receive(size);
    // Set once a stream: setting it again before each read makes HAProxy end the stream at the next stall.
    if (!answered && chunk !== undefined) {
      answered = true;
      stream.settimeout(DUMP_WAKE_SECONDS);
    }
    if (chunk === undefined || chunk === "") closeStream();
    return chunk !== undefined && chunk !== "" ? chunk : partial !== undefined && partial !== "" ? partial : undefined;
  };
  /**
   * After a cut: the same command again, its first `delivered` bytes read
   * and dropped, the last of them compared with what was handed out. An
   * error when they differ (the dump changed before the cut) or it ends first.
   */
  const resume = (): StatsError | undefined => {
    if (resumes >= MAX_RESUMES) return statsError("closed", `the answer was cut short ${resumes} times; retry`, command);
    resumes++;
    const [again, err] = connectAndSend(client, command);
    if (again === undefined) return err;
    stream = again;
    streamOpen = true;
    answered = false;
    const checkFrom = delivered - recent.length;
    let skipped = 0;
    let seen = "";
    while (skipped < delivered) {
      renewHeld();
      const piece = receive(math.min(DUMP_CHUNK, delivered - skipped));
      if (piece === undefined) break;
      if (skipped + piece.length > checkFrom) seen += string.sub(piece, math.max(1, checkFrom - skipped + 1));
      skipped += piece.length;
    }
    if (skipped < delivered || seen !== recent) {
      closeStream();
      return statsError("closed", "the answer was cut short, and was not the same when asked again; retry", command);
    }
    core.log(core.debug, string.format("haproxy-api: %s: the stats socket ended the answer after %d bytes (its reader had waited); asked again and resumed there", command, delivered));
    return undefined;
  };
  const next = (): LuaMultiReturn<[piece: string] | [piece: undefined, err: StatsError]> => {
    if (!open) return $multi("");
    for (;;) {
      renewHeld();
      if (!streamOpen) {
        // A dump ends with an empty line: an answer of several pieces without one was cut short. HAProxy 2.6
        // ends the dump's stream when its reader does not read within a wake (DUMP_WAKE_SECONDS), as when
        // the answer is sent on to a slow client: it is asked again and goes on where it was cut.
        if (pieces <= 1 || string.sub(recent, -2) === "\n\n") {
          finish();
          return $multi("");
        }
        const refused = resume();
        if (refused !== undefined) return fail(refused);
        continue;
      }
      const piece = receive(DUMP_CHUNK);
      if (piece !== undefined) {
        pieces++;
        delivered += piece.length;
        // Without concatenating a whole piece (8 KiB) each time.
        recent = piece.length >= RESUME_CHECK_BYTES ? string.sub(piece, -RESUME_CHECK_BYTES) : string.sub(recent + piece, -RESUME_CHECK_BYTES);
        if (whole && clockMs() - started >= client.timeout * 1000) return fail(statsError("timeout", `no complete answer within ${client.timeout}s`, command));
        return $multi(piece);
      }
      if (pieces === 0) {
        finish();
        // An empty answer ("show table <t> key <k>" of a missing key) is a close before the timeout.
        if (clockMs() - started < client.timeout * 1000) return $multi("");
        return $multi(undefined, receiveError(client, command, "closed", started));
      }
    }
  };
  const [first, err] = next();
  if (first === undefined) return $multi(undefined, err);
  let pending: string | undefined = first;
  return $multi({
    next: () => {
      if (pending !== undefined) {
        const piece = pending;
        pending = undefined;
        return $multi(piece);
      }
      return next();
    },
    close: finish,
  });
}

/** Reads one command's answer in interactive mode: lines up to the empty line, then the "> " prompt. */
function readFramed(stream: Stream, lines: string[]): string | undefined {
  for (;;) {
    const [line, err] = stream.receive("*l");
    if (line === undefined) return err;
    if (line === "") break;
    lines[lines.length] = line;
  }
  const [prompt, err] = stream.receive(2);
  if (prompt === undefined) return err;
  return undefined;
}

/**
 * Runs `commands` one after the other on one interactive session and returns
 * their answers, in order. Each answer must end with HAProxy's empty line
 * ("show stat", "show servers state" and other dumps do): only send commands
 * known to. One answer never waits behind another, so none outgrows a buffer.
 */
export function executeEach(client: ClientFields, commands: string[]): LuaMultiReturn<[answers: string[]] | [answers: undefined, err: StatsError]> {
  for (const command of commands) {
    const problem = commandProblem(command);
    if (problem !== undefined) return $multi(undefined, problem);
  }
  return gated<[string[]]>(client, "prompt", () => executeEachNow(client, commands));
}

function executeEachNow(client: ClientFields, commands: string[]): LuaMultiReturn<[answers: string[]] | [answers: undefined, err: StatsError]> {
  const started = clockMs();
  const [stream, connectErr] = connectAndSend(client, "prompt");
  if (stream === undefined) return $multi(undefined, connectErr);
  const greeting: string[] = [];
  const greetingErr = readFramed(stream, greeting);
  if (greetingErr !== undefined) {
    stream.close();
    return $multi(undefined, receiveError(client, "prompt", greetingErr, started));
  }
  const answers: string[] = [];
  for (const command of commands) {
    renewHeld();
    const [sent, err] = stream.send(`${command}\n`);
    if (sent === undefined) {
      stream.close();
      return $multi(undefined, statsError("closed", `cannot send: ${err}`, command));
    }
    const lines: string[] = [];
    const readErr = readFramed(stream, lines);
    if (readErr !== undefined) {
      stream.close();
      return $multi(undefined, receiveError(client, command, readErr, started));
    }
    lines[lines.length] = "";
    answers[answers.length] = table.concat(lines, "\n");
  }
  stream.send("quit\n");
  stream.close();
  return $multi(answers);
}
