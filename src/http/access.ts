/**
 * Who may use the API: with a token configured (HAPROXY_API_TOKEN), every
 * request must carry "Authorization: Bearer <token>"; in read-only mode
 * (HAPROXY_API_READONLY=1) no write is accepted. Without a token, only
 * clients on loopback (or a unix socket) are served, unless the operator
 * says HAProxy authenticates callers itself (HAPROXY_API_ANONYMOUS=1).
 * All is checked before routing, so a refused caller learns nothing, not
 * even which routes exist.
 */
import { failure } from "./errors";
import type { Reply } from "./response";

export interface Access {
  /** The bearer token every request must carry, when set. */
  token?: string;
  readOnly: boolean;
  /** Without a token, serve clients that are not on loopback too. */
  anonymous: boolean;
}

/** Compares two strings in time that depends only on their lengths, not on where they differ. */
export function constantTimeEqual(given: string, expected: string): boolean {
  let difference = given.length === expected.length ? 0 : 1;
  for (let index = 1; index <= expected.length; index++) {
    const a = string.byte(given, index) ?? 0;
    difference |= a ^ string.byte(expected, index);
  }
  return difference === 0;
}

/** The token of an "Authorization: Bearer <token>" header (the scheme in any case), if any. */
function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const [scheme, token] = string.match(header, "^%s*(%a+)%s+(%S+)%s*$");
  if (scheme === undefined || string.lower(scheme) !== "bearer") return undefined;
  return token;
}

const CHALLENGE = { "www-authenticate": 'Bearer realm="haproxy-api"' };

/** True for an address on this host's loopback; an empty one is a unix socket's client. */
export function isLoopback(source: string | undefined): boolean {
  if (source === undefined || source === "" || source === "::1") return true;
  return string.find(source, "^127%.")[0] !== undefined || string.find(string.lower(source), "^::ffff:127%.")[0] !== undefined;
}

/**
 * A 401 when a token is configured and the request does not carry it, a
 * 403 when none is and the client is not on loopback; undefined when the
 * request may go on.
 */
export function unauthenticated(access: Access, authorization: string | undefined, source: string | undefined): Reply | undefined {
  if (access.token === undefined) {
    if (access.anonymous || isLoopback(source)) return undefined;
    return failure(403, "HAPROXY_API_TOKEN is not set, so only clients on loopback may use the API: set a token, or HAPROXY_API_ANONYMOUS=1 if HAProxy authenticates callers before the service");
  }
  const token = bearerToken(authorization);
  if (token === undefined) return failure(401, 'authentication required: send "Authorization: Bearer <token>"', CHALLENGE);
  if (!constantTimeEqual(token, access.token)) return failure(401, "the bearer token is not valid", CHALLENGE);
  return undefined;
}

const READS = new LuaTable<string, boolean>();
READS.set("GET", true);
READS.set("HEAD", true);
READS.set("OPTIONS", true);

/** True for methods that change nothing: GET, HEAD, OPTIONS. */
export function isRead(method: string): boolean {
  return READS.has(method);
}

/** A 403 for a write in read-only mode; undefined when it may go on. */
export function forbiddenWrite(access: Access, method: string): Reply | undefined {
  if (!access.readOnly || isRead(method)) return undefined;
  return failure(403, `the API is read-only (HAPROXY_API_READONLY is set): ${method} is refused`);
}

/** Reads the access settings from the environment (set with setenv in HAProxy's global section). */
export function accessFromEnvironment(): Access {
  const token = os.getenv("HAPROXY_API_TOKEN");
  return {
    token: token !== undefined && token !== "" ? token : undefined,
    readOnly: enabled("HAPROXY_API_READONLY"),
    anonymous: enabled("HAPROXY_API_ANONYMOUS"),
  };
}

/** A yes/no setting: set and not "", "0", "false" or "no". */
export function enabled(name: string): boolean {
  const value = string.lower(os.getenv(name) ?? "");
  return value !== "" && value !== "0" && value !== "false" && value !== "no";
}
