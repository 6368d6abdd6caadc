/**
 * The request as handlers see it: method, decoded path segments, headers,
 * and the body read on demand with a size limit.
 */
export interface Request {
  method: string;
  /** The path as sent, without the query string. */
  path: string;
  /** Path segments, percent-decoded; a trailing slash adds none. */
  segments: string[];
  applet: AppletHTTP;
  /** The body's fields, once a handler has read and checked them (http/body.ts); the audit log shows them. */
  fields?: LuaTable<string, unknown>;
  /**
   * The body's own text when it already is the compact JSON of `fieldsJsonOf`
   * (http/body.ts jsonValue): the write log shows it rather than encoding
   * the fields again, while `fields` is still that table.
   */
  fieldsJson?: string;
  fieldsJsonOf?: LuaTable<string, unknown>;
  /** Set once the write log has this request (api/audit.ts). */
  audited?: boolean;
  /** The scoped token's name it came with (HAPROXY_API_TOKENS_FILE), for the write log. */
  token?: string;
  /** The client's address, as the service boundary read it once. */
  source?: string;
}

/**
 * Bodies above this many bytes are refused (413): every body this API takes
 * is a few bytes. It stays below HAProxy's buffer (tune.bufsize, 16 KiB), so
 * that with "option http-buffer-request" HAProxy hands the service either
 * the whole body or more than the limit, and a client that announces more
 * than it sends meets "timeout http-request" instead of holding the service.
 */
export const MAX_BODY_BYTES = 8 * 1024;

type Split = LuaMultiReturn<[segments: string[]] | [segments: undefined, problem: string]>;

function hexByte(this: void, hex: string): string {
  return string.char(tonumber(hex, 16) as number);
}

/** "^/([^/]*)$", "^/([^/]*)/([^/]*)$"...: the pattern that splits a path of 1, 2... segments (Lua takes 32 captures). */
const SEGMENT_PATTERNS: string[] = [];
for (let count = 1; count <= 16; count++) SEGMENT_PATTERNS[count - 1] = `^${string.rep("/([^/]*)", count)}$`;

/**
 * Splits "/a/b%2Fc/" into ["a", "b/c"]. A decoded "/" stays inside its
 * segment, so it can only make a name invalid, never change the route.
 */
export function splitPath(path: string): Split {
  if (string.sub(path, 1, 1) !== "/") return $multi(undefined, "the path must start with /");
  const trimmed = path.length > 1 && string.sub(path, -1) === "/" ? string.sub(path, 1, -2) : path;
  if (trimmed === "/") return $multi([]);
  // Most paths have nothing to decode: one look at the whole path, not one per segment.
  const encoded = string.find(trimmed, "%", 1, true)[0] !== undefined;
  if (!encoded) {
    // Then one pattern of as many captures as the path has segments splits it in a single call.
    const [, count] = string.gsub(trimmed, "/", "/");
    const pattern = SEGMENT_PATTERNS[count - 1];
    if (pattern !== undefined) return $multi([...string.match(trimmed, pattern)] as string[]);
  }
  const segments: string[] = [];
  // One string.find a segment, not gmatch: Lua 5.4's gmatch allocates its match state (about 600 bytes) per call.
  const length = trimmed.length;
  let last = 0;
  while (last < length) {
    const [, end, found] = string.find(trimmed, "^/([^/]*)", last + 1);
    const raw = found as string;
    last = end as number;
    if (!encoded || string.find(raw, "%", 1, true)[0] === undefined) {
      segments[segments.length] = raw; // most segments: nothing to decode
      continue;
    }
    const [, percents] = string.gsub(raw, "%%", "%%");
    const [decoded, escapes] = string.gsub(raw, "%%(%x%x)", hexByte);
    if (escapes !== percents) return $multi(undefined, `bad percent-encoding in path segment "${raw}"`);
    segments[segments.length] = decoded;
  }
  return $multi(segments);
}

function percentByte(this: void, char: string): string {
  return string.format("%%%02X", string.byte(char));
}

/** `segment` percent-encoded for a path: everything but RFC 3986's unreserved characters. */
export function encodeSegment(segment: string): string {
  const [encoded] = string.gsub(segment, "[^%w%-%._~]", percentByte);
  return encoded;
}

/** The first value of a request header (names are lower case), if sent. */
export function header(request: Request, name: string): string | undefined {
  return appletHeader(request.applet, name);
}

/** The same, before there is a Request (the service boundary): HAProxy lists a header's values by index from 0. */
export function appletHeader(applet: AppletHTTP, name: string): string | undefined {
  const values = applet.headers.get(name);
  return values === undefined ? undefined : values.get(0);
}

export type Body = LuaMultiReturn<[body: string] | [body: undefined, status: number, problem: string]>;

/** Reads the whole body, up to `limit` bytes; over it, 413 without reading the rest. */
export function readBody(request: Request, limit: number): Body {
  const announced = tonumber(header(request, "content-length") ?? "");
  if (announced !== undefined && announced > limit) {
    return $multi(undefined, 413, `request body of ${announced} bytes is over the limit of ${limit} bytes`);
  }
  // Nearly every body comes in one piece: a list to join is made only for a second one.
  let body = "";
  let parts: string[] | undefined;
  let size = 0;
  // A body of announced length is whole once that many bytes came: no call more to learn that it ended.
  while (size !== announced) {
    const chunk = request.applet.receive(limit + 1 - size);
    if (chunk === undefined || chunk === "") break;
    if (size === 0) body = chunk;
    else if (parts === undefined) parts = [body, chunk];
    else parts[parts.length] = chunk;
    size += chunk.length;
    if (size > limit) return $multi(undefined, 413, `request body is over the limit of ${limit} bytes`);
  }
  return $multi(parts === undefined ? body : table.concat(parts));
}
