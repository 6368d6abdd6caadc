/**
 * Every runtime operation on one server, declared once (core/operation.ts):
 * its arguments, its command line, its in-process call where HAProxy's Server
 * class has one (configured servers only: servers/local.ts), and HAProxy's
 * answers. The client's methods, the HTTP body checks and the OpenAPI
 * schemas follow from these.
 */
import { flag, integer, ip, isIPv6, name, oneOf, port, weight } from "../core/kinds";
import type { Operation, Values, Words } from "../core/operation";
import { localServer } from "./local";

const SERVER = ["backend", "server"];

/** The values of an operation on one server: its two targets, and `entries`. */
export function serverValues(backend: unknown, server: unknown, entries: Record<string, unknown> = {}): Values {
  const values = new LuaTable<string, unknown>();
  values.set("backend", backend);
  values.set("server", server);
  for (const [key, each] of pairs(entries)) values.set(key as string, each);
  return values;
}

/** `entries`, made just for this call, as the values of an operation on one server: no copy. */
export function withServer(backend: unknown, server: unknown, entries: Record<string, unknown>): Values {
  const values = entries as unknown as Values;
  values.set("backend", backend);
  values.set("server", server);
  return values;
}

function path(words: Words): string {
  return `${words.get("backend")}/${words.get("server")}`;
}

/** The configured server the words name, in-process; undefined sends the command on the socket. */
function find(this: void, words: Words): Server | undefined {
  return localServer(words.get("backend") as string, words.get("server") as string);
}

export const ADMIN_STATES = ["ready", "drain", "maint"];
export const OPERATIONAL_STATES = ["up", "stopping", "down"];
const SWITCH = ["enabled", "disabled"];

/** HAProxy's int, which maxconn is. */
const MAXCONN = integer(0, 2147483647, "0: no limit");

export const setWeight: Operation = {
  method: "set_weight",
  summary: "Sets the weight: 0-256, or \"N%\" of the initial weight",
  targets: SERVER,
  args: [{ name: "weight", kind: weight }],
  command: (words) => `set weight ${path(words)} ${words.get("weight")}`,
  local: { find, call: (server: Server, words) => server.set_weight(words.get("weight") as string) },
};

export const setState: Operation = {
  method: "set_state",
  summary: "Sets the admin state: ready, drain or maint",
  targets: SERVER,
  args: [{ name: "admin_state", kind: oneOf(ADMIN_STATES) }],
  command: (words) => `set server ${path(words)} state ${words.get("admin_state")}`,
  local: {
    find,
    call: (server: Server, words) => {
      const wanted = words.get("admin_state");
      if (wanted === "ready") server.set_ready();
      else if (wanted === "drain") server.set_drain();
      else server.set_maint();
      return undefined;
    },
  },
};

export const setHealth: Operation = {
  method: "set_health",
  summary: "Forces the operational state (health): up, stopping or down, until the next check says otherwise",
  targets: SERVER,
  args: [{ name: "operational_state", kind: oneOf(OPERATIONAL_STATES) }],
  command: (words) => `set server ${path(words)} health ${words.get("operational_state")}`,
  local: {
    find,
    call: (server: Server, words) => {
      const wanted = words.get("operational_state");
      if (wanted === "up") server.check_force_up();
      else if (wanted === "stopping") server.check_force_nolb();
      else server.check_force_down();
      return undefined;
    },
  },
};

/** lua-haproxy's enable_server: out of maintenance ("enable server" is "set server ... state ready"). */
export const enableServer: Operation = {
  method: "enable_server",
  summary: "Takes the server out of maintenance",
  targets: SERVER,
  args: [],
  command: (words) => `enable server ${path(words)}`,
  local: { find, call: (server: Server) => {
    server.set_ready();
    return undefined;
  } },
};

/** lua-haproxy's disable_server: into maintenance. */
export const disableServer: Operation = {
  method: "disable_server",
  summary: "Puts the server in maintenance",
  targets: SERVER,
  args: [],
  command: (words) => `disable server ${path(words)}`,
  local: { find, call: (server: Server) => {
    server.set_maint();
    return undefined;
  } },
};

/**
 * "set server <b>/<s> addr <ip> [port <p>]". It answers in words even when
 * it worked ("IP changed from ...", "no need to change ..."), in-process too;
 * any other answer refuses the address.
 */
