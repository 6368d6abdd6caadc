/**
 * "show stat" rows read in-process, from HAProxy's own objects
 * (Proxy/Server/Listener get_stats()): no socket, no text to parse. All
 * 11,003 rows of 1,000 backends x 10 servers in about 150 ms, where the
 * socket needs 1,000+ commands and a parse of 2.3 MB.
 *
 * Read in hlua_fcn.c and stats.c (2.6 to 3.4), measured on 2.6.12, 3.0.11
 * and 3.2.26:
 * - every get_stats() fills one array shared by the process, and each row
 *   type's fill function sets only its own fields. The others keep what the
 *   last call that set them left: a backend row read after a server
 *   carries that server's addr. So a row keeps only the fields of its type
 *   (statfields.ts, per release), and the ones "show stat" prints empty
 *   are "".
 * - a proxy with a backend side answers its BACKEND row: a listen section's
 *   FRONTEND row is read on the socket ("show stat <id> 1 -1").
 * - a listener without "option socket-stats" fills nothing and answers
 *   the previous call's fields: its row is kept only when it names itself.
 * - before 2.8, servers added at runtime are not in Proxy.servers: a
 *   backend that has any (servers/local.ts knows) has its server rows read
 *   on the socket. From 2.8 they are listed (proxylist.ts).
 * On a release statfields.ts does not know, every row comes from the socket.
 */
import { execute, type ClientFields } from "../core/client";
import { statsError, type StatsError } from "../core/errors";
import { value } from "../core/fields";
import { capabilities } from "../core/capabilities";
import { atLevel } from "../core/level";
import { parse_stats, statFieldNames, statRowOrder } from "./parsers";
import { planStat, showStat } from "./plan";
import { noteServersChanged, type LocalProxy } from "./proxylist";
import { filledFields } from "./statfields";
import { stat_filter, stats_types, type Row } from "./types";

let fields: LuaTable<number, LuaTable<string, boolean>> | undefined;
let fieldsChecked = false;

/**
 * The fields each row type fills in the running HAProxy (statfields.ts),
 * once its "show stat" header (`names`) is known; undefined when its
 * release was not read, or when the header names a field the table lacks.
 */
function knownFields(names: string[] | undefined): LuaTable<number, LuaTable<string, boolean>> | undefined {
  if (fieldsChecked) return fields;
  if (names === undefined) return filledFields(capabilities().release);
  fieldsChecked = true;
  fields = filledFields(capabilities().release);
  if (fields === undefined) return undefined;
  const all = new LuaTable<string, boolean>();
  for (const [, set] of fields) for (const [name] of set) all.set(name, true);
  const unknown = names.filter((name) => !all.has(name));
  if (unknown.length > 0) {
    core.log(core.warning, `haproxy-api: show stat has fields this version of haproxy-api does not know (${table.concat(unknown, ", ")}): rows are read on the stats socket`);
    fields = undefined;
  }
  return fields;
}

/** The set of fields `rowType` fills (stats_types): in-process rows keep only these. */
export function fieldsOf(rowType: number): LuaTable<string, boolean> | undefined {
  return knownFields(statFieldNames())?.get(rowType);
}

/**
 * The standard "show stat" field names and their row order, read once on
 * the socket (a header-only "show stat -1 0 -1"): in-process rows are keyed
 * by the same names, in the order this HAProxy prints them.
 */
export function statHeader(client: ClientFields): LuaMultiReturn<[names: string[], order: LuaMetatable<object>] | [names: undefined, err: StatsError]> {
  let names = statFieldNames();
  if (names === undefined) {
    const [answer, err] = execute(client, "show stat -1 0 -1");
    if (answer === undefined) return $multi(undefined, err);
    parse_stats(answer);
    names = statFieldNames();
    if (names === undefined) return $multi(undefined, statsError("refused", "show stat printed no header", "show stat -1 0 -1", answer));
  }
  return $multi(names, statRowOrder() as LuaMetatable<object>);
}

/** Listener rows come with this bit of the filter, beside frontends. */
const SOCKET_BIT = 8;
const EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT;

/**
 * Backends that have (or had) servers added at runtime, by name, where Lua's
 * server tables do not list them (before 2.8): their server rows are read on
 * the socket. Told by whoever adds one (servers/lifecycle.ts, the restore
 * after a reload, the state task when it sees one); never forgotten, since a
 * deleted server's id is not reused in the rows. Where the tables are live,
 * the server list is made again instead (proxylist.ts).
 */
const withAdded = new LuaTable<string, boolean>();

export function noteAddedServer(backend: string): void {
  if (capabilities().liveServers) noteServersChanged(backend);
  else withAdded.set(backend, true);
}

