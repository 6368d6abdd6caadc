/**
 * GET /stats/backends/:backend/servers and .../servers/:server (by name or
 * numeric id); PATCH .../servers/:server with lua-haproxy's
 * {"status": "UP" | "DOWN" | "MAINT"} (enable or disable the server).
 */
import { failure } from "../http/errors";
import { asArray } from "../http/json";
import type { Handler } from "../http/router";
import * as reads from "../stats/reads";
import * as writes from "../stats/writes";
import type { Context } from "./context";
import { applyThenRead, respond } from "./respond";
import { serverWrite, shown } from "./target";

export const listServers: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => reads.servers(client, params.backend), asArray);

export const getServer: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => reads.server(client, params.backend, params.server));

export const patchServer: Handler<Context> = (context, request, params) => {
  const [fields, refused] = serverWrite(request, params, ["status"]);
  if (fields === undefined) return refused;
  const status = fields.get("status");
  const wanted = type(status) === "string" ? string.upper(status as string) : undefined;
  if (wanted !== "UP" && wanted !== "DOWN" && wanted !== "MAINT") {
    return failure(400, `field "status" must be "UP", "DOWN" or "MAINT", got ${shown(status)}`);
  }
  const { backend, server } = params;
  return applyThenRead(
    context,
    request,
    (client) => (wanted === "UP" ? writes.enableServer(client, backend, server) : writes.disableServer(client, backend, server)),
    (client) => reads.server(client, backend, server),
  );
};
