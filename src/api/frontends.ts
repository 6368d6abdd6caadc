/** GET /stats/frontends and /stats/frontends/:frontend (by name or numeric id). */
import type { Handler } from "../http/router";
import { asArray } from "../http/json";
import * as reads from "../stats/reads";
import type { Context } from "./context";
import { respond } from "./respond";

export const listFrontends: Handler<Context> = (context) => respond(context, reads.frontends, asArray);

export const getFrontend: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => reads.frontend(client, params.frontend));
