/**
 * The service boundary: one request in, one whole response out. Errors
 * the API expects are replies (4xx/5xx JSON) built by the handlers; a Lua
 * error is a bug, caught here once, logged with its traceback, and answered
 * as a JSON 500 so the client never sees HAProxy's HTML page.
 */
import type { Context } from "./api/context";
import { forbiddenWrite, unauthenticated } from "./http/access";
import { failure } from "./http/errors";
import { splitPath, type Request } from "./http/request";
import { noContent, send, type Reply } from "./http/response";
import { match as matchRoute, type Router } from "./http/router";

function route(router: Router<Context>, context: Context, applet: AppletHTTP): Reply {
  const method = applet.method;
  const authorization = applet.headers.get("authorization");
  const denied = unauthenticated(context.access, authorization === undefined ? undefined : authorization.get(0), applet.sf.src());
  if (denied !== undefined) return denied;
  const [segments, problem] = splitPath(applet.path);
  if (segments === undefined) return failure(400, problem);
  const match = matchRoute(router, method, segments);
  switch (match.kind) {
    case "not_implemented":
      return failure(501, `method ${method} is not implemented`);
    case "not_found":
      return failure(404, `no such resource: ${applet.path}`);
    case "options":
      return noContent({ allow: match.allow });
    case "method_not_allowed":
      return failure(405, `method ${method} is not allowed on ${applet.path}: use ${match.allow}`, { allow: match.allow });
    case "found": {
      const readOnly = forbiddenWrite(context.access, method);
      if (readOnly !== undefined) return readOnly;
      const request: Request = { method, path: applet.path, segments, applet };
      return match.handler(context, request, match.params);
    }
  }
}

/** Logs a caught error with its traceback; the message goes to the client only as "internal error". */
function traced(this: void, err: unknown): string {
  return debug.traceback(tostring(err), 2);
}

export function serve(router: Router<Context>, context: Context, applet: AppletHTTP): void {
  const [ok, reply] = xpcall(route, traced, router, context, applet);
  let answer: Reply;
  if (ok) {
    answer = reply as Reply;
  } else {
    core.log(core.err, `haproxy-api: ${applet.method} ${applet.path}: ${reply as string}`);
    answer = failure(500, "internal error in haproxy-api; the details are in HAProxy's log");
  }
  send(applet, answer, applet.method === "HEAD");
}
