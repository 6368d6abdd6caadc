/**
 * Live sessions ("show sess"): listed with filters and a cap, read as the
 * dump arrives and ended early once the cap is passed; one ended ("shutdown
 * session"); and the error captures ("show errors"), which a reload wipes.
 */
import { execute, executeDump, openDump, type ClientFields } from "../core/client";
import { answerError, statsError, writeError } from "../core/errors";
import type { Done, Result } from "../core/result";
import { quoted } from "../core/words";
import { parse_errors, parse_session_line, type ErrorCapture, type Session } from "./parsers";

export interface SessionFilter {
  frontend?: string;
  backend?: string;
  server?: string;
  /** The source address, with or without its port. */
  src?: string;
}

export interface SessionList {
  sessions: Session[];
  /** Whether more sessions matched than the limit. */
  truncated: boolean;
}

/** The most a list may hold; the default is DEFAULT_LIMIT. */
export const MAX_LIMIT = 100000;
export const DEFAULT_LIMIT = 1000;

function matches(session: Session, filter: SessionFilter): boolean {
  if (filter.frontend !== undefined && session.frontend !== filter.frontend) return false;
  if (filter.backend !== undefined && session.backend !== filter.backend) return false;
  if (filter.server !== undefined && session.server !== filter.server) return false;
  if (filter.src !== undefined && session.source !== filter.src && string.match(session.source, "^(.*):%d+$")[0] !== filter.src) return false;
  return true;
}

/** The live sessions that pass `filter`, at most `limit` (the stats socket's own connections included: fe=GLOBAL). */
export function sessions(client: ClientFields, filter: SessionFilter = {}, limit = DEFAULT_LIMIT): Result<SessionList> {
  if (type(limit) !== "number" || math.tointeger(limit) === undefined || limit < 1 || limit > MAX_LIMIT) {
    return $multi(undefined, statsError("invalid", `limit ${quoted(limit)}: an integer from 1 to ${MAX_LIMIT}`));
  }
  const command = "show sess";
  const [reader, err] = openDump(client, command);
  if (reader === undefined) return $multi(undefined, err);
  const list: Session[] = [];
  let rest = "";
  let first = true;
  for (;;) {
    const [piece, failed] = reader.next();
    if (piece === undefined) return $multi(undefined, failed);
    if (first) {
      first = false;
      const refused = answerError(command, piece);
      if (refused !== undefined) {
        reader.close();
        return $multi(undefined, refused);
      }
    }
    const text = rest + piece;
    let start = 1;
    for (;;) {
      const [stop] = string.find(text, "\n", start, true);
      if (stop === undefined) break;
      const session = parse_session_line(string.sub(text, start, stop - 1));
      start = stop + 1;
      if (session === undefined || !matches(session, filter)) continue;
      if (list.length >= limit) {
        reader.close();
        return $multi({ sessions: list, truncated: true });
      }
      list[list.length] = session;
    }
    rest = string.sub(text, start);
    if (piece === "") return $multi({ sessions: list, truncated: false });
  }
}

/** Ends one session ("shutdown session <id>"): its id as "show sess" prints it. */
export function shutdownSession(client: ClientFields, id: unknown): Done {
  if (type(id) !== "string" || string.find(id as string, "^0x%x+$")[0] === undefined || (id as string).length > 18) {
    return $multi(undefined, statsError("invalid", `session ${quoted(id)}: a session id is "0x" and hex digits, as GET /sessions lists it`));
  }
  const command = `shutdown session ${id as string}`;
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  if (string.find(answer, "^No such session")[0] !== undefined) return $multi(undefined, statsError("not_found", `no such session: ${id as string}`, command, answer));
  const refused = writeError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(true);
}

/** "show errors": the last invalid request and response of each proxy, before a reload wipes them. */
export function errorCaptures(client: ClientFields): Result<ErrorCapture[]> {
  const command = "show errors";
  const [answer, err] = executeDump(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(parse_errors(answer));
}
