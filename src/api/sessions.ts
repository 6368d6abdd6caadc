/**
 * GET /sessions (?frontend= ?backend= ?server= ?src= ?limit=), DELETE
 * /sessions/:id, GET /errors: what is being served right now, ending one
 * session, and the error captures a reload would wipe
 * (stats/sessions/calls.ts).
 */
import { failure } from "../http/errors";
import { asArray, inOrder, withNulls } from "../http/json";
import { query, single } from "../http/query";
import type { Handler } from "../http/router";
import * as sessions from "../stats/sessions/calls";
import type { ErrorCapture, Session } from "../stats/sessions/parsers";
import { redactCapture } from "../host/redact";
import type { Context } from "./context";
import { applyThenRead, respond } from "./respond";

const FILTERS = ["frontend", "backend", "server", "src"];
const LIST_ORDER = ["sessions", "count", "truncated"];


export const listSessions: Handler<Context> = (context, request) => {
  const [parsed, refused] = query(request, [...FILTERS, "limit"]);
  if (parsed === undefined) return refused;
  const filter: sessions.SessionFilter = {};
  for (const name of FILTERS) {
    const [value, twice] = single(parsed, name);
    if (twice !== undefined) return twice;
    (filter as Record<string, string | undefined>)[name] = value;
  }
  const [limitText, twice] = single(parsed, "limit");
  if (twice !== undefined) return twice;
  let limit = sessions.DEFAULT_LIMIT;
  if (limitText !== undefined) {
    const given = string.find(limitText, "^%d+$")[0] !== undefined ? math.tointeger(tonumber(limitText) as number) : undefined;
    if (given === undefined || given < 1 || given > sessions.MAX_LIMIT) return failure(400, `query parameter "limit": an integer from 1 to ${sessions.MAX_LIMIT}`);
    limit = given;
  }
  return respond(context, (client) => sessions.sessions(client, filter, limit), (list) => {
    for (const session of list.sessions) withNulls<Session>(session, ["backend", "server"]);
    return inOrder({ sessions: asArray(list.sessions), count: list.sessions.length, truncated: list.truncated }, LIST_ORDER);
  });
};

export const deleteSession: Handler<Context> = (context, request, params) =>
  applyThenRead(context, request, (client) => sessions.shutdownSession(client, params.id), {});

export const listErrors: Handler<Context> = (context) =>
  respond(context, sessions.errorCaptures, (captures) => {
    for (const capture of captures) {
      withNulls<ErrorCapture>(capture, ["backend", "server"]);
      capture.captured = redactCapture(capture.captured);
    }
    return asArray(captures);
  });
