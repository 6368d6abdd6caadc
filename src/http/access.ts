/**
 * Who may use the API: with a token configured (HAPROXY_API_TOKEN), every
 * request must carry "Authorization: Bearer <token>"; in read-only mode
 * (HAPROXY_API_READONLY=1) no write is accepted. Without a token, only
 * clients on loopback (or a unix socket) are served, unless the operator
 * says HAProxy authenticates callers itself (HAPROXY_API_ANONYMOUS=1).
 * All is checked before routing, so a refused caller learns nothing, not
 * even which routes exist.
 *
 * Two rules keep a web page the operator has open elsewhere from using the
 * API through the operator's browser: without a token, only requests whose
 * Host is a loopback name are served (a page whose name an attacker points
 * at 127.0.0.1, DNS rebinding, is same-origin with the API but still sends
 * its own name); in every mode, a write from another origin is refused (a
 * POST without a body needs no CORS preflight).
 */
import { readFile } from "../host/files";
import { failure } from "./errors";
import type { Reply } from "./response";
import { isOperated, parseTokens, type Scope, type ScopedToken } from "./tokens";

export interface Access {
  /** The bearer token every request must carry, when set: full access. */
  token?: string;
  /** Scoped tokens (HAPROXY_API_TOKENS_FILE), by hash; with them, every request needs one of the tokens. */
  tokens: ScopedToken[];
  /** Whether HAPROXY_API_TOKENS_FILE is set: then a token is required even if the file gave none (an unreadable file locks the API, never opens it). */
  tokensFile: boolean;
  /** The file's bad lines, logged at start. */
  tokenProblems: string[];
  readOnly: boolean;
  /** Without a token, serve clients that are not on loopback too. */
  anonymous: boolean;
  /** Host names (lower-case, without a port) served without a token besides loopback ones: HAPROXY_API_ALLOWED_HOSTS. */
  allowedHosts: LuaTable<string, boolean>;
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

/** The name of a Host header, lower-case and without its port ("[::1]" keeps its brackets); undefined when it is no host[:port]. */
function hostName(host: string): string | undefined {
  const lower = string.lower(host);
  // The usual shape first ("127.0.0.1:8000"): one match a request.
  const [nameWithPort] = string.match(lower, "^([%w.-]+):%d+$");
  if (nameWithPort !== undefined) return nameWithPort;
  const [name] = string.match(lower, "^([%w.-]+)$");
  if (name !== undefined) return name;
  const [bracketed] = string.match(lower, "^(%[[%x:.]+%]):?%d*$");
  return bracketed;
}

/** 127.0.0.0/8 as a dotted quad, [::1] or localhost: names no DNS answer can point elsewhere. */
function isLoopbackName(name: string): boolean {
  if (name === "localhost" || name === "[::1]") return true;
  const [a, b, c] = string.match(name, "^127%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$");
  return a !== undefined && tonumber(a)! <= 255 && tonumber(b)! <= 255 && tonumber(c)! <= 255;
}

/**
 * A 403 when no token is required and the request's Host is not a
 * loopback name nor one of HAPROXY_API_ALLOWED_HOSTS; undefined when it
 * may go on. A request without Host (HTTP/1.0: HAProxy refuses an HTTP/1.1
 * one without) comes from no browser, and goes on.
 */
export function foreignHost(access: Access, host: string | undefined): Reply | undefined {
  if (host === undefined || access.anonymous || tokenRequired(access)) return undefined;
  const name = hostName(host);
  if (name !== undefined && (isLoopbackName(name) || access.allowedHosts.has(name))) return undefined;
  return failure(403, `Host "${clipped(host)}" is not a loopback name: without a token the API answers only 127.0.0.1, [::1] and localhost (a web page can point another name at this host: DNS rebinding); add the name to HAPROXY_API_ALLOWED_HOSTS, or set a token`);
}

/** A header's value as an error message quotes it: its first 100 bytes. */
function clipped(value: string): string {
  return string.len(value) > 100 ? `${string.sub(value, 1, 100)}...` : value;
}

/**
 * A 403 for a write (the caller asks only for writes) sent by a page of
 * another origin: its Origin is not this API's own (the scheme and the Host
 * it was sent to), or the browser says it is cross-site (Sec-Fetch-Site);
 * undefined when it may go on. Clients that are not browsers (curl,
 * Ansible) send neither, and the page, same-origin, sends its own.
 */
export function crossSiteWrite(origin: string | undefined, fetchSite: string | undefined, host: string | undefined): Reply | undefined {
  if (origin !== undefined) {
    const [authority] = string.match(origin, "^[hH][tT][tT][pP][sS]?://([^/]+)$");
    if (authority !== undefined && host !== undefined && string.lower(authority) === string.lower(host)) return undefined;
    return failure(403, `a write from another origin (Origin: ${clipped(origin)}) is refused: writes come from the API's own page or from clients that are not browsers`);
  }
  if (fetchSite === "cross-site" || fetchSite === "same-site") {
    return failure(403, `a write from another site (Sec-Fetch-Site: ${fetchSite}) is refused: writes come from the API's own page or from clients that are not browsers`);
  }
  return undefined;
}

/** Whether requests need a token: HAPROXY_API_TOKEN or a tokens file with at least one token. */
export function tokenRequired(access: Access): boolean {
  return access.token !== undefined || access.tokensFile;
}

/** Who a request comes as: a scoped token's name, or none for HAPROXY_API_TOKEN and token-less access. */
export interface Principal {
  name?: string;
  scope: Scope;
}

const FULL: Principal = { scope: "admin" };

/**
 * Who the request comes as; or a 401 when a token is required and the
 * request does not carry a valid one, a 403 when none is and the client is
 * not on loopback. `digest` is SHA-256 in hex (HAProxy's sha2 converter):
 * the sent token is hashed once and compared with every hash, each
 * comparison in constant time, so neither which token nor how much of it
 * matched shows in the time taken.
 */
export function authenticate<Host>(access: Access, authorization: string | undefined, source: string | undefined, host: Host, digest: (this: void, host: Host, token: string) => string): LuaMultiReturn<[denied: Reply] | [denied: undefined, who: Principal]> {
  if (!tokenRequired(access)) {
    if (access.anonymous || isLoopback(source)) return $multi(undefined, FULL);
    return $multi(failure(403, "HAPROXY_API_TOKEN is not set, so only clients on loopback may use the API: set a token, or HAPROXY_API_ANONYMOUS=1 if HAProxy authenticates callers before the service"));
  }
  const token = bearerToken(authorization);
  if (token === undefined) return $multi(failure(401, 'authentication required: send "Authorization: Bearer <token>"', CHALLENGE));
  let who: Principal | undefined;
  if (access.token !== undefined && constantTimeEqual(token, access.token)) who = FULL;
  if (access.tokens.length > 0) {
    const hash = digest(host, token);
    for (const scoped of access.tokens) {
      if (constantTimeEqual(hash, scoped.sha256) && who === undefined) who = { name: scoped.name, scope: scoped.scope };
    }
  }
  if (who === undefined) return $multi(failure(401, "the bearer token is not valid", CHALLENGE));
  return $multi(undefined, who);
}

const RANK: Record<Scope, number> = { read: 1, operate: 2, admin: 3 };

/**
 * The scope a request needs: the route's own when it declares one (GET
 * /config needs admin: it is the configuration, secrets and all), else
 * read for reads, operate for writes to what operators steer (tokens.ts),
 * admin for every other write.
 */
export function neededScope(method: string, segments: string[], declared: Scope | undefined): Scope {
  if (declared !== undefined) return declared;
  if (isRead(method)) return "read";
  return isOperated(segments) ? "operate" : "admin";
}

/** A 403 when `who`'s scope does not cover `needs`; undefined when it does. */
export function outOfScope(who: Principal, needs: Scope, method: string, segments: string[]): Reply | undefined {
  if (RANK[who.scope] >= RANK[needs]) return undefined;
  const which = needs === "operate" ? "operate or admin" : needs;
  return failure(403, `token "${who.name ?? "-"}" has scope ${who.scope}: ${method} /${table.concat(segments, "/")} needs ${which}`);
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
  const file = os.getenv("HAPROXY_API_TOKENS_FILE");
  let tokens: ScopedToken[] = [];
  let tokenProblems: string[] = [];
  if (file !== undefined && file !== "") {
    const [text, problem] = readFile(file);
    if (text === undefined) tokenProblems = [`cannot read ${file}: ${problem}`];
    else [tokens, tokenProblems] = parseTokens(text);
  }
  return {
    token: token !== undefined && token !== "" ? token : undefined,
    tokens,
    tokensFile: file !== undefined && file !== "",
    tokenProblems,
    readOnly: enabled("HAPROXY_API_READONLY"),
    anonymous: enabled("HAPROXY_API_ANONYMOUS"),
    allowedHosts: allowedHostsOf(os.getenv("HAPROXY_API_ALLOWED_HOSTS") ?? ""),
  };
}

/** "api.internal, Ops.Example:8000" -> { "api.internal", "ops.example" }: names, any port. */
export function allowedHostsOf(list: string): LuaTable<string, boolean> {
  const names = new LuaTable<string, boolean>();
  for (const [item] of string.gmatch(list, "[^,%s]+")) {
    const name = hostName(item);
    if (name !== undefined) names.set(name, true);
  }
  return names;
}

/** A yes/no setting: set and not "", "0", "false" or "no". */
export function enabled(name: string): boolean {
  const value = string.lower(os.getenv(name) ?? "");
  return value !== "" && value !== "0" && value !== "false" && value !== "no";
}
