/**
 * require("haproxy.stats"): the high-level Lua binding for HAProxy's runtime
 * API (stats socket), usable inside HAProxy and from plain Lua.
 *
 * The Lua-facing surface is lua-haproxy's, built by hand because TSTL's
 * classes do not give it: `stats.Client(address, port, timeout)` and
 * `stats.Client.new(...)` both construct; methods are colon-calls;
 * `getmetatable(client) == stats.Client`; a fresh client holds exactly
 * `address`, `port` and `timeout`. Every method is declared once, in
 * METHODS; those of the runtime operations follow from their declarations.
 */
import { DEFAULT_ADDRESS, DEFAULT_TIMEOUT, execute, insideHAProxy, type ClientFields } from "./core/client";
import { statsError } from "./core/errors";
import { parameterNames, perform, type Operation } from "./core/operation";
import type { Result } from "./core/result";
import { parse_acl_entries, parse_lookup, parse_map_entries, parse_pattern_list } from "./patterns/parsers";
import * as patterns from "./patterns/calls";
import { targetOf } from "./patterns/commands";
import { replaceAll } from "./patterns/replace";
import { clearCounters } from "./process/operations";
import { LIMIT_OPERATIONS, processLimits, setProcess } from "./process/limits";
import { parse_info, parse_stats } from "./process/parsers";
import * as process from "./process/reads";
import { stats_types } from "./process/types";
import { setFrontend, setFrontendMaxconn, setFrontendState } from "./proxies/operations";
import * as proxies from "./proxies/reads";
import { setServer, setServers, type ServerChange } from "./servers/changes";
import { drain, ready } from "./servers/drain";
import { add, remove } from "./servers/lifecycle";
import { pinServers } from "./servers/local";
import { SERVER_OPERATIONS } from "./servers/operations";
import { decode_admin_state, decode_operational_state, parse_servers_state, parse_weight } from "./servers/parsers";
import * as servers from "./servers/reads";
import * as certificates from "./certificates/calls";
import * as sessions from "./sessions/calls";
import { peers, resolvers } from "./process/cluster";
import type { TableFilter } from "./tables/commands";
import { parse_table, parse_tables } from "./tables/parsers";
import * as tables from "./tables/calls";

/** get_table's options: `key`, or `filters` ({ data = "gpc0", operator = "gt", value = 0 }, up to 4). */
export interface TableOptions {
  key?: unknown;
  filters?: TableFilter[];
}

type Method = (this: void, client: ClientFields, ...args: never[]) => unknown;

/** Sends `command` as is and returns HAProxy's raw answer. One command: CR and LF are refused. */
function executeOne(client: ClientFields, command: string): Result<string> {
  if (type(command) !== "string" || string.find(command, "[\r\n]")[0] !== undefined) {
    return $multi(undefined, statsError("invalid", "command must be one line of text"));
  }
  return execute(client, command);
}

/** A declared operation as a method: its targets, then its arguments, by position. */
function positional(op: Operation): Method {
  const names = parameterNames(op);
  return (client: ClientFields, ...args: unknown[]) => {
    const values = new LuaTable<string, unknown>();
    for (let index = 0; index < names.length; index++) values.set(names[index], args[index]);
    return perform(client, op, values);
  };
}

