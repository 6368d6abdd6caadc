/**
 * set_server: several fields of one server in one call, and set_servers,
 * the same for several servers of a backend. Each field is one operation
 * (operations.ts); all are checked before the first runs, and the state
 * before is read once, so that when a later step fails HAProxy is put back
 * as it was (Data Plane API's rule for runtime writes): nothing half-done.
 */
import type { ClientFields } from "../core/client";
import { statsError, type StatsError } from "../core/errors";
import type { Kind } from "../core/kinds";
import { perform, refusal, type Arg, type Operation, type Values } from "../core/operation";
import { invalidName, nameProblem } from "../core/names";
import type { Done, Result } from "../core/result";
import { localServer } from "./local";
import * as ops from "./operations";
import { cancelRamp } from "./ramp";
import { server as serverRow, states } from "./reads";
import { decode_operational_state } from "./parsers";
import type { ServerState } from "./types";

/** What a server held before the change: its "show servers state" row, and its maxconn when that changes. */
interface Before {
  state: ServerState;
  maxconn?: number;
}

/** lua-haproxy's {"status": "UP" | "DOWN" | "MAINT"}, any case: enable or disable the server. */
const STATUS_TO_ADMIN = new LuaTable<string, string>();
STATUS_TO_ADMIN.set("UP", "ready");
STATUS_TO_ADMIN.set("DOWN", "maint");
STATUS_TO_ADMIN.set("MAINT", "maint");
const statusKind: Kind = {
  check: (value) => {
    const admin = type(value) === "string" ? STATUS_TO_ADMIN.get(string.upper(value as string)) : undefined;
    if (admin === undefined) return $multi(undefined, 'must be "UP", "DOWN" or "MAINT"');
    return $multi(admin);
  },
  schema: { enum: ["UP", "DOWN", "MAINT", "up", "down", "maint"], description: "lua-haproxy's: UP is admin_state ready, DOWN and MAINT are maint" },
};

const CHECK_ENABLED = 0x04; // CHK_ST_ENABLED of srv_check_state and srv_agent_state

/** One step of a change: the fields that ask for it, its operation, and its arguments asked and before. */
interface Step {
  fields: string[];
  op: Operation;
  /** Each a fresh table per call: the server's names are added to it (operations.ts: withServer). */
  asked: (this: void, given: Values, before: Before) => Record<string, unknown>;
  undo: (this: void, before: Before) => Record<string, unknown>;
}

function switched(bits: number): string {
  return (bits & CHECK_ENABLED) !== 0 ? "enabled" : "disabled";
}

/**
 * The steps in the order they run: where the server is and how much it may
 * take first, whether it is in rotation last, so a server put back in
 * rotation already has its new address and weight.
 */
const STEPS: Step[] = [
  {
    fields: ["address", "port"],
    op: ops.setAddress,
    asked: (given, before) => ({ address: given.get("address") ?? before.state.srv_addr, port: given.get("port") }),
    undo: (before) => ({ address: before.state.srv_addr, port: before.state.srv_port > 0 ? before.state.srv_port : undefined }),
  },
  { fields: ["maxconn"], op: ops.setMaxconn, asked: (given) => ({ maxconn: given.get("maxconn") }), undo: (before) => ({ maxconn: before.maxconn }) },
  { fields: ["weight"], op: ops.setWeight, asked: (given) => ({ weight: given.get("weight") }), undo: (before) => ({ weight: before.state.srv_uweight }) },
  {
    fields: ["health_check"],
    op: ops.setHealthCheck,
    asked: (given) => ({ health_check: given.get("health_check") }),
    undo: (before) => ({ health_check: switched(before.state.srv_check_state) }),
  },
  {
    fields: ["agent_check"],
    op: ops.setAgentCheck,
    asked: (given) => ({ agent_check: given.get("agent_check") }),
    undo: (before) => ({ agent_check: switched(before.state.srv_agent_state) }),
  },
  {
    fields: ["operational_state"],
    op: ops.setHealth,
    asked: (given) => ({ operational_state: given.get("operational_state") }),
    undo: (before) => ({ operational_state: decode_operational_state(before.state.srv_op_state) }),
  },
  {
    fields: ["admin_state", "status"],
    op: ops.setState,
    asked: (given) => ({ admin_state: given.get("admin_state") ?? statusKind.check(given.get("status"))[0] }),
    undo: (before) => ({ admin_state: before.state.admin_state }),
  },
];

/** The step each field asks for. */
const STEP_OF_FIELD = new LuaTable<string, Step>();
for (const step of STEPS) for (const field of step.fields) STEP_OF_FIELD.set(field, step);

/** Every field set_server takes, with its kind: the arguments of the steps' operations, and lua-haproxy's status. */
export const SERVER_FIELDS: Arg[] = [
  ...ops.setAddress.args,
  ...ops.setMaxconn.args,
  ...ops.setWeight.args,
  ...ops.setHealthCheck.args,
  ...ops.setAgentCheck.args,
  ...ops.setHealth.args,
  ...ops.setState.args,
  { name: "status", kind: statusKind },
];

