/**
 * What maps and ACLs share: the list, the entries, one entry, a lookup,
 * deleting entries and clearing. `:map` and `:acl` are "#<id>" or the file
 * HAProxy lists (percent-encoded: %23 for "#", %2F for "/"); an entry is
 * named by its key (map), its value (ACL), or its id ("#0x...").
 */
import { asArray, encode, NULL } from "../http/json";
import { streamArray, type Parts } from "../http/stream";
import { query, single } from "../http/query";
import { failure } from "../http/errors";
import type { Handler, Params } from "../http/router";
import type { PatternKind } from "../stats/patterns/commands";
import type { PatternEntry, PatternList } from "../stats/patterns/parsers";
import * as patterns from "../stats/patterns/calls";
import type { Context } from "./context";
import { applyThenRead, failed, noSocket, respond } from "./respond";

/** The route parameter naming the map or ACL. */
function refOf(kind: PatternKind, params: Params): string {
  return kind === "map" ? params.map : params.acl;
}

/** An ACL written inline has no file: null, so every item has the same fields. */
function withFiles(this: void, list: PatternList[]): PatternList[] {
  for (const item of list) if (item.file === undefined) (item as unknown as Record<string, unknown>).file = NULL;
  return asArray(list);
}

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
    const reply = streamArray(groups.next, writeEntry, ENTRIES_PER_PIECE, "entries");
    reply.release = groups.close;
    return reply;
  };
}

function writeEntry(this: void, parts: Parts, n: number, entry: PatternEntry): LuaMultiReturn<[number, boolean]> {
  parts.set(n + 1, encode(entry));
  return $multi(n + 1, true);
}

/** GET /maps/:map/entries/:key, GET /acls/:acl/entries/:value: exact key or id, not a match. */
export function getEntry(kind: PatternKind, name: string): Handler<Context> {
  return (context, _request, params) => respond(context, (client) => patterns.entry(client, kind, refOf(kind, params), params[name]));
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

/** DELETE /maps/:map/entries/:key, DELETE /acls/:acl/entries/:value: every entry of that key, or the one of that id. */
export function deleteEntry(kind: PatternKind, name: string): Handler<Context> {
  return (context, request, params) =>
    applyThenRead(context, request, (client) => patterns.delEntry(client, kind, refOf(kind, params), params[name]), {});
}

/** DELETE /maps/:map/entries, DELETE /acls/:acl/entries: every entry. */
export function clearEntries(kind: PatternKind): Handler<Context> {
  return (context, request, params) => applyThenRead(context, request, (client) => patterns.clearEntries(client, kind, refOf(kind, params)), {});
}
