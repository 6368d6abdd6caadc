/**
 * The JSON encoder for answers. It writes what dkjson wrote (the same
 * markers: `__jsontype` for arrays and objects whatever their size,
 * `__jsonorder` for field order) about six times faster on stats rows,
 * because rows share one field order per answer: each field's `"name":`
 * prefix is built once per answer, not once per row, and strings without
 * anything to escape are copied as they are. It runs on every request, so
 * it is plain Lua: string.find, string.gsub and one buffer, no polyfills.
 */

/** JSON null (decoded bodies carry it; answers may too). */
let nullValue: unknown;

export function setNull(value: unknown): void {
  nullValue = value;
}

const ESCAPES = new LuaTable<string, string>();
for (let byte = 0; byte < 32; byte++) ESCAPES.set(string.char(byte), string.format("\\u%04x", byte));
for (const [char, escaped] of pairs({ '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" })) {
  ESCAPES.set(char, escaped);
}
ESCAPES.set(string.char(127), "\\u007f");
// U+2028 and U+2029 end lines in JavaScript: quote() escapes them too, as dkjson does.

/** A byte to escape (%c holds DEL), or any byte above ASCII (U+2028, U+2029, or maybe not UTF-8). */
const NEEDS_ESCAPE = `[%c"\\${string.char(128)}-${string.char(255)}]`;
const ESCAPED = `[%c"\\]`;
const REPLACEMENT = "\u{FFFD}";
/** Surrogates encoded as UTF-8 (ED A0..BF xx): not UTF-8, though Lua 5.3's utf8.len takes them. */
const SURROGATE = `${string.char(237)}[${string.char(160)}-${string.char(191)}][${string.char(128)}-${string.char(191)}]`;
/** utf8.len as Lua has it: the length, or nil and the position of the first invalid byte. */
const utf8Len = utf8.len as unknown as (this: void, text: string, start?: number) => LuaMultiReturn<[length: number] | [length: undefined, bad: number]>;

/**
 * `text` with each byte that is not part of valid UTF-8 replaced by U+FFFD,
 * so the answer stays JSON. HAProxy's maps, ACLs and table keys may hold any
 * bytes (a Latin-1 file, a binary header); their entries are still named by
 * id. Surrogates (ED A0..BF ..), which Lua 5.3's utf8 takes, are refused too.
 */
function validUtf8(text: string): string {
  let [checked] = string.gsub(text, SURROGATE, REPLACEMENT);
  if (utf8Len(checked)[0] !== undefined) return checked;
  const parts: string[] = [];
  let start = 1;
  for (;;) {
    const [length, bad] = utf8Len(checked, start);
    if (length !== undefined) break;
    parts[parts.length] = string.sub(checked, start, bad - 1);
    parts[parts.length] = REPLACEMENT;
    start = bad + 1;
  }
  parts[parts.length] = string.sub(checked, start);
  return table.concat(parts);
}

/** `text` as a JSON string. */
export function quote(text: string): string {
  if (string.find(text, NEEDS_ESCAPE)[0] === undefined) return `"${text}"`;
  let [escaped] = string.gsub(validUtf8(text), ESCAPED, ESCAPES as unknown as Record<string, string>);
  [escaped] = string.gsub(escaped, "\u2028", "\\u2028");
  [escaped] = string.gsub(escaped, "\u2029", "\\u2029");
  return `"${escaped}"`;
}

function number(value: number): string {
  if (math.type(value) === "integer") return string.format("%d", value);
  if (value !== value || value === math.huge || value === -math.huge) return "null";
  return string.format("%.14g", value); // as dkjson: 5.0 is "5", 1e15 "1e+15"
}

/** `"name":` and `,"name":` for each field of an order, built once per order table (rows of one answer share theirs). */
interface Prefixes {
  first: LuaTable<string, string>;
  next: LuaTable<string, string>;
}

const prefixesOf = setmetatable(new LuaTable<string[], Prefixes>(), { __mode: "k" });

/** Adds `name`'s two prefixes to `into`; its first one. */
function addPrefixes(into: Prefixes, name: string): string {
  const prefix = `${quote(name)}:`;
  into.first.set(name, prefix);
  into.next.set(name, `,${prefix}`);
  return prefix;
}

function prefixes(order: string[]): Prefixes {
  let cached = prefixesOf.get(order);
  if (cached === undefined) {
    cached = { first: new LuaTable(), next: new LuaTable() };
    for (const name of order) addPrefixes(cached, name);
    prefixesOf.set(order, cached);
  }
  return cached;
}

type Json = LuaTable<AnyNotNil, unknown>;
interface Meta {
  __jsontype?: string;
  __jsonorder?: string[];
  /** True when __jsonorder names every field the table holds. */
  __jsonclosed?: boolean;
}

function isArray(value: Json, meta: Meta | undefined): boolean {
  if (meta?.__jsontype !== undefined) return meta.__jsontype === "array";
  const [first] = next(value);
  if (first === undefined) return true; // dkjson's default: {} is an empty list
  return value.length() > 0 && value.get(1) !== undefined;
}

/**
 * `"key":` for the keys of objects without an order (decoded bodies, the
 * write log's fields), kept once made; emptied when full, since clients
 * name some of these keys.
 */
const KEY_PREFIXES_MAX = 1024;
let keyPrefixes: Prefixes = { first: new LuaTable(), next: new LuaTable() };
let keyPrefixCount = 0;

/** `"key":` (`,"key":` when not `first`), made and kept. */
function keyPrefix(key: string, first: boolean): string {
  if (keyPrefixCount >= KEY_PREFIXES_MAX) {
    keyPrefixes = { first: new LuaTable(), next: new LuaTable() };
    keyPrefixCount = 0;
  }
  keyPrefixCount++;
  const prefix = addPrefixes(keyPrefixes, key);
  return first ? prefix : `,${prefix}`;
}

/**
 * The answer is written into `parts`; each writer takes the count of
 * pieces so far and returns the new count (no per-piece call: measured,
 * calls and a buffer object were half the time of a two-field answer).
 */
function encodeObject(parts: string[], n: number, value: Json, order: string[] | undefined, closed: boolean): number {
  n++;
  parts[n - 1] = "{";
  let first = true;
  let known: LuaTable<string, string> | undefined;
  if (order !== undefined) {
    const names = prefixes(order);
    known = names.first;
    const later = names.next;
    for (let index = 0; index < order.length; index++) {
      const name = order[index];
      const field = value.get(name);
      if (field !== undefined) {
        n++;
        parts[n - 1] = first ? (known.get(name) as string) : (later.get(name) as string);
        first = false;
        // Stats rows are strings and integers: those inline, the rest recurses. math.type
        // answers nil for what is not a number: integers, most fields, take one call less.
        if (math.type(field as number) === "integer") {
          n++;
          parts[n - 1] = tostring(field);
        } else if (type(field) === "string" && string.find(field as string, NEEDS_ESCAPE)[0] === undefined) {
          parts[n] = '"';
          parts[n + 1] = field as string;
          parts[n + 2] = '"';
          n += 3;
        } else {
          n = encodeInto(parts, n, field);
        }
      }
    }
  }
  if (!closed) {
    for (const [key, field] of pairs(value)) {
      if (type(key) === "string" && known?.get(key as string) === undefined) {
        n++;
        parts[n - 1] = (first ? keyPrefixes.first : keyPrefixes.next).get(key as string) ?? keyPrefix(key as string, first);
        first = false;
        n = encodeInto(parts, n, field);
      }
    }
  }
  n++;
  parts[n - 1] = "}";
  return n;
}

function encodeInto(parts: string[], n: number, value: unknown): number {
  const kind = type(value);
  if (kind === "string") {
    parts[n] = quote(value as string);
    return n + 1;
  }
  if (kind === "number") {
    parts[n] = math.type(value as number) === "integer" ? tostring(value) : number(value as number);
    return n + 1;
  }
  if (kind === "boolean") {
    parts[n] = value ? "true" : "false";
    return n + 1;
  }
  if (kind === "table" && value !== nullValue) {
    const table = value as Json;
    const meta = getmetatable(table) as Meta | undefined;
    if (!isArray(table, meta)) return encodeObject(parts, n, table, meta?.__jsonorder, meta?.__jsonclosed === true);
    parts[n] = "[";
    n++;
    const length = table.length();
    for (let index = 1; index <= length; index++) {
      if (index > 1) {
        parts[n] = ",";
        n++;
      }
      n = encodeInto(parts, n, table.get(index));
    }
    parts[n] = "]";
    return n + 1;
  }
  if (value === undefined || value === nullValue) {
    parts[n] = "null";
    return n + 1;
  }
  error(`cannot encode a ${kind} as JSON`);
}

/**
 * The pieces of the answer being encoded, kept between answers: nothing in
 * an encoding yields or encodes another value meanwhile, and a small answer
 * then allocates no table to grow (measured: four reallocations of a
 * two-field answer). One that used many pieces is let go rather than kept.
 */
let scratch: string[] = [];
const SCRATCH_KEPT = 64;

/** Compact JSON of `value`; objects without an order of their own use `order`. */
export function encodeJson(value: unknown, order?: string[]): string {
  const parts = scratch;
  let n: number;
  if (type(value) === "table" && value !== nullValue) {
    const meta = getmetatable(value) as Meta | undefined;
    const own = meta?.__jsonorder;
    if (own !== undefined) n = encodeObject(parts, 0, value as Json, own, meta?.__jsonclosed === true);
    else if (!isArray(value as Json, meta)) n = encodeObject(parts, 0, value as Json, order, false);
    else n = encodeInto(parts, 0, value);
  } else {
    n = encodeInto(parts, 0, value);
  }
  const text = table.concat(parts, "", 1, n);
  if (n > SCRATCH_KEPT) scratch = [];
  return text;
}