/**
 * Whether rows may be read in-process for this client: where each row
 * type's fields are known (statfields.ts), on a socket at level operator or
 * admin. The header is read first (once), to check it against the table.
 */
export function readsInProcess(client: ClientFields): boolean {
  if (knownFields(undefined) === undefined || !atLevel(client, "operator")) return false;
  if (!fieldsChecked) {
    const [names] = statHeader(client);
    if (names === undefined) return false;
  }
  return knownFields(statFieldNames()) !== undefined;
}

function socketRows(client: ClientFields, commands: string[], read: (this: void, client: ClientFields, command: string) => LuaMultiReturn<[string] | [undefined, StatsError]>, rowType: number, out: Row[]): StatsError | undefined {
  for (const command of commands) {
    const [answer, err] = read(client, command);
    if (answer === undefined) return err;
    for (const row of parse_stats(answer)) if (row.get("type") === rowType) out[out.length] = row;
  }
  return undefined;
}

/** Servers `from` (0-based, included) to `to` (excluded) of a proxy: a big backend is read a slice at a time. */
export interface ServerSlice {
  from: number;
  to: number;
}

/**
 * Appends `entry`'s rows selected by `mask` and `sid` (as "show stat <id>
 * <mask> <sid>") to `out`, in "show stat" order. The rows read in-process
 * may hold other types' fields (see above): encode them through FIELDS, or
 * complete() them. `read` runs a command (reads.ts), for the few rows that
 * only the socket has. With `slice`, only those servers, the rows before
 * the servers with the first slice and the backend row with the last.
 */
export function entryRows(
  client: ClientFields,
  entry: LocalProxy,
  mask: number,
  sid: number,
  read: (this: void, client: ClientFields, command: string) => LuaMultiReturn<[string] | [undefined, StatsError]>,
  out: Row[],
  slice?: ServerSlice,
): StatsError | undefined {
  const wanted = mask === stat_filter.ANY ? EVERYTHING : mask;
  const from = slice?.from ?? 0;
  const to = slice?.to ?? entry.servers.length;
  const opening = from === 0;
  const closing = to >= entry.servers.length;
  if (opening && entry.frontend && (wanted & stat_filter.FRONTEND) !== 0) {
    if (!entry.backend) out[out.length] = entry.proxy.get_stats();
    else {
      const err = socketRows(client, [showStat(tostring(entry.id), stat_filter.FRONTEND, -1)], read, stats_types.FRONTEND, out);
      if (err !== undefined) return err;
    }
  }
  if (opening && entry.frontend && (wanted & SOCKET_BIT) !== 0) {
    const listeners: Row[] = [];
    for (const [name, listener] of pairs(entry.proxy.listeners)) {
      const row = listener.get_stats();
      // A listener without counters answers stale fields: keep only a row that names this listener.
      const own = row.get("type") === stats_types.SOCKET && row.get("svname") === name && row.get("iid") === entry.id;
      if (own && (sid === -1 || row.get("sid") === sid)) listeners[listeners.length] = row;
    }
    table.sort(listeners, (a, b) => (a.get("sid") as number) < (b.get("sid") as number));
    for (const row of listeners) out[out.length] = row;
  }
  if (entry.backend && (wanted & stat_filter.SERVER) !== 0) {
    if (withAdded.has(entry.name)) {
      if (opening) {
        const err = socketRows(client, planStat(tostring(entry.id), stat_filter.SERVER, sid), read, stats_types.SERVER, out);
        if (err !== undefined) return err;
      }
    } else {
      const servers = entry.servers;
      if (sid !== -1) {
        const index = opening ? entry.byId.get(sid) : undefined;
        const row = index === undefined ? undefined : servers[index].get_stats();
        if (row !== undefined) out[out.length] = row;
      } else {
        // A server deleted since the list was made answers nil: it has no row.
        for (let index = from; index < to; index++) {
          const row = servers[index].get_stats();
          if (row !== undefined) out[out.length] = row;
        }
      }
    }
  }
  if (closing && entry.backend && (wanted & stat_filter.BACKEND) !== 0) out[out.length] = entry.proxy.get_stats();
  return undefined;
}

/** `row` as the socket's parse makes it: only its type's fields, every one of `names` present ("" when empty). */
export function complete(row: Row, names: string[]): Row {
  const filled = fieldsOf(row.get("type") as number);
  if (filled === undefined) return row;
  for (const name of names) {
    const given = row.get(name);
    if (!filled.has(name) || given === undefined) row.set(name, "");
    else if (type(given) === "string") row.set(name, value(given as string)); // "2" is 2, as the socket's parse makes it
  }
  return row;
}
