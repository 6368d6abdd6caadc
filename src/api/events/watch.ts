/**
 * What the event streams report, seen from one place for all of them: each
 * server's state (status, weight, address) and load (sessions, rate, last
 * check), each backend's load.
 *
 * - A watcher (a background task, started at init) looks at every server
 *   and backend in-process (get_stats()), a slice at a time with a sleep
 *   between (see LOOKS_PER_SLICE), a pass about once a second or slower past
 *   MAX_LOOKS_PER_SECOND, while a stream is open and LINGER_MS after the
 *   last one closed (a client that reconnects at once resumes instead of
 *   starting over). A change is an event; the first look at a server only
 *   records it. What it saw is its baseline: complete once a pass ended.
 * - From 2.8, HAProxy's event bus (core.event_sub) tells of a server added,
 *   deleted, or whose state or admin state changed, as it happens and at no
 *   cost while nothing changes: the same event at once, whether the watcher
 *   runs or not. Weights, addresses and loads have no event: the watcher
 *   still samples them.
 * Each pass lists the servers again where Lua's tables are live (2.8: added
 * and deleted ones included, stats/process/proxylist.ts).
 */
import { asArray, encode, inOrder, NULL } from "../../http/json";
import { capabilities } from "../../stats/core/capabilities";
import { nowMs } from "../../stats/core/gate";
import { localProxies } from "../../stats/process/proxylist";
import { anyListener, journalContinuousFrom, lastSeq, reap, record, sample, setJournaling } from "./journal";

/** How often the watcher starts a pass over every server. */
const PASS_MS = 1000;
/** How long the watcher goes on after the last stream closed: a quick reconnect resumes. */
const LINGER_MS = 60000;
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

const SERVER_ORDER = ["backend", "server", "status", "admin_state", "operational_state", "weight", "address", "was"];
const STATE_ORDER = ["backend", "server", "status", "admin_state", "operational_state", "weight", "address"];
const WAS_ORDER = ["status", "weight", "address"];
const LOAD_ORDER = ["backend", "scur", "rate", "servers"];
const SERVER_LOAD_ORDER = ["server", "scur", "smax", "rate", "check_status"];
const DELETED_ORDER = ["backend", "server"];

/** What the watcher compares of a server: its state (event: server) and its load (event: load). */
interface Seen {
  backend: string;
  server: string;
  status: string;
  weight: number;
  address: string;
  scur: number;
  smax: number;
  rate: number;
  check: string;
}

/** What it compares of a backend. */
interface SeenBackend {
  scur: number;
  rate: number;
}

/** By "backend/server", in the order first seen. */
let seenServers = new LuaTable<string, Seen>();
let seenBackends = new LuaTable<string, SeenBackend>();
/** The servers of the backend being looked at whose load moved, for its event: load. */
let moved: unknown[] = [];
let passesStarted = 0;
let passesDone = 0;
/** Servers looked at so far in the pass under way, and in the last whole one: what a waiting stream is told. */
let looksThisPass = 0;
let serversLastPass = 0;
/** Why the last pass failed (pcall's error), undefined after one that ended: a stream waiting for a baseline cannot get one. */
let passFailure: string | undefined;
/** The pass whose end made the baseline whole, since the watcher last started; 0 while none has. */
let baselinePass = 0;
let lingerUntil = 0;

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

/** A server's state as events and the reset tell it. */
function stateOf(seen: Seen): object {
  return inOrder(
    {
      backend: seen.backend,
      server: seen.server,
      status: seen.status,
      admin_state: adminStateOf(seen.status),
      operational_state: operationalStateOf(seen.status),
      weight: seen.weight,
      address: seen.address,
    },
    STATE_ORDER,
  );
}

/**
 * Compares one server's row with what was seen; an event when its state
 * changed (the first look only records it, unless `announce`: a server
 * just added). What was seen is updated in place: one table less per look,
 * 11,000 looks a pass.
 */
function look(backend: string, name: string, row: LuaTable<string, string | number>, announce: boolean): void {
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
    const fresh = { backend, server: name, status, weight, address, scur, smax, rate, check };
    seenServers.set(key, fresh);
    // A server added since the baseline: announced, with nothing it was.
    if (announce) record("server", inOrder({ ...(stateOf(fresh) as Record<string, unknown>), was: NULL }, SERVER_ORDER));
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
  record("server", inOrder({ ...(stateOf(seen) as Record<string, unknown>), was }, SERVER_ORDER));
}


