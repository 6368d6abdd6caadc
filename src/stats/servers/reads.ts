/** Server reads: the rows of a backend's servers, one server's row, weight, state and address. */
import { executeEach, insideHAProxy, type ClientFields } from "../core/client";
import { statsError } from "../core/errors";
import { ordered } from "../core/fields";
import { invalidName, nameProblem, numericId, proxyRef, serverNamesProblem } from "../core/names";
import type { Result } from "../core/result";
import { showStat } from "../process/plan";
import { answerError } from "../core/errors";
import { readsInProcess } from "../process/local";
import { localProxies, localProxy } from "../process/proxylist";
import { localGroups, notFoundAs, ofType, read, statRows, wholeGroup, type RowGroups } from "../process/reads";
import { stat_filter, stats_types, type Row } from "../process/types";
import { serverId } from "../core/objects";
import { localServer } from "./local";
import { parse_servers_state, parse_weight, weightOf } from "./parsers";
import type { Address, ServerState, Weight } from "./types";

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

/**
 * The server rows of a backend a group at a time (process/reads.ts), for an
 * answer sent in pieces; not_found, before any row, when there is no such
 * backend. Keep only the server rows.
 */
export function serverGroups(client: ClientFields, backendRef: unknown): Result<RowGroups> {
  const [ref, problem] = proxyRef(backendRef);
  if (ref === undefined) return $multi(undefined, invalidName("backend", backendRef, problem));
  if (insideHAProxy() && readsInProcess(client)) {
    const entry = localProxy(ref);
    if (entry === undefined || !entry.backend) return $multi(undefined, statsError("not_found", `no such backend: ${ref}`, showStat(ref, stat_filter.SERVER, -1)));
    return localGroups(client, [entry], stat_filter.SERVER, -1);
  }
  const [rows, err] = servers(client, ref);
  if (rows === undefined) return $multi(undefined, err);
  return $multi(wholeGroup(rows));
}

/** The server id HAProxy has for `name` in `backend`, in-process; undefined when unknown here. */
function localServerId(backendRef: string, name: string): number | undefined {
  const found = localServer(backendRef, name);
  return found === undefined ? undefined : serverId(found);
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

/**
 * The initial weight of each server reached in-process, read once on the
 * socket: it comes from the configuration (or "add server") and nothing at
 * runtime changes it (set weight and the state file change the current
 * one), and HAProxy's Server class has no call for it. Keyed by the Server
 * object the proxy list holds (process/proxylist.ts), weakly: a server
 * deleted and added again under its name is listed afresh, as a new object.
 */
const initialWeights = setmetatable(new LuaTable<Server, number>(), { __mode: "k" });

export function weight(client: ClientFields, backendName: unknown, serverName: unknown): Result<Weight> {
  const invalid = serverNamesProblem(backendName, serverName);
  if (invalid !== undefined) return $multi(undefined, invalid);
  // In-process for a configured server: Server:get_weight() is "get weight"'s current (uweight).
  const local = localServer(backendName as string, serverName as string);
  const initial = local === undefined ? undefined : initialWeights.get(local);
  if (initial !== undefined) return $multi(weightOf((local as Server).get_weight(), initial));
  const command = `get weight ${backendName as string}/${serverName as string}`;
  const [answer, err] = read(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const parsed = parse_weight(answer);
  if (parsed === undefined) return $multi(undefined, statsError("refused", `unexpected answer: ${answer}`, command, answer));
  if (local !== undefined) initialWeights.set(local, parsed.initial);
  return $multi(parsed);
}

/** Every server of a backend as "show servers state" lists it, decoded. */
export function states(client: ClientFields, backendName: unknown): Result<ServerState[]> {
  const problem = nameProblem(backendName);
  if (problem !== undefined) return $multi(undefined, invalidName("backend", backendName, problem));
  const [answer, err] = read(client, `show servers state ${backendName as string}`);
  if (answer === undefined) return $multi(undefined, notFoundAs(err, `no such backend: ${backendName as string}`));
  return $multi(parse_servers_state(answer));
}

/** The "show servers state" row of one server (by name or numeric id), decoded. */
export function state(client: ClientFields, backendName: unknown, serverRef: unknown): Result<ServerState> {
  const [name, problem] = proxyRef(serverRef);
  if (name === undefined) return $multi(undefined, invalidName("server", serverRef, problem));
  const [all, err] = states(client, backendName);
  if (all === undefined) return $multi(undefined, err);
  const id = numericId(name);
  for (const row of all) {
    if (id !== undefined ? row.srv_id === id : row.srv_name === name) return $multi(row);
  }
  return $multi(undefined, statsError("not_found", `no such server: ${backendName as string}/${tostring(serverRef)}`, `show servers state ${backendName as string}`));
}

/**
 * "show servers state" of every backend, as HAProxy prints it: the format
 * version, the header, a line per server, the empty line; what a
 * server-state-file holds. Inside HAProxy it is read one backend at a time
 * on one session, each answer small (core.tcp() stalls past one buffer),
 * and joined under the first answer's two lines. With `ownPid`, the session
 * must be that process's: just after a reload a connection to the socket
 * may still reach the old one.
 */
export function statesText(client: ClientFields, ownPid?: string): Result<string> {
  if (!insideHAProxy()) return read(client, "show servers state");
  const commands: string[] = ownPid === undefined ? [] : ["show info"];
  for (const entry of localProxies()) {
    if (entry.backend) commands[commands.length] = `show servers state ${entry.name}`;
  }
  if (commands.length === (ownPid === undefined ? 0 : 1)) return read(client, "show servers state");
  const [answers, err] = executeEach(client, commands);
  if (answers === undefined) return $multi(undefined, err);
  const first = ownPid === undefined ? 0 : 1;
  if (ownPid !== undefined) {
    const [pid] = string.match(answers[0], "Pid: (%d+)");
    if (pid !== ownPid) return $multi(undefined, statsError("refused", `the stats socket answered for process ${tostring(pid)}, not this one (${ownPid}): a reload is under way`, "show info"));
  }
  const lines: string[] = [];
  for (let index = first; index < answers.length; index++) {
    const refused = answerError(commands[index], answers[index]);
    if (refused !== undefined) return $multi(undefined, refused);
    let number = 0;
    for (const [line] of string.gmatch(answers[index], "([^\n]*)\n")) {
      number++;
      if (line !== "" && (number > 2 || index === first)) lines[lines.length] = line;
    }
  }
  lines[lines.length] = "";
  lines[lines.length] = "";
  return $multi(table.concat(lines, "\n"));
}

const ADDRESS_ORDER = ordered(["address", "port"]);

/** A server's address and port, as "show servers state" reports them (port 0: none configured). */
export function address(client: ClientFields, backendName: unknown, serverRef: unknown): Result<Address> {
  const [row, err] = state(client, backendName, serverRef);
  if (row === undefined) return $multi(undefined, err);
  return $multi(setmetatable({ address: tostring(row.srv_addr), port: (row.srv_port as number) ?? 0 }, ADDRESS_ORDER));
}
