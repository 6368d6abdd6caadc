/**
 * Peers and resolvers, read-only: "show peers" (per peers section, each
 * peer's state, its last status and, per shared table, how far the updates
 * got) and "show resolvers" (per nameserver, its counters). Neither format
 * is a contract: lines are read as "key=value" words (or "key: value") and
 * any that do not look as on 2.6.12 are skipped.
 *   0x...: [01/Dec/2026:14:30:48] id=mesh disabled=0 flags=0x6811 resync_timeout=3s task_calls=8
 *     0x...: id=node2(remote,active) addr=127.0.0.1:9702 last_status=ESTA last_hdshk=1s
 *           reconnect=2s heartbeat=1s confirm=0 ... new_conn=1 proto_err=0 coll=1
 *           flags=0x20000200 appctx:0x... st0=7 st1=0 task_calls=5 state=EST
 *           shared tables:
 *             0x... local_id=1 remote_id=1 flags=0x0 remote_data=0x4
 *                 last_acked=0 last_pushed=1 last_get=0 teaching_origin=0 update=1
 *                 table:0x... id=mesh/shared update=1 localupdate=1 commitupdate=1 refcnt=1
 */
import { executeDump, type ClientFields } from "../core/client";
import { answerError } from "../core/errors";
import { ordered, value } from "../core/fields";
import type { Result } from "../core/result";

export interface SharedTable {
  table: string;
  /** The table's own update counter, and how far this peer's updates got: pushed, acknowledged, received. */
  update: number;
  last_pushed: number;
  last_acked: number;
  last_get: number;
  /** Every local update pushed to this peer (last_pushed has reached the table's localupdate). */
  pushed_all: boolean;
}

export interface Peer {
  name: string;
  /** This process itself (local) or another one. */
  local: boolean;
  active: boolean;
  address: string;
  /** ESTA once connected; NONE, CONN, HSHK... as 2.6 names them. */
  last_status: string;
  last_handshake: string;
  state: string;
  new_conn: number;
  proto_err: number;
  tables: SharedTable[];
}

export interface PeersSection {
  name: string;
  disabled: boolean;
  peers: Peer[];
}

const TABLE_ORDER = ordered(["table", "update", "last_pushed", "last_acked", "last_get", "pushed_all"]);
const PEER_ORDER = ordered(["name", "local", "active", "address", "last_status", "last_handshake", "state", "new_conn", "proto_err", "tables"]);
const SECTION_ORDER = ordered(["name", "disabled", "peers"]);

/** `item` with its fields' JSON order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ordered() serves every shape
function inOrder<T extends object>(item: T, order: LuaMetatable<any>): T {
  setmetatable(item, order);
  return item;
}

function words(line: string): LuaTable<string, string> {
  const found = new LuaTable<string, string>();
  for (const [key, text] of string.gmatch(line, "([%w_]+)=(%S+)")) if (!found.has(key)) found.set(key, text);
  return found;
}

function numberOf(text: string | undefined): number {
  const parsed = text === undefined ? 0 : value(text);
  return typeof parsed === "number" ? parsed : 0;
}

export function parse_peers(answer: string): PeersSection[] {
  const sections: PeersSection[] = [];
  let section: PeersSection | undefined;
  let peer: Peer | undefined;
  let shared: SharedTable | undefined;
  for (const [line] of string.gmatch(answer, "([^\n]+)")) {
    const found = words(line);
    if (string.find(line, "^0x%x+: %[")[0] !== undefined && found.has("id")) {
      section = inOrder({ name: found.get("id") as string, disabled: found.get("disabled") === "1", peers: [] }, SECTION_ORDER);
      sections[sections.length] = section;
      peer = undefined;
      continue;
    }
    if (section === undefined) continue;
    const [name, kind, activity] = string.match(line, "^%s+0x%x+: id=([^(%s]+)%((%a+),(%a+)%)");
    if (name !== undefined) {
      peer = inOrder({
        name, local: kind === "local", active: activity === "active", address: found.get("addr") ?? "",
        last_status: found.get("last_status") ?? "", last_handshake: found.get("last_hdshk") ?? "", state: "", new_conn: 0, proto_err: 0, tables: [],
      }, PEER_ORDER);
      section.peers[section.peers.length] = peer;
      shared = undefined;
      continue;
    }
    if (peer === undefined) continue;
    if (found.has("new_conn")) {
      peer.new_conn = numberOf(found.get("new_conn"));
      peer.proto_err = numberOf(found.get("proto_err"));
    } else if (found.has("state") && string.find(line, "appctx")[0] !== undefined) {
      peer.state = found.get("state") as string;
    } else if (found.has("local_id") && found.has("remote_data")) {
      shared = inOrder({ table: "", update: 0, last_pushed: 0, last_acked: 0, last_get: 0, pushed_all: false }, TABLE_ORDER);
      peer.tables[peer.tables.length] = shared;
    } else if (shared !== undefined && found.has("last_pushed")) {
      shared.last_pushed = numberOf(found.get("last_pushed"));
      shared.last_acked = numberOf(found.get("last_acked"));
      shared.last_get = numberOf(found.get("last_get"));
    } else if (shared !== undefined && string.find(line, "^%s+table:")[0] !== undefined) {
      shared.table = found.get("id") ?? "";
      shared.update = numberOf(found.get("update"));
      shared.pushed_all = shared.last_pushed >= numberOf(found.get("localupdate"));
    }
  }
  return sections;
}

export interface Nameserver {
  name: string;
  /** sent, snd_error, valid, update, cname, cname_error, any_err, nx, timeout, refused, other, invalid, too_big, truncated, outdated. */
  counters: LuaTable<string, number>;
}

export interface ResolversSection {
  name: string;
  nameservers: Nameserver[];
}

const RESOLVERS_ORDER = ordered(["name", "nameservers"]);
const NAMESERVER_ORDER = ordered(["name", "counters"]);

export function parse_resolvers(answer: string): ResolversSection[] {
  const sections: ResolversSection[] = [];
  let section: ResolversSection | undefined;
  let server: Nameserver | undefined;
  for (const [line] of string.gmatch(answer, "([^\n]+)")) {
    const [sectionName] = string.match(line, "^Resolvers section (%S+)");
    if (sectionName !== undefined) {
      section = inOrder({ name: sectionName, nameservers: [] }, RESOLVERS_ORDER);
      sections[sections.length] = section;
      server = undefined;
      continue;
    }
    if (section === undefined) continue;
    const [serverName] = string.match(line, "^ nameserver (.+):$");
    if (serverName !== undefined) {
      server = inOrder<Nameserver>({ name: serverName, counters: new LuaTable<string, number>() }, NAMESERVER_ORDER);
      section.nameservers[section.nameservers.length] = server;
      continue;
    }
    const [counter, count] = string.match(line, "^%s+([%w_]+):%s+(%d+)$");
    if (server !== undefined && counter !== undefined) server.counters.set(counter, tonumber(count) as number);
  }
  return sections;
}

function dump<T>(client: ClientFields, command: string, parse: (this: void, answer: string) => T): Result<T> {
  const [answer, err] = executeDump(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(parse(answer));
}

export const peers = (client: ClientFields): Result<PeersSection[]> => dump(client, "show peers", parse_peers);
export const resolvers = (client: ClientFields): Result<ResolversSection[]> => dump(client, "show resolvers", parse_resolvers);