/** After a backend's servers: a load sample when its sessions or rate, or a server's load, moved. */
function lookBackend(name: string, proxy: Proxy): void {
  const row = proxy.get_stats();
  const scur = numberOf(row, "scur");
  const rate = numberOf(row, "rate");
  const seen = seenBackends.get(name);
  const servers = moved;
  if (servers.length > 0) moved = [];
  if (seen === undefined) {
    seenBackends.set(name, { scur, rate });
    return;
  }
  if (servers.length === 0 && seen.scur === scur && seen.rate === rate) return;
  seen.scur = scur;
  seen.rate = rate;
  sample("load", inOrder({ backend: name, scur, rate, servers: asArray(servers) }, LOAD_ORDER));
}

/** Looks (get_stats() calls) since the last pause, and the heap then: the pass pauses every LOOKS_PER_SLICE looks. */
let looks = 0;
let heapAtPause = 0;

/** Whether the watcher should run: a stream is open, or closed less than LINGER_MS ago. */
function wanted(now: number): boolean {
  if (anyListener()) {
    lingerUntil = now + LINGER_MS;
    return true;
  }
  return now < lingerUntil;
}

/**
 * Whether this pass was asked for by a stream waiting for its reset: it
 * does not keep to MAX_LOOKS_PER_SECOND, only to slices, like a GET /stats
 * (measured at 1,000 x 10 on 3.2.26: the page was live 21 s after it
 * opened at the paced rate).
 */
let hurried = false;

/** Counts one look; every LOOKS_PER_SLICE, steps the collector by what they allocated and sleeps (yields, when hurried). False once the watcher should stop. */
function counted(): boolean {
  looks++;
  if (looks < LOOKS_PER_SLICE) return true;
  looks = 0;
  const grown = collectgarbage("count") - heapAtPause;
  if (grown >= 1) collectgarbage("step", math.floor(grown));
  // A stream waiting: this pass ends soon too, so that the one it waits for starts.
  if (hurried || passWanted) core.yield();
  else core.msleep(math.floor((LOOKS_PER_SLICE * 1000) / MAX_LOOKS_PER_SECOND));
  heapAtPause = collectgarbage("count");
  return wanted(nowMs());
}

/** One pass over every server and backend, a slice at a time, the collector paced to what each slice allocated. */
function pass(): void {
  passesStarted++;
  looks = 0;
  looksThisPass = 0;
  heapAtPause = collectgarbage("count");
  const listed = new LuaTable<string, boolean>();
  for (const entry of localProxies()) {
    if (!entry.backend) continue;
    moved = [];
    const servers = entry.servers;
    for (let index = 0; index < servers.length; index++) {
      const name = entry.serverNames[index];
      const row = servers[index].get_stats();
      // A server deleted since the list was made answers nil: the bus or the next list says so.
      if (row !== undefined) {
        looksThisPass++;
        listed.set(`${entry.name}/${name}`, true);
        look(entry.name, name, row, baselinePass > 0);
      }
      if (!counted()) return;
    }
    lookBackend(entry.name, entry.proxy);
    if (!counted()) return;
  }
  // What was seen and is listed no more was deleted (without an event bus to say so: 2.6 cannot delete configured ones).
  for (const [key, seen] of seenServers) {
    if (!listed.has(key)) forget(seen.backend, seen.server);
  }
  passesDone = passesStarted;
  serversLastPass = looksThisPass;
  passFailure = undefined;
  shared = undefined;
  if (baselinePass === 0) {
    baselinePass = passesDone;
    // The baseline is whole: from the next event on, the journal misses nothing.
    journalContinuousFrom(lastSeq() + 1);
  }
}

function forget(backend: string, server: string): void {
  const key = `${backend}/${server}`;
  if (!seenServers.has(key)) return;
  seenServers.delete(key);
  record("deleted", inOrder({ backend, server }, DELETED_ORDER));
}

/** Whether the baseline is whole and a pass that started after `pass` has ended: every server was looked at since. */
export function lookedSince(pass: number): boolean {
  return baselinePass > 0 && passesDone > pass;
}

/**
 * What a stream that waits for its baseline waits for, in words for its
 * client; with `failed` when the watcher's last pass failed (no baseline
 * comes until one ends).
 */
export function watcherProgress(): LuaMultiReturn<[words: string, failed: string | undefined]> {
  const total = serversLastPass > 0 ? ` of ${serversLastPass}` : "";
  return $multi(`the watcher's look at every server (pass ${passesStarted}: ${looksThisPass}${total} looked at)`, passFailure);
}

/** The number of the last pass started: a stream waits for the next one to end. */
export function passesSoFar(): number {
  return passesStarted;
}

