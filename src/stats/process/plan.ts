/**
 * Inside HAProxy, which "show stat" commands read a selection of rows
 * without any answer outgrowing one buffer (see client.ts). The proxy and
 * server ids come from HAProxy's own tables (proxylist.ts), in-process, so
 * the plan costs no round trip.
 */
import { localProxies, localProxy, type LocalProxy } from "./proxylist";
import { stat_filter } from "./types";

/** "show stat <proxy> <mask> <sid>": proxy "-1" for all, mask a stat_filter sum, sid -1 for all. */
export function showStat(proxy: string, mask: number, sid: number): string {
  return string.format("show stat %s %d %d", proxy, mask, sid);
}

/** Above this many servers a proxy's rows are read one server at a time. */
export const SERVERS_PER_COMMAND = 30;
/** Listener rows ("SOCKET") come with this bit of the filter, beside frontends. */
const SOCKET_BIT = 8;
const EVERYTHING = stat_filter.FRONTEND | stat_filter.BACKEND | stat_filter.SERVER | SOCKET_BIT;

function commandsFor(entry: LocalProxy, mask: number, commands: string[]): void {
  const id = tostring(entry.id);
  const wanted = mask === stat_filter.ANY ? EVERYTHING : mask;
  const ids = (wanted & stat_filter.SERVER) !== 0 ? entry.serverIds : [];
  if (ids.length <= SERVERS_PER_COMMAND) {
    commands[commands.length] = showStat(id, wanted, -1);
    return;
  }
  const front = wanted & (stat_filter.FRONTEND | SOCKET_BIT);
  if (front !== 0) commands[commands.length] = showStat(id, front, -1);
  for (const sid of ids) commands[commands.length] = showStat(id, stat_filter.SERVER, sid);
  if ((wanted & stat_filter.BACKEND) !== 0) commands[commands.length] = showStat(id, stat_filter.BACKEND, -1);
}

/**
 * The commands that read `proxy` ("-1" for all) filtered by `mask` and `sid`
 * (-1 for all servers), each answer small. An unknown proxy gets one plain
 * command, so that HAProxy itself answers "No such proxy.".
 */
export function planStat(proxy: string, mask: number, sid: number): string[] {
  const commands: string[] = [];
  if (proxy === "-1") {
    for (const each of localProxies()) commandsFor(each, mask, commands);
    return commands;
  }
  const found = sid === -1 ? localProxy(proxy) : undefined;
  if (found === undefined) return [showStat(proxy, mask, sid)];
  commandsFor(found, mask, commands);
  return commands;
}
