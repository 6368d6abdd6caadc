/** DELETE /stats/counters: "clear counters" (the max ones), ?all=true every counter ("clear counters all"). */
import { failure } from "../http/errors";
import { query, single } from "../http/query";
import type { Handler } from "../http/router";
import { perform } from "../stats/core/operation";
import { clearCounters } from "../stats/process/operations";
import type { Context } from "./context";
import { applyThenRead } from "./respond";

export const deleteCounters: Handler<Context> = (context, request) => {
  const [parsed, refused] = query(request, ["all"]);
  if (parsed === undefined) return refused;
  const [all, twice] = single(parsed, "all");
  if (twice !== undefined) return twice;
  if (all !== undefined && all !== "true" && all !== "false") return failure(400, `query parameter "all" must be true or false, got "${all}"`);
  const values = new LuaTable<string, unknown>();
  values.set("all", all === "true");
  return applyThenRead(context, request, (client) => perform(client, clearCounters, values), {});
};
