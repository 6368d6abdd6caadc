/**
 * What maps and ACLs share: the list, the entries, one entry, a lookup,
 * deleting entries and clearing. `:map` and `:acl` are "#<id>" or the file
 * HAProxy lists (percent-encoded: %23 for "#", %2F for "/"); an entry is
 * named by its key (map), its value (ACL), or its id ("#0x...").
 */
import { isJson } from "../http/body";
import { maxBulkBytes, openBulk, readObjects } from "../http/bulk";
import { asArray, encode, withNulls } from "../http/json";
import { header, type Request } from "../http/request";
import { json, type Reply } from "../http/response";
import type { ClientFields } from "../stats/core/client";
import { replaceEntries, type Replacement } from "../stats/patterns/replace";
import { streamArray, type Parts } from "../http/stream";
import { query, single } from "../http/query";
import { failure } from "../http/errors";
import type { Handler, Params } from "../http/router";
import type { EntryTarget, PatternKind } from "../stats/patterns/commands";
import type { PatternEntry, PatternList } from "../stats/patterns/parsers";
import * as patterns from "../stats/patterns/calls";
import type { Context } from "./context";
import { applyThenRead, failed, lockedWrite, noSocket, respond } from "./respond";

/** The route parameter naming the map or ACL. */
function refOf(kind: PatternKind, params: Params): string {
  return kind === "map" ? params.map : params.acl;
}

/** An ACL written inline has no file: null, so every item has the same fields. */
function withFiles(this: void, list: PatternList[]): PatternList[] {
  for (const item of list) withNulls(item, FILE);
  return asArray(list);
}

const FILE = ["file"];

/** GET /maps, GET /acls. */
export function listPatterns(kind: PatternKind): Handler<Context> {
  return (context) => respond(context, (client) => patterns.list(client, kind), withFiles);
}

/** Entries per chunk of a streamed answer: about one 16 KiB buffer of short entries. */
const ENTRIES_PER_PIECE = 200;

/** GET /maps/:map, GET /acls/:acl: the entries, in HAProxy's order, streamed as the dump arrives (http/stream.ts). */
export function getEntries(kind: PatternKind): Handler<Context> {
  return (context, _request, params) => {
    const client = context.client;
    if (client === undefined) return noSocket(context);
    const [groups, err] = patterns.entryGroups(client, kind, refOf(kind, params));
    if (groups === undefined) return failed(context, err);
    // The dump's connection is closed by the stream at its end, else at the request boundary (HEAD, errors).
    return streamArray(groups.next, writeEntry, ENTRIES_PER_PIECE, "entries");
  };
}

function writeEntry(this: void, parts: Parts, n: number, entry: PatternEntry): LuaMultiReturn<[number, boolean]> {
  parts.set(n + 1, encode(entry));
  return $multi(n + 1, true);
}

/** How a route names entries: by key (a map's key, an ACL's value) or by the id of one. */
export type EntryBy = "key" | "id";

/**
 * The entries a route's parameters name: `/entries/:key` (`:value` for
 * ACLs) always a key, whatever it looks like; `/ids/:id` the entry of
 * that id, "#0x..." as listed (or "0x..." without the "#").
 */
export function targetFrom(kind: PatternKind, by: EntryBy, params: Params): EntryTarget {
  if (by === "key") return { key: kind === "map" ? params.key : params.value };
  const id = params.id;
  return { id: string.find(id, "^0x")[0] !== undefined ? `#${id}` : id };
}

/** GET /maps/:map/entries/:key, GET /acls/:acl/entries/:value, and by id (/ids/:id): exact key or id, not a match. */
export function getEntry(kind: PatternKind, by: EntryBy): Handler<Context> {
  return (context, _request, params) => respond(context, (client) => patterns.entry(client, kind, refOf(kind, params), targetFrom(kind, by, params)));
}

/** GET /maps/:map/lookup?input=...: what HAProxy's match methods pick for `input` ("get map"). */
export function lookup(kind: PatternKind): Handler<Context> {
  return (context, request, params) => {
    const [parsed, refused] = query(request, ["input"]);
    if (parsed === undefined) return refused;
    const [input, twice] = single(parsed, "input");
    if (twice !== undefined) return twice;
    if (input === undefined) return failure(400, 'query parameter "input" is required: the text to look up');
    return respond(context, (client) => patterns.lookup(client, kind, refOf(kind, params), input), (results) => asArray(results));
  };
}

