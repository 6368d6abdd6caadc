/**
 * The event stream (GET /events), read with fetch (EventSource cannot send
 * the token), one SSE block at a time. The stream starts with the servers'
 * state (event: reset) and every event has an id: after a cut, the stream
 * opened again resumes from the last id it saw, and gets every change after
 * it or a new reset. Never a gap, never a stale row.
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

/** The rows are (or are no longer) there: events wait for them. */
export function rowsLoaded(yes: boolean): void {
  loaded = yes;
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
  if (block === ": ready") say(readOnly ? "live, read-only" : "live");
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
  control = new AbortController();
  const path = lastEventId ? `/events?since=${encodeURIComponent(lastEventId)}` : "/events";
  const answer = await fetch(path, { headers: headers(), signal: control.signal });
  if (answer.status === 401) throw new Unauthorized();
  if (!answer.ok || !answer.body) throw new Error(`the event stream answered ${answer.status}`);
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const part = await reader.read();
    if (part.done) throw new Error("the event stream ended");
    buffer += decoder.decode(part.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      onBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}
