/**
 * What every handler needs, learned once at init (core.register_init):
 * the stats socket to talk to, the loaded configuration and the OS name.
 */
import type { ClientFields } from "../stats/core/client";
import { DEFAULT_TIMEOUT } from "../stats/core/client";
import { configFiles, loadConfig, readFile, type LoadedConfig } from "../host/files";
import { apiFrontends } from "../host/frontends";
import { redactConfig } from "../host/redact";
import { chooseSocket, type SocketChoice } from "../host/socket";
import { uname } from "../host/uname";
import { stateFiles } from "../host/statefile";
import { accessFromEnvironment, enabled, type Access } from "../http/access";
import { parse_servers_state } from "../stats/servers/parsers";
import type { ServerState } from "../stats/servers/types";
import { loadAdded } from "./persist/added";
import { known } from "./persist/report";
import type { Keeping } from "./persist/task";

export interface Context {
  /** The stats socket client, when a socket was found. */
  client?: ClientFields;
  socket: SocketChoice;
  /** The configuration files, and their text with its credentials redacted (GET /config): the raw text is not kept. */
  config: LoadedConfig;
  uname?: string;
  /** HAProxy's version, from core.get_info() at init. */
  haproxyVersion?: string;
  access: Access;
  /** What the API keeps across reloads (api/persist/). */
  keeping: Keeping;
  /** The frontends whose configuration serves this API (host/frontends.ts). */
  apiFrontends: string[];
}

/** Seconds to wait for the stats socket: HAPROXY_API_TIMEOUT, else the library's default. */
function socketTimeout(): number {
  const configured = tonumber(os.getenv("HAPROXY_API_TIMEOUT") ?? "");
  return configured !== undefined && configured > 0 ? configured : DEFAULT_TIMEOUT;
}

/** The state lines of `files` (what the last process saved), by "backend/server". */
function savedRows(paths: string[]): LuaTable<string, ServerState> {
  const rows = new LuaTable<string, ServerState>();
  for (const path of paths) {
    const [text] = readFile(path);
    if (text === undefined) continue;
    for (const row of parse_servers_state(text)) rows.set(`${row.be_name}/${row.srv_name}`, row);
  }
  return rows;
}

/** The state files, the record of added servers and the sync setting, and what the files hold now. Init only. */
export function keepingOf(configText: string): Keeping {
  const files = stateFiles(configText, os.getenv("HAPROXY_API_STATE_FILE"));
  const paths: string[] = [];
  if (files.global !== undefined) paths[paths.length] = files.global;
  for (const [, path] of files.localFiles) paths[paths.length] = path;
  for (const path of paths) known(path, "servers-state");
  if (files.addedServers !== undefined) {
    known(files.addedServers, "added-servers");
    const [text] = readFile(files.addedServers);
    const problem = loadAdded(text);
    if (problem !== undefined) core.log(core.warning, `haproxy-api: ${files.addedServers}: ${problem}`);
  }
  return { files, syncFiles: enabled("HAPROXY_API_SYNC_FILES"), savedRows: savedRows(paths) };
}

/** Reads the configuration and the OS name and picks the socket. Init only: it reads files. */
export function discover(): Context {
  const config = loadConfig(configFiles());
  const socket = chooseSocket(config.text);
  const client = socket.address === undefined ? undefined : { address: socket.address, timeout: socketTimeout() };
  const version = core.get_info().get("Version");
  return {
    client,
    socket,
    config: { files: config.files, text: redactConfig(config.text) },
    uname: uname(),
    haproxyVersion: version === undefined ? undefined : tostring(version),
    access: accessFromEnvironment(),
    keeping: keepingOf(config.text),
    apiFrontends: apiFrontends(config.text),
  };
}