/** DELETE /maps/:map/entries/:key, DELETE /acls/:acl/entries/:value: every entry of that key; DELETE .../ids/:id: the one of that id. */
export function deleteEntry(kind: PatternKind, by: EntryBy): Handler<Context> {
  return (context, request, params) =>
    applyThenRead(context, request, (client) => patterns.delEntry(client, kind, refOf(kind, params), targetFrom(kind, by, params)), {});
}

/** DELETE /maps/:map/entries, DELETE /acls/:acl/entries: every entry. */
export function clearEntries(kind: PatternKind): Handler<Context> {
  return (context, request, params) => applyThenRead(context, request, (client) => patterns.clearEntries(client, kind, refOf(kind, params)), {});
}

/**
 * PUT /maps/:map/entries [{"key", "value"}, ...], PUT /acls/:acl/entries
 * [{"value"}, ...]: every entry replaced at once (stats/patterns/replace.ts).
 * The entries go into a new, private version of the map as the body
 * arrives (http/bulk.ts), up to HAPROXY_API_MAX_BULK_BYTES, without the
 * write lock: only the commit takes it, so a slow or stalled upload holds
 * no other write, and one whose client left (HAProxy then ends the service
 * without running more Lua) leaves only its uncommitted version, which
 * HAProxy drops at the map's next commit. On any refusal nothing is
 * committed, and the error names the entry. Answers the map's summary read
 * back, its entry_count the new one.
 */
export function replaceAll(kind: PatternKind): Handler<Context> {
  const fields = kind === "map" ? ["key", "value"] : ["value"];
  return (context, request, params) => {
    const client = context.client;
    if (client === undefined) return noSocket(context);
    if (!isJson(header(request, "content-type"))) return failure(415, `a PUT body must be JSON: send "Content-Type: application/json"`);
    const ref = refOf(kind, params);
    const [body, refusedStatus, tooBig] = openBulk(request, maxBulkBytes());
    if (body === undefined) return failure(refusedStatus, tooBig);
    const [replacement, err] = replaceEntries(client, kind, ref);
    if (replacement === undefined) return failed(context, err);
    const [count, status, problem] = readObjects(body, (item, number) => {
      for (const [name] of pairs(item)) {
        if (!fields.includes(name as string)) return `entry ${number}: unknown field "${tostring(name)}": expected ${table.concat(fields, ", ")}`;
      }
      const [added, refused] = replacement.add(item.get("key"), item.get("value"));
      return added === undefined ? refused.message : undefined;
    });
    if (count === undefined) {
      replacement.abort();
      request.fields = loggedFields(undefined, problem);
      return failure(status, `${problem}; nothing was committed`);
    }
    return lockedWrite(client, request, () => commitReplacement(context, client, request, kind, ref, replacement, count));
  };
}

/** Under the write lock: the last entries and the commit, then the map's summary read back. */
function commitReplacement(context: Context, client: ClientFields, request: Request, kind: PatternKind, ref: string, replacement: Replacement, count: number): Reply {
  const [committed, refused] = replacement.commit();
  request.fields = loggedFields(count, committed === undefined ? refused.message : undefined);
  if (committed === undefined) {
    refused.message = `${refused.message}; nothing was committed`;
    return failed(context, refused);
  }
  const [list, missing] = patterns.list(client, kind);
  if (list === undefined) return failed(context, missing);
  for (const item of list) {
    if (`#${item.id}` === ref || item.file === ref) return json(200, withFiles([item])[0]);
  }
  return failure(404, `no such ${kind}: ${ref}`);
}

/** What the write log keeps of a bulk write: the count, never the entries. */
function loggedFields(count: number | undefined, problem: string | undefined): LuaTable<string, unknown> {
  const logged = new LuaTable<string, unknown>();
  if (count !== undefined) logged.set("entries", count);
  if (problem !== undefined) logged.set("refused", problem);
  return logged;
}
