/**
 * The backend and server a server route names, checked before anything
 * else: an illegal name is a 400 and never reaches the stats socket.
 */
import { invalidName, nameProblem } from "../stats/core/names";
import { quoted } from "../stats/core/words";
import type { ClientFields } from "../stats/core/client";
import { jsonObject, type Fields } from "../http/body";
import { failure } from "../http/errors";
import { kindOf } from "../http/json";
import type { Request } from "../http/request";
import type { Reply } from "../http/response";
import type { Handler, Params } from "../http/router";
import type { Context } from "./context";
import { respond } from "./respond";
import type { Result } from "../stats/core/result";

/** A 400 when `name` is not a legal HAProxy name for `what` ("backend", "server"). */
export function badName(what: string, name: unknown): Reply | undefined {
  const problem = nameProblem(name);
  return problem === undefined ? undefined : failure(400, invalidName(what, name, problem).message);
}

export function badServerPath(params: Params): Reply | undefined {
  return badName("backend", params.backend) ?? badName("server", params.server);
}

/** A GET handler answering `read(client, backend, server)` for the route's server. */
export function serverRead<T>(read: (this: void, client: ClientFields, backend: string, server: string) => Result<T>): Handler<Context> {
  return (context, _request, params) =>
    badServerPath(params) ?? respond(context, (client) => read(client, params.backend, params.server));
}

/** A write's checked inputs: legal names first, then a JSON object body holding only `allowed` fields. */
export function serverWrite(request: Request, params: Params, allowed: string[]): LuaMultiReturn<[fields: Fields] | [fields: undefined, reply: Reply]> {
  const badPath = badServerPath(params);
  if (badPath !== undefined) return $multi(undefined, badPath);
  return jsonObject(request, allowed);
}

/** A decoded JSON value as a message shows it: strings quoted, the rest by kind or value. */
export function shown(value: unknown): string {
  const kind = kindOf(value);
  if (kind === "string") return quoted(value);
  if (kind === "number" || kind === "boolean") return tostring(value);
  return kind === "null" ? "null" : `an ${kind}`;
}