export const setAddress: Operation = {
  method: "set_address",
  summary: "Sets the address, and the port if given",
  targets: SERVER,
  args: [{ name: "address", kind: ip }, { name: "port", kind: port, optional: true }],
  command: (words) => {
    const given = words.get("port");
    return given === undefined ? `set server ${path(words)} addr ${words.get("address")}` : `set server ${path(words)} addr ${words.get("address")} port ${given}`;
  },
  local: {
    find,
    // Without a port the server keeps its own, as "set server ... addr" does: set_addr(ip), never set_addr(ip, nil).
    call: (server: Server, words) => {
      const port = words.get("port");
      return port === undefined ? server.set_addr(words.get("address") as string) : server.set_addr(words.get("address") as string, port);
    },
  },
  // 3.0 and later say "nothing changed" where 2.x said "no need to change the addr".
  succeeded: ["^IP changed", "^no need to change", "^port changed", "^nothing changed"],
  otherwise: "rejected",
};

export const setMaxconn: Operation = {
  method: "set_maxconn",
  summary: "Sets the server's maxconn (0: no limit)",
  targets: SERVER,
  args: [{ name: "maxconn", kind: MAXCONN }],
  command: (words) => `set maxconn server ${path(words)} ${words.get("maxconn")}`,
  local: { find, call: (server: Server, words) => server.set_maxconn(words.get("maxconn") as string) },
  otherwise: "rejected",
};

/**
 * Health and agent checks on and off. On the socket only: Server:check_enable()
 * and its kin do nothing, silently, on a server without that check, where
 * "enable health" says so (read in hlua_fcn.c and server.c, 2.6).
 */
export const setHealthCheck: Operation = {
  method: "set_health_check",
  summary: "Switches the health check on or off (\"enable health\" / \"disable health\")",
  targets: SERVER,
  args: [{ name: "health_check", kind: oneOf(SWITCH) }],
  command: (words) => `${words.get("health_check") === "enabled" ? "enable" : "disable"} health ${path(words)}`,
  errors: [["was not configured", "conflict"]],
};

export const setAgentCheck: Operation = {
  method: "set_agent_check",
  summary: "Switches the agent check on or off (\"enable agent\" / \"disable agent\")",
  targets: SERVER,
  args: [{ name: "agent_check", kind: oneOf(SWITCH) }],
  command: (words) => `${words.get("agent_check") === "enabled" ? "enable" : "disable"} agent ${path(words)}`,
  errors: [["not configured", "conflict"]],
};

export const shutdownSessions: Operation = {
  method: "shutdown_sessions",
  summary: "Closes every session on the server",
  targets: SERVER,
  args: [],
  command: (words) => `shutdown sessions server ${path(words)}`,
  local: { find, call: (server: Server) => {
    server.shut_sess();
    return undefined;
  } },
};

/**
 * "add server <b>/<name> <ip>:<port> [weight] [maxconn] [check]". The new
 * server starts in maintenance, its check (if any) off: lifecycle.ts turns
 * them on as asked. HAProxy refuses it for backends whose balance algorithm
 * is static ("balance source", "static-rr"...).
 */
export const addServer: Operation = {
  method: "add_server_command",
  summary: "Adds a server to the backend (\"add server\"); it starts in maintenance",
  targets: ["backend"],
  args: [
    { name: "name", kind: name, description: "The new server's name" },
    { name: "address", kind: ip },
    { name: "port", kind: port },
    { name: "weight", kind: integer(0, 256), optional: true },
    { name: "maxconn", kind: MAXCONN, optional: true },
    { name: "check", kind: flag, optional: true, description: "Give it a health check (as the backend's, e.g. option httpchk), enabled" },
  ],
  command: (words) => {
    const address = words.get("address") as string;
    const words_ = [`add server ${words.get("backend")}/${words.get("name")}`, isIPv6(address) ? `[${address}]:${words.get("port")}` : `${address}:${words.get("port")}`];
    if (words.get("weight") !== undefined) words_[words_.length] = `weight ${words.get("weight")}`;
    if (words.get("maxconn") !== undefined) words_[words_.length] = `maxconn ${words.get("maxconn")}`;
    if (words.get("check") === "1") words_[words_.length] = "check";
    return table.concat(words_, " ");
  },
  succeeded: ["^New server registered"],
  errors: [["^Already exists", "conflict"], ["dynamic load balancing", "conflict"], ["^No such backend", "not_found"]],
};

/** "del server": only a server in maintenance, without sessions or queue, and not pinned (servers/local.ts). */
export const delServer: Operation = {
  method: "del_server_command",
  summary: "Removes a server (\"del server\")",
  targets: SERVER,
  args: [],
  command: (words) => `del server ${path(words)}`,
  succeeded: ["^Server deleted"],
  errors: [["^Only servers in maintenance", "conflict"], ["still has connections", "conflict"], ["cannot be removed", "conflict"]],
};

/** Every operation above that is a client method as declared (the others are steps of lifecycle.ts). */
export const SERVER_OPERATIONS = [setWeight, setState, setHealth, enableServer, disableServer, setAddress, setMaxconn, setHealthCheck, setAgentCheck, shutdownSessions];
