/**
 * GET /events: a Server-Sent Events stream of what changes. `event: server`
 * when a server's status, admin state, operational state, weight or address
 * changes, whoever changed it (the API, the stats socket, a health check);
 * `event: write` for every write made through the API, from the write log.
 *
 * One watcher (a background task, started at init) looks at the servers
 * for all listeners, never one scan per client, and only while someone
 * listens: in-process (Server:get_stats(), about 10 us a server), a slice
 * of servers at a time with a sleep between (http/stream.ts says why), a
 * whole pass about once a second, or slower past MAX_LOOKS_PER_SECOND
 * servers. Servers added at runtime are not in HAProxy's Lua tables and are
 * not watched (stats/process/local.ts).
 *
 * A stream starts with a ": ready" comment once a pass that began after it
 * came has ended: from then on no change is missed (faster ones show as
 * their net result). At most MAX_STREAMS streams; the next gets a 503. A
 * client that goes away ends its stream without a word to Lua (HAProxy
 * kills the applet at the next write that fails: KEEPALIVE_MS at most), so
 * each stream says it is alive at every turn of its loop, and one that has
 * not for STALE_MS is dropped: its slot is free again within seconds.
 */
import { decode, encode, inOrder, NULL } from "../http/json";
import { failure } from "../http/errors";
import { streamed, type Reply } from "../http/response";
import { nowMs } from "../stats/core/gate";
import { localProxies } from "../stats/process/proxylist";
import type { Context } from "./context";

export const MAX_STREAMS = 16;
/**
 * A comment line this often. It keeps proxies from closing an idle stream,
 * and it is how HAProxy learns that a client went away: while it answers a
 * request, HTTP/1 reads nothing more from the client, so only a failed
 * write tells (measured: with 15 s, a closed stream's slot was not free
 * again within 10 s; with 2 s, it was after 2.5 s, three runs of three).
 */
const KEEPALIVE_MS = 2000;
/** How often a stream looks at its queue. */
const TURN_MS = 100;
/** A stream silent this long has been killed with its client. */
const STALE_MS = 1000;
/** How often the watcher starts a pass over every server. */
const PASS_MS = 1000;
/** Servers per slice of a pass (a get_stats() each, ~10 us and a 4 KiB table). */
const SERVERS_PER_SLICE = 10;
/**
 * At most this many servers looked at per second: a pass over 1,000 x 10
 * takes 4 s instead of 1. Measured on 1,000 x 10, nbthread 1, 16 streams
 * open, proxied traffic on the same thread: a pass a second in slices of 25
 * took a quarter of the thread (41,000 -> 30,000 req/s, p99 11 x idle);
 * 2,500 a second in slices of 10: 36,500 req/s, p99 1.6 x idle.
 */
const MAX_LOOKS_PER_SECOND = 2500;
/** Events a slow stream may have waiting; beyond, the oldest are dropped (and it is told). */
const MAX_QUEUED = 1000;

interface Listener {
  queue: string[];
  seen: number;
  dropped: number;
  /** The first pass that started after it came: done, every later change is reported. */
  needs: number;
}

const listeners = new LuaTable<Listener, boolean>();
let listening = 0;

function reap(now: number): void {
  for (const [listener] of listeners) {
    if (now - listener.seen > STALE_MS) {
      listeners.delete(listener);
      listening--;
    }
  }
}

/** Queues one event for every stream. */
function publish(event: string, data: unknown): void {
  if (listening === 0) return;
  const text = `event: ${event}\ndata: ${encode(data)}\n\n`;
  for (const [listener] of listeners) {
    if (listener.queue.length >= MAX_QUEUED) {
      listener.queue.shift();
      listener.dropped++;
    }
    listener.queue[listener.queue.length] = text;
  }
}

/** A write the API made (api/audit.ts): method, path, status, and the answer's JSON body as `result` (null without one). */
export function publishWrite(method: string, path: string, status: number, body: string | undefined): void {
  if (listening === 0) return;
  let result: unknown = NULL;
  if (body !== undefined && body !== "") {
    const [ok, value] = decode(body);
    if (ok) result = value;
  }
  publish("write", inOrder({ method, path, status, result }, WRITE_ORDER));
}

const WRITE_ORDER = ["method", "path", "status", "result"];
const SERVER_ORDER = ["backend", "server", "status", "admin_state", "operational_state", "weight", "address", "was"];
const WAS_ORDER = ["status", "weight", "address"];

/** What the watcher compares of a server. */
interface Seen {
  status: string;
  weight: number;
  address: string;
}

let seenServers = new LuaTable<Server, Seen>();
let passesStarted = 0;
let passesDone = 0;

