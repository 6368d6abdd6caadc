/**
 * "show stat" rows read in-process, from HAProxy's own objects
 * (Proxy/Server/Listener get_stats()): no socket, no text to parse. All
 * 11,003 rows of 1,000 backends x 10 servers in about 150 ms, where the
 * socket needs 1,000+ commands and a parse of 2.3 MB.
 *
 * Read in 2.6's hlua_fcn.c and stats.c, measured on 2.6.12:
 * - every get_stats() fills one array shared by the process, and each row
 *   type's fill function (stats_fill_fe/li/sv/be_stats) sets only its own
 *   fields. The others keep what the last call that set them left: a
 *   backend row read after a server carries that server's addr. So a row
 *   keeps only the fields of its type (FIELDS, the cases of those fill
 *   functions; 2.6.12 adds agg_server_status and agg_check_status to the
 *   backend's), and the ones "show stat" prints empty are "".
 * - a proxy with a backend side answers its BACKEND row: a listen section's
 *   FRONTEND row is read on the socket ("show stat <id> 1 -1").
 * - a listener without "option socket-stats" fills nothing and answers
 *   the previous call's fields: its row is kept only when it names itself.
 * - servers added at runtime are not in Proxy.servers: a backend that has
 *   any (servers/local.ts knows) has its server rows read on the socket.
 * The fields are 2.6's: on another version every row comes from the socket.
 */
import type { ClientFields } from "../core/client";
import type { StatsError } from "../core/errors";
import { value } from "../core/fields";
import { atLevel } from "../core/level";
import { parse_stats } from "./parsers";
import { planStat, showStat } from "./plan";
import type { LocalProxy } from "./proxylist";
import { stat_filter, stats_types, type Row } from "./types";

/** The fields each row type fills, in HAProxy 2.6 (see above). */
const FILLED: Record<number, string> = {
  [stats_types.FRONTEND]:
    "pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type rate rate_lim rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other req_rate req_rate_max req_tot comp_in comp_out comp_byp comp_rsp mode conn_rate conn_rate_max conn_tot intercepted dcon dses wrew cache_lookups cache_hits eint",
  [stats_types.SOCKET]: "pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type addr mode dcon dses wrew eint",
  [stats_types.SERVER]:
    "pxname svname qcur qmax scur smax slim stot bin bout dresp econ eresp wretr wredis status weight act bck chkfail chkdown lastchg downtime qlimit pid iid sid throttle lbtot tracked type rate rate_max check_status check_code check_duration hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_tot cli_abrt srv_abrt lastsess last_chk last_agt qtime ctime rtime ttime agent_status agent_code agent_duration check_desc agent_desc check_rise check_fall check_health agent_rise agent_fall agent_health addr cookie mode wrew connect reuse srv_icur src_ilim qtime_max ctime_max rtime_max ttime_max eint idle_conn_cur safe_conn_cur used_conn_cur need_conn_est uweight",
  [stats_types.BACKEND]:
    "pxname svname qcur qmax scur smax slim stot bin bout dreq dresp econ eresp wretr wredis status weight act bck chkdown lastchg downtime pid iid sid lbtot type rate rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess qtime ctime rtime ttime cookie mode algo wrew connect reuse cache_lookups cache_hits qtime_max ctime_max rtime_max ttime_max eint uweight agg_server_check_status agg_server_status agg_check_status",
};

/** Per row type, the set of fields it fills. */
export const FIELDS = new LuaTable<number, LuaTable<string, boolean>>();
for (const [rowType, list] of pairs(FILLED)) {
  const set = new LuaTable<string, boolean>();
  for (const [name] of string.gmatch(list, "%S+")) set.set(name, true);
  FIELDS.set(rowType, set);
}

/**
 * The fields HAProxy 2.6 fills as text (mkf_str in the fill functions); every
 * other field is an integer or empty, in every row type.
 */
export const TEXT_FIELDS = new LuaTable<string, boolean>();
for (const [name] of string.gmatch("pxname svname status check_status last_chk last_agt agent_status check_desc agent_desc addr cookie mode algo tracked", "%S+")) {
  TEXT_FIELDS.set(name, true);
}

/** Listener rows come with this bit of the filter, beside frontends. */
const SOCKET_BIT = 8;
const EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT;

/**
 * Backends that have (or had) servers added at runtime, by name: their server
 * rows are read on the socket. Told by whoever adds one (servers/lifecycle.ts,
 * the restore after a reload, the state task when it sees one); never
 * forgotten, since a deleted server's id is not reused in the rows.
 */
const withAdded = new LuaTable<string, boolean>();

export function noteAddedServer(backend: string): void {
  withAdded.set(backend, true);
}

let checked: boolean | undefined;

/** Whether rows may be read in-process for this client: inside HAProxy 2.6, on a socket at level operator or admin. */
export function readsInProcess(client: ClientFields): boolean {
  if (checked === undefined) {
    const version = core.get_info().get("Version");
    checked = string.match(tostring(version), "^2%.6[%.%-]")[0] !== undefined;
  }
  return checked && atLevel(client, "operator");
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
        const server = opening ? entry.byPuid.get(sid) : undefined;
        if (server !== undefined) out[out.length] = server.get_stats();
      } else {
        for (let index = from; index < to; index++) out[out.length] = servers[index].get_stats();
      }
    }
  }
  if (closing && entry.backend && (wanted & stat_filter.BACKEND) !== 0) out[out.length] = entry.proxy.get_stats();
  return undefined;
}

/** `row` as the socket's parse makes it: only its type's fields, every one of `names` present ("" when empty). */
export function complete(row: Row, names: string[]): Row {
  const filled = FIELDS.get(row.get("type") as number);
  if (filled === undefined) return row;
  for (const name of names) {
    const given = row.get(name);
    if (!filled.has(name) || given === undefined) row.set(name, "");
    else if (type(given) === "string") row.set(name, value(given as string)); // "2" is 2, as the socket's parse makes it
  }
  return row;
}
