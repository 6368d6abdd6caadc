/**
 * Every proxy as "show stat" walks them, from HAProxy's own tables
 * (core.frontends, core.backends, Proxy.servers): built once, in-process.
 * The in-process rows (local.ts) and the socket plan (plan.ts) share it.
 */
/** One proxy as "show stat" walks it. */
export interface LocalProxy {
  proxy: Proxy;
  id: number;
  name: string;
  frontend: boolean;
  backend: boolean;
  /** Configured servers, in id order ("show stat"'s). */
  servers: Server[];
  /** The same servers by id (puid). */
  byPuid: LuaTable<number, Server>;
}

let proxies: LocalProxy[] | undefined;
let byId: LuaTable<string, LocalProxy> | undefined;

function serversOf(proxy: Proxy): Server[] {
  const list: Server[] = [];
  for (const [, server] of pairs(proxy.servers)) list[list.length] = server;
  table.sort(list, (a, b) => (tonumber(a.puid) as number) < (tonumber(b.puid) as number));
  return list;
}

/**
 * Every proxy, in "show stat" order (by id). Built once: HAProxy 2.6
 * creates no proxy at runtime, and its Lua tables of proxies and servers
 * are made once after the configuration is parsed.
 */
export function localProxies(): LocalProxy[] {
  if (proxies !== undefined) return proxies;
  const found = new LuaTable<string, LocalProxy>();
  const list: LocalProxy[] = [];
  for (const [side, table] of [["frontend", core.frontends], ["backend", core.backends]] as const) {
    for (const [name, proxy] of pairs(table)) {
      let entry = found.get(proxy.uuid);
      if (entry === undefined) {
        entry = { proxy, id: tonumber(proxy.uuid) as number, name, frontend: false, backend: false, servers: [], byPuid: new LuaTable() };
        found.set(proxy.uuid, entry);
        list[list.length] = entry;
      }
      if (side === "frontend") entry.frontend = true;
      else {
        entry.backend = true;
        entry.servers = serversOf(proxy);
        for (const server of entry.servers) entry.byPuid.set(tonumber(server.puid) as number, server);
      }
    }
  }
  table.sort(list, (a, b) => a.id < b.id);
  proxies = list;
  byId = found;
  return list;
}

/** The proxy "show stat <ref>" picks: by numeric id, else by name (as core.proxies, then backends, then frontends). */
export function localProxy(ref: string): LocalProxy | undefined {
  const list = localProxies();
  const id = tonumber(ref);
  if (id !== undefined) return list.find((entry) => entry.id === id);
  const proxy = core.proxies.get(ref) ?? core.backends.get(ref) ?? core.frontends.get(ref);
  return proxy === undefined ? undefined : (byId as LuaTable<string, LocalProxy>).get(proxy.uuid);
}
