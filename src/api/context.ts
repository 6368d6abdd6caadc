/**
 * What every handler needs, learned once at init (core.register_init):
 * the stats socket to talk to, the loaded configuration and the OS name.
 */
import type { ClientFields } from "../stats/core/client";
import { DEFAULT_TIMEOUT } from "../stats/core/client";
import { configFiles, loadConfig, type LoadedConfig } from "../host/files";
import { chooseSocket, type SocketChoice } from "../host/socket";
import { uname } from "../host/uname";
import { accessFromEnvironment, type Access } from "../http/access";

export interface Context {
  /** The stats socket client, when a socket was found. */
  client?: ClientFields;
  socket: SocketChoice;
  config: LoadedConfig;
  uname?: string;
  /** HAProxy's version, from core.get_info() at init. */
  haproxyVersion?: string;
  access: Access;
}

/** Seconds to wait for the stats socket: HAPROXY_API_TIMEOUT, else the library's default. */
function socketTimeout(): number {
  const configured = tonumber(os.getenv("HAPROXY_API_TIMEOUT") ?? "");
  return configured !== undefined && configured > 0 ? configured : DEFAULT_TIMEOUT;
}

/** Reads the configuration and the OS name and picks the socket. Init only: it reads files. */
export function discover(): Context {
  const config = loadConfig(configFiles());
  const socket = chooseSocket(config.text);
  const client = socket.address === undefined ? undefined : { address: socket.address, timeout: socketTimeout() };
  const version = core.get_info().get("Version");
  return { client, socket, config, uname: uname(), haproxyVersion: version === undefined ? undefined : tostring(version), access: accessFromEnvironment() };
}
