/**
 * GET /events: a Server-Sent Events stream of what changes, that a client
 * can follow without ever missing a change.
 *
 * - `event: server`: a server's status, admin or operational state, weight
 *   or address changed, whoever changed it (the API, the stats socket, a
 *   health check); `was` is what it was (null for a server just added).
 *   `event: deleted`: a server is gone. `event: write`: a write made
 *   through the API, from the write log. Each has an `id:`.
 * - `event: reset`: every server's current state, as the stream's starting
 *   point; the client replaces what it holds with it.
 * - `event: load` (no id): a backend's or its servers' sessions, request
 *   rate or last check moved: samples for the page's numbers and sparklines.
 *
 * A stream opened with the last id a client saw (the Last-Event-ID header
 * EventSource sends when it reconnects, or ?since=<id>) gets every event
 * after it, from the journal (events/journal.ts); when the journal cannot
 * vouch for them (too old, another process, or a time no server was
 * watched), and for a stream opened without an id, it starts with
 * `event: reset`, taken from a baseline in which every server was looked at
 * after the stream opened (events/watch.ts): a change made at any moment
 * after a client's own list shows in the reset or as an event after it.
 * ": ready" follows the replay or the reset.
 *
 * At most MAX_STREAMS streams; the next gets a 503. A client that goes away
 * ends its stream without a word to Lua (HAProxy kills the applet at the
 * next write that fails: KEEPALIVE_MS at most), so each stream says it is
 * alive at every turn of its loop, and one that has not for STALE_MS (events/journal.ts) is
 * dropped: its slot is free again within seconds.
 */
import { decode, inOrder, NULL } from "../http/json";
import { failure } from "../http/errors";
import { header, type Request } from "../http/request";
import { query, single } from "../http/query";
import { streamed, type Reply } from "../http/response";
import { nowMs } from "../stats/core/gate";
import type { Context } from "./context";
import { anyListener, eventsAfter, idOf, journalingNow, lastSeq, listen, reap, record, relisten, seqOf, stillListening, streamsOpen, type Listener, type Queued } from "./events/journal";
import { lookedSince, passesSoFar, passSoon, snapshotGroup, snapshotGroups, takeSnapshot, watcherProgress } from "./events/watch";

export const MAX_STREAMS = 16;
/**
 * A comment line this often. It keeps proxies from closing an idle stream,
 * and it is how HAProxy learns that a client went away: while it answers a
 * request, HTTP/1 reads nothing more from the client, so only a failed
 * write tells (measured: with 15 s, a closed stream's slot was not free
 * again within 10 s; with 2 s, it was after 2.5 s, three runs of three).
 */
const KEEPALIVE_MS = 2000;
/**
 * How often a stream looks at its queue: the most an event waits before it
 * goes out where nothing wakes the stream (before 3.2), and the most a load
 * sample waits everywhere.
 */
const TURN_MS = 50;
/**
 * From 3.2 a stream sleeps until an event wakes it (Queue:alarm()), or this
 * long: its turn for load samples, the keepalive, and telling reap() it is
 * alive (well within STALE_MS). 16 streams wake 64 times a second instead
 * of 320.
 */
const WOKEN_TURN_MS = 250;
/** Servers per data line of a reset: one buffer's worth, then the thread goes back to HAProxy. */
const RESET_GROUP = 50;

const WRITE_ORDER = ["method", "path", "status", "result"];

/** A write the API made (api/audit.ts): method, path, status, and the answer's JSON body as `result` (null without one). */
export function publishWrite(method: string, path: string, status: number, body: string | undefined): void {
  if (!anyListener() && !journalingNow()) return;
  let result: unknown = NULL;
  if (body !== undefined && body !== "") {
    const [ok, value] = decode(body);
    if (ok) result = value;
  }
  record("write", inOrder({ method, path, status, result }, WRITE_ORDER));
}

/** The id a client resumes from: Last-Event-ID, or ?since= (which wins); undefined when none. */
function resumeFrom(request: Request): LuaMultiReturn<[id: string | undefined, refused: undefined] | [id: undefined, refused: Reply]> {
  const [parsed, refused] = query(request, ["since"]);
  if (parsed === undefined) return $multi(undefined, refused);
  const [since, twice] = single(parsed, "since");
  if (twice !== undefined) return $multi(undefined, twice);
  return $multi(since ?? header(request, "last-event-id"), undefined);
}

/** Writes `event: reset`: every server's state, a data line per group, with the id of the last event it covers; how many servers it told. */
function writeReset(write: (this: void, piece: string) => void, at: number): number {
  const taken = takeSnapshot();
  write(`id: ${idOf(at)}\nevent: reset\ndata: {"servers":[\n`);
  const groups = snapshotGroups(taken, RESET_GROUP);
  for (let index = 0; index < groups; index++) {
    write(`data: ${index === 0 ? "" : ","}${snapshotGroup(taken, index, RESET_GROUP)}\n`);
    core.msleep(0);
  }
  write("data: ]}\n\n");
  return taken.servers.length;
}

