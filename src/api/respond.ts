/**
 * The step every stats handler shares: no socket is a 503 that says how to
 * configure one; a library error becomes its status (http/errors.ts); a
 * value becomes a 200 JSON reply.
 */
import type { ClientFields } from "../stats/core/client";
import type { StatsError } from "../stats/core/errors";
import { fromStatsError, failure } from "../http/errors";
import type { Request } from "../http/request";
import { json, noContent, type Reply } from "../http/response";
import { audit } from "./audit";
import type { Context } from "./context";
import { exclusively } from "./writelock";

export type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;

export function noSocket(context: Context): Reply {
  return failure(503, `no stats socket: ${context.socket.source}`);
}

/** A library error as a reply; an unreachable socket gets discovery's hint (chroot...). */
export function failed(context: Context, err: StatsError): Reply {
  const reply = fromStatsError(err);
  const hint = context.socket.hint;
  if (err.kind !== "connect" || hint === undefined) return reply;
  return failure(reply.status, `stats socket: ${err.message}; ${hint}`);
}

/** Runs `query` with the context's client and answers its value as JSON, shaped by `shape`. */
export function respond<T>(context: Context, query: (this: void, client: ClientFields) => Result<T>, shape?: (this: void, value: T) => unknown): Reply {
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const [value, err] = query(client);
  if (value === undefined) return failed(context, err as StatsError);
  return json(200, shape === undefined ? value : shape(value));
}

export type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;

function readAfter<T, A>(context: Context, client: ClientFields, read: (this: void, client: ClientFields, arg: A) => Result<T>, outcome: Outcome<T>, arg: A): Reply {
  const [value, err] = read(client, arg);
  if (value === undefined) return failed(context, err as StatsError);
  const reply = json(outcome.status ?? 200, outcome.shape === undefined ? value : outcome.shape(value));
  if (outcome.location !== undefined) reply.headers = { location: outcome.location(value) };
  return reply;
}

/** How a write answers: what to read back and with which status; without `read`, 204 and no body. */
export interface Outcome<T> {
  read?: (this: void, client: ClientFields) => Result<T>;
  status?: number;
  shape?: (this: void, value: T) => unknown;
  /** The Location header of a created resource. */
  location?: (this: void, value: T) => string;
}

/** The write of applyThenRead, under the lock: applied, read back, logged before the lock is released. */
function applyAndRead<T, A>(
  this: void,
  context: Context,
  client: ClientFields,
  request: Request,
  apply: (this: void, client: ClientFields, arg: A) => Done,
  read: ((this: void, client: ClientFields, arg: A) => Result<T>) | undefined,
  outcome: Outcome<T>,
  arg: A,
): Reply {
  const [done, err] = apply(client, arg);
  let answer: Reply;
  if (done === undefined) answer = failed(context, err);
  else if (read === undefined) answer = noContent();
  else answer = readAfter(context, client, read, outcome, arg);
  audit(request, answer.status, answer.body);
  return answer;
}

/** A write answered for itself, logged under the lock. */
function auditedWrite(this: void, request: Request, write: (this: void) => Reply): Reply {
  const answer = write();
  audit(request, answer.status, answer.body);
  return answer;
}

/** What a write that never got the lock answers. */
function lockTimeout(waited: number): Reply {
  return failure(504, `another write held the write lock for ${waited}s`);
}

/** The outcome of a write whose read-back is a plain function: 200 and the value read. */
const READ_BACK: Outcome<unknown> = {};

/**
 * Applies a write, then answers what HAProxy reports afterwards: the reply
 * is read back from HAProxy, never echoed from the request. Both run under
 * the write lock, and the write is logged before it is released. `arg`, if
 * given, goes to `apply` and to the read-back, so that a route's write
 * needs no closure a request.
 */
export function applyThenRead<T, A = undefined>(
  context: Context,
  request: Request,
  apply: (this: void, client: ClientFields, arg: A) => Done,
  readBack: ((this: void, client: ClientFields, arg: A) => Result<T>) | Outcome<T>,
  arg?: A,
): Reply {
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const plain = type(readBack) === "function";
  const read = plain ? (readBack as (this: void, client: ClientFields, arg: A) => Result<T>) : ((readBack as Outcome<T>).read as ((this: void, client: ClientFields, arg: A) => Result<T>) | undefined);
  const outcome = plain ? (READ_BACK as Outcome<T>) : (readBack as Outcome<T>);
  const [reply, waited] = exclusively(client, applyAndRead, context, client, request, apply, read, outcome, arg as A);
  return reply ?? lockTimeout(waited as number);
}

/**
 * Runs a write that answers for itself under the write lock, and logs it
 * before the lock is released (so the log's order is HAProxy's); a 504 when
 * another write held the lock too long.
 */
export function lockedWrite(client: ClientFields, request: Request, write: (this: void) => Reply): Reply {
  const [reply, waited] = exclusively(client, auditedWrite, request, write);
  return reply ?? lockTimeout(waited as number);
}
