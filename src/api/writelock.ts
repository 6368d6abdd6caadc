/**
 * One API write at a time in this process. A write and its read-back run
 * with no other API write between them, so a write's answer is the state it
 * produced, not a neighbour's, and concurrent writes are applied in the order
 * the write log shows. Reads never wait for it.
 */
import { enter, leave, newGate } from "../stats/core/gate";
import { insideHAProxy, type ClientFields } from "../stats/core/client";

const writes = newGate(1);

export type Locked<T> = LuaMultiReturn<[value: T] | [value: undefined, busySeconds: number]>;

/**
 * Runs `run` holding the write lock; waits for it up to the client's timeout
 * and answers (undefined, seconds waited) if it never came. Given back on
 * every path: here when `run` returns, at the request boundary when it
 * raised (core/held.ts). A holder HAProxy stopped running (its client left)
 * loses it one socket timeout and a second after its last step on the
 * socket: each step renews it (core/gate.ts).
 */
export function exclusively<T, A extends unknown[]>(client: ClientFields, run: (this: void, ...args: A) => T, ...args: A): Locked<T> {
  if (!insideHAProxy()) return $multi(run(...args));
  const slot = enter(writes, client.timeout, client.timeout + 1);
  if (slot === undefined) return $multi(undefined, client.timeout);
  // `run` gets its arguments passed on: the writes of the API need no closure a request.
  const value = run(...args);
  leave(writes, slot);
  return $multi(value);
}
