/**
 * "show sess" and "show errors" of HAProxy 2.6.12, parsed defensively:
 * neither format is a contract, so a line or block that does not look as
 * measured is skipped, never an error, and only fields seen on 2.6.12 are
 * read:
 *   0x7fdf9c042440: proto=tcpv4 src=127.0.0.1:53038 fe=f be=slow srv=s1 ts=00
 *     epoch=0x2 age=3s calls=2 rate=0 cpu=0 lat=0 rq[...] rp[...] ... exp=27s ...
 * and per error capture:
 *   [01/Dec/2026:14:18:28.720] frontend f (#2): invalid request
 *     backend <NONE> (#-1), server <NONE> (#-1), event #0, src 127.0.0.1:53038
 *     ... len 39, wraps at 16336, error at position 28
 *     ...
 *     00000  GET / HTTP/1.1\r\n
 */
import { ordered } from "../core/fields";

export interface Session {
  /** What "shutdown session" takes: the stream's address. */
  id: string;
  proto: string;
  source: string;
  frontend: string;
  /** Absent (null in JSON) before the session has one. */
  backend?: string;
  server?: string;
  /** As HAProxy prints it ("3s", "1m5s", "2h3m", "1d2h"), and in seconds. */
  age: string;
  age_seconds: number;
  calls: number;
}

const SESSION_ORDER = ordered(["id", "proto", "source", "frontend", "backend", "server", "age", "age_seconds", "calls"]);

const UNITS = new LuaTable<string, number>();
UNITS.set("d", 86400);
UNITS.set("h", 3600);
UNITS.set("m", 60);
UNITS.set("s", 1);

/** "1d2h", "3m5s", "0s" in seconds; undefined for anything else. */
export function humanSeconds(text: string): number | undefined {
  if (string.find(text, "^%d+[dhms]")[0] === undefined) return undefined;
  let total = 0;
  let rest = text;
  for (const [digits, unit] of string.gmatch(text, "(%d+)([dhms])")) {
    total += (tonumber(digits) as number) * (UNITS.get(unit) as number);
    [rest] = string.gsub(rest, `^${digits}${unit}`, "");
  }
  return rest === "" ? total : undefined;
}

/** One "show sess" line; undefined when it does not look like one. */
export function parse_session_line(line: string): Session | undefined {
  const [id, rest] = string.match(line, "^(0x%x+): (.*)$");
  if (id === undefined) return undefined;
  const fields = new LuaTable<string, string>();
  for (const [name, value] of string.gmatch(rest, "(%a[%w_]*)=([^%s%[]*)")) if (!fields.has(name)) fields.set(name, value);
  const frontend = fields.get("fe");
  const source = fields.get("src");
  if (frontend === undefined || source === undefined) return undefined;
  const backend = fields.get("be");
  const server = fields.get("srv");
  const age = fields.get("age") ?? "";
  const session: Session = {
    id,
    proto: fields.get("proto") ?? "",
    source,
    frontend,
    backend: backend === undefined || backend === "<NONE>" ? undefined : backend,
    server: server === undefined || server === "<none>" ? undefined : server,
    age,
    age_seconds: humanSeconds(age) ?? 0,
    calls: tonumber(fields.get("calls") ?? "") ?? 0,
  };
  return setmetatable(session, SESSION_ORDER);
}

export interface ErrorCapture {
  time: string;
  /** The proxy that captured it, and whether a request (frontend) or a response (backend) was invalid. */
  proxy: string;
  direction: string;
  reason: string;
  backend?: string;
  server?: string;
  event: number;
  source: string;
  length: number;
  error_position: number;
  /** The captured bytes as HAProxy prints them (non-printable ones escaped), at most MAX_CAPTURE characters. */
  captured: string;
  /** Whether `captured` was cut. */
  truncated: boolean;
}

const ERROR_ORDER = ordered(["time", "proxy", "direction", "reason", "backend", "server", "event", "source", "length", "error_position", "captured", "truncated"]);

/** The most of a capture kept: HAProxy captures up to a buffer (16 KiB) per event. */
export const MAX_CAPTURE = 4096;

function orNone(text: string | undefined): string | undefined {
  return text === undefined || text === "<NONE>" || text === "<none>" ? undefined : text;
}

/** "show errors": every capture, oldest first as HAProxy lists them. */
export function parse_errors(answer: string): ErrorCapture[] {
  const captures: ErrorCapture[] = [];
  let current: ErrorCapture | undefined;
  let bytes: string[] = [];
  let size = 0;
  const finish = (): void => {
    if (current === undefined) return;
    current.captured = string.sub(table.concat(bytes), 1, MAX_CAPTURE);
    current.truncated = size > MAX_CAPTURE;
    captures[captures.length] = setmetatable(current, ERROR_ORDER);
    current = undefined;
  };
  for (const [line] of string.gmatch(answer, "([^\n]*)\n?")) {
    const [time, side, proxy, reason] = string.match(line, "^%[([^%]]+)%] (%a+) (%S+) %(#%-?%d+%): (.*)$");
    if (time !== undefined) {
      finish();
      bytes = [];
      size = 0;
      current = { time, proxy, direction: side === "frontend" ? "request" : "response", reason, event: 0, source: "", length: 0, error_position: 0, captured: "", truncated: false };
      continue;
    }
    if (current === undefined) continue;
    const [backend, server, event, source] = string.match(line, "^%s+backend (%S+) %(#%-?%d+%), server (%S+) %(#%-?%d+%), event #(%d+), src (%S+)");
    if (backend !== undefined) {
      current.backend = orNone(backend);
      current.server = orNone(server);
      current.event = tonumber(event) as number;
      current.source = source;
      continue;
    }
    const [length, position] = string.match(line, "len (%d+),.*error at position (%d+)");
    if (length !== undefined) {
      current.length = tonumber(length) as number;
      current.error_position = tonumber(position) as number;
      continue;
    }
    const [data] = string.match(line, "^%s+%d%d%d%d%d%+?%s+(.*)$");
    if (data !== undefined && size <= MAX_CAPTURE) {
      bytes[bytes.length] = data;
      size += data.length;
    }
  }
  finish();
  return captures;
}
