/**
 * A JSON array too big to build whole, sent as it is read: groups of items
 * come from `next`, `write` appends one item's JSON to the pieces, and
 * every `perPiece` items the pieces go out as one chunk (about one buffer).
 * Between chunks the answer hands the thread back to HAProxy, and the
 * collector is paced to what the chunk allocated. Measured on 2.6.12,
 * nbthread 1, with proxied traffic on the same thread:
 * - core.yield() between chunks is not enough: a yielded applet runs again
 *   in the same scheduler pass, and proxied p99 was 62 ms (158 proxied req/s)
 *   while one client looped on GET /stats, whatever the chunk size;
 *   core.msleep(0) goes back through the poller: 3.5 ms, 6,200 req/s.
 * - left to its own pace, the collector let looping answers pile garbage up
 *   to tune.lua.maxmem, where buffers (table.concat, string.format) fail
 *   without an emergency collection (lauxlib allocates them directly) and
 *   HAProxy aborted on some of those failures.
 * An error while reading can only cut the answer short (the status is
 * sent): it is raised, and the service logs it (service.ts).
 */
import { JSON_TYPE, streamed, type Reply } from "./response";

/** The pieces of a chunk, with their count kept by hand. */
export type Parts = LuaTable<number, string | number>;

/** The next group of items; undefined at the end, with the error if reading failed. */
export type NextGroup<T> = (this: void) => LuaMultiReturn<[items: T[]] | [items: undefined, err?: { message: string }]>;

/** Appends `item`'s JSON to `parts` after index `n` (true: it was written; false: left out); answers the new count. */
export type WriteItem<T> = (this: void, parts: Parts, n: number, item: T) => LuaMultiReturn<[n: number, written: boolean]>;

export function streamArray<T>(next: NextGroup<T>, writeItem: WriteItem<T>, perPiece: number, what: string): Reply {
  return streamed(JSON_TYPE, (write) => {
    const parts: Parts = new LuaTable();
    parts.set(1, "[");
    let n = 1;
    let items = 0;
    let heap = collectgarbage("count");
    let first = true;
    for (;;) {
      const [group, err] = next();
      if (group === undefined) {
        if (err !== undefined) error(`reading the ${what} failed: ${err.message}`, 0);
        break;
      }
      for (const item of group) {
        if (!first) parts.set(n + 1, ",");
        const [count, written] = writeItem(parts, first ? n : n + 1, item);
        if (written) {
          n = count;
          first = false;
          items++;
        }
      }
      if (items >= perPiece) {
        write(table.concat(parts as unknown as string[], "", 1, n));
        n = 0;
        items = 0;
        const grown = collectgarbage("count") - heap;
        if (grown >= 1) collectgarbage("step", math.floor(grown));
        core.msleep(0);
        heap = collectgarbage("count");
      }
    }
    parts.set(n + 1, "]");
    write(table.concat(parts as unknown as string[], "", 1, n + 1));
  });
}