/** SERVER_FIELDS by name: checked on every write, so a table lookup, not a search. */
const FIELD_BY_NAME = new LuaTable<string, Arg>();
for (const arg of SERVER_FIELDS) FIELD_BY_NAME.set(arg.name, arg);
const FIELD_NAMES = table.concat(SERVER_FIELDS.map((each) => each.name), ", ");

/** The fields that change weight or rotation, which cancel a weight ramp (ramp.ts). */
const RAMP_FIELDS = ["weight", "admin_state", "status", "operational_state"];

export type FieldProblem = LuaMultiReturn<[ok: true] | [ok: undefined, field: string, problem: string]>;

/** Checks every field of one server's change: known names, valid values, at least one, not both admin_state and status. */
export function checkFields(fields: Values): FieldProblem {
  let count = 0;
  for (const [field] of pairs(fields)) {
    const arg = FIELD_BY_NAME.get(field as string);
    if (arg === undefined) return $multi(undefined, field as string, `is not a field of a server: use ${FIELD_NAMES}`);
    const [ok, problem] = arg.kind.check(fields.get(field as string));
    if (ok === undefined) return $multi(undefined, field as string, problem);
    count++;
  }
  if (count === 0) return $multi(undefined, "", "no field given");
  if (fields.get("admin_state") !== undefined && fields.get("status") !== undefined) return $multi(undefined, "status", 'goes with admin_state only one at a time: give one of them');
  return $multi(true);
}

/** The library's refusal of a field (refusal()), naming the server in a list of several. */
function fieldError(field: string, given: unknown, problem: string, server?: string): StatsError {
  const where = server === undefined ? "" : `server ${server}: `;
  const message = field === "" ? problem : refusal([], field, given, problem).message;
  return statsError("invalid", where + message);
}

/** After a server's change applied: a change of its weight or rotation cancels its weight ramp. */
/** Whether `fields` has any of `names`. A plain loop: it runs on every PATCH. */
function hasAny(fields: Values, names: string[]): boolean {
  for (const name of names) if (fields.get(name) !== undefined) return true;
  return false;
}

function changed(backend: string, server: string, fields: Values): void {
  if (hasAny(fields, RAMP_FIELDS)) cancelRamp(backend, server);
}

function asks(step: Step, fields: Values): boolean {
  return hasAny(fields, step.fields);
}

/** The server's maxconn now: in-process for a configured server, else its "show stat" slim ("" is none: 0). */
function maxconnNow(client: ClientFields, backend: string, server: string): Result<number> {
  const local = localServer(backend, server);
  if (local !== undefined) return $multi(local.get_maxconn());
  const [row, err] = serverRow(client, backend, server);
  if (row === undefined) return $multi(undefined, err);
  const slim = row.get("slim");
  return $multi(type(slim) === "number" ? (slim as number) : 0);
}

/** Puts back `done` steps of one server, last first; the names of those that could not be, with why. */
function undo(client: ClientFields, backend: string, server: string, done: Step[], before: Before): string[] {
  const failed: string[] = [];
  for (let index = done.length - 1; index >= 0; index--) {
    const step = done[index];
    const [ok, err] = perform(client, step.op, ops.withServer(backend, server, step.undo(before)));
    if (ok === undefined) failed[failed.length] = `${step.fields[0]} of ${backend}/${server} (${err.message})`;
  }
  return failed;
}

/** The error of the failed step, saying what was put back, or what could not be. */
function rolledBack(err: StatsError, putBack: string[], failed: string[]): StatsError {
  let note: string;
  if (failed.length > 0) note = `; putting back ${table.concat(failed, ", ")} failed: the change is half-applied, read the server's state`;
  else if (putBack.length > 0) note = `; nothing changed: ${table.concat(putBack, ", ")} put back`;
  else note = "; nothing changed";
  return statsError(err.kind, err.message + note, err.command, err.haproxy);
}

interface Applied {
  server: string;
  steps: Step[];
  before: Before;
}

/** Runs one server's steps; on a failure puts back that server's and every earlier `applied` one's. */
function apply(client: ClientFields, backend: string, server: string, fields: Values, before: Before, applied: Applied[]): Done {
  const done: Step[] = [];
  for (const step of STEPS) {
    if (!asks(step, fields)) continue;
    const [ok, err] = perform(client, step.op, ops.withServer(backend, server, step.asked(fields, before)));
    if (ok === undefined) {
      const putBack: string[] = [];
      const failed = undo(client, backend, server, done, before);
      for (const each of done) putBack[putBack.length] = `${each.fields[0]} of ${backend}/${server}`;
      for (let index = applied.length - 1; index >= 0; index--) {
        const earlier = applied[index];
        for (const each of undo(client, backend, earlier.server, earlier.steps, earlier.before)) failed[failed.length] = each;
        for (const each of earlier.steps) putBack[putBack.length] = `${each.fields[0]} of ${backend}/${earlier.server}`;
      }
      return $multi(undefined, rolledBack(err, putBack, failed));
    }
    done[done.length] = step;
  }
  applied[applied.length] = { server, steps: done, before };
  changed(backend, server, fields);
  return $multi(true);
}

