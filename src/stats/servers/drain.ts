/**
 * Drain and wait, and back into rotation (with a weight ramp). Drain puts
 * the server in drain at once, then waits, yielding (core.msleep: traffic
 * and other requests go on), until its sessions reach 0 or the timeout
 * passes. Idempotent, because scripts retry: a server already in
 * maintenance answers at once and changes nothing, and one already draining
 * is not set again. A caller that goes away leaves the drain set.
 */
import { insideHAProxy, type ClientFields } from "../core/client";
import { statsError, type StatsError } from "../core/errors";
import { ordered } from "../core/fields";
import { nowMs } from "../core/gate";
import { oneOf, seconds } from "../core/kinds";
import { checkArgs, perform, refusal, type Arg, type Operation, type Values } from "../core/operation";
import { serverPath } from "../core/names";
import type { Done, Result } from "../core/result";
import { localServer } from "./local";
import { serverValues, setState, setWeight, shutdownSessions } from "./operations";
import { cancelRamp, planRamp, startRamp, type RampPlan } from "./ramp";
import { server as serverRow, state as stateOf } from "./reads";
import type { ServerState } from "./types";

/** The longest wait, and ramp, in seconds: an hour. */
export const MAX_WAIT_SECONDS = 3600;
/** How often a waiting drain looks at the server's sessions. */
const LOOK_MS = 100;
/** How long a drain waits for the sessions it closed (on_timeout) to be gone. */
const SHUTDOWN_WAIT_MS = 2000;

export const DRAIN_OPTIONS: Arg[] = [
  { name: "timeout", kind: seconds(MAX_WAIT_SECONDS), description: "Seconds to wait for the sessions to end" },
  { name: "then", kind: oneOf(["maint"]), optional: true, description: "Once drained, put the server in maintenance" },
  { name: "on_timeout", kind: oneOf(["shutdown_sessions"]), optional: true, description: "When the timeout passes, close the sessions left (then \"then\" applies)" },
];

export const READY_OPTIONS: Arg[] = [
  { name: "ramp", kind: seconds(MAX_WAIT_SECONDS), optional: true, description: "Seconds over which the weight rises from a tenth to all of it" },
];

/** Runs one step that changes the server: the HTTP API passes its write lock; alone, the step runs as is. */
export type Exclusive = (this: void, step: (this: void) => Done) => Done;
const alone: Exclusive = (step) => step();

export interface Drained {
  drained: boolean;
  sessions: number;
  waited_ms: number;
  state: ServerState;
}

const DRAINED_ORDER = ordered(["drained", "sessions", "waited_ms", "state"]);

function clockMs(): number {
  if (insideHAProxy()) return nowMs();
  return (require("socket") as { gettime: (this: void) => number }).gettime() * 1000;
}

function pause(ms: number): void {
  if (insideHAProxy()) core.msleep(ms);
  else (require("socket") as { sleep: (this: void, seconds: number) => void }).sleep(ms / 1000);
}

/** The server's current sessions: in-process for a configured server, else its "show stat" scur. */
function sessionsOf(client: ClientFields, backend: string, server: string): Result<number> {
  const local = localServer(backend, server);
  if (local !== undefined) return $multi(local.get_stats().get("scur") as number);
  const [row, err] = serverRow(client, backend, server);
  if (row === undefined) return $multi(undefined, err);
  return $multi(row.get("scur") as number);
}

function step(client: ClientFields, op: Operation, backend: string, server: string, entries: Record<string, unknown>): Done {
  return perform(client, op, serverValues(backend, server, entries));
}

/** The server's names and the options as given (a table or nothing), checked against `args`. */
function options(backend: unknown, server: unknown, given: unknown, args: Arg[], what: string): LuaMultiReturn<[values: Values] | [values: undefined, err: StatsError]> {
  const [path, invalid] = serverPath(backend, server);
  if (path === undefined) return $multi(undefined, invalid);
  if (given !== undefined && type(given) !== "table") return $multi(undefined, statsError("invalid", `${what}: expected a table of options`));
  const values = type(given) === "table" ? (given as Values) : new LuaTable<string, unknown>();
  const [words, name, problem] = checkArgs(args, values);
  if (words === undefined) return $multi(undefined, refusal([], name, values.get(name), problem));
  return $multi(values);
}

/** Waits until the server has no session or `untilMs` passes; the sessions last seen. */
function waitEmpty(client: ClientFields, backend: string, server: string, sessions: number, untilMs: number): Result<number> {
  let left = sessions;
  while (left > 0 && clockMs() < untilMs) {
    pause(LOOK_MS);
    const [now, err] = sessionsOf(client, backend, server);
    if (now === undefined) return $multi(undefined, err);
    left = now;
  }
  return $multi(left);
}

