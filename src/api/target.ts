/**
 * The backend and server a server route names, checked before anything
 * else: an illegal name is a 400 and never reaches the stats socket.
 */
import { invalidName, nameProblem } from "../stats/commands";
import { failure } from "../http/errors";
import { kindOf } from "../http/json";
import type { Reply } from "../http/response";
import type { Params } from "../http/router";

export function badServerPath(params: Params): Reply | undefined {
  const backendProblem = nameProblem(params.backend);
  if (backendProblem !== undefined) return failure(400, invalidName("backend", params.backend, backendProblem).message);
  const serverProblem = nameProblem(params.server);
  if (serverProblem !== undefined) return failure(400, invalidName("server", params.server, serverProblem).message);
  return undefined;
}

/** A decoded JSON value as a message shows it: strings quoted, the rest by kind or value. */
export function shown(value: unknown): string {
  const kind = kindOf(value);
  if (kind === "string") return string.format("%q", value);
  if (kind === "number" || kind === "boolean") return tostring(value);
  return kind === "null" ? "null" : `an ${kind}`;
}
