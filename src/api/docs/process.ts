/** The docs of GET and PATCH /process (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { schemaOf } from "../fields";
import { PROCESS_FIELDS } from "../../stats/process/limits";
import { ref } from "./schemas";

export const process: RouteDoc = {
  tag: "stats",
  summary: "The process's live limits (maxconn, connection, session and SSL-session rate limits) with the current rates \"show info\" reports",
  ok: { status: 200, description: "The limits", schema: ref("ProcessLimits") },
};

export const patchProcess: RouteDoc = {
  tag: "stats",
  summary: "Sets the global maxconn and rate limits at once (\"set maxconn global\", \"set rate-limit connections|sessions|ssl-sessions global\"); 0 is no rate limit",
  description: "All or nothing: every value is checked first (maxconn against Hard_maxconn); a limit HAProxy refuses after others were set puts those back. A restart or reload goes back to the configuration's.",
  body: schemaOf(PROCESS_FIELDS, 1),
  ok: { status: 200, description: "The limits afterwards, from show info", schema: ref("ProcessLimits") },
};
