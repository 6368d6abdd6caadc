/** GET /stats/backends and /stats/backends/:backend (by name or numeric id). */
import type { Handler } from "../http/router";
import * as reads from "../stats/proxies/reads";
import { stats_types } from "../stats/process/types";
import type { Context } from "./context";
import { respondRow, respondRows } from "./rows";

export const listBackends: Handler<Context> = (context, request) => respondRows(context, request, (client) => reads.proxyGroups(client, "backend"), { rowType: stats_types.BACKEND });

export const getBackend: Handler<Context> = (context, request, params) =>
  respondRow(context, request, (client) => reads.backend(client, params.backend));
