/**
 * What a coroutine holds inside HAProxy (a gate's slot: the write lock, a
 * stats socket connection; a map version being filled; a TLS certificate
 * transaction), so that it is given back on every path. Its holder lets it
 * go when done (letGo); whatever it still holds when its request ends is
 * released at the service boundary (service.ts: releaseHeld), whatever
 * ended it: an answer, a Lua error, running out of memory.
 *
 * Where HAProxy ends a request without running more Lua (its client left
 * while it waited), nothing runs at all: that is why gate slots also
 * expire, a short while after their holder last made progress (renewHeld,
 * called at every step on the stats socket).
 *
 * Lua inside HAProxy runs one coroutine per request or task; the registry
 * is keyed by it, weakly, so a coroutine HAProxy dropped leaves nothing here
 * once collected.
 */

/** A release, and what keeps it alive while its holder works (a gate slot's expiry). */
interface Holding {
  release: (this: void) => void;
  renew?: (this: void) => void;
}

const byThread = setmetatable(new LuaTable<LuaThread, LuaTable<object, Holding>>(), { __mode: "k" });

function current(): LuaThread {
  return coroutine.running()[0];
}

/** Registers something the running coroutine holds; the token lets it go. */
export function hold(release: (this: void) => void, renew?: (this: void) => void): object {
  const thread = current();
  let held = byThread.get(thread);
  if (held === undefined) {
    held = new LuaTable();
    byThread.set(thread, held);
  }
  const token = {};
  held.set(token, { release, renew });
  return token;
}

/** The holder gave it back itself: nothing left to release. */
export function letGo(token: object): void {
  byThread.get(current())?.delete(token);
}

/** The running coroutine made progress: everything it holds that expires is kept alive. */
export function renewHeld(): void {
  const held = byThread.get(current());
  if (held === undefined) return;
  for (const [, holding] of held) holding.renew?.();
}

/**
 * Releases everything the running coroutine still holds (the request
 * boundary). Each release runs alone: one that fails (a socket command
 * refused, memory) does not keep the others held.
 */
export function releaseHeld(): void {
  const thread = current();
  const held = byThread.get(thread);
  if (held === undefined) return;
  byThread.delete(thread);
  for (const [, holding] of held) pcall(holding.release);
}
