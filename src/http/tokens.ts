/**
 * Scoped tokens (HAPROXY_API_TOKENS_FILE): lines "<name> <scope> <sha256>",
 * the hash in hex of the token a client sends; scopes read (GET only),
 * operate (servers, frontends, sessions, maps, ACLs, tables) and admin
 * (everything). The file holds hashes, never tokens. Read at start; a bad
 * line stops nothing: it is reported, and skipped.
 */

export type Scope = "read" | "operate" | "admin";

export interface ScopedToken {
  name: string;
  scope: Scope;
  /** SHA-256 of the token, lower-case hex. */
  sha256: string;
}

const SCOPES = new LuaTable<string, boolean>();
for (const scope of ["read", "operate", "admin"]) SCOPES.set(scope, true);

/** The tokens of a file's text, and a problem per bad line ("line 3: ..."). */
export function parseTokens(text: string): LuaMultiReturn<[tokens: ScopedToken[], problems: string[]]> {
  const tokens: ScopedToken[] = [];
  const problems: string[] = [];
  let number = 0;
  const names = new LuaTable<string, boolean>();
  for (const [line] of string.gmatch(text + "\n", "([^\n]*)\n")) {
    number++;
    const [trimmed] = string.match(line, "^%s*(.-)%s*$");
    if (trimmed === "" || string.sub(trimmed, 1, 1) === "#") continue;
    const [name, scope, hash] = string.match(trimmed, "^(%S+)%s+(%S+)%s+(%S+)$");
    if (name === undefined) problems[problems.length] = `line ${number}: expected "<name> <scope> <sha256 of the token>"`;
    else if (!SCOPES.has(scope)) problems[problems.length] = `line ${number}: scope "${scope}" is none of read, operate, admin`;
    else if (string.find(hash, "^%x+$")[0] === undefined || hash.length !== 64) problems[problems.length] = `line ${number}: the hash is 64 hex digits (sha256sum of the token)`;
    else if (names.has(name)) problems[problems.length] = `line ${number}: token name "${name}" is given twice`;
    else {
      names.set(name, true);
      tokens[tokens.length] = { name, scope: scope as Scope, sha256: string.lower(hash) };
    }
  }
  return $multi(tokens, problems);
}

/** What the operate scope may write: the first path segment (and the second under /stats). */
const OPERATED = new LuaTable<string, boolean>();
for (const resource of ["sessions", "maps", "acls", "tables"]) OPERATED.set(resource, true);
const OPERATED_STATS = new LuaTable<string, boolean>();
for (const resource of ["backends", "frontends"]) OPERATED_STATS.set(resource, true);

/** Whether a write to `segments` is in the operate scope. */
export function isOperated(segments: string[]): boolean {
  const [first, second] = segments;
  if (first === "stats") return second !== undefined && OPERATED_STATS.has(second);
  return first !== undefined && OPERATED.has(first);
}
