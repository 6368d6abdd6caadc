/**
 * A strict JSON decoder (RFC 8259) for request bodies. dkjson's decoder is
 * lenient: it takes `{"a":1 "b":2}`, `[1,]`, `key: value` pairs inside
 * arrays, and keeps the last of two equal keys, so a body that is not JSON,
 * or says two things, would reach a handler. This one refuses all of that,
 * invalid UTF-8 and nesting deeper than MAX_DEPTH, naming the byte where it
 * stopped. Bodies are small (http/request.ts caps them), so it is plain Lua
 * over string.find and string.byte, without recursion limits to worry about.
 */

/** Deeper than this is refused: no body this API takes nests beyond 2. */
export const MAX_DEPTH = 32;

/** What decoded values are marked with, and what JSON null becomes. */
export interface Marks {
  nullValue: unknown;
  /** Metatables set on decoded arrays and objects (json.ts marks them with __jsontype). */
  arrayMeta: object;
  objectMeta: object;
}

type Step = LuaMultiReturn<[value: unknown, next: number] | [problem: string, next: undefined]>;

const ESCAPES = new LuaTable<string, string>();
for (const [escape, char] of pairs({ '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" })) {
  ESCAPES.set(escape, char);
}

/** Characters a string holds as they are: anything but a quote, a backslash or a control character. */
const PLAIN = `^[^"\\${string.char(0)}-${string.char(31)}]*`;

function at(text: string, pos: number): string {
  if (pos > text.length) return "end of text";
  const byte = string.byte(text, pos);
  const shown = byte >= 32 && byte < 127 ? `"${string.char(byte)}"` : string.format("byte 0x%02X", byte);
  return `${shown} at byte ${pos}`;
}

function fail(problem: string): Step {
  return $multi(problem, undefined);
}

function skipSpace(text: string, pos: number): number {
  const [, last] = string.find(text, "^[ \t\r\n]*", pos);
  return (last as number) + 1;
}

function hex4(text: string, pos: number): number | undefined {
  const [digits] = string.match(text, "^%x%x%x%x", pos);
  return digits === undefined ? undefined : tonumber(digits, 16);
}

/** The string whose opening quote is at `pos`. */
function parseString(text: string, pos: number): Step {
  const parts: string[] = [];
  let i = pos + 1;
  for (;;) {
    const [, last] = string.find(text, PLAIN, i);
    if ((last as number) >= i) parts[parts.length] = string.sub(text, i, last);
    i = (last as number) + 1;
    const byte = string.byte(text, i);
    if (byte === 34) return $multi(table.concat(parts), i + 1); // closing quote
    if (byte !== 92) return fail(byte === undefined ? `unterminated string from byte ${pos}` : `control character in a string: ${at(text, i)}`);
    const escape = string.sub(text, i + 1, i + 1);
    const char = ESCAPES.get(escape);
    if (char !== undefined) {
      parts[parts.length] = char;
      i += 2;
    } else if (escape === "u") {
      let code = hex4(text, i + 2);
      if (code === undefined) return fail(`bad \\u escape at byte ${i}`);
      i += 6;
      if (code >= 0xdc00 && code <= 0xdfff) return fail(`lone low surrogate \\u escape at byte ${i - 6}`);
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = string.sub(text, i, i + 1) === "\\u" ? hex4(text, i + 2) : undefined;
        if (low === undefined || low < 0xdc00 || low > 0xdfff) return fail(`high surrogate \\u escape without its low half at byte ${i - 6}`);
        code = 0x10000 + (code - 0xd800) * 0x400 + (low - 0xdc00);
        i += 6;
      }
      parts[parts.length] = utf8.char(code);
    } else {
      return fail(`bad escape in a string: ${at(text, i + 1)}`);
    }
  }
}

/** A number as the JSON grammar writes it: -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)? */
function parseNumber(text: string, pos: number): Step {
  let [, last] = string.find(text, "^-?0", pos);
  if (last === undefined) [, last] = string.find(text, "^-?[1-9]%d*", pos);
  if (last === undefined) return fail(`bad number: ${at(text, pos)}`);
  const [, fraction] = string.find(text, "^%.%d+", last + 1);
  if (fraction !== undefined) last = fraction;
  else if (string.sub(text, last + 1, last + 1) === ".") return fail(`bad number: no digit after the point at byte ${last + 1}`);
  const [, exponent] = string.find(text, "^[eE][-+]?%d+", last + 1);
  if (exponent !== undefined) last = exponent;
  else if (string.find(text, "^[eE]", last + 1)[0] !== undefined) return fail(`bad number: no digit in the exponent at byte ${last + 1}`);
  if (string.find(text, "^[%w.]", last + 1)[0] !== undefined) return fail(`bad number: ${at(text, last + 1)}`);
  return $multi(tonumber(string.sub(text, pos, last)), last + 1);
}

const LITERALS: Array<[string, (marks: Marks) => unknown]> = [
  ["true", () => true],
  ["false", () => false],
  ["null", (marks) => marks.nullValue],
];

function parseLiteral(text: string, pos: number, marks: Marks): Step {
  for (const [word, value] of LITERALS) {
    if (string.sub(text, pos, pos + word.length - 1) === word && string.find(text, "^%w", pos + word.length)[0] === undefined) {
      return $multi(value(marks), pos + word.length);
    }
  }
  return fail(`unexpected ${at(text, pos)}`);
}

/** An array or object whose opening bracket is at `pos`. */
function parseContainer(text: string, pos: number, marks: Marks, depth: number): Step {
  if (depth > MAX_DEPTH) return fail(`nesting deeper than ${MAX_DEPTH} levels at byte ${pos}`);
  const isObject = string.byte(text, pos) === 123;
  const close = isObject ? "}" : "]";
  const container = new LuaTable<AnyNotNil, unknown>();
  setmetatable(container, (isObject ? marks.objectMeta : marks.arrayMeta) as LuaMetatable<LuaTable<AnyNotNil, unknown>>);
  let count = 0;
  let i = skipSpace(text, pos + 1);
  if (string.sub(text, i, i) === close) return $multi(container, i + 1);
  for (;;) {
    let key: AnyNotNil = count + 1;
    if (isObject) {
      if (string.sub(text, i, i) !== '"') return fail(`expected a string key, got ${at(text, i)}`);
      const [name, afterName] = parseString(text, i);
      if (afterName === undefined) return fail(name as string);
      if (container.get(name as string) !== undefined) return fail(`duplicate key "${name as string}" at byte ${i}`);
      i = skipSpace(text, afterName);
      if (string.sub(text, i, i) !== ":") return fail(`expected ":" after a key, got ${at(text, i)}`);
      i = skipSpace(text, i + 1);
      key = name as string;
    }
    const [value, next] = parseValue(text, i, marks, depth);
    if (next === undefined) return fail(value as string);
    container.set(key, value);
    count++;
    i = skipSpace(text, next);
    const separator = string.sub(text, i, i);
    if (separator === close) return $multi(container, i + 1);
    if (separator !== ",") return fail(`expected "," or "${close}", got ${at(text, i)}`);
    i = skipSpace(text, i + 1);
  }
}

function parseValue(text: string, pos: number, marks: Marks, depth: number): Step {
  const first = string.sub(text, pos, pos);
  if (first === '"') return parseString(text, pos);
  if (first === "{" || first === "[") return parseContainer(text, pos, marks, depth + 1);
  if (first === "-" || string.find(first, "^%d")[0] !== undefined) return parseNumber(text, pos);
  return parseLiteral(text, pos, marks);
}

/** `flat`: read by flatObject, a flat object of plain strings, integers and literals (what most writes send). */
export type Parsed = LuaMultiReturn<[ok: true, value: unknown, flat: boolean] | [ok: false, problem: string]>;

/** A key or string value of plain characters, and what follows a flat object's key. */
const FLAT_KEY = `^[ \t\r\n]*"([^"\\${string.char(0)}-${string.char(31)}]*)"[ \t\r\n]*:[ \t\r\n]*`;
const FLAT_STRING = `^"([^"\\${string.char(0)}-${string.char(31)}]*)"`;
const FLAT_AFTER = "^[ \t\r\n]*([,}])";

/**
 * The body most writes send, `{"current": 7}` or `{"admin_state": "drain"}`:
 * an object of plain strings, integers, true, false and null, read with a
 * pattern per field. Anything else (an escape, a fraction, nesting, a
 * duplicate key, an error) is undefined, for the full parser to take or
 * refuse: what this reads, parseContainer reads the same.
 */
function flatObject(text: string, marks: Marks): LuaTable<string, unknown> | undefined {
  let [, i] = string.find(text, "^[ \t\r\n]*{");
  if (i === undefined) return undefined;
  const object = new LuaTable<string, unknown>();
  for (;;) {
    const [, keyEnd, key] = string.find(text, FLAT_KEY, i + 1);
    if (keyEnd === undefined || object.has(key as string)) return undefined;
    i = keyEnd + 1;
    const first = string.byte(text, i);
    let value: unknown;
    let last: number | undefined;
    if (first === 34) {
      // Declared, not assigned by destructuring: that would build a table of the results.
      const [, stringEnd, plain] = string.find(text, FLAT_STRING, i);
      last = stringEnd;
      value = plain;
    } else if (first === 45 || (first !== undefined && first >= 48 && first <= 57)) {
      const [, end, digits, lead, rest] = string.find(text, "^(%-?(%d)(%d*))", i);
      // JSON has no leading zeros; a fraction, an exponent or a letter after the digits fails FLAT_AFTER below.
      if (end === undefined || (lead === "0" && rest !== "")) return undefined;
      last = end;
      value = math.tointeger(tonumber(digits) as number);
      if (value === undefined) return undefined;
    } else {
      const [literal, next] = parseLiteral(text, i, marks);
      if (next === undefined) return undefined;
      value = literal;
      last = next - 1;
    }
    if (last === undefined) return undefined;
    object.set(key as string, value);
    const [, sepEnd, separator] = string.find(text, FLAT_AFTER, last + 1);
    if (sepEnd === undefined) return undefined;
    i = sepEnd;
    if (separator === "}") break;
  }
  if (string.find(text, "^[ \t\r\n]*$", i + 1)[0] === undefined) return undefined;
  return setmetatable(object, marks.objectMeta as LuaMetatable<LuaTable<string, unknown>>);
}

/** The one JSON value `text` holds, with only white space around it. */
export function parse(text: string, marks: Marks): Parsed {
  // lua-types declares utf8.len as returning a number; it returns nil and the bad byte's position on invalid UTF-8.
  const [valid, badByte] = (utf8.len as unknown as (this: void, s: string) => LuaMultiReturn<[number] | [undefined, number]>)(text);
  if (valid === undefined) return $multi(false as const, `not UTF-8 at byte ${badByte as number}`);
  const flat = flatObject(text, marks);
  if (flat !== undefined) return $multi(true as const, flat, true);
  const [value, next] = parseValue(text, skipSpace(text, 1), marks, 0);
  if (next === undefined) return $multi(false as const, value as string);
  const end = skipSpace(text, next);
  if (end <= text.length) return $multi(false as const, `unexpected text after the JSON value: ${at(text, end)}`);
  return $multi(true as const, value, false);
}

/**
 * A JSON array of objects read as it arrives (http/bulk.ts), by this same
 * grammar: "[" then objects separated by single commas then "]", white
 * space around, nothing after; each object decoded by parseContainer once
 * it is whole (objects do not nest), its bytes checked as UTF-8. The common
 * {"key": "...", "value": "..."} of plain strings takes a pattern instead,
 * which accepts exactly what parseContainer would (no control character,
 * no escape, valid UTF-8, distinct keys). `more` gives the next piece of
 * text ("" at the end) or a problem; `onItem` may refuse an item.
 */
export type MorePieces = (this: void) => LuaMultiReturn<[piece: string] | [piece: undefined, status: number, problem: string]>;
export type OnObject = (this: void, item: LuaTable<string, unknown>, number: number) => string | undefined;
export type Streamed = LuaMultiReturn<[count: number] | [count: undefined, status: number, problem: string]>;

/** A string of plain characters: no quote, backslash or control character. */
const PLAIN_STRING = `"([^"\\${string.char(0)}-${string.char(31)}]*)"`;
const WS = "[ \t\r\n]*";
const PAIR = `${WS}"(%a+)"${WS}:${WS}${PLAIN_STRING}${WS}`;
const ONE_PAIR = `^{${PAIR}}$`;
const TWO_PAIRS = `^{${PAIR},${PAIR}}$`;

/** The common item, or undefined for the decoder to take. */
function plainObject(text: string, marks: Marks): LuaTable<string, unknown> | undefined {
  const [a, x, b, y] = string.match(text, TWO_PAIRS);
  const [c, z] = a === undefined ? string.match(text, ONE_PAIR) : [undefined, undefined];
  if (a === undefined && c === undefined) return undefined;
  if (a !== undefined && a === b) return undefined; // a duplicate key: the decoder says so
  const item = new LuaTable<string, unknown>();
  setmetatable(item, marks.objectMeta as LuaMetatable<LuaTable<string, unknown>>);
  if (a !== undefined) {
    item.set(a, x);
    item.set(b as string, y);
  } else item.set(c as string, z);
  return item;
}

export function parseObjects(more: MorePieces, onItem: OnObject, marks: Marks): Streamed {
  let buffer = "";
  let position = 1;
  let ended = false;
  /** Appends the next piece, dropping what is before `position`: the shift of indexes; -1 at the end. */
  const fill = (): LuaMultiReturn<[shift: number] | [shift: undefined, status: number, problem: string]> => {
    if (ended) return $multi(-1);
    const [piece, status, problem] = more();
    if (piece === undefined) return $multi(undefined, status as number, problem as string);
    if (piece === "") {
      ended = true;
      return $multi(-1);
    }
    const shift = position - 1;
    buffer = string.sub(buffer, position) + piece;
    position = 1;
    return $multi(shift);
  };
  /** The next character that is not white space, with its index; undefined at the end of the text. */
  const nextMark = (): LuaMultiReturn<[mark: string | undefined, at: number] | [mark: undefined, at: undefined, status: number, problem: string]> => {
    for (;;) {
      const [at] = string.find(buffer, "[^ \t\r\n]", position);
      if (at !== undefined) return $multi(string.sub(buffer, at, at), at);
      position = buffer.length + 1;
      const [shift, status, problem] = fill();
      if (shift === undefined) return $multi(undefined, undefined, status, problem);
      if (shift < 0) return $multi(undefined, position);
    }
  };
  const where = (count: number): string => (count === 0 ? "at the start" : `after item ${count}`);
  let count = 0;
  // "[" first.
  let [mark, at, status, problem] = nextMark();
  if (at === undefined) return $multi(undefined, status as number, problem as string);
  if (mark !== "[") return $multi(undefined, 400, mark === undefined ? "the request body is empty: expected a JSON array of objects" : "the request body must be a JSON array of objects");
  position = at + 1;
  for (;;) {
    [mark, at, status, problem] = nextMark();
    if (at === undefined) return $multi(undefined, status as number, problem as string);
    if (mark === undefined) return $multi(undefined, 400, "the JSON array is not closed (the body was cut short?)");
    if (mark === "]" && count === 0) break;
    if (count > 0) {
      if (mark === "]") break;
      if (mark !== ",") return $multi(undefined, 400, `expected "," or "]" ${where(count)}, got ${at_(buffer, at)}`);
      position = at + 1;
      [mark, at, status, problem] = nextMark();
      if (at === undefined) return $multi(undefined, status as number, problem as string);
      if (mark === undefined) return $multi(undefined, 400, "the JSON array is not closed (the body was cut short?)");
    }
    if (mark !== "{") return $multi(undefined, 400, `item ${count + 1}: expected an object, got ${at_(buffer, at)}`);
    // The object's end: the first "}" outside a string. Indexes move when more text arrives.
    position = at;
    let scan = at + 1;
    let inString = false;
    let stop: number | undefined;
    while (stop === undefined) {
      const [next, , char] = string.find(buffer, inString ? '(["\\])' : '(["{}%[])', scan);
      if (next === undefined || (char === "\\" && next === buffer.length)) {
        const [shift, fillStatus, fillProblem] = fill();
        if (shift === undefined) return $multi(undefined, fillStatus, fillProblem);
        if (shift < 0) return $multi(undefined, 400, `item ${count + 1}: the object is not closed (the body was cut short?)`);
        scan -= shift;
        continue;
      }
      if (inString) {
        if (char === "\\") scan = next + 2; // the escaped character is skipped
        else {
          inString = false;
          scan = next + 1;
        }
      } else if (char === '"') {
        inString = true;
        scan = next + 1;
      } else if (char === "}") {
        stop = next;
      } else {
        return $multi(undefined, 400, `item ${count + 1}: objects and arrays inside items are not taken`);
      }
    }
    const text = string.sub(buffer, position, stop);
    const [valid, bad] = (utf8.len as unknown as (this: void, s: string) => LuaMultiReturn<[number] | [undefined, number]>)(text);
    if (valid === undefined) return $multi(undefined, 400, `item ${count + 1}: not UTF-8 at its byte ${bad as number}`);
    let item = plainObject(text, marks);
    if (item === undefined) {
      const [value, after] = parseContainer(text, 1, marks, 1);
      if (after === undefined) return $multi(undefined, 400, `item ${count + 1} is not valid JSON: ${value as string}`);
      item = value as LuaTable<string, unknown>;
    }
    count++;
    const refused = onItem(item, count);
    if (refused !== undefined) return $multi(undefined, 400, refused);
    position = stop + 1;
  }
  // Nothing but white space after the array.
  position = (at as number) + 1;
  [mark, at, status, problem] = nextMark();
  if (at === undefined) return $multi(undefined, status as number, problem as string);
  if (mark !== undefined) return $multi(undefined, 400, `unexpected text after the JSON array: ${at_(buffer, at)}`);
  return $multi(count);
}

/** `at` for the streamed parser's messages (its own indexes move). */
function at_(text: string, pos: number): string {
  const byte = string.byte(text, pos);
  if (byte === undefined) return "end of text";
  return byte >= 32 && byte < 127 ? `"${string.char(byte)}"` : string.format("byte 0x%02X", byte);
}
