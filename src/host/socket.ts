/**
 * Which stats socket the API talks to. HAPROXY_API_SOCKET (set with
 * "setenv" in the global section) wins; otherwise the "stats socket" lines
 * of the loaded configuration, preferring the highest level (admin, then
 * operator, HAProxy's default, then user).
 *
 * With "chroot <dir>", HAProxy binds the socket before entering the chroot
 * but the API connects after, so a unix path is reached relative to <dir>,
 * and a path outside it cannot be reached at all (Debian's default
 * configuration is such a case).
 */
import { words } from "./config";

export interface SocketChoice {
  /** The address as the stats library takes it, when one was found. */
  address?: string;
  /** The line's level ("admin", "operator", "user"), when known. */
  level?: string;
  /** Where the choice came from, or why there is none. */
  source: string;
  /** What to tell the operator when the socket cannot be reached. */
  hint?: string;
}

const LEVEL_RANK: Record<string, number> = { user: 1, operator: 2, admin: 3 };

/** The "stats socket" lines of a configuration: address and level (operator when unsaid). */
export function statsSockets(config: string): { address: string; level: string }[] {
  const sockets: { address: string; level: string }[] = [];
  for (const [line] of string.gmatch(config, "[^\n]+")) {
    const [start] = string.find(line, "^%s*stats%s+socket%s");
    if (start !== undefined) {
      const parts = words(line);
      let level = "operator";
      for (let index = 3; index < parts.length - 1; index++) if (parts[index] === "level") level = parts[index + 1];
      if (parts[2] !== undefined) sockets[sockets.length] = { address: parts[2], level };
    }
  }
  return sockets;
}

/** Addresses core.tcp() can reach: unix paths and IP sockets, not abstract or inherited ones. */
function reachable(address: string): boolean {
  return string.find(address, "^[%w]+@")[0] === undefined || string.find(address, "^unix@")[0] !== undefined || string.find(address, "^ipv[46]@")[0] !== undefined;
}

/** The global "chroot" directory, without a trailing slash, if any. */
export function chrootOf(config: string): string | undefined {
  for (const [line] of string.gmatch(config, "[^\n]+")) {
    const parts = words(line);
    if (parts[0] === "chroot" && parts[1] !== undefined) return string.gsub(parts[1], "/+$", "")[0];
  }
  return undefined;
}

/** `choice` seen from inside the chroot, if HAProxy runs in one. */
function throughChroot(choice: SocketChoice, root: string | undefined): SocketChoice {
  const address = choice.address;
  if (root === undefined || root === "" || address === undefined) return choice;
  const [path] = string.match(address, "^unix@(.*)$");
  const unixPath = path ?? (string.find(address, "^/")[0] !== undefined ? address : undefined);
  if (unixPath === undefined) return choice;
  if (string.sub(unixPath, 1, root.length + 1) === `${root}/`) {
    return { ...choice, address: string.sub(unixPath, root.length + 1), source: `${choice.source}, inside chroot ${root}` };
  }
  return { ...choice, hint: `HAProxy runs in "chroot ${root}", where ${unixPath} does not exist: put the stats socket inside ${root}, or use one on a loopback TCP address` };
}

export function chooseSocket(config: string): SocketChoice {
  return throughChroot(pickSocket(config), chrootOf(config));
}

function pickSocket(config: string): SocketChoice {
  const configured = os.getenv("HAPROXY_API_SOCKET");
  if (configured !== undefined && configured !== "") return { address: configured, source: "HAPROXY_API_SOCKET" };
  let best: { address: string; level: string } | undefined;
  for (const candidate of statsSockets(config)) {
    if (reachable(candidate.address) && (best === undefined || (LEVEL_RANK[candidate.level] ?? 0) > (LEVEL_RANK[best.level] ?? 0))) best = candidate;
  }
  if (best === undefined) {
    return { source: 'no "stats socket" line in the configuration and HAPROXY_API_SOCKET is not set: add "stats socket <path> level admin" to the global section' };
  }
  return { address: best.address, level: best.level, source: `"stats socket ${best.address} level ${best.level}" in the configuration` };
}
