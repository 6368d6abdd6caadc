/**
 * GET /events: a Server-Sent Events stream of what changes. `event: server`
 * when a server's status, admin state, operational state, weight or address
 * changes, whoever changed it (the API, the stats socket, a health check);
 * `event: write` for every write made through the API, from the write log;
 * `event: load` when a backend's or its servers' sessions, request rate or
 * last health check moved (what the page's numbers and sparklines follow).
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
import { asArray, decode, encode, inOrder, NULL } from "../http/json";
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
/**
 * Looks per slice of a pass: a get_stats() each (a server, or a backend
 * after its servers), ~10-20 us and a 4 KiB table. A slice runs between two
 * proxied requests, so its length is what their p99 feels. Measured on
 * 1,000 x 10, nbthread 1, 16 streams, proxied p99 over five rounds on a
 * noisy machine, the two alternated: slices of 5 looks (a 2 ms sleep
 * between, 2,500 looks/s) 0.73-0.96 ms, median 0.79; slices of 2 (1 ms,
 * 2,000 looks/s) 0.49-0.63 ms and one 1.19, median 0.56; idle 0.35-0.65.
 * Earlier, slices of 10 (4 ms) gave 0.70-0.77 against 0.34-0.38 idle.
 */
const LOOKS_PER_SLICE = 2;
/**
 * At most this many looks per second: a pass over 1,000 x 10 (11,000 looks
 * with the backends) takes 5.5 s instead of 1. Measured on 1,000 x 10,
 * nbthread 1, 16 streams open, proxied traffic on the same thread: a pass a
 * second in slices of 25 took a quarter of the thread (41,000 -> 30,000
 * req/s, p99 11 x idle).
 */
const MAX_LOOKS_PER_SECOND = 2000;
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
const LOAD_ORDER = ["backend", "scur", "rate", "servers"];
const SERVER_LOAD_ORDER = ["server", "scur", "smax", "rate", "check_status"];

/** What the watcher compares of a server: its state (event: server) and its load (event: load). */
interface Seen {
  status: string;
  weight: number;
  address: string;
  scur: number;
  smax: number;
  rate: number;
  check: string;
}

/** What the watcher compares of a backend. */
interface SeenBackend {
  scur: number;
  rate: number;
}

let seenServers = new LuaTable<string, Seen>();
let seenBackends = new LuaTable<Proxy, SeenBackend>();
/** The servers of the backend being looked at whose load moved, for its event: load. */
let moved: unknown[] = [];
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

function numberOf(row: LuaTable<string, string | number>, field: string): number {
  const value = row.get(field);
  return typeof value === "number" ? value : 0;
}

/** "* L4OK" while a check runs, "L4OK" after: only the result counts, or every pass would differ. */
function checkOf(row: LuaTable<string, string | number>): string {
  const check = tostring(row.get("check_status") ?? "");
  return string.sub(check, 1, 2) === "* " ? string.sub(check, 3) : check;
}

/**
 * Looks at one server; an event when it changed since the last look (the
 * first look only records it). What was seen is updated in place: one
 * table less per look, 11,000 looks a pass.
 */
function look(backend: string, server: Server, name: string): void {
  const row = server.get_stats();
  if (row === undefined) return; // deleted since the list was made
  const status = tostring(row.get("status") ?? "");
  const weight = numberOf(row, "weight");
  const address = tostring(row.get("addr") ?? "");
  const scur = numberOf(row, "scur");
  const smax = numberOf(row, "smax");
  const rate = numberOf(row, "rate");
  const check = checkOf(row);
  const key = `${backend}/${name}`;
  const seen = seenServers.get(key);
  if (seen === undefined) {
    seenServers.set(key, { status, weight, address, scur, smax, rate, check });
    return;
  }
  if (seen.scur !== scur || seen.smax !== smax || seen.rate !== rate || seen.check !== check) {
    seen.scur = scur;
    seen.smax = smax;
    seen.rate = rate;
    seen.check = check;
    moved[moved.length] = inOrder({ server: name, scur, smax, rate, check_status: check }, SERVER_LOAD_ORDER);
  }
  if (seen.status === status && seen.weight === weight && seen.address === address) return;
  const was = inOrder({ status: seen.status, weight: seen.weight, address: seen.address }, WAS_ORDER);
  seen.status = status;
  seen.weight = weight;
  seen.address = address;
  const event = {
    backend,
    server: name,
    status,
    admin_state: adminStateOf(status),
    operational_state: operationalStateOf(status),
    weight,
    address,
    was,
  };
  publish("server", inOrder(event, SERVER_ORDER));
}

/** After a backend's servers: an event when its sessions or rate, or a server's load, moved. */
function lookBackend(name: string, proxy: Proxy): void {
  const row = proxy.get_stats();
  const scur = numberOf(row, "scur");
  const rate = numberOf(row, "rate");
  const seen = seenBackends.get(proxy);
  const servers = moved;
  if (servers.length > 0) moved = [];
  if (seen === undefined) {
    seenBackends.set(proxy, { scur, rate });
    return;
  }
  if (servers.length === 0 && seen.scur === scur && seen.rate === rate) return;
  seen.scur = scur;
  seen.rate = rate;
  publish("load", inOrder({ backend: name, scur, rate, servers: asArray(servers) }, LOAD_ORDER));
}

/** Looks (get_stats() calls) since the last pause, and the heap then: the pass pauses every LOOKS_PER_SLICE looks. */
let looks = 0;
let heapAtPause = 0;

/** Counts one look; every LOOKS_PER_SLICE, steps the collector by what they allocated and sleeps. False once nobody listens. */
function counted(): boolean {
  looks++;
  if (looks < LOOKS_PER_SLICE) return true;
  looks = 0;
  const grown = collectgarbage("count") - heapAtPause;
  if (grown >= 1) collectgarbage("step", math.floor(grown));
  core.msleep(math.floor((LOOKS_PER_SLICE * 1000) / MAX_LOOKS_PER_SECOND));
  heapAtPause = collectgarbage("count");
  return listening > 0;
}

/** One pass over every configured server and backend, a slice at a time, the collector paced to what each slice allocated. */
function pass(): void {
  passesStarted++;
  looks = 0;
  heapAtPause = collectgarbage("count");
  for (const entry of localProxies()) {
    if (!entry.backend) continue;
    moved = [];
    const servers = entry.servers;
    for (let index = 0; index < servers.length; index++) {
      look(entry.name, servers[index], entry.serverNames[index]);
      if (!counted()) return;
    }
    lookBackend(entry.name, entry.proxy);
    if (!counted()) return;
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
        if (next(seenServers)[0] !== undefined) {
          seenServers = new LuaTable();
          seenBackends = new LuaTable();
        }
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
