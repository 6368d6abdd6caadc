/**
 * The events' ids, the journal of recent ones, and the streams they go to.
 *
 * Every event a client could miss (a server's change, a write through the
 * API) gets an id, "<boot>-<n>": `boot` names this process (a client
 * that comes back to another one, after a reload, cannot resume there), `n`
 * counts up. The last JOURNAL_MAX such events are kept, so a stream that
 * comes back with the last id it saw (Last-Event-ID, or ?since=) gets every
 * change it missed; when the journal cannot say (too old, another process,
 * or a time nobody watched the servers), the stream starts over from the
 * current state (api/events.ts: event: reset). Load samples are sent to
 * open streams only: no id, no journal (a fresh one comes soon).
 */
import { encode } from "../../http/json";
import { capabilities } from "../../stats/core/capabilities";
import { nowMs } from "../../stats/core/gate";

/** Events kept for streams that come back: at ~300 bytes each, under 1 MB of Lua memory. */
export const JOURNAL_MAX = 2000;
/** Events a slow stream may have waiting; beyond, it starts over (see queue()). */
const MAX_QUEUED = 1000;

/** One event as a stream writes it, with its number (0: not journaled). */
export interface Queued {
  seq: number;
  text: string;
}

export interface Listener {
  /** Its stream's number in this process, for HAProxy's log (debug level: each stream's life). */
  id: number;
  queue: Queued[];
  /** When its stream last ran (a stream whose client left stops running: reap). */
  seen: number;
  /** Events dropped from its queue: the stream then starts over. */
  dropped: number;
  /**
   * Where the HAProxy has Queue:alarm() (3.2+), what wakes its stream at
   * once when an event is recorded for it (a sample waits for the stream's
   * next turn); elsewhere the stream looks at its queue every few ms.
   */
  wake?: Queue;
}

let boot = "0";
let seq = 0;
/** Journal entries by number, the last JOURNAL_MAX of them. */
const journal = new LuaTable<number, string>();
/** The first number from which the journal misses no change (events/watch.ts moves it when watching starts afresh). */
let continuousFrom = 1;
/**
 * Whether anything watches the servers (events/watch.ts): otherwise no stream
 * could resume from what would be journaled, and the journal would only
 * take memory (measured: 150 KB more Lua after 2,000 requests, a quarter
 * of them writes, with no stream open).
 */
let journaling = false;

export function setJournaling(on: boolean): void {
  journaling = on;
}

export function journalingNow(): boolean {
  return journaling;
}

const listeners = new LuaTable<Listener, boolean>();
let listening = 0;
/** Streams opened so far: the next one's number. */
let opened = 0;

/** Names this process in its ids: its pid and start, read once at init. */
export function startJournal(pid: string): void {
  boot = string.format("%s.%d", pid, core.now().sec);
}

/** The id of event number `n`. */
export function idOf(n: number): string {
  return `${boot}-${n}`;
}

/** The number of the last event recorded so far. */
export function lastSeq(): number {
  return seq;
}

/** The number in `id` when it is one of this process's, else undefined. */
export function seqOf(id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const [from, n] = string.match(id, "^(.-)%-(%d+)$");
  if (from !== boot || n === undefined) return undefined;
  return tonumber(n);
}

/** From now on the journal misses nothing again (what was watched before this cannot be vouched for). */
export function journalContinuousFrom(n: number): void {
  continuousFrom = n;
}

/**
 * The events after number `after`, in order, when the journal holds every
 * one of them and missed nothing since; undefined when it cannot say.
 */
export function eventsAfter(after: number): string[] | undefined {
  if (after > seq || after + 1 < continuousFrom || after < seq - JOURNAL_MAX) return undefined;
  const texts: string[] = [];
  for (let n = after + 1; n <= seq; n++) texts[texts.length] = journal.get(n) as string;
  return texts;
}

/** The text of an SSE event; with an id when `n` is not 0. `lines` are data lines written as they are. */
export function eventText(event: string, data: unknown, n = 0): string {
  const id = n === 0 ? "" : `id: ${idOf(n)}\n`;
  return `${id}event: ${event}\ndata: ${encode(data)}\n\n`;
}

/**
 * Queues `item` for a stream. A stream that fell MAX_QUEUED behind starts
 * over from the journal or a reset (api/events.ts), so what it had queued
 * is let go at once, and nothing more is queued until it has started over:
 * a stream that does not read costs nothing per event.
 */
function queue(listener: Listener, item: Queued): void {
  if (listener.dropped > 0) return;
  if (listener.queue.length >= MAX_QUEUED) {
    listener.queue = [];
    listener.dropped++;
    return;
  }
  listener.queue[listener.queue.length] = item;
}

/** Records an event a client must not miss: numbered, journaled, queued for every stream; nothing while nothing watches. */
export function record(event: string, data: unknown): void {
  if (!journaling) return;
  seq++;
  const text = eventText(event, data, seq);
  journal.set(seq, text);
  journal.delete(seq - JOURNAL_MAX);
  const item = { seq, text };
  for (const [listener] of listeners) {
    queue(listener, item);
    const wake = listener.wake;
    if (wake !== undefined && wake.size() === 0) wake.push(true);
  }
}

/** Sends a sample to the streams open now (not journaled, no id). */
export function sample(event: string, data: unknown): void {
  if (listening === 0) return;
  const item = { seq: 0, text: eventText(event, data) };
  for (const [listener] of listeners) queue(listener, item);
}

/** Whether any stream is open. */
export function anyListener(): boolean {
  return listening > 0;
}

export function streamsOpen(): number {
  return listening;
}

/** A new stream's listener, queued from now on. */
export function listen(): Listener {
  opened++;
  const listener: Listener = { id: opened, queue: [], seen: nowMs(), dropped: 0, wake: capabilities().queueAlarm ? core.queue!() : undefined };
  listeners.set(listener, true);
  listening++;
  return listener;
}

/** Whether `listener` is still counted (reap() drops those whose stream stopped running). */
export function stillListening(listener: Listener): boolean {
  return listeners.has(listener);
}

/**
 * Counts a listener again after reap() dropped it while it could not run (a
 * long stall). What was recorded meanwhile was never queued for it: it
 * starts over as after an overflow, from the journal or a reset.
 */
export function relisten(listener: Listener): void {
  if (listeners.has(listener)) return;
  listeners.set(listener, true);
  listening++;
  listener.queue = [];
  listener.dropped++;
  core.log(core.debug, string.format("haproxy-api: /events stream #%d ran again after it was dropped: counted again, it starts over from the journal; %d open", listener.id, listening));
}

/** A stream that has not run for this long has been ended with its client (api/events.ts: STALE_MS in its doc). */
export const STALE_MS = 1000;

/**
 * Drops the listeners whose stream has not run for STALE_MS: HAProxy ended
 * it with its client. Each new stream and each turn of the watcher calls it
 * (the watcher stops LINGER_MS after the last stream is dropped, not at the
 * next stream opened).
 */
export function reap(now: number): void {
  if (listening === 0) return;
  for (const [listener] of listeners) {
    if (now - listener.seen > STALE_MS) {
      listeners.delete(listener);
      listening--;
      core.log(core.debug, string.format("haproxy-api: /events stream #%d dropped: no turn for %.0f ms (its client left, or HAProxy stalled); %d open", listener.id, now - listener.seen, listening));
    }
  }
}
