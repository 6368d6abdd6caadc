/**
 * GET /stats/frontends and /stats/frontends/:frontend (by name or numeric
 * id); PATCH /stats/frontends/:frontend {"state": "enabled"|"disabled",
 * "maxconn"}: stop accepting and resume, and its maxconn.
 */
import { failure } from "../http/errors";
import type { Request } from "../http/request";
import type { Handler } from "../http/router";
import { localProxy } from "../stats/process/proxylist";
import { FRONTEND_FIELDS, setFrontend } from "../stats/proxies/operations";
import * as reads from "../stats/proxies/reads";
import { stats_types } from "../stats/process/types";
import type { Context } from "./context";
import { declaredBody } from "./fields";
import { applyThenRead } from "./respond";
import { respondRow, respondRows } from "./rows";

export const listFrontends: Handler<Context> = (context, request) => respondRows(context, request, (client) => reads.proxyGroups(client, "frontend"), { rowType: stats_types.FRONTEND });

export const getFrontend: Handler<Context> = (context, request, params) =>
  respondRow(context, request, (client) => reads.frontend(client, params.frontend));

/**
 * Whether `ref` (a name or a numeric id) is a frontend this API is served
 * by: the one this very request came through, or one whose configuration
 * uses the service (context.apiFrontends).
 */
function servesApi(context: Context, request: Request, ref: string): boolean {
  const name = tonumber(ref) === undefined ? ref : localProxy(ref)?.name;
  if (name === undefined) return false;
  return name === request.applet.sf.fe_name() || context.apiFrontends.includes(name);
}

/**
 * The API does not cut its own branch: stopping a frontend that serves it,
 * or setting its maxconn to 0 (no connection is accepted), would leave
 * every caller, admins included, without the API until someone fixes it
 * on the stats socket.
 */
function cutsOff(fields: LuaTable<string, unknown>): string | undefined {
  if (fields.get("state") === "disabled") return "disabling it";
  if (fields.get("maxconn") === 0) return "a maxconn of 0 (no connection accepted)";
  return undefined;
}

export const patchFrontend: Handler<Context> = (context, request, params) => {
  const [fields, refused] = declaredBody(request, FRONTEND_FIELDS);
  if (fields === undefined) return refused;
  const name = params.frontend;
  const cut = cutsOff(fields);
  if (cut !== undefined && servesApi(context, request, name)) {
    return failure(409, `frontend ${name} serves this API: ${cut} would cut every caller off, admins too; do it on the stats socket if you mean it`);
  }
  return applyThenRead(context, request, (client) => setFrontend(client, name, fields), (client) => reads.frontend(client, name));
};
