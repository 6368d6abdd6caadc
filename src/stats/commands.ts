/**
 * Builders of runtime API command lines. No command is built from an
 * unchecked name: the CLI splits every line on unescaped ";" and newlines
 * before parsing, so one bad character is an injected command.
 */
import { StatsError, statsError } from "./errors";
import type { AdminState, Health } from "./types";
import { quoted } from "./words";

/** HAProxy's legal characters in proxy and server names (cfgparse: invalid_char). */
const NAME_PATTERN = "^[%w%.%-_:]+$";
/** Longer than any sane name; HAProxy itself has no limit, a command line does. */
export const NAME_MAX_LENGTH = 255;

type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

/** Returns the reason `name` can't be a proxy or server name, or undefined when it can. */
export function nameProblem(name: unknown): string | undefined {
  if (type(name) !== "string") return `expected a name, got ${type(name)}`;
  const text = name as string;
  if (text.length === 0) return "empty name";
  if (text.length > NAME_MAX_LENGTH) return `name longer than ${NAME_MAX_LENGTH} characters`;
  const [ok] = string.find(text, NAME_PATTERN);
  if (ok === undefined) return "name may only hold letters, digits, '.', '-', '_' and ':'";
  return undefined;
}

/** The numeric id `ref` stands for (a number, or digits as lua-haproxy took them), if any. */
export function numericId(ref: unknown): number | undefined {
  if (type(ref) === "string") {
    const [digits] = string.match(ref as string, "^%d+$");
    if (digits === undefined || digits.length > 9) return undefined;
  } else if (type(ref) !== "number") {
    return undefined;
  }
  const id = math.tointeger(tonumber(ref) ?? -1);
  return id !== undefined && id >= 1 ? id : undefined;
}

/** A proxy or server reference: a name, or a numeric id (lua-haproxy looked up both). */
export function proxyRef(ref: unknown): LuaMultiReturn<[ref: string] | [ref: undefined, problem: string]> {
  if (type(ref) === "number") {
    const id = numericId(ref);
    if (id === undefined) return $multi(undefined, "id must be a positive integer");
    return $multi(string.format("%d", id));
  }
  const problem = nameProblem(ref);
  if (problem !== undefined) return $multi(undefined, problem);
  return $multi(ref as string);
}

function invalid(what: string, problem: string): Built {
  return $multi(undefined, statsError("invalid", `${what}: ${problem}`));
}

/** The error for a refused name, quoting it ("%q" keeps control characters visible). */
export function invalidName(what: string, name: unknown, problem: string): StatsError {
  return statsError("invalid", `${what} ${quoted(name)}: ${problem}`);
}

/** "<backend>/<server>", both names checked. */
function serverPath(backend: unknown, server: unknown): LuaMultiReturn<[path: string] | [path: undefined, err: StatsError]> {
  const backendProblem = nameProblem(backend);
  if (backendProblem !== undefined) return $multi(undefined, invalidName("backend", backend, backendProblem));
  const serverProblem = nameProblem(server);
  if (serverProblem !== undefined) return $multi(undefined, invalidName("server", server, serverProblem));
  return $multi(`${backend as string}/${server as string}`);
}

/** "show stat <proxy> <mask> <sid>": proxy "-1" for all, mask a stat_filter sum, sid -1 for all. */
export function showStat(proxy: string, mask: number, sid: number): string {
  return string.format("show stat %s %d %d", proxy, mask, sid);
}

export function showServersState(backend: unknown): Built {
  const problem = nameProblem(backend);
  if (problem !== undefined) return $multi(undefined, invalidName("backend", backend, problem));
  return $multi(`show servers state ${backend as string}`);
}

export function getWeight(backend: unknown, server: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  return $multi(`get weight ${path}`);
}

/**
 * "set weight": an integer 0-256, or "N%" of the initial weight. Integers are
 * formatted with %d: HAProxy refuses "7.0", which is how Lua prints 7.0.
 */
export function setWeight(backend: unknown, server: unknown, weight: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  if (type(weight) === "number") {
    const integer = math.tointeger(weight as number);
    if (integer === undefined || integer < 0 || integer > 256) return invalid("weight", "must be an integer from 0 to 256");
    return $multi(string.format("set weight %s %d", path, integer));
  }
  if (type(weight) === "string") {
    const [digits] = string.match(weight as string, "^(%d+)%%$");
    const percent = digits !== undefined ? math.tointeger(tonumber(digits) ?? -1) : undefined;
    if (percent === undefined || percent > 100 || (digits as string).length > 3) return invalid("weight", "percentage must be from 0% to 100%");
    return $multi(string.format("set weight %s %d%%", path, percent));
  }
  return invalid("weight", `expected an integer or \"N%\", got ${type(weight)}`);
}

const adminStates: LuaTable<string, boolean> = new LuaTable();
adminStates.set("ready", true);
adminStates.set("drain", true);
adminStates.set("maint", true);

const healths: LuaTable<string, boolean> = new LuaTable();
healths.set("up", true);
healths.set("stopping", true);
healths.set("down", true);

export function setState(backend: unknown, server: unknown, state: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  if (type(state) !== "string" || !adminStates.has(state as AdminState)) return invalid("admin_state", "must be one of ready, drain, maint");
  return $multi(`set server ${path} state ${state as string}`);
}

export function setHealth(backend: unknown, server: unknown, health: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  if (type(health) !== "string" || !healths.has(health as Health)) return invalid("health", "must be one of up, stopping, down");
  return $multi(`set server ${path} health ${health as string}`);
}

export function enableServer(backend: unknown, server: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  return $multi(`enable server ${path}`);
}

export function disableServer(backend: unknown, server: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  return $multi(`disable server ${path}`);
}

/** An IPv4 address, each byte 0-255. */
function isIPv4(text: string): boolean {
  const [a, b, c, d] = string.match(text, "^(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$");
  if (a === undefined) return false;
  for (const part of [a, b, c, d]) if ((tonumber(part) as number) > 255) return false;
  return true;
}

/** Roughly IPv6 (hex groups and colons, an IPv4 tail allowed); HAProxy checks the rest. */
function isIPv6(text: string): boolean {
  return text.length <= 45 && string.find(text, ":")[0] !== undefined && string.find(text, "^[%x:%.]+$")[0] !== undefined;
}

/**
 * "set server <b>/<s> addr <ip> [port <port>]". Only IP addresses: HAProxy
 * 2.6 refuses host names here. The port is checked here, because HAProxy
 * takes 99999 and silently wraps it.
 */
export function setServerAddress(backend: unknown, server: unknown, address: unknown, port?: unknown): Built {
  const [path, err] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, err);
  if (type(address) !== "string" || !(isIPv4(address as string) || isIPv6(address as string))) {
    return invalid("address", "must be an IPv4 or IPv6 address");
  }
  if (port === undefined) return $multi(`set server ${path} addr ${address as string}`);
  const number = type(port) === "number" ? math.tointeger(port as number) : undefined;
  if (number === undefined || number < 1 || number > 65535) return invalid("port", "must be an integer from 1 to 65535");
  return $multi(string.format("set server %s addr %s port %d", path, address as string, number));
}