/** HAProxy's "No such server." / "No such backend." restated with the names asked for. */
function named(err: StatsError, backend: string, server: string): StatsError {
  if (err.kind !== "not_found") return err;
  const what = string.find(err.haproxy ?? "", "backend")[0] !== undefined ? `no such backend: ${backend}` : `no such server: ${backend}/${server}`;
  return statsError("not_found", what, err.command, err.haproxy);
}

/**
 * A change of one field of one server has nothing to put back, so it needs
 * no state read first: the operation alone (in-process for a configured
 * server), HAProxy's own "No such server" standing for the lookup. Port
 * without address needs the address it keeps, so it is not alone.
 */
function aloneStep(fields: Values): Step | undefined {
  let alone: Step | undefined;
  // The fields are checked (every one is a step's): a lookup each, not every step's fields each.
  for (const [field] of pairs(fields)) {
    const step = STEP_OF_FIELD.get(field as string);
    if (alone !== undefined && step !== alone) return undefined;
    alone = step;
  }
  if (alone === undefined || (alone.op === ops.setAddress && fields.get("address") === undefined)) return undefined;
  return alone;
}

/** A change of one step (aloneStep): nothing to put back if it fails. */
function applyAlone(client: ClientFields, backend: string, name: string, fields: Values, step: Step): Done {
  const [ok, err] = perform(client, step.op, ops.withServer(backend, name, step.asked(fields, undefined as unknown as Before)));
  if (ok === undefined) return $multi(undefined, named(err, backend, name));
  changed(backend, name, fields);
  return $multi(true);
}

/** applyChecked for one server: the usual write of one field makes no list of changes. */
export function applyOneChecked(client: ClientFields, backend: string, name: string, fields: Values): Done {
  const single = aloneStep(fields);
  if (single !== undefined) return applyAlone(client, backend, name, fields, single);
  return applyChecked(client, backend, [{ name, fields }]);
}

/** One server's change, as set_servers takes them. */
export interface ServerChange {
  name: string;
  fields: Values;
}

/**
 * Applies every change to servers of `backend`, all or nothing: every field
 * of every server is checked and every server looked up before the first
 * step; a step that fails puts back all that ran before it.
 */
export function setServers(client: ClientFields, backend: unknown, changes: ServerChange[]): Done {
  const backendProblem = nameProblem(backend);
  if (backendProblem !== undefined) return $multi(undefined, invalidName("backend", backend, backendProblem));
  if (type(changes) !== "table" || changes.length === 0) return $multi(undefined, statsError("invalid", "changes: expected a list of { name = <server>, fields = {...} }"));
  for (const change of changes) {
    const serverProblem = nameProblem(change.name);
    if (serverProblem !== undefined) return $multi(undefined, invalidName("server", change.name, serverProblem));
    if (type(change.fields) !== "table") return $multi(undefined, statsError("invalid", `server ${change.name}: expected a table of fields`));
    const [ok, field, problem] = checkFields(change.fields);
    if (ok === undefined) return $multi(undefined, fieldError(field, change.fields.get(field), problem, changes.length > 1 ? change.name : undefined));
  }
  return applyChecked(client, backend as string, changes);
}

/**
 * setServers for changes already checked as it checks them (valid names,
 * checkFields): the HTTP route of one server checks its path and body
 * before it takes the write lock, and need not check them again under it.
 */
export function applyChecked(client: ClientFields, backend: string, changes: ServerChange[]): Done {
  if (changes.length === 1) {
    const { name, fields } = changes[0];
    const single = aloneStep(fields);
    if (single !== undefined) return applyAlone(client, backend, name, fields, single);
  }
  const [all, err] = states(client, backend);
  if (all === undefined) return $multi(undefined, err);
  const befores: Before[] = [];
  for (const change of changes) {
    const state = all.find((row) => row.srv_name === change.name);
    if (state === undefined) return $multi(undefined, statsError("not_found", `no such server: ${backend}/${change.name}`));
    const before: Before = { state };
    if (change.fields.get("maxconn") !== undefined) {
      const [maxconn, missing] = maxconnNow(client, backend, change.name);
      if (maxconn === undefined) return $multi(undefined, missing);
      before.maxconn = maxconn;
    }
    befores[befores.length] = before;
  }
  const applied: Applied[] = [];
  for (let index = 0; index < changes.length; index++) {
    const [ok, failed] = apply(client, backend, changes[index].name, changes[index].fields, befores[index], applied);
    if (ok === undefined) return $multi(undefined, failed);
  }
  return $multi(true);
}

/** set_server: several fields of one server at once, all or nothing. */
export function setServer(client: ClientFields, backend: unknown, server: unknown, fields: Values): Done {
  return setServers(client, backend, [{ name: server as string, fields }]);
}
