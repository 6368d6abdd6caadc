/**
 * Bulk bodies: a JSON array of flat objects ([{"key": "...", "value": "..."},
 * ...]) read in pieces as it arrives and handed over one object at a time,
 * so a 100,000-entry body (several MB, far over HAProxy's 16 KiB buffer)
 * never sits whole in Lua's memory nor goes through one big decode. Objects
 * may not nest. Each object's text is decoded alone (a pattern catches the
 * common {"key": "...", "value": "..."} without escapes; anything else goes
 * through the JSON decoder).
 */
import { decode, kindOf } from "./json";
import { header, type Request } from "./request";

/** What a bulk body may weigh: HAPROXY_API_MAX_BULK_BYTES, 16 MiB by default. */
export function maxBulkBytes(): number {
  const given = tonumber(os.getenv("HAPROXY_API_MAX_BULK_BYTES") ?? "");
  return given !== undefined && given >= 1024 ? math.floor(given) : 16 * 1024 * 1024;
}

/** Bytes asked of each read of the body. */
const PIECE = 16 * 1024;

export type Item = LuaTable<string, unknown>;
/** Called for each object, numbered from 1: a problem stops the read. */
export type OnItem = (this: void, item: Item, number: number) => string | undefined;

/** The read's outcome: the objects' count, or a status and a problem (413 over the limit, 400 for bad JSON or a problem `onItem` gave). */
export type BulkRead = LuaMultiReturn<[count: number] | [count: undefined, status: number, problem: string]>;

function fastItem(text: string): Item | undefined {
  const [a, x, b, y] = string.match(text, '^{%s*"(%a+)"%s*:%s*"([^"\\]*)"%s*,%s*"(%a+)"%s*:%s*"([^"\\]*)"%s*}$');
  if (a !== undefined) {
    const item = new LuaTable<string, unknown>();
    item.set(a, x);
    item.set(b, y);
    return a === b ? undefined : item;
  }
  const [c, z] = string.match(text, '^{%s*"(%a+)"%s*:%s*"([^"\\]*)"%s*}$');
  if (c === undefined) return undefined;
  const item = new LuaTable<string, unknown>();
  item.set(c, z);
  return item;
}

/** Reads the body as a JSON array of objects, calling `onItem` for each as soon as it is whole. */
export function readObjects(request: Request, limit: number, onItem: OnItem): BulkRead {
  const announced = tonumber(header(request, "content-length") ?? "");
  if (announced !== undefined && announced > limit) return $multi(undefined, 413, `request body of ${announced} bytes is over the limit of ${limit} bytes (HAPROXY_API_MAX_BULK_BYTES)`);
  let buffer = "";
  let position = 1;
  let size = 0;
  let count = 0;
  let opened = false;
  let closed = false;
  let ended = false;
  /** Reads more, dropping what was before `position`: the shift of every index (>= 0); -1 at the end of the body; a problem over the limit. */
  const more = (): number | string => {
    if (ended) return -1;
    const chunk = request.applet.receive(PIECE);
    if (chunk === undefined || chunk === "") {
      ended = true;
      return -1;
    }
    size += chunk.length;
    if (size > limit) return `request body is over the limit of ${limit} bytes (HAPROXY_API_MAX_BULK_BYTES)`;
    const shift = position - 1;
    buffer = string.sub(buffer, position) + chunk;
    position = 1;
    return shift;
  };
  for (;;) {
    // The next character that matters: "[", "{", "]", ",", or the end.
    const [at, , mark] = string.find(buffer, "([^%s])", position);
    if (at === undefined) {
      position = buffer.length + 1;
      const got = more();
      if (typeof got === "string") return $multi(undefined, 413, got);
      if (got >= 0) continue;
      if (!closed) return $multi(undefined, 400, opened ? "the JSON array is not closed (the body was cut short?)" : "the request body is empty: expected a JSON array of objects");
      return $multi(count);
    }
    if (closed) return $multi(undefined, 400, "unexpected text after the JSON array");
    if (!opened) {
      if (mark !== "[") return $multi(undefined, 400, "the request body must be a JSON array of objects");
      opened = true;
      position = at + 1;
      continue;
    }
    if (mark === "]") {
      closed = true;
      position = at + 1;
      continue;
    }
    if (mark === "," && count > 0) {
      position = at + 1;
      continue;
    }
    if (mark !== "{") return $multi(undefined, 400, `item ${count + 1}: expected an object`);
    // The object's end: the first "}" outside a string (objects do not nest). Indices move when more arrives.
    position = at;
    let scan = at + 1;
    let inString = false;
    let stop: number | undefined;
    while (stop === undefined) {
      const [next, , char] = string.find(buffer, inString ? '(["\\])' : '(["{}])', scan);
      if (next === undefined || (char === "\\" && next === buffer.length)) {
        const got = more();
        if (typeof got === "string") return $multi(undefined, 413, got);
        if (got < 0) return $multi(undefined, 400, `item ${count + 1}: the object is not closed (the body was cut short?)`);
        scan -= got;
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
      } else if (char === "{") {
        return $multi(undefined, 400, `item ${count + 1}: objects inside items are not taken`);
      } else {
        stop = next;
      }
    }
    const text = string.sub(buffer, position, stop);
    let item = fastItem(text);
    if (item === undefined) {
      const [ok, value] = decode(text);
      if (!ok) return $multi(undefined, 400, `item ${count + 1} is not valid JSON: ${value as string}`);
      if (kindOf(value) !== "object") return $multi(undefined, 400, `item ${count + 1}: expected an object`);
      item = value as Item;
    }
    count++;
    const problem = onItem(item, count);
    if (problem !== undefined) return $multi(undefined, 400, problem);
    position = stop + 1;
  }
}