/**
 * Drains the server and waits up to options.timeout seconds for its
 * sessions to end; with then = "maint", puts it in maintenance once they
 * have; with on_timeout = "shutdown_sessions", closes those left when the
 * timeout passes.
 */
export function drain(client: ClientFields, backend: unknown, server: unknown, given?: unknown, exclusive: Exclusive = alone): Result<Drained> {
  const [opts, refused] = options(backend, server, given, DRAIN_OPTIONS, "drain");
  if (opts === undefined) return $multi(undefined, refused as StatsError);
  const b = backend as string;
  const s = server as string;
  const started = clockMs();
  const [before, missing] = stateOf(client, b, s);
  if (before === undefined) return $multi(undefined, missing);
  const [sessions, err] = sessionsOf(client, b, s);
  if (sessions === undefined) return $multi(undefined, err);
  if (before.admin_state === "maint") return $multi(setmetatable({ drained: true, sessions, waited_ms: 0, state: before }, DRAINED_ORDER));
  if (before.admin_state !== "drain") {
    const [done, failed] = exclusive(() => {
      cancelRamp(b, s);
      return step(client, setState, b, s, { admin_state: "drain" });
    });
    if (done === undefined) return $multi(undefined, failed);
  }
  const [waited, lost] = waitEmpty(client, b, s, sessions, started + (opts.get("timeout") as number) * 1000);
  if (waited === undefined) return $multi(undefined, lost);
  let left = waited;
  if (left > 0 && opts.get("on_timeout") === "shutdown_sessions") {
    const [done, failed] = exclusive(() => step(client, shutdownSessions, b, s, {}));
    if (done === undefined) return $multi(undefined, failed);
    const [closed, gone] = waitEmpty(client, b, s, left, clockMs() + SHUTDOWN_WAIT_MS);
    if (closed === undefined) return $multi(undefined, gone);
    left = closed;
  }
  if (left === 0 && opts.get("then") === "maint") {
    const [done, failed] = exclusive(() => step(client, setState, b, s, { admin_state: "maint" }));
    if (done === undefined) return $multi(undefined, failed);
  }
  const [after, gone] = stateOf(client, b, s);
  if (after === undefined) return $multi(undefined, gone);
  return $multi(setmetatable({ drained: left === 0, sessions: left, waited_ms: math.floor(clockMs() - started), state: after }, DRAINED_ORDER));
}

export interface Readied {
  state: ServerState;
  ramp?: RampPlan;
}

const READIED_ORDER = ordered(["state", "ramp"]);

/**
 * Puts the server back in rotation; with options.ramp (seconds), at a tenth
 * of its weight first, rising to all of it in a background task.
 */
export function ready(client: ClientFields, backend: unknown, server: unknown, given?: unknown, exclusive: Exclusive = alone): Result<Readied> {
  const [opts, refused] = options(backend, server, given, READY_OPTIONS, "ready");
  if (opts === undefined) return $multi(undefined, refused as StatsError);
  const b = backend as string;
  const s = server as string;
  const rampSeconds = opts.get("ramp") as number | undefined;
  if (rampSeconds !== undefined && !insideHAProxy()) return $multi(undefined, statsError("invalid", "ramp: a weight ramp runs in HAProxy's scheduler: call it inside HAProxy, or step set_weight yourself"));
  const [before, missing] = stateOf(client, b, s);
  if (before === undefined) return $multi(undefined, missing);
  let plan: RampPlan | undefined;
  const [done, failed] = exclusive(() => {
    cancelRamp(b, s);
    if (rampSeconds === undefined) return step(client, setState, b, s, { admin_state: "ready" });
    const target = before.srv_uweight > 0 ? before.srv_uweight : before.srv_iweight;
    plan = planRamp(target, math.ceil(rampSeconds * 1000));
    const [lowered, refusedWeight] = step(client, setWeight, b, s, { weight: plan.steps[0].weight });
    if (lowered === undefined) return $multi(undefined, refusedWeight);
    const [readied, refusedState] = step(client, setState, b, s, { admin_state: "ready" });
    if (readied === undefined) {
      step(client, setWeight, b, s, { weight: before.srv_uweight });
      return $multi(undefined, statsError(refusedState.kind, `${refusedState.message}; nothing changed: weight put back`, refusedState.command, refusedState.haproxy));
    }
    const notStarted = startRamp(client, b, s, plan);
    if (notStarted !== undefined) return $multi(undefined, notStarted);
    return $multi(true);
  });
  if (done === undefined) return $multi(undefined, failed);
  const [after, gone] = stateOf(client, b, s);
  if (after === undefined) return $multi(undefined, gone);
  return $multi(setmetatable({ state: after, ramp: plan }, READIED_ORDER));
}
