/**
 * Errors of the stats library are values, never thrown: every fallible call
 * returns `nil, err`. `err` is a table the caller can act on, and prints as
 * one line (`tostring(err)`) for logs.
 */

export type ErrorKind =
  | "invalid" // the call's arguments were refused before anything was sent
  | "connect" // the socket could not be reached
  | "timeout" // the socket did not answer in time
  | "closed" // the socket closed before the answer was complete
  | "not_found" // HAProxy has no such proxy, server, map...
  | "permission" // the socket's level does not allow the command
  | "unknown_command" // HAProxy does not know the command
  | "in_use" // HAProxy kept what is in use (a stick-table entry a session tracks)
  | "conflict" // the state of HAProxy forbids it now (a server name taken, a server not in maintenance)
  | "rejected" // HAProxy refused a value the caller gave (an ACL pattern that is no IP, a filter on data not stored...)
  | "refused"; // HAProxy answered the command with an error

export interface StatsError {
  kind: ErrorKind;
  /** What went wrong, in words. */
  message: string;
  /** The runtime command concerned, if one was built. */
  command?: string;
  /** HAProxy's own answer, when it gave one. */
  haproxy?: string;
}

const ErrorMeta: LuaMetatable<StatsError> = {
  __tostring(this: StatsError) {
    return this.command !== undefined ? `haproxy.stats: ${this.command}: ${this.message}` : `haproxy.stats: ${this.message}`;
  },
};

export function statsError(kind: ErrorKind, message: string, command?: string, haproxy?: string): StatsError {
  return setmetatable({ kind, message, command, haproxy }, ErrorMeta);
}

export function isStatsError(value: unknown): value is StatsError {
  return type(value) === "table" && getmetatable(value) === ErrorMeta;
}

/** Lua patterns of HAProxy 2.6's CLI error answers, checked on the first line. */
const answerErrors: [pattern: string, kind: ErrorKind][] = [
  ["^Permission denied", "permission"],
  ["^Unknown command", "unknown_command"],
  ["^No such ", "not_found"], // server, backend, proxy, table...
  ["^Can't find ", "not_found"], // backend (show servers state)
  ["^Unknown ", "not_found"], // map or acl identifier
  ["^Key not found", "not_found"], // del map, del acl
  ["^entry not found", "not_found"], // set map <key>
  ["^key or pattern not found", "not_found"], // set map #<id>
  ["^Filter entry #%d+: ", "rejected"],
  ["^Entry currently in use", "in_use"], // clear table <t> key <k> of a tracked entry // show table ... data.<type> <op> <value>
];

/**
 * Recognises an error answer to a read command: HAProxy answers errors in
 * text, on the same channel as data. Returns undefined for a data answer.
 */
export function answerError(command: string, answer: string): StatsError | undefined {
  const [firstLine] = string.match(answer, "^([^\n]*)");
  for (const [pattern, kind] of answerErrors) {
    const [found] = string.find(firstLine, pattern);
    if (found !== undefined) return statsError(kind, firstLine, command, firstLine);
  }
  return undefined;
}

/**
 * A write command ("set ...", "enable ...") answers nothing when it worked:
 * any text is HAProxy refusing it, classified like a read's errors.
 */
export function writeError(command: string, answer: string): StatsError | undefined {
  const [text] = string.match(answer, "^%s*(.-)%s*$");
  if (text === "") return undefined;
  return answerError(command, text) ?? statsError("refused", text, command, text);
}