/** GET /events [?since=<id>]. */
export function getEvents(_context: Context, request: Request): Reply {
  const [since, refused] = resumeFrom(request);
  if (refused !== undefined) return refused;
  const openedAt = nowMs();
  reap(openedAt);
  if (streamsOpen() >= MAX_STREAMS) {
    core.log(core.debug, string.format("haproxy-api: /events refused to %s: %d streams open", request.source ?? "-", MAX_STREAMS));
    return failure(503, `${MAX_STREAMS} event streams are open already: close one, or poll instead`);
  }
  // From here to the first yield nothing else runs: the listener is queued from the very event the replay stops at.
  const listener = listen();
  const sinceSeq = seqOf(since);
  let replay = sinceSeq === undefined ? undefined : eventsAfter(sinceSeq);
  let covered = replay === undefined ? 0 : lastSeq();
  const openedAtPass = passesSoFar();
  if (replay === undefined) passSoon();
  core.log(core.debug, string.format("haproxy-api: /events stream #%d opened by %s, %s; %d open", listener.id, request.source ?? "-",
    replay === undefined ? `waiting for a pass after pass ${openedAtPass} for its reset` : `resuming after ${tostring(since)}`, streamsOpen()));
  const reply = streamed("text/event-stream", (write) => {
    write(": haproxy-api events\n\nretry: 1000\n\n");
    let lastWrite = nowMs();
    let ready = false;
    for (;;) {
      const at = nowMs();
      listener.seen = at;
      if (!stillListening(listener)) {
        // Reaped while it could not run (a long stall): count it again, or end if full.
        if (streamsOpen() >= MAX_STREAMS) return;
        relisten(listener);
      }
      if (listener.dropped > 0) {
        // Its queue overflowed: start over from the journal if it can, else from a reset.
        listener.dropped = 0;
        replay = eventsAfter(covered);
        ready = false;
        if (replay !== undefined) covered = lastSeq();
        listener.queue = [];
        if (replay === undefined) passSoon();
        core.log(core.debug, string.format("haproxy-api: /events stream #%d starts over (it missed events): %s", listener.id, replay === undefined ? "from a reset" : "from the journal"));
      }
      if (!ready && replay !== undefined) {
        ready = true;
        write(`${table.concat(replay)}: ready\n\n`);
        core.log(core.debug, string.format("haproxy-api: /events stream #%d ready after %.0f ms: %d events from the journal", listener.id, at - openedAt, replay.length));
        replay = undefined;
        lastWrite = at;
      } else if (!ready && lookedSince(openedAtPass)) {
        // Every server was looked at since the stream opened: the reset is its starting point.
        ready = true;
        covered = lastSeq();
        const servers = writeReset(write, covered);
        write(": ready\n\n");
        lastWrite = nowMs();
        core.log(core.debug, string.format("haproxy-api: /events stream #%d ready after %.0f ms: a reset of %d servers at event %d", listener.id, lastWrite - openedAt, servers, covered));
      } else if (!ready && at - lastWrite >= KEEPALIVE_MS) {
        // Still no starting point: the client is told what the stream waits for, in words, or why none comes.
        const [words, failed] = watcherProgress();
        if (failed !== undefined) {
          write(`: error: no starting point: the watcher failed (${failed}); HAProxy's log has the details\n\n`);
          core.log(core.debug, string.format("haproxy-api: /events stream #%d ended: the watcher failed", listener.id));
          return;
        }
        write(`: waiting for ${words}\n\n`);
        lastWrite = at;
      }
      if (ready && listener.queue.length > 0) {
        const pending = listener.queue;
        listener.queue = [];
        const written = writeQueued(write, pending, covered);
        if (written !== undefined) {
          covered = written;
          lastWrite = nowMs();
        }
      } else if (at - lastWrite >= KEEPALIVE_MS) {
        write(": keepalive\n\n");
        lastWrite = at;
      }
      pause(listener, ready);
    }
  });
  reply.headers = { "cache-control": "no-cache", "x-accel-buffering": "no" };
  return reply;
}

/**
 * Waits for the stream's next turn: until an event is recorded for it or
 * WOKEN_TURN_MS passed, where the HAProxy can wake it and it has started
 * (before, it waits for the watcher, which wakes nobody); else TURN_MS.
 */
function pause(listener: Listener, ready: boolean): void {
  const wake = listener.wake;
  if (wake === undefined || !ready) {
    core.msleep(TURN_MS);
    return;
  }
  // Armed before looking: a push from here on wakes the wait below, a push before it is seen now.
  wake.alarm!();
  if (wake.pop() !== undefined) return;
  core.wait!(WOKEN_TURN_MS);
  wake.pop();
}

/**
 * Writes the queued events the client does not have (numbered after
 * `covered`, and samples); the number of the last one it now has, or
 * undefined when nothing was written.
 */
function writeQueued(write: (this: void, piece: string) => void, pending: Queued[], covered: number): number | undefined {
  const texts: string[] = [];
  let last = covered;
  for (const item of pending) {
    if (item.seq !== 0 && item.seq <= covered) continue;
    texts[texts.length] = item.text;
    if (item.seq > last) last = item.seq;
  }
  if (texts.length === 0) return undefined;
  write(table.concat(texts));
  return last;
}
