/**
 * Bulk bodies: a JSON array of flat objects ([{"key": "...", "value": "..."},
 * ...]) read in pieces as it arrives and handed over one object at a time,
 * so a 100,000-entry body (several MB, far over HAProxy's 16 KiB buffer)
 * never sits whole in Lua's memory nor goes through one big decode. Objects
 * may not nest. The strict decoder's own grammar reads it (jsonparse.ts).
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
import { decodeObjects } from "./json";
import { header, type Request } from "./request";

/** What a bulk body may weigh: HAPROXY_API_MAX_BULK_BYTES, 16 MiB by default. */
export function maxBulkBytes(): number {
  const given = tonumber(os.getenv("HAPROXY_API_MAX_BULK_BYTES") ?? "");
  return given !== undefined && given >= 1024 ? math.floor(given) : 16 * 1024 * 1024;
}

/** Bytes asked of each read of the body. */
const PIECE = 16 * 1024;

/** What a short body says: HAProxy's bug, not the client's body. */
export const DROPPED =
  "HAProxy lost part of the request body while the API waited (HAProxy's bug fixed upstream by commit b81ab159a, \"hlua: fix hlua_applet_{http,tcp}_fct() yield regression (lost data)\": upgrade HAProxy); nothing was changed, and this HAProxy's bodies are read whole from now on: send it again";

export type Item = LuaTable<string, unknown>;
/** Called for each object, numbered from 1: a problem stops the read. */
export type OnItem = (this: void, item: Item, number: number) => string | undefined;

/** The read's outcome: the objects' count, or a status and a problem (413 over the limit, 400 for bad JSON or a problem `onItem` gave). */
export type BulkRead = LuaMultiReturn<[count: number] | [count: undefined, status: number, problem: string]>;

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

/**
 * Reads an opened bulk body as a JSON array of objects, calling `onItem`
 * for each as soon as it is whole, by the strict decoder's grammar
 * (jsonparse.ts parseObjects): what a single-entry route refuses, a whole
 * replace refuses too.
 */
export function readObjects(body: BulkBody, onItem: OnItem): BulkRead {
  const { announced, limit, next: receive } = body;
  let size = 0;
  let ended = false;
  const [count, status, problem] = decodeObjects(() => {
    const chunk = receive();
    if (chunk === "") {
      ended = true;
      if (announced !== undefined && size < announced) return $multi(undefined, 503, dropped());
      return $multi("");
    }
    size += chunk.length;
    if (size > limit) return $multi(undefined, 413, `request body is over the limit of ${limit} bytes (HAPROXY_API_MAX_BULK_BYTES)`);
    return $multi(chunk);
  }, onItem);
  if (count !== undefined) return $multi(count);
  if (status !== 400 || ended || announced === undefined) return $multi(undefined, status as number, problem as string);
  // Lost data reads as JSON cut and joined anywhere: before blaming the body, count the rest of it.
  for (;;) {
    const chunk = receive();
    if (chunk === "") break;
    size += chunk.length;
    if (size >= announced) break;
  }
  if (size < announced) return $multi(undefined, 503, dropped());
  return $multi(undefined, status, problem as string);
}

/** HAProxy lost request data: said once here, and this build is treated as affected from now on. */
function dropped(): string {
  noteRequestDataDropped();
  return DROPPED;
}
