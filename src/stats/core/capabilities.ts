/**
 * What the running HAProxy can do, decided once and only here: every other
 * module asks capabilities(), none looks at a version itself. Inside
 * HAProxy it is decided at first use from core.get_info()'s Version and
 * cheap probes of the Lua API (whether a function exists); outside HAProxy
 * (plain Lua over the socket) nothing runs in-process, and only the CLI's
 * rules could differ, which every command here already follows for all
 * versions.
 *
 * From HAProxy's own source and docs (doc/lua-api, src/hlua_fcn.c,
 * src/cli.c, src/server.c at each release tag), measured where it says so:
 * - 2.8: core.event_sub() and Server:event_sub() with SERVER_ADD/DEL/UP/
 *   DOWN/STATE/ADMIN/CHECK; Proxy:get_name()/get_uuid() and
 *   Server:get_name()/get_puid(), the .name/.uuid/.puid fields deprecated
 *   (each read logs a warning); Proxy.servers and core.backends are
 *   iterated with pairs() and list runtime-added servers; a Server object
 *   holds a counted reference, so a server may be deleted under it (its
 *   methods then answer nil) and configured servers may be deleted.
 *   Before 2.8 the Lua tables are built once at start, hold bare
 *   pointers, and any call on a Server makes it non-purgeable.
 * - 2.8 up to upstream fix b81ab159a ("fix hlua_applet_{http,tcp}_fct()
 *   yield regression (lost data)", April 2025; in 3.2.0, backported to
 *   3.1, 3.0 and 2.8 later): request data still buffered when a Lua
 *   service yields is thrown away. Debian 13's 3.0.11 has the fix
 *   (measured: a 20,001-entry whole-map replace arrives whole). Which
 *   2.8 and 3.1 releases have it is not known here, so every 2.8, 2.9 and
 *   3.1 counts as affected, and 3.0 before 3.0.10.
 * - 3.0: a non-interactive CLI connection runs only its first line
 *   (";"-separated commands on that line still all run).
 * - 3.2: core.get_patref() (maps and ACLs in-process); every get_stats()
 *   asks to yield right after it (hlua_yield_asap); core.wait() and
 *   Queue:alarm() (upstream 976890edd): a Lua context sleeps until a push
 *   wakes it.
 * - 3.3: "del server" also needs the server's idle connections gone
 *   ("wait srv-removable" waits for that).
 */
import { insideHAProxy } from "./client";

export interface Capabilities {
  /** HAProxy's version as it reports it: "3.0.11-1+deb13u4"; "" when unknown (outside HAProxy). */
  version: string;
  /** Major and minor as one number, 2.6 as 206 and 3.0 as 300; 0 when unknown. */
  release: number;
  /** The Lua HAProxy runs: "Lua 5.3", "Lua 5.4". */
  lua: string;
  /** Proxy:get_uuid()/get_name() and Server:get_puid()/get_name(); the fields are deprecated where these exist. */
  getters: boolean;
  /**
   * Lua's server tables are live (runtime-added servers listed, deleted ones
   * gone) and Server objects are counted references: configured servers
   * may be deleted while Lua holds them.
   */
  liveServers: boolean;
  /** core.event_sub() with the SERVER_* events. */
  eventBus: boolean;
  /**
   * core.get_patref(): maps and ACLs changed in-process. Probed, not used for
   * writes (measured on 3.2.26): a prepared version takes a value the map
   * cannot hold and drops it at commit without a word, and a superseded
   * commit returns true; the socket's prepare/add/commit refuses both
   * (docs/performance.md).
   */
  patref: boolean;
  /** core.wait() and Queue:alarm(): a stream sleeps until woken by a push, instead of looking every few ms. */
  queueAlarm: boolean;
  /** A non-interactive CLI connection runs only its first line. */
  cliFirstLineOnly: boolean;
  /** get_stats() makes the calling Lua yield right after it. */
  statsCallYields: boolean;
  /** "del server" waits for idle connections ("wait srv-removable" exists). */
  delServerWaits: boolean;
  /** Request data still buffered when a Lua service yields is lost (the bug fixed by b81ab159a). */
  yieldDropsRequestData: boolean;
}

/** Release numbers of a version string: "3.2-dev11-abc" is 3, 2, 0, dev; "2.6.12-1+deb12u4" is 2, 6, 12. */
export function parseVersion(version: string): LuaMultiReturn<[major: number, minor: number, patch: number, dev: boolean]> {
  const [major, minor, rest] = string.match(version, "^(%d+)%.(%d+)(.*)$");
  if (major === undefined) return $multi(0, 0, 0, false);
  const [patch] = string.match(rest as string, "^%.(%d+)");
  const dev = string.find(rest as string, "^%-dev")[0] !== undefined;
  return $multi(tonumber(major) as number, tonumber(minor) as number, patch === undefined ? 0 : (tonumber(patch) as number), dev);
}

/** Whether `version` has the lost-data bug (see above): conservative where the backport's release is not known. */
export function dropsRequestData(version: string): boolean {
  const [major, minor, patch, dev] = parseVersion(version);
  const release = major * 100 + minor;
  if (release < 208) return false;
  if (release === 300) return patch < 10;
  if (release === 302) return dev;
  return release < 302;
}

/** The capabilities of `version` with the probed Lua API: pure, so that specs can ask it of any version. */
export function capabilitiesOf(version: string, lua: string, probes: { getters: boolean; eventBus: boolean; patref: boolean; queueAlarm?: boolean }): Capabilities {
  const [major, minor] = parseVersion(version);
  const release = major * 100 + minor;
  return {
    version,
    release,
    lua,
    getters: probes.getters,
    liveServers: release >= 208,
    eventBus: probes.eventBus,
    patref: probes.patref,
    queueAlarm: probes.queueAlarm === true,
    cliFirstLineOnly: release >= 300,
    statsCallYields: release >= 302,
    delServerWaits: release >= 303,
    yieldDropsRequestData: dropsRequestData(version),
  };
}

let decided: Capabilities | undefined;

/**
 * Learned while serving: a request body arrived shorter than its
 * Content-Length after the service yielded, so this build has the lost-data
 * bug whatever its version says (a distribution's own patches).
 */
export function noteRequestDataDropped(): void {
  capabilities().yieldDropsRequestData = true;
}

/** What the HAProxy this runs in can do (see above); outside HAProxy, nothing in-process. */
export function capabilities(): Capabilities {
  if (decided !== undefined) return decided;
  if (!insideHAProxy()) {
    decided = capabilitiesOf("", _VERSION, { getters: false, eventBus: false, patref: false });
    return decided;
  }
  const host = core as unknown as Record<string, unknown>;
  // A proxy to probe its getters on: any will do (every process has one, the API's own).
  let proxy: Proxy | undefined;
  for (const [, found] of pairs(core.proxies)) {
    proxy = found;
    break;
  }
  decided = capabilitiesOf(tostring(core.get_info().get("Version") ?? ""), _VERSION, {
    getters: proxy !== undefined && type((proxy as unknown as Record<string, unknown>)["get_uuid"]) === "function",
    eventBus: type(host["event_sub"]) === "function",
    patref: type(host["get_patref"]) === "function",
    queueAlarm: core.wait !== undefined && core.queue !== undefined && type(core.queue().alarm) === "function",
  });
  return decided;
}
