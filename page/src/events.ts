/**
 * The event stream (GET /events), read with fetch (EventSource cannot send
 * the token), one SSE block at a time. The stream starts with the servers'
 * state (event: reset) and every event has an id: after a cut, the stream
 * opened again resumes from the last id it saw, and gets every change after
 * it or a new reset. Never a gap, never a stale row.
 *
 * The status line says where the page is, from one place (showStatus):
 * "live" once the rows are listed and the stream said ": ready", in
 * whichever order the two come (the stream is often ready first: a page
 * that said "live" at ": ready" and then "connecting" when its rows came
 * stayed at "connecting" while it was live). Until then it says what the
 * stream waits for, in the API's own words; a stream that gets no answer or
 * goes silent is given up and opened again.
 */
import { headers, Unauthorized } from "./api";
import { readOnly, say } from "./dom";
import { knows, load, onLoad, onServer, onWrite, type LoadSample, type ServerState } from "./servers";

let control: AbortController | null = null;
/** The id of the last event received: a stream opened again resumes from it. */
let lastEventId: string | null = null;
/** Events that came before the rows: applied once they are there. */
let early: [string, unknown][] = [];
let loaded = false;
/** Whether the stream open now said ": ready", and what it last said it waits for (": waiting for …") or why it ended (": error: …"). */
let ready = false;
let waitingFor = "";
let endedBecause = "";

/**
 * No answer to GET /events in this long, or nothing on the stream for this
 * long (the API writes at least every 2 s, a keepalive or what it waits
 * for): the stream is given up and opened again.
 */
const NO_ANSWER_MS = 5000;
const SILENCE_MS = 7000;

/** The status line, from the rows and the stream together. */
function showStatus(): void {
  if (!loaded) say("loading…");
  else if (ready) say(readOnly ? "live, read-only" : "live");
  else say(waitingFor ? `connecting to /events: waiting for ${waitingFor}` : "connecting to /events…");
}

/** Whether the stream said ": ready" (a page that was live retries at once after a cut). */
export function wasLive(): boolean {
  return ready;
}

/** The rows are (or are no longer) there: events wait for them. */
export function rowsLoaded(yes: boolean): void {
  loaded = yes;
  showStatus();
  if (!yes) return;
  const waiting = early;
  early = [];
  for (const [name, data] of waiting) onEvent(name, data);
}

/** The stream's starting point: every server's state; one the rows do not have means the list is old: list again. */
function onReset(servers: ServerState[]): void {
  let unknown = false;
  for (const state of servers) {
    if (knows(state.backend, state.server)) onServer(state);
    else unknown = true;
  }
  if (unknown) void load();
}

function onEvent(name: string, data: unknown): void {
  if (!loaded) {
    early.push([name, data]);
    return;
  }
  switch (name) {
    case "server": {
      const state = data as ServerState;
      // A server just added (was: null) that the rows do not have yet: list again.
      if (state.was === null && !knows(state.backend, state.server)) void load();
      else onServer(state);
      break;
    }
    case "reset":
      onReset((data as { servers: ServerState[] }).servers);
      break;
    case "deleted":
      void load();
      break;
    case "load":
      onLoad(data as LoadSample);
      break;
    case "write":
      onWrite(data as { method: string; path: string; status: number });
      break;
  }
}

/** One SSE block: its comment, event name, id and data (data lines joined by newlines, as a reset has several). */
function onBlock(block: string): void {
  if (block.startsWith(": ")) {
    if (block === ": ready") {
      ready = true;
      waitingFor = "";
    } else if (block.startsWith(": waiting for ")) waitingFor = block.slice(14);
    else if (block.startsWith(": error: ")) endedBecause = block.slice(9);
    showStatus();
    return;
  }
  const lines = block.split("\n");
  const field = (prefix: string): string | undefined => lines.find((line) => line.startsWith(prefix))?.slice(prefix.length);
  const name = field("event: ");
  const id = field("id: ");
  const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6));
  if (name !== undefined && data.length > 0) onEvent(name, JSON.parse(data.join("\n")));
  if (id !== undefined) lastEventId = id;
}

/** Opens the stream (closing the one before: a page never holds two slots); resolves when it ends, rejects why. */
export async function listen(): Promise<void> {
  control?.abort();
  const own = new AbortController();
  control = own;
  ready = false;
  waitingFor = "";
  endedBecause = "";
  let given = "";
  let watchdog = 0;
  /** Gives the stream up, saying why, unless something comes within `ms`. */
  const giveUpIn = (ms: number, why: string): void => {
    clearTimeout(watchdog);
    watchdog = window.setTimeout(() => {
      given = why;
      own.abort();
    }, ms);
  };
  const path = lastEventId ? `/events?since=${encodeURIComponent(lastEventId)}` : "/events";
  try {
    giveUpIn(NO_ANSWER_MS, `no answer from /events in ${NO_ANSWER_MS / 1000} s`);
    const answer = await fetch(path, { headers: headers(), signal: own.signal });
    if (answer.status === 401) throw new Unauthorized();
    if (!answer.ok || !answer.body) throw new Error(`/events: ${await refusalOf(answer)}`);
    const reader = answer.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      giveUpIn(SILENCE_MS, `nothing on /events for ${SILENCE_MS / 1000} s`);
      const part = await reader.read();
      if (part.done) throw new Error(endedBecause || "the event stream ended");
      buffer += decoder.decode(part.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        onBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  } catch (error) {
    throw given ? new Error(given) : error;
  } finally {
    clearTimeout(watchdog);
  }
}

/** The API's own words for a refused stream (its JSON {"message"}), or its status. */
async function refusalOf(answer: Response): Promise<string> {
  try {
    const refusal = (await answer.json()) as { message?: string };
    if (refusal && refusal.message) return refusal.message;
  } catch {
    // not JSON: the status says it
  }
  return `the API answered ${answer.status}`;
}
