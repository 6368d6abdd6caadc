/**
 * GET /process: the process's live limits (global maxconn, the connection,
 * session and SSL-session rate limits) with what "show info" reports beside
 * them; PATCH /process sets any of them at once, all or nothing
 * (stats/process/limits.ts).
 */
import type { Handler } from "../http/router";
import { PROCESS_FIELDS, processLimits, setProcess } from "../stats/process/limits";
import type { Context } from "./context";
import { declaredBody } from "./fields";
import { applyThenRead, respond } from "./respond";

export const getProcess: Handler<Context> = (context) => respond(context, processLimits);

export const patchProcess: Handler<Context> = (context, request) => {
  const [fields, refused] = declaredBody(request, PROCESS_FIELDS);
  if (fields === undefined) return refused;
  return applyThenRead(context, request, (client) => setProcess(client, fields), processLimits);
};
