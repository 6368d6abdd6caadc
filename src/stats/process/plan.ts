/**
 * Inside HAProxy, which "show stat" commands read a selection of rows
 * without any answer outgrowing one buffer (see client.ts). HAProxy's own
 * proxy and server tables (core.frontends, core.backends, Proxy.servers)
 * give the ids, in-process, so the plan costs no round trip.
 */
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

/** Every proxy, frontends and backends (core.proxies hides one of two namesakes), in "show stat" order. */
export function allProxies(): Proxy[] {
  const seen = new LuaTable<string, boolean>();
  const proxies: Proxy[] = [];
  for (const list of [core.frontends, core.backends]) {
    for (const [, proxy] of pairs(list)) {
      if (!seen.has(proxy.uuid)) {
        seen.set(proxy.uuid, true);
        proxies[proxies.length] = proxy;
      }
    }
  }
  // Ids are strings in HAProxy's Lua API: compare them as numbers.
  table.sort(proxies, (a, b) => (tonumber(a.uuid) as number) < (tonumber(b.uuid) as number));
  return proxies;
}

/** The proxy "show stat <ref>" would pick: by numeric id, else by name. */
export function findProxy(ref: string): Proxy | undefined {
  if (tonumber(ref) !== undefined) return allProxies().find((proxy) => tonumber(proxy.uuid) === tonumber(ref));
  return core.proxies.get(ref) ?? core.backends.get(ref) ?? core.frontends.get(ref);
}

/** The server ids of a proxy, ascending (the order "show stat" lists them in). */
export function serverIds(proxy: Proxy): number[] {
  const ids: number[] = [];
  for (const [, server] of pairs(proxy.servers)) ids[ids.length] = tonumber(server.puid) as number;
  table.sort(ids);
  return ids;
}

function commandsFor(proxy: Proxy, mask: number, commands: string[]): void {
  const id = proxy.uuid;
  const wanted = mask === stat_filter.ANY ? EVERYTHING : mask;
  const ids = (wanted & stat_filter.SERVER) !== 0 ? serverIds(proxy) : [];
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
    for (const each of allProxies()) commandsFor(each, mask, commands);
    return commands;
  }
  const found = sid === -1 ? findProxy(proxy) : undefined;
  if (found === undefined) return [showStat(proxy, mask, sid)];
  commandsFor(found, mask, commands);
  return commands;
}
