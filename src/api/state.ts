/**
 * GET and PATCH /stats/backends/:backend/servers/:server/state: the
 * "show servers state" row with admin_state (ready, drain, maint) and
 * operational_state (up, down, stopping) decoded. PATCH takes either or
 * both; both are checked before either is applied.
 */
import { failure } from "../http/errors";
import type { Handler } from "../http/router";
import * as commands from "../stats/commands";
import * as reads from "../stats/reads";
import * as writes from "../stats/writes";
import type { Context } from "./context";
import { applyThenRead, type Done } from "./respond";
import { serverRead, serverWrite, shown } from "./target";

export const getState = serverRead(reads.state);

export const patchState: Handler<Context> = (context, request, params) => {
  const [fields, refused] = serverWrite(request, params, ["admin_state", "operational_state"]);
  if (fields === undefined) return refused;
  const { backend, server } = params;
  const admin = fields.get("admin_state");
  const health = fields.get("operational_state");
  if (admin !== undefined && commands.setState(backend, server, admin)[0] === undefined) {
    return failure(400, `field "admin_state" must be "ready", "drain" or "maint", got ${shown(admin)}`);
  }
  if (health !== undefined && commands.setHealth(backend, server, health)[0] === undefined) {
    return failure(400, `field "operational_state" must be "up", "down" or "stopping", got ${shown(health)}`);
  }
  return applyThenRead(
    context,
    request,
    (client): Done => {
      if (admin !== undefined) {
        const [done, err] = writes.setState(client, backend, server, admin);
        if (done === undefined) return $multi(undefined, err);
      }
      if (health !== undefined) return writes.setHealth(client, backend, server, health);
      return $multi(true);
    },
    (client) => reads.state(client, backend, server),
  );
};
