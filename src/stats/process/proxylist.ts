/**
 * Every proxy as "show stat" walks them, from HAProxy's own tables
 * (core.frontends, core.backends, Proxy.servers), in-process. The
 * in-process rows (local.ts), the socket plan (plan.ts) and the events
 * watcher share it.
 *
 * HAProxy creates no proxy at runtime, so the proxies are listed once.
 * Their servers are listed once too where Lua's server tables never change
 * (before 2.8: built at start, runtime-added servers not in them). Where
 * they are live (2.8 and later, core/capabilities.ts), a backend's servers
 * are listed again after a server was added or deleted: HAProxy's
 * SERVER_ADD and SERVER_DEL events say so, and so does the library when it
 * adds or deletes one itself (the event comes a moment later). In between,
 * a deleted server's object answers nil to every call: readers skip it.
 */
import { capabilities } from "../core/capabilities";
import { proxyId, serverId, serverName } from "../core/objects";

/**
 * One proxy as "show stat" walks it. Its servers are three parallel
 * arrays, not a record each: at 1,000 servers records cost 220 KB of Lua
 * memory more (measured on 2.6.12), which a small tune.lua.maxmem feels.
 */
export interface LocalProxy {
  proxy: Proxy;
  id: number;
  name: string;
  frontend: boolean;
  backend: boolean;
  /** Its servers, in id order ("show stat"'s). */
  servers: Server[];
  /** Each server's id in the backend, the "sid" of "show stat" (puid), in the same order. */
  serverIds: number[];
  /** Each server's name, in the same order. */
  serverNames: string[];
  /** A server's index in those arrays (0-based), by id. */
  byId: LuaTable<number, number>;
}

let proxies: LocalProxy[] | undefined;
let byId: LuaTable<number, LocalProxy> | undefined;
/** Set when servers were added or deleted since the servers were listed (live server tables only). */
let serversChanged = false;

function listServers(entry: LocalProxy): void {
  const found: [number, Server][] = [];
  for (const [, server] of pairs(entry.proxy.servers)) found[found.length] = [serverId(server), server];
  table.sort(found, (a, b) => a[0] < b[0]);
  const servers: Server[] = [];
  const ids: number[] = [];
  const names: string[] = [];
  const byId = new LuaTable<number, number>();
  for (let index = 0; index < found.length; index++) {
    const [id, server] = found[index];
    servers[index] = server;
    ids[index] = id;
    names[index] = serverName(server);
    byId.set(id, index);
  }
  entry.servers = servers;
  entry.serverIds = ids;
  entry.serverNames = names;
  entry.byId = byId;
}

/** Says the servers changed (added or deleted): the next look lists them again, where Lua's tables are live. */
export function noteServersChanged(): void {
  if (capabilities().liveServers) serversChanged = true;
}

/** Subscribes to HAProxy's server add and delete events, where it has them; false where it cannot. */
function watchServerSet(): void {
  const caps = capabilities();
  if (!caps.liveServers || !caps.eventBus) return;
  const [subscribed] = pcall(core.event_sub!, ["SERVER_ADD", "SERVER_DEL"], () => {
    serversChanged = true;
  });
  // Not allowed in this context: list them again at every look rather than miss one.
  if (!subscribed) serversChanged = true;
}

/** Every proxy, in "show stat" order (by id), its servers current (see above). */
export function localProxies(): LocalProxy[] {
  if (proxies !== undefined) {
    if (serversChanged) {
      serversChanged = false;
      for (const entry of proxies) if (entry.backend) listServers(entry);
    }
    return proxies;
  }
  const found = new LuaTable<number, LocalProxy>();
  const list: LocalProxy[] = [];
  for (const [side, table] of [["frontend", core.frontends], ["backend", core.backends]] as const) {
    for (const [name, proxy] of pairs(table)) {
      const id = proxyId(proxy);
      let entry = found.get(id);
      if (entry === undefined) {
        entry = { proxy, id, name, frontend: false, backend: false, servers: [], serverIds: [], serverNames: [], byId: new LuaTable() };
        found.set(id, entry);
        list[list.length] = entry;
      }
      if (side === "frontend") entry.frontend = true;
      else {
        entry.backend = true;
        listServers(entry);
      }
    }
  }
  table.sort(list, (a, b) => a.id < b.id);
  proxies = list;
  byId = found;
  watchServerSet();
  return list;
}

/** The proxy "show stat <ref>" picks: by numeric id, else by name (as core.proxies, then backends, then frontends). */
export function localProxy(ref: string): LocalProxy | undefined {
  const list = localProxies();
  const id = tonumber(ref);
  if (id !== undefined) return list.find((entry) => entry.id === id);
  const proxy = core.proxies.get(ref) ?? core.backends.get(ref) ?? core.frontends.get(ref);
  return proxy === undefined ? undefined : (byId as LuaTable<number, LocalProxy>).get(proxyId(proxy));
}
