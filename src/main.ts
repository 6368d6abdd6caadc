/**
 * The entry HAProxy runs with lua-load: registers the HTTP service
 * `lua.haproxy-api`. The only file with side effects.
 *
 * The HTTP API itself is not built yet: until it is, the service answers
 * every request with a JSON 501, so a configuration that uses it already
 * loads and validates (haproxy -c). Loaded outside HAProxy, the bundle
 * registers nothing and returns the stats library.
 */
import { insideHAProxy } from "./stats/client";

const NOT_BUILT = '{"code":501,"message":"haproxy-api: the HTTP API is not available in this version; the stats library is (require \\"haproxy.stats\\")"}';

if (insideHAProxy()) {
  core.register_service("haproxy-api", "http", (applet) => {
    applet.set_status(501);
    applet.add_header("content-type", "application/json");
    applet.add_header("content-length", string.format("%d", NOT_BUILT.length));
    applet.start_response();
    applet.send(NOT_BUILT);
  });
}

export * from "./stats/index";
