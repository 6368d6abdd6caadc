/**
 * POST .../servers/:server/drain {"timeout", "then"?, "on_timeout"?} and
 * POST .../servers/:server/ready {"ramp"?}: the library's drain and ready
 * (stats/servers/drain.ts). Only the steps that change the server take the
 * write lock; the wait does not, so other writes go on while a drain waits.
 */
import { header, type Request } from "../http/request";
import type { Handler } from "../http/router";
import type { ClientFields } from "../stats/core/client";
import { statsError, type StatsError } from "../stats/core/errors";
import type { Result } from "../stats/core/result";
import { drain, DRAIN_OPTIONS, ready, READY_OPTIONS, type Exclusive } from "../stats/servers/drain";
import type { Context } from "./context";
import { declaredBody } from "./fields";
import { respond } from "./respond";
import { badServerPath } from "./target";
import { exclusively } from "./writelock";

/** A step run under the write lock, or a timeout error when another write held it too long. */
function locked(client: ClientFields): Exclusive {
  return (step) => {
    let failed: StatsError | undefined;
    const [done, busy] = exclusively(client, () => {
      const [ok, err] = step();
      failed = err as StatsError | undefined;
      return ok ?? false;
    });
    if (done === undefined) return $multi(undefined, statsError("timeout", `another write held the write lock for ${busy}s`));
    if (done !== true) return $multi(undefined, failed as StatsError);
    return $multi(true);
  };
}

/** No body at all is no option; otherwise the body's fields, checked. */
function hasBody(request: Request): boolean {
  const length = tonumber(header(request, "content-length") ?? "0") ?? 0;
  return length > 0 || header(request, "transfer-encoding") !== undefined || header(request, "content-type") !== undefined;
}

type Workflow<T> = (this: void, client: ClientFields, backend: unknown, server: unknown, options: unknown, exclusive: Exclusive) => Result<T>;

function serverWorkflow<T>(run: Workflow<T>, options: typeof DRAIN_OPTIONS, bodyRequired: boolean): Handler<Context> {
  return (context, request, params) => {
    const badPath = badServerPath(params);
    if (badPath !== undefined) return badPath;
    let given: unknown;
    if (bodyRequired || hasBody(request)) {
      const [fields, refused] = declaredBody(request, options);
      if (fields === undefined) return refused;
      given = fields;
    }
    return respond(context, (each) => run(each, params.backend, params.server, given, locked(each)));
  };
}

export const postDrain = serverWorkflow(drain, DRAIN_OPTIONS, true);
export const postReady = serverWorkflow(ready, READY_OPTIONS, false);
