/**
 * Error replies: `{"code": <status>, "message": "..."}` with the status
 * that says whose fault it is, and the stats library's errors mapped onto
 * them.
 */
import type { StatsError } from "../stats/core/errors";
import { json, type Reply } from "./response";

export function failure(status: number, message: string, headers?: Record<string, string>): Reply {
  const reply = json(status, { code: status, message });
  reply.headers = headers;
  return reply;
}

/** Where a stats error comes from decides its status; HAProxy's own words stay in the message. */
const statusOf: Record<StatsError["kind"], number> = {
  invalid: 400, // refused before anything was sent
  not_found: 404,
  in_use: 409, // retry once the session ends
  conflict: 409, // the state HAProxy is in forbids it now: the message says the way out
  rejected: 400, // HAProxy's own check of a value the client sent
  connect: 503, // the socket is missing or not listening
  timeout: 504,
  closed: 502,
  permission: 502,
  unknown_command: 502,
  refused: 502,
};

export function fromStatsError(err: StatsError): Reply {
  const status = statusOf[err.kind];
  if (err.kind === "invalid" || err.kind === "not_found" || err.kind === "in_use" || err.kind === "conflict") return failure(status, err.message);
  if (err.kind === "rejected") return failure(status, `HAProxy refused the value: ${err.message}`);
  if (err.kind === "permission") {
    return failure(status, `HAProxy refused "${err.command ?? ""}": ${err.message} (the stats socket needs "level admin")`);
  }
  if (err.kind === "connect" || err.kind === "timeout" || err.kind === "closed") {
    return failure(status, `stats socket: ${err.message}`);
  }
  return failure(status, `HAProxy refused "${err.command ?? ""}": ${err.message}`);
}
