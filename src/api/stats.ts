/** GET /stats (every "show stat" row) and GET /stats/info ("show info"). */
import type { Handler } from "../http/router";
import { asObject } from "../http/json";
import * as reads from "../stats/process/reads";
import { stat_filter } from "../stats/process/types";
import type { Context } from "./context";
import { respond } from "./respond";
import { respondRows } from "./rows";

export const getStats: Handler<Context> = (context, request) => respondRows(context, request, (client) => reads.statGroups(client, "-1", stat_filter.ANY, -1), { typed: true });

export const getInfo: Handler<Context> = (context) => respond(context, reads.info, asObject);
