/**
 * The query string: "key=a%20b&filter=data.gpc0:gt:0" as names mapped to
 * their values, in order (a name may repeat). Form encoding: "+" is a
 * space, so a literal "+" travels as %2B.
 */
import { failure } from "./errors";
import type { Request } from "./request";
import type { Reply } from "./response";

export type Query = LuaTable<string, string[]>;
type Parsed = LuaMultiReturn<[query: Query] | [query: undefined, reply: Reply]>;

function hexByte(this: void, hex: string): string {
  return string.char(tonumber(hex, 16) as number);
}

/** One percent-encoded component, or undefined when a "%" is not followed by two hex digits. */
function decoded(text: string): string | undefined {
  const [spaced] = string.gsub(text, "%+", " ");
  const [, percents] = string.gsub(spaced, "%%", "");
  const [plain, escapes] = string.gsub(spaced, "%%(%x%x)", hexByte);
  return escapes === percents ? plain : undefined;
}

/**
 * The request's query, with only `allowed` names; anything else, or a bad
 * encoding, is a 400 naming it. An empty query string is an empty query.
 */
export function query(request: Request, allowed: string[]): Parsed {
  const parsed: Query = new LuaTable();
  const qs = request.applet.qs;
  if (type(qs) !== "string" || qs === "") return $multi(parsed);
  for (const [pair] of string.gmatch(qs, "[^&]+")) {
    const [rawName, rawValue] = string.match(pair, "^([^=]*)=?(.*)$");
    const name = decoded(rawName as string);
    const value = decoded(rawValue as string);
    if (name === undefined || value === undefined) return $multi(undefined, failure(400, `bad percent-encoding in query parameter "${pair}"`));
    if (!allowed.includes(name)) {
      const expected = allowed.length === 0 ? "this resource takes none" : `expected ${table.concat(allowed, ", ")}`;
      return $multi(undefined, failure(400, `unknown query parameter "${name}": ${expected}`));
    }
    const values = parsed.get(name) ?? [];
    values[values.length] = value;
    parsed.set(name, values);
  }
  return $multi(parsed);
}

/** The one value of `name`, if given; a 400 when it is given more than once. */
export function single(parsed: Query, name: string): LuaMultiReturn<[value: string | undefined, reply?: Reply]> {
  const values = parsed.get(name);
  if (values === undefined) return $multi(undefined);
  if (values.length > 1) return $multi(undefined, failure(400, `query parameter "${name}" given ${values.length} times: give it once`));
  return $multi(values[0]);
}