/** Every method of a client, by name: client:<name>(...) calls it with the client first. */
const METHODS: Record<string, Method> = {
  /** Sends `command` as is and returns HAProxy's raw answer. One command: CR and LF are refused. */
  execute: executeOne,
  /** lua-haproxy's: a new socket of the kind in use, core.tcp() inside HAProxy, LuaSocket's tcp() outside. */
  tcp: () => (insideHAProxy() ? core.tcp() : (require("socket") as { tcp: (this: void) => unknown }).tcp()),
  stats: process.stats,
  info: process.info,
  get_frontends: proxies.frontends,
  get_frontend: proxies.frontend,
  get_backends: proxies.backends,
  get_backend: proxies.backend,
  get_servers: servers.servers,
  get_server: servers.server,
  get_weight: servers.weight,
  get_state: servers.state,
  get_address: servers.address,
  /** set_server(backend, server, { weight = 5, admin_state = "drain", address = ..., port = ..., maxconn = ..., health_check = "disabled", ... }) */
  set_server: setServer,
  /** set_servers(backend, { { name = "web1", fields = {...} }, ... }): all or nothing. */
  set_servers: (client: ClientFields, backend: unknown, changes: ServerChange[]) => setServers(client, backend, changes),
  add_server: add,
  del_server: remove,
  /** drain(backend, server, { timeout = seconds, ["then"] = "maint", on_timeout = "shutdown_sessions" }) */
  drain: (client: ClientFields, backend: unknown, server: unknown, options?: unknown) => drain(client, backend, server, options),
  /** ready(backend, server, { ramp = seconds }) */
  ready: (client: ClientFields, backend: unknown, server: unknown, options?: unknown) => ready(client, backend, server, options),
  set_frontend: setFrontend,
  get_maps: (client: ClientFields) => patterns.list(client, "map"),
  get_map: (client: ClientFields, ref: unknown) => patterns.entries(client, "map", ref),
  get_map_entry: (client: ClientFields, ref: unknown, keyOrId: unknown) => patterns.entry(client, "map", ref, targetOf(keyOrId)),
  lookup_map: (client: ClientFields, ref: unknown, input: unknown) => patterns.lookup(client, "map", ref, input),
  add_map_entry: patterns.addMapEntry,
  set_map_entry: (client: ClientFields, ref: unknown, keyOrId: unknown, value: unknown) => patterns.setMapEntry(client, ref, targetOf(keyOrId), value),
  del_map_entry: (client: ClientFields, ref: unknown, keyOrId: unknown) => patterns.delEntry(client, "map", ref, targetOf(keyOrId)),
  clear_map: (client: ClientFields, ref: unknown) => patterns.clearEntries(client, "map", ref),
  replace_map: (client: ClientFields, ref: unknown, entries: unknown) => replaceAll(client, "map", ref, entries),
  get_acls: (client: ClientFields) => patterns.list(client, "acl"),
  get_acl: (client: ClientFields, ref: unknown) => patterns.entries(client, "acl", ref),
  get_acl_entry: (client: ClientFields, ref: unknown, valueOrId: unknown) => patterns.entry(client, "acl", ref, targetOf(valueOrId)),
  lookup_acl: (client: ClientFields, ref: unknown, input: unknown) => patterns.lookup(client, "acl", ref, input),
  add_acl_entry: patterns.addAclEntry,
  del_acl_entry: (client: ClientFields, ref: unknown, valueOrId: unknown) => patterns.delEntry(client, "acl", ref, targetOf(valueOrId)),
  clear_acl: (client: ClientFields, ref: unknown) => patterns.clearEntries(client, "acl", ref),
  replace_acl: (client: ClientFields, ref: unknown, entries: unknown) => replaceAll(client, "acl", ref, entries),
  get_tables: tables.tables,
  get_table: (client: ClientFields, name: unknown, options?: TableOptions) => {
    const given = type(options) === "table" ? options : undefined;
    return tables.table(client, name, given?.key, given?.filters);
  },
  get_table_entry: tables.entry,
  set_table_entry: tables.setEntry,
  clear_table: tables.clear,
  get_sessions: sessions.sessions,
  shutdown_session: sessions.shutdownSession,
  get_errors: sessions.errorCaptures,
  get_peers: peers,
  get_resolvers: resolvers,
  get_process: processLimits,
  set_process: setProcess,
  get_certificates: certificates.certificates,
  get_certificate: certificates.certificate,
  set_certificate: certificates.setCertificate,
  add_certificate: certificates.addCertificate,
  del_certificate: certificates.delCertificate,
};
for (const op of [...SERVER_OPERATIONS, setFrontendState, setFrontendMaxconn, clearCounters, ...LIMIT_OPERATIONS]) METHODS[op.method] = positional(op);

/** The class table: metatable of every client, callable as a constructor. */
interface ClientClass {
  __index: ClientClass;
  new: (this: void, address?: string, port?: number, timeout?: number) => ClientFields;
  [method: string]: unknown;
}

const ClientClass = {} as ClientClass;
ClientClass.__index = ClientClass;
for (const [name, method] of pairs(METHODS)) ClientClass[name as string] = method;

ClientClass.new = (address?: string, port?: number, timeout?: number): ClientFields =>
  setmetatable({ address: address ?? DEFAULT_ADDRESS, port, timeout: timeout ?? DEFAULT_TIMEOUT }, ClientClass as unknown as LuaMetatable<ClientFields>) as ClientFields;

setmetatable(ClientClass, {
  __call(this: ClientClass, address?: string, port?: number, timeout?: number) {
    return ClientClass.new(address, port, timeout);
  },
});

// Inside HAProxy, configured servers are pinned before the CLI takes a command (servers/local.ts).
if (insideHAProxy()) pcall(core.register_init, pinServers);

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
