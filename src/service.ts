/**
 * The service boundary: one request in, one whole response out. Errors
 * the API expects are replies (4xx/5xx JSON) built by the handlers; a Lua
 * error is a bug, caught here once, logged with its traceback, and answered
 * as a JSON 500 so the client never sees HAProxy's HTML page. Running out
 * of Lua memory (tune.lua.maxmem) fails that one request with a 503. Every
 * write that reaches a handler is logged, with its outcome. Whatever the
 * request still holds when it ends (the write lock, a stats socket
 * connection, a map version, a certificate transaction) is given back here,
 * on every path (stats/core/held.ts).
 */
import { audit } from "./api/audit";
import type { Context } from "./api/context";
import { isPagePath } from "./api/ui";
import type { RouteDoc } from "./api/openapi";
import { authenticate, crossSiteWrite, forbiddenWrite, foreignHost, isRead, neededScope, outOfScope, tokenRequired, type Principal } from "./http/access";
import { failure } from "./http/errors";
import { appletHeader, splitPath, type Request } from "./http/request";
import { noContent, send, type Reply } from "./http/response";
import { match as matchRoute, type Router } from "./http/router";
import { releaseHeld } from "./stats/core/held";

/** A scoped token's SHA-256, by HAProxy's converters: a module function, not a closure a request. */
function digestOf(this: void, applet: AppletHTTP, token: string): string {
  return string.lower(applet.c.hex(applet.c.sha2(token, 256)));
}

function route(router: Router<Context>, context: Context, applet: AppletHTTP): Reply {
  const method = applet.method;
  // "OPTIONS *" and other non-path targets have no path.
  if (type(applet.path) !== "string") return failure(400, "the request target must be a path");
  const host = appletHeader(applet, "host");
  const wrongHost = foreignHost(context.access, host);
  if (wrongHost !== undefined) return wrongHost;
  // Before any handler: a write from another origin does nothing at all.
  if (!isRead(method)) {
    const crossSite = crossSiteWrite(appletHeader(applet, "origin"), appletHeader(applet, "sec-fetch-site"), host);
    if (crossSite !== undefined) return crossSite;
  }
  const authorization = appletHeader(applet, "authorization");
  // The page and its assets hold no data: with a token required they are served without one (api/ui.ts).
  const page = tokenRequired(context.access) && isPagePath(applet.path);
  let who: Principal | undefined;
  const source = applet.sf.src();
  if (!page) {
    const [denied, principal] = authenticate(context.access, authorization, source, applet, digestOf);
    if (denied !== undefined) return denied;
    who = principal;
  }
  const [segments, problem] = splitPath(applet.path);
  if (segments === undefined) return failure(400, problem);
  const match = matchRoute(router, method, segments);
  // The usual case first: a switch tests the kinds one by one, in the order written.
  if (match.kind === "found") {
    const readOnly = forbiddenWrite(context.access, method);
    if (readOnly !== undefined) return readOnly;
    const doc = match.extra as RouteDoc | undefined;
    // Admin covers every scope: the scope a route needs is worked out only for the tokens below it.
    const scoped = who === undefined || who.scope === "admin" ? undefined : outOfScope(who, neededScope(method, segments, doc?.scope), method, segments);
    if (scoped !== undefined) return scoped;
    // The fields a write may set later are named here: the table is made once with room for them.
    const request: Request = { method, path: applet.path, segments, applet, token: who?.name, source, fields: undefined, fieldsJson: undefined, fieldsJsonOf: undefined, audited: undefined };
    const reply = match.handler(context, request, match.params);
    // Writes HAProxy saw are logged under the write lock (api/respond.ts); this logs the ones refused before.
    if (!isRead(method) && request.audited !== true) audit(request, reply.status, reply.body);
    return reply;
  }
  switch (match.kind) {
    case "not_implemented":
      return failure(501, `method ${method} is not implemented`);
    case "not_found":
      return failure(404, `no such resource: ${applet.path}`);
    case "options":
      return noContent({ allow: match.allow });
    case "method_not_allowed":
      return failure(405, `method ${method} is not allowed on ${applet.path}: use ${match.allow}`, { allow: match.allow });
  }
}

/**
 * Lua raises "not enough memory" without calling the message handler, and
 * "error in error handling" when the handler itself runs out; a full
 * buffer in table.concat says "not enough memory for buffer allocation".
 */
function outOfMemory(err: unknown): boolean {
  if (type(err) !== "string") return false;
  return err === "error in error handling" || string.find(err as string, "not enough memory", 1, true)[0] !== undefined;
}

/** Adds the traceback to a caught error; the message goes to the client only as "internal error". */
function traced(this: void, err: unknown): unknown {
  if (outOfMemory(err)) return err; // a traceback would need the memory there is not
  return debug.traceback(tostring(err), 2);
}

/** The reply to a caught error, logged first; memory held by the failed request is collected. */
function caught(applet: AppletHTTP, err: unknown): Reply {
  const where = `haproxy-api: ${applet.method} ${tostring(applet.path)}`;
  if (outOfMemory(err)) {
    collectgarbage("collect");
    core.log(core.err, `${where}: out of Lua memory (${tostring(err)}); raise tune.lua.maxmem`);
    return failure(503, "out of Lua memory: HAProxy's tune.lua.maxmem is too low for this request");
  }
  core.log(core.err, `${where}: ${tostring(err)}`);
  return failure(500, "internal error in haproxy-api; the details are in HAProxy's log");
}

export function serve(router: Router<Context>, context: Context, applet: AppletHTTP): void {
  const [ok, reply] = xpcall(route, traced, router, context, applet);
  const answer = ok ? (reply as Reply) : caught(applet, reply);
  if (answer.stream === undefined) {
    releaseHeld();
    send(applet, answer, applet.method === "HEAD");
    return;
  }
  // The status is sent by now: an error can only cut the body short, which
  // the client sees as JSON that does not parse. Logged, never raised.
  const [sent, err] = xpcall(send, traced, applet, answer, applet.method === "HEAD");
  releaseHeld();
  if (!sent) {
    if (outOfMemory(err)) collectgarbage("collect");
    core.log(core.err, `haproxy-api: ${applet.method} ${tostring(applet.path)}: answer cut short: ${tostring(err)}`);
  }
}
