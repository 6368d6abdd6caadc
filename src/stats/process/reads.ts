/**
 * Process-wide reads: every "show stat" row, "show info", and the step
 * every read shares (run a command, recognise HAProxy's error texts).
 */
import { execute, executeEach, insideHAProxy, type ClientFields } from "../core/client";
import { answerError, statsError, type StatsError } from "../core/errors";
import type { Result } from "../core/result";
import { complete, entryRows, readsInProcess, statHeader } from "./local";
import { localProxies, localProxy, type LocalProxy } from "./proxylist";
import { parse_info, parse_stats, statFieldNames } from "./parsers";
import { planStat, showStat } from "./plan";
import { stat_filter, type Row } from "./types";

/** Runs a read command and checks the answer for one of HAProxy's error texts. */
export function read(client: ClientFields, command: string): Result<string> {
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(answer);
}

/** The proxies "show stat <proxy>" reads, in-process: all for "-1"; undefined for one HAProxy should name unknown. */
export function proxiesOf(proxy: string): LocalProxy[] | undefined {
  if (proxy === "-1") return localProxies();
  const found = localProxy(proxy);
  return found === undefined ? undefined : [found];
}

/** Rows of "show stat <proxy> <mask> <sid>" read in-process (local.ts), completed to the socket's shape. */
function localRows(client: ClientFields, entries: LocalProxy[], mask: number, sid: number): Result<Row[]> {
  const [names, order] = statHeader(client);
  if (names === undefined) return $multi(undefined, order);
  const rows: Row[] = [];
  for (const entry of entries) {
    const err = entryRows(client, entry, mask, sid, read, rows);
    if (err !== undefined) return $multi(undefined, err);
  }
  for (const row of rows) setmetatable(complete(row, names), order);
  return $multi(rows);
}

/**
 * Rows of "show stat <proxy> <mask> <sid>". Inside HAProxy 2.6, read
 * in-process (local.ts); else on the socket, inside HAProxy as several
 * small commands (plan.ts). The rows are the same, in the same order.
 */
export function statRows(client: ClientFields, proxy: string, mask: number, sid: number): Result<Row[]> {
  const inside = insideHAProxy();
  if (inside && readsInProcess(client)) {
    const entries = proxiesOf(proxy);
    if (entries !== undefined) return localRows(client, entries, mask, sid);
  }
  const commands = inside ? planStat(proxy, mask, sid) : [showStat(proxy, mask, sid)];
  if (commands.length === 1) {
    const [answer, err] = read(client, commands[0]);
    if (answer === undefined) return $multi(undefined, err);
    return $multi(parse_stats(answer));
  }
  const [answers, err] = executeEach(client, commands);
  if (answers === undefined) return $multi(undefined, err);
  for (let index = 0; index < answers.length; index++) {
    const refused = answerError(commands[index], answers[index]);
    if (refused !== undefined) return $multi(undefined, refused);
  }
  return $multi(parse_stats(table.concat(answers)));
}

/**
 * Rows of "show stat <proxy> <mask> <sid>" a group at a time, for an answer
 * sent in pieces: in-process, one proxy's rows per call, not completed (the
 * encoder writes each type's fields, local.ts); on the socket, every row
 * in one group. `next` answers undefined at the end, or on an error with it.
 */
export interface RowGroups {
  /** Every field a row can have, in HAProxy's order. */
  names: string[];
  /** Read in-process: each row has its type's fields (local.ts FIELDS) and lacks the empty ones; else whole socket rows. */
  local: boolean;
  next: (this: void) => LuaMultiReturn<[rows: Row[]] | [rows: undefined, err?: StatsError]>;
}

export function statGroups(client: ClientFields, proxy: string, mask: number, sid: number): Result<RowGroups> {
  const entries = insideHAProxy() && readsInProcess(client) ? proxiesOf(proxy) : undefined;
  if (entries !== undefined) return localGroups(client, entries, mask, sid);
  const [rows, err] = statRows(client, proxy, mask, sid);
  if (rows === undefined) return $multi(undefined, err);
  return $multi(wholeGroup(rows));
}

/** Servers per group: a big backend's rows come a slice at a time, so that no group outgrows one piece of an answer. */
export const SERVERS_PER_GROUP = 10;

/** In-process groups over `entries`: one proxy each, a big backend in slices of SERVERS_PER_GROUP servers. */
export function localGroups(client: ClientFields, entries: LocalProxy[], mask: number, sid: number): Result<RowGroups> {
  const [names, order] = statHeader(client);
  if (names === undefined) return $multi(undefined, order);
  let index = 0;
  let from = 0;
  return $multi({
    names,
    local: true,
    next: () => {
      const entry = entries[index];
      if (entry === undefined) return $multi(undefined);
      const to = math.min(from + SERVERS_PER_GROUP, entry.servers.length);
      const rows: Row[] = [];
      const err = entryRows(client, entry, mask, sid, read, rows, { from, to });
      if (err !== undefined) return $multi(undefined, err);
      if (to >= entry.servers.length) {
        index++;
        from = 0;
      } else from = to;
      return $multi(rows);
    },
  });
}

/** Rows already read, as one group. */
export function wholeGroup(rows: Row[]): RowGroups {
  let given = false;
  return {
    names: statFieldNames() ?? [],
    local: false,
    next: () => {
      if (given) return $multi(undefined);
      given = true;
      return $multi(rows);
    },
  };
}

/** HAProxy's "No such proxy." restated as what the caller asked for; other errors unchanged. */
export function notFoundAs(err: StatsError, message: string): StatsError {
  return err.kind === "not_found" ? statsError("not_found", message, err.command, err.haproxy) : err;
}

/** The rows of one type (stats_types) among `rows`. */
export function ofType(rows: Row[], rowType: number): Row[] {
  const kept: Row[] = [];
  for (const row of rows) if (row.get("type") === rowType) kept[kept.length] = row;
  return kept;
}

export function stats(client: ClientFields): Result<Row[]> {
  return statRows(client, "-1", stat_filter.ANY, -1);
}

export function info(client: ClientFields): Result<LuaTable<string, string | number>> {
  const [answer, err] = read(client, "show info");
  if (answer === undefined) return $multi(undefined, err);
  return $multi(parse_info(answer));
}
