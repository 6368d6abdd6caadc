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
 * and answers (undefined, seconds waited) if it never came. A holder that
 * vanished (its client aborted) is taken over once it outlived two socket
 * round trips' worth of timeouts.
 */
export function exclusively<T>(client: ClientFields, run: (this: void) => T): Locked<T> {
  if (!insideHAProxy()) return $multi(run());
  const slot = enter(writes, client.timeout, 4 * client.timeout + 2);
  if (slot === undefined) return $multi(undefined, client.timeout);
  const value = run();
  leave(writes, slot);
  return $multi(value);
}
