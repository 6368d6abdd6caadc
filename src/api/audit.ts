/**
 * The write log: one line per write that reached a handler, with who sent
 * it, what it asked and the status it got. Operators need to know who
 * drained a server. Writes that HAProxy applied are logged while the write
 * lock (api/writelock.ts) is held, so the log's order is HAProxy's order.
 * Each line also goes to the /events streams (api/events.ts).
 */
import { encodeJson } from "../http/jsonencode";
import { publishWrite } from "./events";
import type { Request } from "../http/request";

export function audit(request: Request, status: number, body?: string): void {
  request.audited = true;
  const fields = request.fields === undefined ? "-" : request.fieldsJsonOf === request.fields ? (request.fieldsJson as string) : encodeJson(request.fields);
  const address = request.source ?? request.applet.sf.src() ?? "-";
  const source = request.token === undefined ? address : `${address} token=${request.token}`;
  // One string.format: a template literal concatenates step by step, a string per step.
  core.log(core.info, string.format("haproxy-api: %s %s %s %s %d", source, request.method, request.path, fields, status));
  publishWrite(request.method, request.path, status, body);
}
