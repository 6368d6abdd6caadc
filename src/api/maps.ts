/**
 * The map routes that write values: POST /maps/:map/entries {"key", "value"}
 * adds an entry (201, the entry as HAProxy lists it, Location by its id);
 * PUT /maps/:map/entries/:key {"value"} sets the value of every entry of
 * that key, PUT /maps/:map/ids/:id of the one entry of that id. The rest
 * is shared with ACLs (patterns.ts).
 */
import { jsonObject } from "../http/body";
import { failure } from "../http/errors";
import { encodeSegment } from "../http/request";
import type { Handler } from "../http/router";
import { addMapEntry, setMapEntry } from "../stats/patterns/commands";
import * as patterns from "../stats/patterns/calls";
import type { Context } from "./context";
import { targetFrom, type EntryBy } from "./patterns";
import { applyThenRead } from "./respond";

export const postMapEntry: Handler<Context> = (context, request, params) => {
  const [fields, refused] = jsonObject(request, ["key", "value"]);
  if (fields === undefined) return refused;
  const key = fields.get("key");
  const value = fields.get("value");
  if (key === undefined || value === undefined) return failure(400, 'fields "key" and "value" are both required');
  const [command, invalid] = addMapEntry(params.map, key, value);
  if (command === undefined) return failure(400, invalid.message);
  const ref = params.map;
  return applyThenRead(context, request, (client) => patterns.addMapEntry(client, ref, key, value), {
    read: (client) => patterns.last(client, "map", ref, key),
    status: 201,
    location: (entry) => `/maps/${encodeSegment(ref)}/ids/${encodeSegment(entry.id)}`,
  });
};

/** PUT /maps/:map/entries/:key {"value"}: every entry of that key; PUT /maps/:map/ids/:id: the one entry of that id. */
export function putMapEntry(by: EntryBy): Handler<Context> {
  return (context, request, params) => {
    const [fields, refused] = jsonObject(request, ["value"]);
    if (fields === undefined) return refused;
    const value = fields.get("value");
    const ref = params.map;
    const target = targetFrom("map", by, params);
    const [command, invalid] = setMapEntry(ref, target, value);
    if (command === undefined) return failure(400, invalid.message);
    // After "set map <key>", every entry of the key holds the value: answer the first, the one HAProxy matches.
    return applyThenRead(context, request, (client) => patterns.setMapEntry(client, ref, target, value), (client) => patterns.entry(client, "map", ref, target));
  };
}
