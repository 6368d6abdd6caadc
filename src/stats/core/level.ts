/**
 * The level of each stats socket, asked once per process ("show cli level").
 * An in-process call stands in for a command, so it is made only where the
 * socket itself would take the command: writes at level admin, and stats
 * reads from level operator (where "show stat" prints the addr and cookie
 * columns that Server:get_stats() always fills). The level the operator
 * gave the socket stays what the library and the API may do and see.
 */
import { execute, type ClientFields } from "./client";

const RANK: Record<string, number> = { user: 1, operator: 2, admin: 3 };

const levels = new LuaTable<string, string>();
/** The same, by client object: asked on every in-process write, so no key is built then. */
const byClient = setmetatable(new LuaTable<ClientFields, string>(), { __mode: "k" });

/** The socket's level: "user", "operator" or "admin" (undefined when it does not answer). */
function levelOf(client: ClientFields): string | undefined {
  const known = byClient.get(client);
  if (known !== undefined) return known;
  const key = `${client.address}|${tostring(client.port)}`;
  let level = levels.get(key);
  if (level === undefined) {
    const [answer] = execute(client, "show cli level");
    if (answer === undefined) return undefined; // the socket path reports why
    level = string.match(answer, "^%s*(%a+)")[0] ?? "unknown";
    levels.set(key, level);
  }
  byClient.set(client, level);
  return level;
}

/** Whether the socket is at `minimum` or above. */
export function atLevel(client: ClientFields, minimum: "operator" | "admin"): boolean {
  const level = levelOf(client);
  return level !== undefined && (RANK[level] ?? 0) >= RANK[minimum];
}
