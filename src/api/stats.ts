/** GET /stats (every "show stat" row) and GET /stats/info ("show info"). */
import type { Handler } from "../http/router";
import { asArray, asObject } from "../http/json";
import * as reads from "../stats/process/reads";
import type { Context } from "./context";
import { respond } from "./respond";

export const getStats: Handler<Context> = (context) => respond(context, reads.stats, asArray);

export const getInfo: Handler<Context> = (context) => respond(context, reads.info, asObject);
