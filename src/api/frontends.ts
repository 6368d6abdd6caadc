/**
 * GET /stats/frontends and /stats/frontends/:frontend (by name or numeric
 * id); PATCH /stats/frontends/:frontend {"state": "enabled"|"disabled",
 * "maxconn"}: stop accepting and resume, and its maxconn.
 */
import { failure } from "../http/errors";
import type { Handler } from "../http/router";
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

export const patchFrontend: Handler<Context> = (context, request, params) => {
  const [fields, refused] = declaredBody(request, FRONTEND_FIELDS);
  if (fields === undefined) return refused;
  const name = params.frontend;
  // Disabling the frontend this very request came through would cut the API off from its caller.
  if (fields.get("state") === "disabled" && request.applet.sf.fe_name() === name) {
    return failure(409, `frontend ${name} serves this API: disabling it would cut you off; disable it on the stats socket if you mean it`);
  }
  return applyThenRead(context, request, (client) => setFrontend(client, name, fields), (client) => reads.frontend(client, name));
};
