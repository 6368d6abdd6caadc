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
  /** The positions (0-based) of its parameters, and their names: all paramsOf() reads. */
  paramAt: number[];
  paramName: string[];
  /** What the table keeps beside method, pattern and handler (api/routes.ts: the route's doc). */
  extra: unknown;
}

/** Methods of HTTP itself: a known route answers 405 to these, and 501 to anything else. */
const HTTP_METHODS = new LuaTable<string, boolean>();
for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]) HTTP_METHODS.set(method, true);

export type Match<Context> =
  | { kind: "found"; handler: Handler<Context>; params: Params; extra: unknown }
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
  /** Every literal first or last segment of a route: any other segment there can only meet a parameter. */
  words: LuaTable<string, boolean>;
  /**
   * The candidates of each shape asked so far, in table order, by count,
   * first and last segment, one that is no route's word as "*": at most
   * the routes' counts times their words squared entries, so a request
   * builds no list. Measured inside HAProxy 3.2 (the service run 20,000
   * times on a fake applet): matching a PATCH's route took 1.4 us, when the
   * whole PATCH took 37 us of Lua.
   */
  merged: LuaTable<number, LuaTable<string, LuaTable<string, Route<Context>[]>>>;
}

function bucketKey(count: number, first: string, last: string): string {
  return `${count}/${first}/${last}`;
}

export function compile<Context>(specs: RouteSpec<Context>[]): Router<Context> {
  const routes: Route<Context>[] = [];
  const buckets = new LuaTable<string, Route<Context>[]>();
  const words = new LuaTable<string, boolean>();
  for (const [method, pattern, handler, extra] of specs) {
    const segments: string[] = [];
    const names: (string | undefined)[] = [];
    const literalAt: number[] = [];
    const literalText: string[] = [];
    const paramAt: number[] = [];
    const paramName: string[] = [];
    for (const [segment] of string.gmatch(pattern, "[^/]+")) {
      const param = string.sub(segment, 1, 1) === ":";
      names[segments.length] = param ? string.sub(segment, 2) : undefined;
      if (param) {
        paramAt[paramAt.length] = segments.length;
        paramName[paramName.length] = string.sub(segment, 2);
      }
      if (!param && segments.length > 0) {
        literalAt[literalAt.length] = segments.length;
        literalText[literalText.length] = segment;
      }
      segments[segments.length] = segment;
    }
    const route: Route<Context> = { method, pattern, segments, handler, index: routes.length, names, literalAt, literalText, paramAt, paramName, extra };
    routes[routes.length] = route;
    const count = segments.length;
    const first = count === 0 ? "" : names[0] !== undefined ? "*" : segments[0];
    const last = count === 0 ? "" : names[count - 1] !== undefined ? "*" : segments[count - 1];
    words.set(first, true);
    words.set(last, true);
    const key = bucketKey(count, first, last);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = [];
      buckets.set(key, bucket);
    }
    bucket[bucket.length] = route;
  }
  words.delete("*");
  return { routes, buckets, words, merged: new LuaTable() };
}

/** The routes of one shape (see Router.merged): those of its buckets, in table order. */
function merge<Context>(router: Router<Context>, count: number, first: string, last: string): Route<Context>[] {
  if (count === 0) return router.buckets.get(bucketKey(0, "", "")) ?? [];
  const found: Route<Context>[] = [];
  let lists = 0;
  for (const key of [bucketKey(count, first, last), bucketKey(count, first, "*"), bucketKey(count, "*", last), bucketKey(count, "*", "*")]) {
    const bucket = router.buckets.get(key);
    if (bucket === undefined) continue;
    lists++;
    for (const route of bucket) if (!found.includes(route)) found[found.length] = route;
  }
  if (lists > 1) table.sort(found, (a, b) => a.index < b.index);
  return found;
}

/** The routes that may match `segments`, in table order: those of its shape, a parameter's first or last segment as "*". */
function candidates<Context>(router: Router<Context>, segments: string[]): Route<Context>[] {
  const count = segments.length;
  const words = router.words;
  const first = count > 0 && words.has(segments[0]) ? segments[0] : "*";
  const last = count > 0 && words.has(segments[count - 1]) ? segments[count - 1] : "*";
  let byFirst = router.merged.get(count);
  if (byFirst === undefined) {
    byFirst = new LuaTable();
    router.merged.set(count, byFirst);
  }
  let byLast = byFirst.get(first);
  if (byLast === undefined) {
    byLast = new LuaTable();
    byFirst.set(first, byLast);
  }
  let found = byLast.get(last);
  if (found === undefined) {
    found = merge(router, count, first, last);
    byLast.set(last, found);
  }
  return found;
}

function foundMatch<Context>(route: Route<Context>, segments: string[]): Match<Context> {
  return { kind: "found", handler: route.handler, params: paramsOf(route, segments), extra: route.extra };
}

export function match<Context>(router: Router<Context>, method: string, segments: string[]): Match<Context> {
  if (!HTTP_METHODS.has(method)) return { kind: "not_implemented" };
  const routes = candidates(router, segments);
  // The usual case first, without building Allow: the method's own route;
  // where several match, the later one wins, so the list is read from its end.
  for (let index = routes.length - 1; index >= 0; index--) {
    const route = routes[index];
    if (route.method === method && matches(route, segments)) return foundMatch(route, segments);
  }
  let getRoute: Route<Context> | undefined;
  const methods: string[] = [];
  for (const route of routes) {
    if (matches(route, segments)) {
      methods[methods.length] = route.method;
      if (route.method === "GET") getRoute = route;
    }
  }
  if (methods.length === 0) return { kind: "not_found" };
  if (getRoute !== undefined) methods[methods.length] = "HEAD";
  methods[methods.length] = "OPTIONS";
  const allow = table.concat(methods, ", ");
  if (method === "OPTIONS") return { kind: "options", allow };
  // HEAD is GET without the body: the sender leaves it out.
  if (method === "HEAD" && getRoute !== undefined) return foundMatch(getRoute, segments);
  return { kind: "method_not_allowed", allow };
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

/**
 * The parameters of `route` in `segments`. Routes of one or two parameters
 * (nearly all) get theirs from a constructor, which makes the table at its
 * size: set one by one, it would be grown once per parameter, each an
 * allocation inside HAProxy.
 */
function paramsOf<Context>(route: Route<Context>, segments: string[]): Params {
  const at = route.paramAt;
  const names = route.paramName;
  if (at.length === 2) return { [names[0]]: segments[at[0]], [names[1]]: segments[at[1]] };
  if (at.length === 1) return { [names[0]]: segments[at[0]] };
  const params: Params = {};
  for (let index = 0; index < at.length; index++) params[names[index]] = segments[at[index]];
  return params;
}
