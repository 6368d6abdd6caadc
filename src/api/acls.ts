/**
 * POST /acls/:acl/entries {"value"}: adds a pattern (201, the entry as
 * HAProxy lists it). The rest is shared with maps (patterns.ts).
 */
import { jsonObject } from "../http/body";
import { failure } from "../http/errors";
import { encodeSegment } from "../http/request";
import type { Handler } from "../http/router";
import { addAclEntry } from "../stats/patterns/commands";
import * as patterns from "../stats/patterns/calls";
import type { Context } from "./context";
import { applyThenRead } from "./respond";

export const postAclEntry: Handler<Context> = (context, request, params) => {
  const [fields, refused] = jsonObject(request, ["value"]);
  if (fields === undefined) return refused;
  const value = fields.get("value");
  const ref = params.acl;
  const [command, invalid] = addAclEntry(ref, value);
  if (command === undefined) return failure(400, invalid.message);
  return applyThenRead(context, request, (client) => patterns.addAclEntry(client, ref, value), {
    read: (client) => patterns.last(client, "acl", ref, value),
    status: 201,
    location: (entry) => `/acls/${encodeSegment(ref)}/ids/${encodeSegment(entry.id)}`,
  });
};