/**
 * Every server's state as last seen, for the streams' resets: the servers
 * in the order first seen, taken in one step (an array of references),
 * encoded a group at a time as streams write them, and shared by the streams
 * that start at the same moment (16 resets of 1,000 x 10 encoded at once,
 * in one step each, took proxied p99 to 27 x idle on 3.2.26). A server that
 * changes or goes while a reset is written may show its newer state: the
 * events after the reset's id tell the same again, or its deletion.
 */
export interface Snapshot {
  /** The last event and the passes it covers: a stream starting at another moment takes another. */
  key: string;
  servers: Seen[];
  /** Encoded groups so far, by group index. */
  texts: string[];
}

/** The latest snapshot, while its moment is the current one: the next pass's end lets it go. */
let shared: Snapshot | undefined;

function snapshotKey(): string {
  return `${lastSeq()}:${passesDone}`;
}

/** The snapshot of this moment. */
export function takeSnapshot(): Snapshot {
  const key = snapshotKey();
  if (shared !== undefined && shared.key === key) return shared;
  const servers: Seen[] = [];
  for (const [, seen] of seenServers) servers[servers.length] = seen;
  shared = { key, servers, texts: [] };
  return shared;
}

/** How many groups of `size` servers it has. */
export function snapshotGroups(taken: Snapshot, size: number): number {
  return math.ceil(taken.servers.length / size);
}

/** Group `index` (0-based) of `size` servers, as JSON objects joined by commas. */
export function snapshotGroup(taken: Snapshot, index: number, size: number): string {
  const done = taken.texts[index];
  if (done !== undefined) return done;
  const items: string[] = [];
  const last = math.min(taken.servers.length, (index + 1) * size);
  for (let at = index * size; at < last; at++) items[items.length] = encode(stateOf(taken.servers[at]));
  const text = table.concat(items, ",");
  taken.texts[index] = text;
  return text;
}

/**
 * HAProxy's server events (2.8 and later), subscribed to at init: the same
 * event as a pass would make, at once. Runs in a task of HAProxy's own, one
 * event after the other.
 */
function onServerEvent(this: void, event: string, data: ServerEvent): void {
  // Nobody watches: nothing to compare with, and the next stream starts over anyway.
  if (baselinePass === 0 && !wanted(nowMs())) return;
  const backend = data.proxy_name;
  const name = data.name;
  if (event === "SERVER_DEL") {
    forget(backend, name);
    return;
  }
  const row = data.reference?.get_stats();
  if (row === undefined) return; // deleted meanwhile: SERVER_DEL follows
  look(backend, name, row, event === "SERVER_ADD");
}

function subscribe(): void {
  const caps = capabilities();
  if (!caps.eventBus) return;
  const [ok, err] = pcall(core.event_sub!, ["SERVER_ADD", "SERVER_DEL", "SERVER_STATE", "SERVER_ADMIN"], onServerEvent);
  if (!ok) core.log(core.warning, `haproxy-api: no server events from HAProxy's event bus (${tostring(err)}): changes are seen by the watcher's passes`);
}

/** A stream waits for a pass to start its reset from: the next one starts now, not at the next second. */
let passWanted = false;

export function passSoon(): void {
  passWanted = true;
}

/** How often the watcher, between passes or idle, looks whether it is wanted. */
const NAP_MS = 50;

/** Starts the watcher (a background task) and, from 2.8, the event bus subscription. Init only. */
export function watchServers(): void {
  subscribe();
  core.register_task(() => {
    let nextPass = 0;
    for (;;) {
      const now = nowMs();
      // Streams whose clients left are let go here too, not only when the next one opens.
      reap(now);
      if (!wanted(now)) {
        // Nobody listens: nothing is looked at nor journaled; the next run records a fresh baseline.
        if (baselinePass !== 0 || next(seenServers)[0] !== undefined) {
          seenServers = new LuaTable();
          seenBackends = new LuaTable();
          baselinePass = 0;
          setJournaling(false);
        }
        core.msleep(NAP_MS);
        continue;
      }
      setJournaling(true);
      if (now < nextPass && !passWanted) {
        core.msleep(NAP_MS);
        continue;
      }
      hurried = passWanted;
      passWanted = false;
      nextPass = now + PASS_MS;
      const [ok, err] = pcall(pass);
      if (!ok) {
        passFailure = tostring(err);
        core.log(core.err, `haproxy-api: watching the servers for /events: ${passFailure}`);
      }
      core.msleep(NAP_MS);
    }
  });
}
