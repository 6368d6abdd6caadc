/**
 * A counting gate for code running inside HAProxy: at most `capacity`
 * holders at a time; the others wait their turn in arrival order (FIFO, so
 * none starves), yielding to HAProxy's scheduler between looks, until a
 * deadline. Lua in HAProxy 2.6 runs under one global lock, so the counting
 * itself needs no atomics.
 *
 * HAProxy drops a service's coroutine when its client aborts: a holder or a
 * waiter may vanish without leaving. So every slot carries an expiry, kept
 * `holdSeconds` ahead of its holder's last step (core/held.ts renewHeld),
 * and an expired slot is taken back by the next caller that finds the gate
 * full; a waiter's ticket expires a second after its deadline. A holder
 * that is still running gives its slot back on every path: leave() when
 * done, else the request boundary (core/held.ts releaseHeld).
 */
import { hold, letGo, renewHeld } from "./held";

interface Ticket {
  deadline: number;
  /** Set when its waiter gave up (deadline passed). */
  gone?: boolean;
}

/** A place in a gate: given back with leave(). */
export interface Slot {
  gate: Gate;
  /** How long it outlives its holder's last step. */
  holdSeconds: number;
}

export interface Gate {
  capacity: number;
  /** Slot to the HAProxy clock time (ms) after which it counts as abandoned. */
  held: LuaTable<Slot, number>;
  count: number;
  /** Waiters in arrival order, from index `head`. */
  queue: LuaTable<number, Ticket>;
  head: number;
  tail: number;
}

export function newGate(capacity: number): Gate {
  return { capacity, held: new LuaTable(), count: 0, queue: new LuaTable(), head: 1, tail: 0 };
}

/** HAProxy's clock, in milliseconds. */
export function nowMs(): number {
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

/** The first ticket still waiting; tickets given up, or abandoned a second past their deadline, are dropped. */
function first(gate: Gate, now: number): Ticket | undefined {
  while (gate.head <= gate.tail) {
    const ticket = gate.queue.get(gate.head) as Ticket;
    if (!ticket.gone && ticket.deadline + 1000 >= now) return ticket;
    gate.queue.delete(gate.head);
    gate.head++;
  }
  return undefined;
}

/** A slot's release and renewal in its holder's registry (core/held.ts). */
function release(this: void, slot: Slot): void {
  leave(slot.gate, slot);
}

function renew(this: void, slot: Slot): void {
  if (slot.gate.held.has(slot)) slot.gate.held.set(slot, nowMs() + slot.holdSeconds * 1000);
}

function take(gate: Gate, now: number, holdSeconds: number): Slot {
  const slot: Slot = { gate, holdSeconds };
  gate.held.set(slot, now + holdSeconds * 1000);
  gate.count++;
  hold(slot, release, renew);
  return slot;
}

/**
 * Waits up to `waitSeconds` for a slot and returns it, to give back with
 * leave(); undefined when none freed in time. The slot expires
 * `holdSeconds` after its holder's last step: the longest one step of a
 * live holder takes.
 */
export function enter(gate: Gate, waitSeconds: number, holdSeconds: number): Slot | undefined {
  let now = nowMs();
  // The usual case: room, and nobody queued before this caller.
  if (gate.count < gate.capacity && (gate.head > gate.tail || first(gate, now) === undefined)) return take(gate, now, holdSeconds);
  const ticket: Ticket = { deadline: now + waitSeconds * 1000 };
  gate.tail++;
  gate.queue.set(gate.tail, ticket);
  for (;;) {
    if (gate.count >= gate.capacity) reclaim(gate, now);
    if (gate.count < gate.capacity && first(gate, now) === ticket) {
      gate.queue.delete(gate.head);
      gate.head++;
      return take(gate, now, holdSeconds);
    }
    if (now >= ticket.deadline) {
      ticket.gone = true;
      return undefined;
    }
    // Waiting is progress too: what this coroutine holds already stays its own.
    renewHeld();
    core.yield();
    now = nowMs();
  }
}

export function leave(gate: Gate, slot: Slot): void {
  letGo(slot);
  if (gate.held.get(slot) === undefined) return; // reclaimed meanwhile: already counted out
  gate.held.delete(slot);
  gate.count--;
}
