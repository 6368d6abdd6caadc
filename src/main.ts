/**
 * The entry HAProxy runs with lua-load, and the only file with side
 * effects: at init it learns the configuration and picks the stats socket
 * (api/context.ts); then it registers the HTTP service `lua.haproxy-api`.
 * Loaded outside HAProxy, it registers nothing and returns the stats
 * library, like require("haproxy.stats").
 */
import { discover, type Context } from "./api/context";
import { routes } from "./api/routes";
import { compile } from "./http/router";
import { serve } from "./service";
import { insideHAProxy } from "./stats/client";

if (insideHAProxy()) {
  const router = compile<Context>(routes);
  // Filled at init: discovery reads files, which only init may do.
  let context: Context | undefined;
  core.register_init(() => {
    context = discover();
    const socket = context.socket;
    core.log(core.info, `haproxy-api: stats socket ${socket.address ?? "(none)"}, from ${socket.source}`);
  });
  // Never reached in practice (init runs before HAProxy serves), and never
  // worth file I/O on the request path: say so instead.
  const uninitialised: Context = {
    socket: { source: "haproxy-api has not initialised (see HAProxy's log)" },
    config: { files: [], text: "" },
  };
  core.register_service("haproxy-api", "http", (applet) => {
    serve(router, context ?? uninitialised, applet);
  });
}

export * from "./stats/index";
