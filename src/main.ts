/**
 * The entry HAProxy runs with lua-load, and the only file with side
 * effects: at init it learns the configuration and picks the stats socket
 * (api/context.ts); then it registers the HTTP service `lua.haproxy-api`.
 * Loaded outside HAProxy, it registers nothing and returns the stats
 * library, like require("haproxy.stats").
 */
import { discover, type Context } from "./api/context";
import { startJournal } from "./api/events/journal";
import { watchServers } from "./api/events/watch";
import { keepFiles } from "./api/persist/task";
import { routes } from "./api/routes";
import { tokenRequired } from "./http/access";
import { compile } from "./http/router";
import { serve } from "./service";
import { insideHAProxy } from "./stats/core/client";
import { warmProxyList } from "./stats/process/proxylist";

if (insideHAProxy()) {
  const router = compile<Context>(routes);
  // Filled at init: discovery reads files, which only init may do.
  let context: Context | undefined;
  core.register_init(() => {
    context = discover();
    const socket = context.socket;
    core.log(core.info, `haproxy-api: stats socket ${socket.address ?? "(none)"}, from ${socket.source}`);
    const access = context.access;
    if (!tokenRequired(access) && access.anonymous) core.log(core.warning, "haproxy-api: no HAPROXY_API_TOKEN and HAPROXY_API_ANONYMOUS is set: whoever reaches the API's port may use it");
    if (access.tokensFile) core.log(core.info, `haproxy-api: ${access.tokens.length} scoped tokens from HAPROXY_API_TOKENS_FILE`);
    for (const problem of access.tokenProblems) core.log(core.warning, `haproxy-api: HAPROXY_API_TOKENS_FILE: ${problem}: skipped`);
    if (access.readOnly) core.log(core.info, "haproxy-api: read-only (HAPROXY_API_READONLY)");
    const keeping = context.keeping;
    if (keeping.files.global !== undefined) core.log(core.info, `haproxy-api: keeps the server-state file ${keeping.files.global}, from ${keeping.files.source}`);
    if (context.client !== undefined) keepFiles(context.client, keeping);
    startJournal(tostring(core.get_info().get("Pid") ?? "0"));
    // Listed now rather than by the first request that reads rows (from 2.8: 50 ms at 1,000 x 10 on 3.2).
    warmProxyList();
    watchServers();
  });
  // Never reached in practice (init runs before HAProxy serves), and never
  // worth file I/O on the request path: say so instead.
  const uninitialised: Context = {
    socket: { source: "haproxy-api has not initialised (see HAProxy's log)" },
    config: { files: [], text: "" },
    access: { readOnly: true, anonymous: false, tokens: [], tokensFile: false, tokenProblems: [], allowedHosts: new LuaTable() },
    keeping: { files: { source: "not initialised", globalBackends: new LuaTable(), localFiles: new LuaTable() }, syncFiles: false, savedRows: new LuaTable() },
    apiFrontends: [],
  };
  core.register_service("haproxy-api", "http", (applet) => {
    serve(router, context ?? uninitialised, applet);
  });
}

export * from "./stats/index";
