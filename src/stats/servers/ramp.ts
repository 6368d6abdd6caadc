/**
 * Weight ramps: a server put back in rotation with a ramp starts at a tenth
 * of its weight and rises in steps to the whole of it, from a background
 * task (core.register_task, which 2.6.12 accepts from a service too), so a
 * fresh node is not flooded: HAProxy's own slowstart applies only after a
 * failed check, never to a server made ready by hand. Any later write to the
 * server's weight or state through the library cancels the ramp, and a
 * weight found changed by someone else (on the socket) stops it.
 */
import { insideHAProxy, type ClientFields } from "../core/client";
import { releaseHeld } from "../core/held";
import { statsError, type StatsError } from "../core/errors";
import { ordered } from "../core/fields";
import { perform } from "../core/operation";
import { localServer } from "./local";
import { serverValues, setWeight } from "./operations";
import { weight as weightOf } from "./reads";

export interface RampStep {
  after_ms: number;
  weight: number;
}

export interface RampPlan {
  target: number;
  seconds: number;
  steps: RampStep[];
}

const STEPS = 10;
const STEP_ORDER = ordered(["after_ms", "weight"]);
const PLAN_ORDER = ordered(["target", "seconds", "steps"]);

/** Ramps running, by "backend/server", to their generation: a new ramp or a cancel ends the old one. */
const running = new LuaTable<string, number>();
let generation = 0;

export function cancelRamp(backend: string, server: string): void {
  // Every weight change asks; ramps are rare: no key made while none runs.
  if (next(running)[0] === undefined) return;
  running.delete(`${backend}/${server}`);
}

/** The steps from a tenth of `target` (at least 1) to all of it, evenly over `ms`. */
export function planRamp(target: number, ms: number): RampPlan {
  const steps: RampStep[] = [];
  for (let index = 1; index <= STEPS; index++) {
    const weight = math.max(1, math.ceil((target * index) / STEPS));
    steps[steps.length] = setmetatable({ after_ms: math.floor((ms * (index - 1)) / (STEPS - 1)), weight }, STEP_ORDER);
  }
  return setmetatable({ target, seconds: ms / 1000, steps }, PLAN_ORDER);
}

function currentWeight(client: ClientFields, backend: string, server: string): number | undefined {
  const local = localServer(backend, server);
  if (local !== undefined) return local.get_weight();
  const [weight] = weightOf(client, backend, server);
  return weight?.current;
}

function rampSteps(client: ClientFields, backend: string, server: string, plan: RampPlan, mine: number): void {
  const key = `${backend}/${server}`;
  let last = plan.steps[0].weight;
  let elapsed = 0;
  for (let index = 1; index < plan.steps.length; index++) {
    const step = plan.steps[index];
    core.msleep(step.after_ms - elapsed);
    elapsed = step.after_ms;
    if (running.get(key) !== mine) {
      core.log(core.info, `haproxy-api: weight ramp of ${key} cancelled by a later write`);
      return;
    }
    const now = currentWeight(client, backend, server);
    if (now !== last) {
      core.log(core.info, `haproxy-api: weight ramp of ${key} stopped: its weight is ${tostring(now)}, not ${last}, changed by someone else`);
      running.delete(key);
      return;
    }
    const [done, err] = perform(client, setWeight, serverValues(backend, server, { weight: step.weight }));
    if (done === undefined) {
      core.log(core.warning, `haproxy-api: weight ramp of ${key} stopped: ${tostring(err)}`);
      running.delete(key);
      return;
    }
    last = step.weight;
  }
  running.delete(key);
}

/** Runs the plan's steps after the first (which the caller applied) in a background task. */
export function startRamp(client: ClientFields, backend: string, server: string, plan: RampPlan): StatsError | undefined {
  if (!insideHAProxy()) return statsError("invalid", "a weight ramp runs in HAProxy's scheduler: call it inside HAProxy, or step set_weight yourself");
  generation++;
  const mine = generation;
  running.set(`${backend}/${server}`, mine);
  core.register_task(() => {
    const [ok, err] = pcall(rampSteps, client, backend, server, plan, mine);
    releaseHeld(); // what a failed step still held (a socket connection)
    if (!ok) core.log(core.err, `haproxy-api: weight ramp of ${backend}/${server}: ${tostring(err)}`);
  });
  return undefined;
}
