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

/** What releases a held thing, and what keeps it alive while its holder works (a gate slot's expiry); module functions, not closures: a write holds two things, and every request pays for what it allocates. */
export type Release<T> = (this: void, held: T) => void;

/**
 * Per coroutine, what it holds, as one flat list: the thing, its release and
 * its renewal (false for those that do not expire), three slots each. A
 * request holds one to three things at a time, so a list scanned is cheaper
 * than the three tables a write used to allocate here.
 */
type Holdings = unknown[];

const byThread = setmetatable(new LuaTable<LuaThread, Holdings>(), { __mode: "k" });

/**
 * The usual case kept without a table: a request holding one thing at a
 * time (the write lock of an in-process write) holds it here, so that its
 * write makes no list and no entry in byThread. Measured inside HAProxy
 * 3.2 (a fresh coroutine per round, as each request is): the write lock's
 * enter, leave and release took 1.5 to 1.8 us with the list. A second
 * holding, of this coroutine or another, first moves it to the list
 * (spill). Its coroutine is referenced strongly while it holds: one that
 * HAProxy dropped stays until the next holding spills it to the weak list.
 */
let soleThread: LuaThread | undefined;
let soleHeld: unknown;
let soleRelease: Release<never> | undefined;
let soleRenew: Release<never> | false = false;

function current(): LuaThread {
  return coroutine.running()[0];
}

/** The release of a held closure (rare holdings: a dump reader, a map version): calling it. */
export function callIt(this: void, done: (this: void) => void): void {
  done();
}

function append(thread: LuaThread, held: unknown, release: Release<never>, renew: Release<never> | false): void {
  const holdings = byThread.get(thread);
  if (holdings === undefined) {
    byThread.set(thread, [held, release, renew]);
    return;
  }
  const at = holdings.length;
  holdings[at] = held;
  holdings[at + 1] = release;
  holdings[at + 2] = renew;
}

function clearSole(): void {
  soleThread = undefined;
  soleHeld = undefined;
  soleRelease = undefined;
  soleRenew = false;
}

/** Moves the sole holding to its coroutine's list. */
function spill(): void {
  append(soleThread as LuaThread, soleHeld, soleRelease as Release<never>, soleRenew);
  clearSole();
}

/** Registers `held`, held by the running coroutine: `release(held)` gives it back; `renew(held)` keeps it alive. */
export function hold<T extends object>(held: T, release: Release<T>, renew?: Release<T>): void {
  const thread = current();
  if (soleThread === undefined && byThread.get(thread) === undefined) {
    soleThread = thread;
    soleHeld = held;
    soleRelease = release as Release<never>;
    soleRenew = (renew ?? false) as Release<never> | false;
    return;
  }
  if (soleThread !== undefined) spill();
  append(thread, held, release as Release<never>, (renew ?? false) as Release<never> | false);
}

/** The holder gave `held` back itself: nothing left to release. */
export function letGo(held: object): void {
  if (soleThread !== undefined && soleHeld === held) {
    clearSole();
    return;
  }
  const holdings = byThread.get(current());
  if (holdings === undefined) return;
  for (let at = 0; at < holdings.length; at += 3) {
    if (holdings[at] === held) {
      // The last entry takes its place: the order of releases does not matter.
      const last = holdings.length - 3;
      holdings[at] = holdings[last];
      holdings[at + 1] = holdings[last + 1];
      holdings[at + 2] = holdings[last + 2];
      holdings[last + 2] = undefined as never;
      holdings[last + 1] = undefined as never;
      holdings[last] = undefined as never;
      return;
    }
  }
}

/** The running coroutine made progress: everything it holds that expires is kept alive. */
export function renewHeld(): void {
  const thread = current();
  if (soleThread === thread && soleRenew !== false) soleRenew(soleHeld as never);
  const holdings = byThread.get(thread);
  if (holdings === undefined) return;
  for (let at = 0; at < holdings.length; at += 3) {
    const renew = holdings[at + 2];
    if (renew !== false) (renew as Release<never>)(holdings[at] as never);
  }
}

/**
 * Releases everything the running coroutine still holds (the request
 * boundary). Each release runs alone: one that fails (a socket command
 * refused, memory) does not keep the others held.
 */
export function releaseHeld(): void {
  const thread = current();
  if (soleThread === thread) {
    const held = soleHeld;
    const release = soleRelease as Release<never>;
    clearSole();
    pcall(release, held as never);
  }
  const holdings = byThread.get(thread);
  if (holdings === undefined) return;
  byThread.delete(thread);
  for (let at = 0; at < holdings.length; at += 3) pcall(holdings[at + 1] as Release<never>, holdings[at] as never);
}