function adminStateOf(status: string): string {
  if (string.find(status, "^MAINT")[0] !== undefined) return "maint";
  if (string.find(status, "^DRAIN")[0] !== undefined) return "drain";
  return "ready";
}

function operationalStateOf(status: string): string {
  if (string.find(status, "^DOWN")[0] !== undefined || string.find(status, "^MAINT")[0] !== undefined) return "down";
  if (string.find(status, "^NOLB")[0] !== undefined) return "nolb";
  return "up";
}

/** Looks at one server; an event when it changed since the last look (the first look only records it). */
function look(backend: string, server: Server): void {
  const row = server.get_stats();
  const now: Seen = { status: tostring(row.get("status") ?? ""), weight: (row.get("weight") as number | undefined) ?? 0, address: tostring(row.get("addr") ?? "") };
  const before = seenServers.get(server);
  seenServers.set(server, now);
  if (before === undefined || (before.status === now.status && before.weight === now.weight && before.address === now.address)) return;
  const event = {
    backend,
    server: server.name,
    status: now.status,
    admin_state: adminStateOf(now.status),
    operational_state: operationalStateOf(now.status),
    weight: now.weight,
    address: now.address,
    was: inOrder({ status: before.status, weight: before.weight, address: before.address }, WAS_ORDER),
  };
  publish("server", inOrder(event, SERVER_ORDER));
}

/** One pass over every configured server, a slice at a time, the collector paced to what each slice allocated. */
function pass(): void {
  passesStarted++;
  let slice = 0;
  let heap = collectgarbage("count");
  for (const entry of localProxies()) {
    if (!entry.backend) continue;
    for (const server of entry.servers) {
      look(entry.name, server);
      slice++;
      if (slice >= SERVERS_PER_SLICE) {
        slice = 0;
        const grown = collectgarbage("count") - heap;
        if (grown >= 1) collectgarbage("step", math.floor(grown));
        core.msleep(math.floor((SERVERS_PER_SLICE * 1000) / MAX_LOOKS_PER_SECOND));
        heap = collectgarbage("count");
        if (listening === 0) return;
      }
    }
  }
  passesDone = passesStarted;
}

/** The watcher's loop (core.register_task, at init): passes while someone listens, each guarded. */
export function watchServers(): void {
  core.register_task(() => {
    for (;;) {
      reap(nowMs());
      if (listening === 0) {
        // Nobody listens: nothing is looked at, and the next listener's first pass records afresh.
        if (next(seenServers)[0] !== undefined) seenServers = new LuaTable();
        core.msleep(PASS_MS);
        continue;
      }
      const started = nowMs();
      const [ok, err] = pcall(pass);
      if (!ok) core.log(core.err, `haproxy-api: watching the servers for /events: ${tostring(err)}`);
      const spent = nowMs() - started;
      core.msleep(math.max(TURN_MS, math.floor(PASS_MS - spent)));
    }
  });
}

/** GET /events. */
export function getEvents(_context: Context): Reply {
  const now = nowMs();
  reap(now);
  if (listening >= MAX_STREAMS) return failure(503, `${MAX_STREAMS} event streams are open already: close one, or poll instead`);
  const listener: Listener = { queue: [], seen: now, dropped: 0, needs: passesStarted + 1 };
  listeners.set(listener, true);
  listening++;
  const reply = streamed("text/event-stream", (write) => {
    write(": haproxy-api events\n\n");
    let lastWrite = nowMs();
    let ready = false;
    for (;;) {
      const at = nowMs();
      listener.seen = at;
      if (!listeners.has(listener)) {
        // Reaped while it could not run (a long stall): count it again, or end if full.
        if (listening >= MAX_STREAMS) return;
        listeners.set(listener, true);
        listening++;
      }
      if (!ready && passesDone >= listener.needs) {
        // Every server has been looked at since it came: from now on each change is an event.
        ready = true;
        write(": ready\n\n");
        lastWrite = at;
      }
      if (listener.dropped > 0) {
        write(`event: dropped\ndata: ${listener.dropped}\n\n`);
        listener.dropped = 0;
        lastWrite = at;
      }
      if (listener.queue.length > 0) {
        const pending = listener.queue;
        listener.queue = [];
        write(table.concat(pending));
        lastWrite = at;
      } else if (at - lastWrite >= KEEPALIVE_MS) {
        write(": keepalive\n\n");
        lastWrite = at;
      }
      core.msleep(TURN_MS);
    }
  });
  reply.headers = { "cache-control": "no-cache", "x-accel-buffering": "no" };
  return reply;
}
