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
}

/** Methods of HTTP itself: a known route answers 405 to these, and 501 to anything else. */
const HTTP_METHODS = new LuaTable<string, boolean>();
for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"]) HTTP_METHODS.set(method, true);

export type Match<Context> =
  | { kind: "found"; handler: Handler<Context>; params: Params; allow: string }
  | { kind: "options"; allow: string }
  | { kind: "method_not_allowed"; allow: string }
  | { kind: "not_implemented" }
  | { kind: "not_found" };

/** A compiled route table. */
export interface Router<Context> {
  routes: Route<Context>[];
}

export function compile<Context>(specs: RouteSpec<Context>[]): Router<Context> {
  const routes: Route<Context>[] = [];
  for (const [method, pattern, handler] of specs) {
    const segments: string[] = [];
    for (const [segment] of string.gmatch(pattern, "[^/]+")) segments[segments.length] = segment;
    routes[routes.length] = { method, pattern, segments, handler };
  }
  return { routes };
}

export function match<Context>(router: Router<Context>, method: string, segments: string[]): Match<Context> {
  if (!HTTP_METHODS.has(method)) return { kind: "not_implemented" };
  let found: Route<Context> | undefined;
  let foundParams: Params | undefined;
  let getRoute: Route<Context> | undefined;
  let getParams: Params | undefined;
  const methods: string[] = [];
  for (const route of router.routes) {
    const params = matchSegments(route.segments, segments);
    if (params !== undefined) {
      methods[methods.length] = route.method;
      if (route.method === method) [found, foundParams] = [route, params];
      if (route.method === "GET") [getRoute, getParams] = [route, params];
    }
  }
  if (methods.length === 0) return { kind: "not_found" };
  if (getRoute !== undefined) methods[methods.length] = "HEAD";
  methods[methods.length] = "OPTIONS";
  const allow = table.concat(methods, ", ");
  if (method === "OPTIONS") return { kind: "options", allow };
  // HEAD is GET without the body: the sender leaves it out.
  if (found === undefined && method === "HEAD" && getRoute !== undefined) [found, foundParams] = [getRoute, getParams];
  if (found === undefined) return { kind: "method_not_allowed", allow };
  return { kind: "found", handler: found.handler, params: foundParams as Params, allow };
}

/** The parameters of `pattern` in `segments`, or undefined when they do not match. */
function matchSegments(pattern: string[], segments: string[]): Params | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Params = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index];
    if (string.sub(expected, 1, 1) === ":") {
      params[string.sub(expected, 2)] = segments[index];
    } else if (expected !== segments[index]) {
      return undefined;
    }
  }
  return params;
}
