/**
 * JSON request bodies: the checks every write shares, in the order a client
 * fixes them (media type, size, syntax, shape, field names). The values
 * themselves are checked by the handler that knows what they mean.
 */
import { failure } from "./errors";
import { decode, kindOf } from "./json";
import { header, MAX_BODY_BYTES, readBody, type Request } from "./request";
import type { Reply } from "./response";

export type Fields = LuaTable<string, unknown>;
type Parsed = LuaMultiReturn<[fields: Fields] | [fields: undefined, reply: Reply]>;

/** application/json, with or without parameters, or any "+json" type. */
export function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  if (contentType === "application/json") return true; // what nearly every client sends

  const [media] = string.match(string.lower(contentType), "^%s*([^;%s]+)");
  if (media === undefined) return false;
  return media === "application/json" || string.find(media, "^application/[^/]+%+json$")[0] !== undefined;
}

/**
 * The body as one JSON value (of `expected`, as a message names it: a
 * description, or the fields of an object); anything else is a 4xx reply.
 * `compact`: the text itself, when it is a flat object (jsonparse.ts)
 * without white space, and so already the compact JSON of its fields, as
 * the client ordered them.
 */
export function jsonValue(request: Request, expected: string | string[], limit = MAX_BODY_BYTES): LuaMultiReturn<[ok: true, value: unknown, compact: string | undefined] | [ok: false, reply: Reply]> {
  if (!isJson(header(request, "content-type"))) {
    return $multi(false as const, failure(415, `a ${request.method} body must be JSON: send "Content-Type: application/json"`));
  }
  const [text, status, problem] = readBody(request, limit);
  if (text === undefined) return $multi(false as const, failure(status, problem));
  const [ok, value, flat] = decode(text);
  if (ok) return $multi(true as const, value, flat && string.find(text, "%s")[0] === undefined ? text : undefined);
  // Blank is not JSON either: told apart only once the decoder refused it.
  if (string.find(text, "^%s*$")[0] !== undefined) {
    const what = typeof expected === "string" ? expected : `a JSON object with ${table.concat(expected, ", ")}`;
    return $multi(false as const, failure(400, `the request body is empty: expected ${what}`));
  }
  return $multi(false as const, failure(400, `the request body is not valid JSON: ${value as string}`));
}

/**
 * The body as a JSON object whose field names are all in `allowed`, with at
 * least one of them present; anything else is a 4xx reply naming the problem.
 */
export function jsonObject(request: Request, allowed: string[], limit = MAX_BODY_BYTES): Parsed {
  // Only the refusals say what was expected: built when one is sent, not on every write.
  const [ok, value, compact] = jsonValue(request, allowed, limit);
  if (!ok) return $multi(undefined, value as Reply);
  const kind = kindOf(value);
  if (kind !== "object") return $multi(undefined, failure(400, `the request body must be a JSON object, got ${kind}`));
  const fields = value as Fields;
  let present = 0;
  for (const [name] of pairs(fields)) {
    // A few names: a plain scan (some routes build their list per request, so no set is kept).
    let index = allowed.length - 1;
    while (index >= 0 && allowed[index] !== name) index--;
    if (index < 0) return $multi(undefined, failure(400, `unknown field "${name}": expected ${table.concat(allowed, ", ")}`));
    present++;
  }
  if (present === 0) return $multi(undefined, failure(400, `no field given: expected ${table.concat(allowed, ", ")}`));
  request.fields = fields;
  if (compact !== undefined) {
    request.fieldsJson = compact;
    request.fieldsJsonOf = fields;
  }
  return $multi(fields);
}
