/**
 * Table-driven routing: a route is a method, a pattern of literal and
 * ":param" segments, and a handler. Matching decides between 404 (no such
 * path), 405 (path known, method not), OPTIONS (204 with Allow) and 501
 * (a method no route could ever serve).
 */
import type { Request } from "./request";
import type { Reply } from "./response";

export type Params = Record<string, string>;
export type Handler<Context> = (this: void, context: Context, request: Request, params: Params) => Reply;
/** A route: method, pattern, handler, and whatever else its table keeps beside them (api/openapi.ts: its doc). */
export type RouteSpec<Context> = [method: string, pattern: string, handler: Handler<Context>, ...rest: unknown[]];

export interface Route<Context> {
  method: string;
  pattern: string;
  /** Literal segments as they are; parameters as ":name". */
  segments: string[];
  handler: Handler<Context>;
  /** Its place in the table: where several routes match, the later one wins. */
  index: number;
  /** Per segment, the parameter's name, or undefined for a literal. */
  names: (string | undefined)[];
  /** The positions (0-based) of its literal segments past the first, and their text: all matches() compares. */
  literalAt: number[];
  literalText: string[];
  /** What the table keeps beside method, pattern and handler (api/routes.ts: the route's doc). */
  extra: unknown;
}

/** Methods of HTTP itself: a known route answers 405 to these, and 501 to anything else. */
const HTTP_METHODS = new LuaTable<string, boolean>();
for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]) HTTP_METHODS.set(method, true);

export type Match<Context> =
  | { kind: "found"; handler: Handler<Context>; params: Params; allow: string; extra: unknown }
  | { kind: "options"; allow: string }
  | { kind: "method_not_allowed"; allow: string }
  | { kind: "not_implemented" }
  | { kind: "not_found" };

/**
 * A compiled route table: the routes by segment count, first segment and
 * last segment (a parameter's as "*"), so a request looks at the few routes
 * of its shape, not the whole table. Measured: matching scanned all 60
 * routes, 22 us of a PATCH's 85 us of CPU; by count and first segment, the
 * 14 routes of /stats/backends/:backend/servers/:server/* still took a
 * quarter of a PATCH's Lua (a profile of the handler in plain Lua 5.4).
 */
export interface Router<Context> {
  routes: Route<Context>[];
  buckets: LuaTable<string, Route<Context>[]>;
}

function bucketKey(count: number, first: string, last: string): string {
  return `${count}/${first}/${last}`;
}

export function compile<Context>(specs: RouteSpec<Context>[]): Router<Context> {
  const routes: Route<Context>[] = [];
  const buckets = new LuaTable<string, Route<Context>[]>();
  for (const [method, pattern, handler, extra] of specs) {
    const segments: string[] = [];
    const names: (string | undefined)[] = [];
    const literalAt: number[] = [];
    const literalText: string[] = [];
    for (const [segment] of string.gmatch(pattern, "[^/]+")) {
      const param = string.sub(segment, 1, 1) === ":";
      names[segments.length] = param ? string.sub(segment, 2) : undefined;
      if (!param && segments.length > 0) {
        literalAt[literalAt.length] = segments.length;
        literalText[literalText.length] = segment;
      }
      segments[segments.length] = segment;
    }
    const route: Route<Context> = { method, pattern, segments, handler, index: routes.length, names, literalAt, literalText, extra };
    routes[routes.length] = route;
    const count = segments.length;
    const first = count === 0 ? "" : names[0] !== undefined ? "*" : segments[0];
    const last = count === 0 ? "" : names[count - 1] !== undefined ? "*" : segments[count - 1];
    const key = bucketKey(count, first, last);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = [];
      buckets.set(key, bucket);
    }
    bucket[bucket.length] = route;
  }
  return { routes, buckets };
}

/** The routes that may match `segments`, in table order: those of its shape, a parameter's first or last segment as "*". */
function candidates<Context>(router: Router<Context>, segments: string[]): Route<Context>[] {
  const count = segments.length;
  if (count === 0) return router.buckets.get(bucketKey(0, "", "")) ?? [];
  const first = segments[0];
  const last = segments[count - 1];
  const buckets = router.buckets;
  const found: Route<Context>[] = [];
  let lists = 0;
  for (const key of [bucketKey(count, first, last), bucketKey(count, first, "*"), bucketKey(count, "*", last), bucketKey(count, "*", "*")]) {
    const bucket = buckets.get(key);
    if (bucket === undefined) continue;
    lists++;
    for (const route of bucket) found[found.length] = route;
  }
  if (lists > 1) table.sort(found, (a, b) => a.index < b.index);
  return found;
}

export function match<Context>(router: Router<Context>, method: string, segments: string[]): Match<Context> {
  if (!HTTP_METHODS.has(method)) return { kind: "not_implemented" };
  let found: Route<Context> | undefined;
  let getRoute: Route<Context> | undefined;
  const methods: string[] = [];
  for (const route of candidates(router, segments)) {
    if (matches(route, segments)) {
      methods[methods.length] = route.method;
      if (route.method === method) found = route;
      if (route.method === "GET") getRoute = route;
    }
  }
  if (methods.length === 0) return { kind: "not_found" };
  if (getRoute !== undefined) methods[methods.length] = "HEAD";
  methods[methods.length] = "OPTIONS";
  const allow = table.concat(methods, ", ");
  if (method === "OPTIONS") return { kind: "options", allow };
  // HEAD is GET without the body: the sender leaves it out.
  if (found === undefined && method === "HEAD" && getRoute !== undefined) found = getRoute;
  if (found === undefined) return { kind: "method_not_allowed", allow };
  return { kind: "found", handler: found.handler, params: paramsOf(found, segments), allow, extra: found.extra };
}

/** Whether `segments` fit `route`'s literal segments (its length and first segment are the bucket's). */
function matches<Context>(route: Route<Context>, segments: string[]): boolean {
  const at = route.literalAt;
  const texts = route.literalText;
  for (let index = 0; index < at.length; index++) {
    if (texts[index] !== segments[at[index]]) return false;
  }
  return true;
}

/** The parameters of `route` in `segments`. */
function paramsOf<Context>(route: Route<Context>, segments: string[]): Params {
  const params: Params = {};
  const names = route.names;
  for (let index = 0; index < segments.length; index++) {
    const name = names[index];
    if (name !== undefined) params[name] = segments[index];
  }
  return params;
}
