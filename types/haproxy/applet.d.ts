/** @noSelfInFile */
// HAProxy's AppletHTTP class: what an 'http' service registered with
// core.register_service() receives. Fields are attributes; functions are
// colon-calls.
//
// In every declaration of HAProxy's Lua API an optional argument is an
// overload, never `x?: T`: HAProxy's C functions count their arguments, so
// f(a, nil) is not f(a) (set_addr(ip, nil) raises "string expected, got
// nil"), and TypeScriptToLua passes an absent optional argument as an
// explicit nil. With overloads, a maybe-undefined value does not compile.

/**
 * Request headers: lower-cased names, each mapping to a table of values
 * indexed from 0 (one entry per occurrence of the header).
 */
type AppletHeaders = LuaTable<string, LuaTable<number, string>>;

interface AppletHTTP {
  /** The HTTP method, as sent ("GET", "PATCH"...). */
  readonly method: string;
  /** The HTTP version, "1.1" or "2.0". */
  readonly version: string;
  /** The request path, without the query string. */
  readonly path: string;
  /** The query string, without the "?" ("" when absent). */
  readonly qs: string;
  /** The request body length as announced, or 0. */
  readonly length: number;
  /** The request headers (values 0-indexed). */
  readonly headers: AppletHeaders;
  /**
   * Sample fetches returning strings. The applet has no HTTP transaction:
   * only fetches that do not need one (src, dst...) are meaningful.
   */
  readonly sf: Fetches;
  /** HAProxy's converters (sha2, hex...), run in C. */
  readonly c: Converters;

  /** Sets the response status code and, optionally, reason. */
  set_status(this: AppletHTTP, code: number): void;
  set_status(this: AppletHTTP, code: number, reason: string): void;
  /** Adds a response header; call once per value. */
  add_header(this: AppletHTTP, name: string, value: string | number): void;
  /** Sends the status line and headers; call before send(). */
  start_response(this: AppletHTTP): void;
  /** Reads one line of the request body. */
  getline(this: AppletHTTP): string;
  /** Reads the whole body; "" at the end. */
  receive(this: AppletHTTP): string;
  /** Reads up to `size` bytes of the body, waiting until that many came or the body ended; "" at the end. */
  receive(this: AppletHTTP, size: number): string;
  /** Sends `msg` as (part of) the response body. */
  send(this: AppletHTTP, msg: string): void;
}
