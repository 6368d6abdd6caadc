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
 * are listed again after a server was added to it or deleted from it:
 * HAProxy's SERVER_ADD and SERVER_DEL events say so, and so does the
 * library when it adds or deletes one itself (the event comes a moment
 * later). In between, a deleted server's object answers nil to every call:
 * readers skip it.
 *
 * Listing costs: from 2.8 each step of pairs() over core.backends or
 * Proxy.servers makes new Proxy and Server objects. Measured at 1,000 x 10
 * on 3.2.26: the whole list took the first GET /stats after start to its
 * first rows in 47-57 ms (6 ms once listed), so the service lists at init
 * there (warmProxyList), and a change lists again only the backend it
 * concerns.
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
  /** A server's index in those arrays (0-based), by name. */
  byName: LuaTable<string, number>;
}

let proxies: LocalProxy[] | undefined;
let byId: LuaTable<number, LocalProxy> | undefined;
/** The proxies with a backend side, by name (as core.backends). */
let backendsByName: LuaTable<string, LocalProxy> | undefined;
/** Backends whose servers were added or deleted since they were listed (live server tables only); ALL: every one. */
const ALL = "";
let changedBackends = new LuaTable<string, boolean>();
let anyChanged = false;

function listServers(entry: LocalProxy): void {
  const found: [number, Server][] = [];
  for (const [, server] of pairs(entry.proxy.servers)) found[found.length] = [serverId(server), server];
  table.sort(found, (a, b) => a[0] < b[0]);
  const servers: Server[] = [];
  const ids: number[] = [];
  const names: string[] = [];
  const byId = new LuaTable<number, number>();
  const byName = new LuaTable<string, number>();
  for (let index = 0; index < found.length; index++) {
    const [id, server] = found[index];
    servers[index] = server;
    ids[index] = id;
    names[index] = serverName(server);
    byId.set(id, index);
    byName.set(names[index], index);
  }
  entry.servers = servers;
  entry.serverIds = ids;
  entry.serverNames = names;
  entry.byId = byId;
  entry.byName = byName;
}

/** Says `backend`'s servers changed (added or deleted; every backend's when not said): the next look lists them again, where Lua's tables are live. */
export function noteServersChanged(backend?: string): void {
  if (!capabilities().liveServers) return;
  changedBackends.set(backend ?? ALL, true);
  anyChanged = true;
}

function onServerSetEvent(this: void, _event: string, data: ServerEvent): void {
  noteServersChanged(data.proxy_name);
}

/** Subscribes to HAProxy's server add and delete events, where it has them. */
function watchServerSet(): void {
  const caps = capabilities();
  if (!caps.liveServers || !caps.eventBus) return;
  const [subscribed] = pcall(core.event_sub!, ["SERVER_ADD", "SERVER_DEL"], onServerSetEvent);
  // Not allowed in this context: list them again at every look rather than miss one.
  if (!subscribed) noteServersChanged();
}

/** Lists again the servers of the backends said to have changed. */
function listChanged(list: LocalProxy[]): void {
  const changed = changedBackends;
  changedBackends = new LuaTable();
  anyChanged = false;
  const backends = backendsByName as LuaTable<string, LocalProxy>;
  if (changed.has(ALL)) {
    for (const entry of list) if (entry.backend) listServers(entry);
    return;
  }
  for (const [name] of changed) {
    const entry = backends.get(name);
    if (entry !== undefined) listServers(entry);
  }
}

/** Every proxy, in "show stat" order (by id), its servers current (see above). */
export function localProxies(): LocalProxy[] {
  if (proxies !== undefined) {
    if (anyChanged) listChanged(proxies);
    return proxies;
  }
  const found = new LuaTable<number, LocalProxy>();
  const backends = new LuaTable<string, LocalProxy>();
  const list: LocalProxy[] = [];
  for (const [side, table] of [["frontend", core.frontends], ["backend", core.backends]] as const) {
    for (const [name, proxy] of pairs(table)) {
      const id = proxyId(proxy);
      let entry = found.get(id);
      if (entry === undefined) {
        entry = { proxy, id, name, frontend: false, backend: false, servers: [], serverIds: [], serverNames: [], byId: new LuaTable(), byName: new LuaTable() };
        found.set(id, entry);
        list[list.length] = entry;
      }
      if (side === "frontend") entry.frontend = true;
      else {
        entry.backend = true;
        backends.set(name, entry);
        listServers(entry);
      }
    }
  }
  table.sort(list, (a, b) => a.id < b.id);
  proxies = list;
  byId = found;
  backendsByName = backends;
  watchServerSet();
  return list;
}

/**
 * Lists every proxy now (the service's init), not at the first request that
 * needs them, where listing is costly (2.8 and later). Before 2.8 it is
 * cheap (Lua's tables are made at start: 1.7 ms to the first rows of the
 * first GET /stats at 1,000 x 10 on 2.6.12), and left to the first use.
 */
export function warmProxyList(): void {
  if (capabilities().liveServers) localProxies();
}

/**
 * A server's object, from the list: no new Proxy and Server objects per
 * call (from 2.8 each lookup in core.backends makes both, some 3 KB of Lua
 * tables). Where the list is live, one whose server was deleted before the
 * list heard of it answers nil to get_name(): none, then.
 */
export function listedServer(backend: string, server: string): Server | undefined {
  localProxies();
  const entry = (backendsByName as LuaTable<string, LocalProxy>).get(backend);
  const index = entry?.byName.get(server);
  if (entry === undefined || index === undefined) return undefined;
  const found = entry.servers[index];
  if (capabilities().liveServers && found.get_name!() === undefined) return undefined;
  return found;
}

/** The proxy "show stat <ref>" picks: by numeric id, else by name (as core.proxies, then backends, then frontends). */
export function localProxy(ref: string): LocalProxy | undefined {
  const list = localProxies();
  const id = tonumber(ref);
  if (id !== undefined) return list.find((entry) => entry.id === id);
  const proxy = core.proxies.get(ref) ?? core.backends.get(ref) ?? core.frontends.get(ref);
  return proxy === undefined ? undefined : (byId as LuaTable<number, LocalProxy>).get(proxyId(proxy));
}
