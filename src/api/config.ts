/** GET /config: the files HAProxy was started with, in order, as read at init, credentials redacted (host/redact.ts). Admin scope. */
import { failure } from "../http/errors";
import { text } from "../http/response";
import type { Handler } from "../http/router";
import type { Context } from "./context";

export const getConfig: Handler<Context> = (context) => {
  const config = context.config;
  if (config.files.length === 0) {
    return failure(503, "the configuration files are unknown: HAPROXY_CFGFILES is not set and /proc/self/cmdline has no -f");
  }
  return text(200, config.text, { "x-haproxy-config-files": table.concat(config.files, ";") });
};
