/** GET /stats/backends and /stats/backends/:backend (by name or numeric id). */
import type { Handler } from "../http/router";
import * as reads from "../stats/proxies/reads";
import type { Context } from "./context";
import { respondRow, respondRows } from "./rows";

export const listBackends: Handler<Context> = (context, request) => respondRows(context, request, reads.backends);

export const getBackend: Handler<Context> = (context, request, params) =>
  respondRow(context, request, (client) => reads.backend(client, params.backend));
