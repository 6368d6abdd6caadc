/**
 * require("haproxy.stats"): the high-level Lua binding for HAProxy's runtime
 * API (stats socket), usable inside HAProxy and from plain Lua.
 *
 * The Lua-facing surface is lua-haproxy's, built by hand because TSTL's
 * classes do not give it: `stats.Client(address, port, timeout)` and
 * `stats.Client.new(...)` both construct; methods are colon-calls;
 * `getmetatable(client) == stats.Client`; a fresh client holds exactly
 * `address`, `port` and `timeout`.
 */
import { DEFAULT_ADDRESS, DEFAULT_TIMEOUT, execute, type ClientFields } from "./client";
import { statsError, type StatsError } from "./errors";
import { decode_admin_state, decode_operational_state, parse_info, parse_servers_state, parse_stats, parse_weight } from "./parsers";
import { parse_acl_entries, parse_lookup, parse_map_entries, parse_pattern_list } from "./pattern_parsers";
import * as patterns from "./patterns";
import * as reads from "./reads";
import type { TableFilter } from "./table_commands";
import { parse_table, parse_tables } from "./table_parsers";
import * as tables from "./tables";
import { stats_types } from "./types";
import * as writes from "./writes";

type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;

/** A client: its three fields, with the methods reached through its metatable. */
export interface Client extends ClientFields {
  execute(this: Client, command: string): Result<string>;
  stats(this: Client): ReturnType<typeof reads.stats>;
  info(this: Client): ReturnType<typeof reads.info>;
  get_frontends(this: Client): ReturnType<typeof reads.frontends>;
  get_frontend(this: Client, idOrName: unknown): ReturnType<typeof reads.frontend>;
  get_backends(this: Client): ReturnType<typeof reads.backends>;
  get_backend(this: Client, idOrName: unknown): ReturnType<typeof reads.backend>;
  get_servers(this: Client, backend: unknown): ReturnType<typeof reads.servers>;
  get_server(this: Client, backend: unknown, idOrName: unknown): ReturnType<typeof reads.server>;
  get_weight(this: Client, backend: unknown, server: unknown): ReturnType<typeof reads.weight>;
  set_weight(this: Client, backend: unknown, server: unknown, weight: unknown): ReturnType<typeof writes.setWeight>;
  get_state(this: Client, backend: unknown, server: unknown): ReturnType<typeof reads.state>;
  set_state(this: Client, backend: unknown, server: unknown, state: unknown): ReturnType<typeof writes.setState>;
  set_health(this: Client, backend: unknown, server: unknown, health: unknown): ReturnType<typeof writes.setHealth>;
  enable_server(this: Client, backend: unknown, server: unknown): ReturnType<typeof writes.enableServer>;
  disable_server(this: Client, backend: unknown, server: unknown): ReturnType<typeof writes.disableServer>;
  get_address(this: Client, backend: unknown, server: unknown): ReturnType<typeof reads.address>;
  set_address(this: Client, backend: unknown, server: unknown, address: unknown, port?: unknown): ReturnType<typeof writes.setServerAddress>;
  get_maps(this: Client): ReturnType<typeof patterns.list>;
  get_map(this: Client, ref: unknown): ReturnType<typeof patterns.entries>;
  get_map_entry(this: Client, ref: unknown, keyOrId: unknown): ReturnType<typeof patterns.entry>;
  lookup_map(this: Client, ref: unknown, input: unknown): ReturnType<typeof patterns.lookup>;
  add_map_entry(this: Client, ref: unknown, key: unknown, value: unknown): ReturnType<typeof patterns.addMapEntry>;
  set_map_entry(this: Client, ref: unknown, keyOrId: unknown, value: unknown): ReturnType<typeof patterns.setMapEntry>;
  del_map_entry(this: Client, ref: unknown, keyOrId: unknown): ReturnType<typeof patterns.delEntry>;
  clear_map(this: Client, ref: unknown): ReturnType<typeof patterns.clearEntries>;
  get_acls(this: Client): ReturnType<typeof patterns.list>;
  get_acl(this: Client, ref: unknown): ReturnType<typeof patterns.entries>;
  get_acl_entry(this: Client, ref: unknown, valueOrId: unknown): ReturnType<typeof patterns.entry>;
  lookup_acl(this: Client, ref: unknown, input: unknown): ReturnType<typeof patterns.lookup>;
  add_acl_entry(this: Client, ref: unknown, value: unknown): ReturnType<typeof patterns.addAclEntry>;
  del_acl_entry(this: Client, ref: unknown, valueOrId: unknown): ReturnType<typeof patterns.delEntry>;
  clear_acl(this: Client, ref: unknown): ReturnType<typeof patterns.clearEntries>;
  get_tables(this: Client): ReturnType<typeof tables.tables>;
  get_table(this: Client, name: unknown, options?: TableOptions): ReturnType<typeof tables.table>;
  get_table_entry(this: Client, name: unknown, key: unknown): ReturnType<typeof tables.entry>;
  clear_table(this: Client, name: unknown, key?: unknown): ReturnType<typeof tables.clear>;
}

/** get_table's options: `key`, or `filters` ({ data = "gpc0", operator = "gt", value = 0 }, up to 4). */
export interface TableOptions {
  key?: unknown;
  filters?: TableFilter[];
}

/** The class table: metatable of every client, callable as a constructor. */
export interface ClientClass extends Omit<Client, keyof ClientFields> {
  __index: ClientClass;
  new: (this: void, address?: string, port?: number, timeout?: number) => Client;
}

const ClientClass = {} as ClientClass;
ClientClass.__index = ClientClass;

