/**
 * Names and ids of HAProxy's Proxy and Server objects, read the way the
 * running HAProxy wants: through get_name()/get_uuid()/get_puid() where
 * they exist (2.8 and later, where reading the fields logs a deprecation
 * warning each time), through the fields before.
 */
import { capabilities } from "./capabilities";

export function proxyName(proxy: Proxy): string {
  return capabilities().getters ? proxy.get_name!() : proxy.name;
}

/** The proxy's id, the "iid" of "show stat". */
export function proxyId(proxy: Proxy): number {
  return tonumber(capabilities().getters ? proxy.get_uuid!() : proxy.uuid) as number;
}

export function serverName(server: Server): string {
  return capabilities().getters ? server.get_name!() : server.name;
}

/** The server's id in its backend, the "sid" of "show stat". */
export function serverId(server: Server): number {
  return tonumber(capabilities().getters ? server.get_puid!() : server.puid) as number;
}
