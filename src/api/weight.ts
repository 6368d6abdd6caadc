/**
 * GET and PATCH /stats/backends/:backend/servers/:server/weight:
 * {"current": n, "initial": n}; PATCH {"current": 0-256 or "N%"}.
 */
import { failure } from "../http/errors";
import type { Handler } from "../http/router";
import { setWeight } from "../stats/commands";
import * as reads from "../stats/reads";
import * as writes from "../stats/writes";
import type { Context } from "./context";
import { applyThenRead } from "./respond";
import { serverRead, serverWrite, shown } from "./target";

export const getWeight = serverRead(reads.weight);

export const patchWeight: Handler<Context> = (context, request, params) => {
  const [fields, refused] = serverWrite(request, params, ["current"]);
  if (fields === undefined) return refused;
  const { backend, server } = params;
  const current = fields.get("current");
  // The names are legal (checked above), so the builder can only object to the weight.
  const [command] = setWeight(backend, server, current);
  if (command === undefined) {
    return failure(400, `field "current" must be an integer from 0 to 256 or a percentage from "0%" to "100%", got ${shown(current)}`);
  }
  return applyThenRead(
    context,
    request,
    (client) => writes.setWeight(client, backend, server, current),
    (client) => reads.weight(client, backend, server),
  );
};
