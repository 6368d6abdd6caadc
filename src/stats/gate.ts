/**
 * A counting gate for code running inside HAProxy: at most `capacity`
 * holders at a time; the others wait their turn, sleeping 1 ms at a time
 * (core.msleep yields to HAProxy's scheduler, so nothing blocks), until a
 * deadline. Lua in HAProxy 2.6 runs under one global lock, so the counting
 * itself needs no atomics.
 *
 * HAProxy drops a service's coroutine when its client aborts: a holder may
 * vanish without leaving. So every slot carries an expiry, and an expired
 * slot is taken back by the next caller that finds the gate full.
 */

export interface Gate {
  capacity: number;
  /** Slot to the HAProxy clock time (ms) after which it counts as abandoned. */
  held: LuaTable<object, number>;
  count: number;
}

export function newGate(capacity: number): Gate {
  return { capacity, held: new LuaTable(), count: 0 };
}

function nowMs(): number {
  const now = core.now();
  return now.sec * 1000 + now.usec / 1000;
}

/** Takes back the slots whose holders are past their expiry. */
function reclaim(gate: Gate, now: number): void {
  for (const [slot, expiry] of gate.held) {
    if (expiry < now) {
      gate.held.delete(slot);
      gate.count--;
    }
  }
}

/**
 * Waits up to `waitSeconds` for a slot and returns it, to give back with
 * leave(); undefined when none freed in time. The slot expires after
 * `holdSeconds`, the longest its holder can legitimately keep it.
 */
export function enter(gate: Gate, waitSeconds: number, holdSeconds: number): object | undefined {
  const deadline = nowMs() + waitSeconds * 1000;
  let now = nowMs();
  while (gate.count >= gate.capacity) {
    reclaim(gate, now);
    if (gate.count < gate.capacity) break;
    if (now >= deadline) return undefined;
    core.msleep(1);
    now = nowMs();
  }
  const slot = {};
  gate.held.set(slot, now + holdSeconds * 1000);
  gate.count++;
  return slot;
}

export function leave(gate: Gate, slot: object): void {
  if (gate.held.get(slot) === undefined) return; // reclaimed meanwhile: already counted out
  gate.held.delete(slot);
  gate.count--;
}
