/**
 * Bulk bodies: a JSON array of flat objects ([{"key": "...", "value": "..."},
 * ...]) read in pieces as it arrives and handed over one object at a time,
 * so a 100,000-entry body (several MB, far over HAProxy's 16 KiB buffer)
 * never sits whole in Lua's memory nor goes through one big decode. Objects
 * may not nest. Each object's text is decoded alone (a pattern catches the
 * common {"key": "...", "value": "..."} without escapes; anything else goes
 * through the JSON decoder).
 *
 * On HAProxy builds that drop request data still buffered when a Lua
 * service yields (2.8 up to upstream fix b81ab159a, core/capabilities.ts),
 * the whole body is read first, with no yield but receive()'s own (which
 * waits only once the buffer is empty), and parsed from memory: what the
 * caller does per object (a socket command, a yield) can then lose
 * nothing. A body that ends short of its Content-Length is said to be
 * HAProxy's loss, never blamed on the client, and the API reads bodies
 * whole from then on.
 */
import { capabilities, noteRequestDataDropped } from "../stats/core/capabilities";
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

/** What a short body says: HAProxy's bug, not the client's body. */
export const DROPPED =
  "HAProxy lost part of the request body while the API waited (HAProxy's bug fixed upstream by commit b81ab159a, \"hlua: fix hlua_applet_{http,tcp}_fct() yield regression (lost data)\": upgrade HAProxy); nothing was changed, and this HAProxy's bodies are read whole from now on: send it again";

/** A bulk body about to be read: its announced length and its pieces ("" at the end). */
export interface BulkBody {
  announced?: number;
  limit: number;
  next: (this: void) => string;
}

/**
 * Opens a bulk body: 413 at once when it announces more than `limit`. On
 * HAProxy builds that lose buffered data on a yield, every piece is read
 * here, before the caller does anything that yields.
 */
export function openBulk(request: Request, limit: number): LuaMultiReturn<[body: BulkBody] | [body: undefined, status: number, problem: string]> {
  const announced = tonumber(header(request, "content-length") ?? "");
  if (announced !== undefined && announced > limit) return $multi(undefined, 413, `request body of ${announced} bytes is over the limit of ${limit} bytes (HAPROXY_API_MAX_BULK_BYTES)`);
  const [next, tooBig] = bodyPieces(request, limit);
  if (next === undefined) return $multi(undefined, 413, tooBig);
  return $multi({ announced, limit, next });
}

/** The body's pieces as receive() gives them; on HAProxy builds that lose buffered data on a yield, all of them read at once. */
function bodyPieces(request: Request, limit: number): LuaMultiReturn<[next: (this: void) => string] | [next: undefined, problem: string]> {
  const receive = (): string => request.applet.receive(PIECE) ?? "";
  if (!capabilities().yieldDropsRequestData) return $multi(receive);
  const pieces: string[] = [];
  let size = 0;
  for (;;) {
    const piece = receive();
    if (piece === "") break;
    pieces[pieces.length] = piece;
    size += piece.length;
    if (size > limit) return $multi(undefined, `request body is over the limit of ${limit} bytes (HAPROXY_API_MAX_BULK_BYTES)`);
  }
  let index = 0;
  return $multi(() => {
    const piece = pieces[index];
    if (piece === undefined) return "";
    pieces[index] = ""; // given away: only what is left stays in memory
    index++;
    return piece;
  });
}

/** 503 for HAProxy's loss (the client did nothing wrong), 413 for a body over the limit. */
function statusOf(problem: string): number {
  return problem === DROPPED ? 503 : 413;
}

/** Reads an opened bulk body as a JSON array of objects, calling `onItem` for each as soon as it is whole. */
export function readObjects(body: BulkBody, onItem: OnItem): BulkRead {
  const { announced, limit, next: receive } = body;
  let buffer = "";
  let position = 1;
  let size = 0;
  let count = 0;
  let opened = false;
  let closed = false;
  let ended = false;
  /** Reads more, dropping what was before `position`: the shift of every index (>= 0); -1 at the end of the body; a problem over the limit, or HAProxy's loss (DROPPED). */
  const more = (): number | string => {
    if (ended) return -1;
    const chunk = receive();
    if (chunk === "") {
      ended = true;
      if (announced !== undefined && size < announced) {
        noteRequestDataDropped();
        return DROPPED;
      }
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
      if (typeof got === "string") return $multi(undefined, statusOf(got), got);
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
        if (typeof got === "string") return $multi(undefined, statusOf(got), got);
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
