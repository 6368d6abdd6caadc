/**
 * Read queries: each builds its commands, runs them through the client and
 * parses the answers. Failures are returned as `nil, err` (errors.ts).
 */
import { execute, executeEach, insideHAProxy, type ClientFields } from "./client";
import { getWeight, invalidName, numericId, proxyRef, showServersState, showStat } from "./commands";
import { answerError, statsError, type StatsError } from "./errors";
import { ordered, parse_info, parse_servers_state, parse_stats, parse_weight } from "./parsers";
import { findProxy, planStat } from "./plan";
import { stat_filter, stats_types, type Address, type Row, type ServerState, type Weight } from "./types";

type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;

/** Runs a read command and checks the answer for one of HAProxy's error texts. */
export function read(client: ClientFields, command: string): Result<string> {
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(answer);
}

/**
 * Rows of "show stat <proxy> <mask> <sid>". Inside HAProxy, read as several
 * small commands (plan.ts); the rows are the same, in the same order.
 */
export function statRows(client: ClientFields, proxy: string, mask: number, sid: number): Result<Row[]> {
  const commands = insideHAProxy() ? planStat(proxy, mask, sid) : [showStat(proxy, mask, sid)];
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

/** HAProxy's "No such proxy." restated as what the caller asked for; other errors unchanged. */
function notFoundAs(err: StatsError, message: string): StatsError {
  return err.kind === "not_found" ? statsError("not_found", message, err.command, err.haproxy) : err;
}

function ofType(rows: Row[], rowType: number): Row[] {
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

function proxies(client: ClientFields, mask: number, rowType: number): Result<Row[]> {
  const [rows, err] = statRows(client, "-1", mask, -1);
  if (rows === undefined) return $multi(undefined, err);
  return $multi(ofType(rows, rowType));
}

export function frontends(client: ClientFields): Result<Row[]> {
  return proxies(client, stat_filter.FRONTEND, stats_types.FRONTEND);
}

export function backends(client: ClientFields): Result<Row[]> {
  return proxies(client, stat_filter.BACKEND, stats_types.BACKEND);
}

/** One frontend or backend row, by name or numeric id. */
function proxy(client: ClientFields, what: string, idOrName: unknown, mask: number, rowType: number): Result<Row> {
  const [ref, problem] = proxyRef(idOrName);
  if (ref === undefined) return $multi(undefined, invalidName(what, idOrName, problem));
  const [rows, err] = statRows(client, ref, mask, -1);
  if (rows === undefined) return $multi(undefined, notFoundAs(err, `no such ${what}: ${ref}`));
  const [row] = ofType(rows, rowType);
  if (row === undefined) return $multi(undefined, statsError("not_found", `no such ${what}: ${ref}`, showStat(ref, mask, -1)));
  return $multi(row);
}

export function frontend(client: ClientFields, idOrName: unknown): Result<Row> {
  return proxy(client, "frontend", idOrName, stat_filter.FRONTEND, stats_types.FRONTEND);
}

export function backend(client: ClientFields, idOrName: unknown): Result<Row> {
  return proxy(client, "backend", idOrName, stat_filter.BACKEND, stats_types.BACKEND);
}

/** The server rows of a backend; not_found when there is no such backend. */
export function servers(client: ClientFields, backendRef: unknown): Result<Row[]> {
  const [ref, problem] = proxyRef(backendRef);
  if (ref === undefined) return $multi(undefined, invalidName("backend", backendRef, problem));
  const mask = stat_filter.BACKEND | stat_filter.SERVER;
  const [rows, err] = statRows(client, ref, mask, -1);
  if (rows === undefined) return $multi(undefined, notFoundAs(err, `no such backend: ${ref}`));
  if (ofType(rows, stats_types.BACKEND).length === 0) return $multi(undefined, statsError("not_found", `no such backend: ${ref}`, showStat(ref, mask, -1)));
  return $multi(ofType(rows, stats_types.SERVER));
}

/** The server id HAProxy has for `name` in `backend`, in-process; undefined when unknown here. */
function localServerId(backendRef: string, name: string): number | undefined {
  if (!insideHAProxy()) return undefined;
  const found = findProxy(backendRef);
  const server = found?.servers.get(name);
  return server === undefined ? undefined : (tonumber(server.puid) as number);
}

/** One server row, by numeric id or name. */
export function server(client: ClientFields, backendRef: unknown, idOrName: unknown): Result<Row> {
  const [ref, problem] = proxyRef(backendRef);
  if (ref === undefined) return $multi(undefined, invalidName("backend", backendRef, problem));
  const [serverRef, serverProblem] = proxyRef(idOrName);
  if (serverRef === undefined) return $multi(undefined, invalidName("server", idOrName, serverProblem));
  const sid = numericId(serverRef) ?? localServerId(ref, serverRef);
  if (sid === undefined) {
    const [rows, err] = servers(client, ref);
    if (rows === undefined) return $multi(undefined, err);
    for (const row of rows) if (row.get("svname") === serverRef) return $multi(row);
    return $multi(undefined, statsError("not_found", `no such server: ${ref}/${serverRef}`));
  }
  const [rows, err] = statRows(client, ref, stat_filter.SERVER, sid);
  if (rows === undefined) return $multi(undefined, notFoundAs(err, `no such backend: ${ref}`));
  const [row] = ofType(rows, stats_types.SERVER);
  if (row === undefined) return $multi(undefined, statsError("not_found", `no such server: ${ref}/${serverRef}`, showStat(ref, stat_filter.SERVER, sid)));
  return $multi(row);
}

export function weight(client: ClientFields, backendName: unknown, serverName: unknown): Result<Weight> {
  const [command, invalid] = getWeight(backendName, serverName);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = read(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const parsed = parse_weight(answer);
  if (parsed === undefined) return $multi(undefined, statsError("refused", `unexpected answer: ${answer}`, command, answer));
  return $multi(parsed);
}

/** The "show servers state" row of one server (by name or numeric id), decoded. */
export function state(client: ClientFields, backendName: unknown, serverRef: unknown): Result<ServerState> {
  const [command, invalid] = showServersState(backendName);
  if (command === undefined) return $multi(undefined, invalid);
  const [name, problem] = proxyRef(serverRef);
  if (name === undefined) return $multi(undefined, invalidName("server", serverRef, problem));
  const id = numericId(name);
  const [answer, err] = read(client, command);
  if (answer === undefined) return $multi(undefined, err);
  for (const row of parse_servers_state(answer)) {
    if (id !== undefined ? row.srv_id === id : row.srv_name === name) return $multi(row);
  }
  return $multi(undefined, statsError("not_found", `no such server: ${backendName as string}/${tostring(serverRef)}`, command));
}

const ADDRESS_ORDER = ordered(["address", "port"]);

/** A server's address and port, as "show servers state" reports them (port 0: none configured). */
export function address(client: ClientFields, backendName: unknown, serverRef: unknown): Result<Address> {
  const [row, err] = state(client, backendName, serverRef);
  if (row === undefined) return $multi(undefined, err);
  return $multi(setmetatable({ address: tostring(row.srv_addr), port: (row.srv_port as number) ?? 0 }, ADDRESS_ORDER));
}
