/**
 * Proxy and server names. No command is built from an unchecked name: the
 * CLI splits every line on unescaped ";" and newlines before parsing, so one
 * bad character is an injected command.
 */
import { statsError, type StatsError } from "./errors";
import type { Checked } from "./result";
import { quoted } from "./words";

/** HAProxy's legal characters in proxy and server names (cfgparse: invalid_char). */
const NAME_PATTERN = "^[%w%.%-_:]+$";
/** Longer than any sane name; HAProxy itself has no limit, a command line does. */
export const NAME_MAX_LENGTH = 255;

/**
 * Names found valid, so that the next check of one is a lookup: a write
 * checks its backend and server names at each layer it crosses (the route,
 * set_servers, the operation, the read-back), eight checks a PATCH. Emptied
 * when full, so names sent by clients cannot grow it without bound.
 */
const VALID_NAMES_MAX = 4096;
let validNames = new LuaTable<string, boolean>();
let validCount = 0;

/** Returns the reason `name` can't be a proxy or server name, or undefined when it can. */
export function nameProblem(name: unknown): string | undefined {
  if (validNames.has(name as string)) return undefined;
  if (type(name) !== "string") return `expected a name, got ${type(name)}`;
  const text = name as string;
  if (text.length === 0) return "empty name";
  if (text.length > NAME_MAX_LENGTH) return `name longer than ${NAME_MAX_LENGTH} characters`;
  const [ok] = string.find(text, NAME_PATTERN);
  if (ok === undefined) return "name may only hold letters, digits, '.', '-', '_' and ':'";
  if (validCount >= VALID_NAMES_MAX) {
    validNames = new LuaTable();
    validCount = 0;
  }
  validNames.set(text, true);
  validCount++;
  return undefined;
}

/** A kind of name a command carries: its noun, its length limit, the Lua pattern it must match and that pattern in words. */
export interface NameRule {
  noun: string;
  maxLength: number;
  pattern: string;
  allowed: string;
}

/** The reason `name` breaks `rule`, or undefined when it keeps it. */
export function ruleProblem(rule: NameRule, name: unknown): string | undefined {
  if (type(name) !== "string") return `expected a ${rule.noun}, got ${type(name)}`;
  const text = name as string;
  if (text.length === 0 || text.length > rule.maxLength) return `a ${rule.noun} has 1 to ${rule.maxLength} characters`;
  if (string.find(text, rule.pattern)[0] === undefined) return `a ${rule.noun} may only hold ${rule.allowed}`;
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
export function proxyRef(ref: unknown): Checked {
  if (type(ref) === "number") {
    const id = numericId(ref);
    if (id === undefined) return $multi(undefined, "id must be a positive integer");
    return $multi(string.format("%d", id));
  }
  const problem = nameProblem(ref);
  if (problem !== undefined) return $multi(undefined, problem);
  return $multi(ref as string);
}

/** The error for a refused name, quoting it ("%q" keeps control characters visible). */
export function invalidName(what: string, name: unknown, problem: string): StatsError {
  return statsError("invalid", `${what} ${quoted(name)}: ${problem}`);
}

/** The refusal of a backend and server name pair, or undefined when both are valid. */
export function serverNamesProblem(backend: unknown, server: unknown): StatsError | undefined {
  const backendProblem = nameProblem(backend);
  if (backendProblem !== undefined) return invalidName("backend", backend, backendProblem);
  const serverProblem = nameProblem(server);
  if (serverProblem !== undefined) return invalidName("server", server, serverProblem);
  return undefined;
}

/** "<backend>/<server>", both names checked. */
export function serverPath(backend: unknown, server: unknown): LuaMultiReturn<[path: string] | [path: undefined, err: StatsError]> {
  const invalid = serverNamesProblem(backend, server);
  if (invalid !== undefined) return $multi(undefined, invalid);
  return $multi(`${backend as string}/${server as string}`);
}