ClientClass.new = (address?: string, port?: number, timeout?: number): Client =>
  setmetatable({ address: address ?? DEFAULT_ADDRESS, port, timeout: timeout ?? DEFAULT_TIMEOUT }, ClientClass) as unknown as Client;

setmetatable(ClientClass, {
  __call(this: ClientClass, address?: string, port?: number, timeout?: number) {
    return ClientClass.new(address, port, timeout);
  },
});

/** Sends `command` as is and returns HAProxy's raw answer. One command: CR and LF are refused. */
ClientClass.execute = function (this: Client, command: string): Result<string> {
  if (type(command) !== "string" || string.find(command, "[\r\n]")[0] !== undefined) {
    return $multi(undefined, statsError("invalid", "command must be one line of text"));
  }
  return execute(this, command);
};
ClientClass.stats = function (this: Client) { return reads.stats(this); };
ClientClass.info = function (this: Client) { return reads.info(this); };
ClientClass.get_frontends = function (this: Client) { return reads.frontends(this); };
ClientClass.get_frontend = function (this: Client, idOrName: unknown) { return reads.frontend(this, idOrName); };
ClientClass.get_backends = function (this: Client) { return reads.backends(this); };
ClientClass.get_backend = function (this: Client, idOrName: unknown) { return reads.backend(this, idOrName); };
ClientClass.get_servers = function (this: Client, backend: unknown) { return reads.servers(this, backend); };
ClientClass.get_server = function (this: Client, backend: unknown, idOrName: unknown) { return reads.server(this, backend, idOrName); };
ClientClass.get_weight = function (this: Client, backend: unknown, server: unknown) { return reads.weight(this, backend, server); };
ClientClass.set_weight = function (this: Client, backend: unknown, server: unknown, weight: unknown) { return writes.setWeight(this, backend, server, weight); };
ClientClass.get_state = function (this: Client, backend: unknown, server: unknown) { return reads.state(this, backend, server); };
ClientClass.set_state = function (this: Client, backend: unknown, server: unknown, state: unknown) { return writes.setState(this, backend, server, state); };
ClientClass.set_health = function (this: Client, backend: unknown, server: unknown, health: unknown) { return writes.setHealth(this, backend, server, health); };
ClientClass.enable_server = function (this: Client, backend: unknown, server: unknown) { return writes.enableServer(this, backend, server); };
ClientClass.disable_server = function (this: Client, backend: unknown, server: unknown) { return writes.disableServer(this, backend, server); };
ClientClass.get_address = function (this: Client, backend: unknown, server: unknown) { return reads.address(this, backend, server); };
ClientClass.set_address = function (this: Client, backend: unknown, server: unknown, address: unknown, port?: unknown) { return writes.setServerAddress(this, backend, server, address, port); };
ClientClass.get_maps = function (this: Client) { return patterns.list(this, "map"); };
ClientClass.get_map = function (this: Client, ref: unknown) { return patterns.entries(this, "map", ref); };
ClientClass.get_map_entry = function (this: Client, ref: unknown, keyOrId: unknown) { return patterns.entry(this, "map", ref, keyOrId); };
ClientClass.lookup_map = function (this: Client, ref: unknown, input: unknown) { return patterns.lookup(this, "map", ref, input); };
ClientClass.add_map_entry = function (this: Client, ref: unknown, key: unknown, value: unknown) { return patterns.addMapEntry(this, ref, key, value); };
ClientClass.set_map_entry = function (this: Client, ref: unknown, keyOrId: unknown, value: unknown) { return patterns.setMapEntry(this, ref, keyOrId, value); };
ClientClass.del_map_entry = function (this: Client, ref: unknown, keyOrId: unknown) { return patterns.delEntry(this, "map", ref, keyOrId); };
ClientClass.clear_map = function (this: Client, ref: unknown) { return patterns.clearEntries(this, "map", ref); };
ClientClass.get_acls = function (this: Client) { return patterns.list(this, "acl"); };
ClientClass.get_acl = function (this: Client, ref: unknown) { return patterns.entries(this, "acl", ref); };
ClientClass.get_acl_entry = function (this: Client, ref: unknown, valueOrId: unknown) { return patterns.entry(this, "acl", ref, valueOrId); };
ClientClass.lookup_acl = function (this: Client, ref: unknown, input: unknown) { return patterns.lookup(this, "acl", ref, input); };
ClientClass.add_acl_entry = function (this: Client, ref: unknown, value: unknown) { return patterns.addAclEntry(this, ref, value); };
ClientClass.del_acl_entry = function (this: Client, ref: unknown, valueOrId: unknown) { return patterns.delEntry(this, "acl", ref, valueOrId); };
ClientClass.clear_acl = function (this: Client, ref: unknown) { return patterns.clearEntries(this, "acl", ref); };
ClientClass.get_tables = function (this: Client) { return tables.tables(this); };
ClientClass.get_table = function (this: Client, name: unknown, options?: TableOptions) {
  const given = type(options) === "table" ? options : undefined;
  return tables.table(this, name, given?.key, given?.filters);
};
ClientClass.get_table_entry = function (this: Client, name: unknown, key: unknown) { return tables.entry(this, name, key); };
ClientClass.clear_table = function (this: Client, name: unknown, key?: unknown) { return tables.clear(this, name, key); };

export {
  ClientClass as Client,
  stats_types,
  parse_stats,
  parse_info,
  parse_servers_state,
  parse_weight,
  decode_admin_state,
  decode_operational_state,
  parse_pattern_list,
  parse_map_entries,
  parse_acl_entries,
  parse_lookup,
  parse_tables,
  parse_table,
};
