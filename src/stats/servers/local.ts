/**
 * Servers reached in-process, through HAProxy's own Server objects.
 *
 * From 2.8 the server tables are live and a Server object holds a counted
 * reference (core/capabilities.ts: liveServers): runtime-added servers are
 * reached in-process too, and any server may be deleted under an object,
 * whose calls then answer nil. Nothing needs pinning there.
 *
 * On 2.6 (read in hlua_fcn.c, measured on 2.6.12):
 * - core.backends[b].servers is built once, after the configuration is
 *   parsed: servers added at runtime ("add server") are not in it, so they
 *   are always reached on the socket.
 * - Every Lua call on a Server (hlua_check_server) sets its
 *   SRV_F_NON_PURGEABLE flag: "del server" refuses it from then on.
 * - A Server object holds a bare pointer: a configured server deleted on the
 *   socket before any Lua call touched it leaves a dangling one, and the
 *   next call would use freed memory.
 * So every configured server is touched once at init (pinServers), before
 * the CLI takes a command: none can be deleted under a Server object, and
 * every in-process call stays safe. Configured servers cannot be deleted
 * while the library runs inside HAProxy; runtime-added ones can.
 */
import { capabilities } from "../core/capabilities";
import { insideHAProxy } from "../core/client";
import { listedServer } from "../process/proxylist";

let pinned = false;

/** Touches every configured server once, where servers must be pinned (see above). Init only, or on first use. */
export function pinServers(): void {
  if (pinned) return;
  pinned = true;
  if (capabilities().liveServers) return;
  for (const [, backend] of pairs(core.backends)) {
    for (const [, server] of pairs(backend.servers)) server.get_weight();
  }
}

/** The Server object of a server, inside HAProxy; undefined outside, and before 2.8 for a runtime-added one. */
export function localServer(backend: string, server: string): Server | undefined {
  if (!insideHAProxy()) return undefined;
  pinServers();
  return listedServer(backend, server);
}

/** The Proxy object of a frontend, inside HAProxy. */
export function localFrontend(name: string): Proxy | undefined {
  if (!insideHAProxy()) return undefined;
  return core.frontends.get(name);
}
