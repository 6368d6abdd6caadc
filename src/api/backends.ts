/** GET /stats/backends and /stats/backends/:backend (by name or numeric id). */
import type { Handler } from "../http/router";
import { asArray } from "../http/json";
import * as reads from "../stats/proxies/reads";
import type { Context } from "./context";
import { respond } from "./respond";

export const listBackends: Handler<Context> = (context) => respond(context, reads.backends, asArray);

export const getBackend: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => reads.backend(client, params.backend));
