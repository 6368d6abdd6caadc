/**
 * Frontend writes, declared once (core/operation.ts): stop accepting and
 * resume, and maxconn; set_frontend applies both, all or nothing.
 */
import type { ClientFields } from "../core/client";
import { statsError } from "../core/errors";
import { integer, oneOf } from "../core/kinds";
import { check, givenFields, perform, refusal, type Arg, type Operation, type Values } from "../core/operation";
import type { Done } from "../core/result";
import { localFrontend } from "../servers/local";
import { frontend as frontendRow } from "./reads";

function find(this: void, words: LuaTable<string, string>): Proxy | undefined {
  return localFrontend(words.get("frontend") as string);
}

/**
 * Pause and resume: in-process Proxy:pause()/resume(), which the socket's
 * "disable|enable frontend" also call; the row's status reads PAUSED, then
 * OPEN (measured on 2.6.12). The port stays bound: connections wait, then
 * time out, rather than being refused.
 */
export const setFrontendState: Operation = {
  method: "set_frontend_state",
  summary: "Stops accepting (\"disable frontend\": status PAUSED) or resumes (\"enable frontend\": OPEN)",
  targets: ["frontend"],
  args: [{ name: "state", kind: oneOf(["enabled", "disabled"]) }],
  command: (words) => `${words.get("state") === "enabled" ? "enable" : "disable"} frontend ${words.get("frontend")}`,
  local: {
    find,
    call: (proxy: Proxy, words) => {
      if (words.get("state") === "enabled") proxy.resume();
      else proxy.pause();
      return undefined;
    },
  },
  succeeded: ["already", "^Frontend was already"],
  errors: [["^No such frontend", "not_found"], ["previously shut down", "conflict"]],
};

/** "set maxconn frontend" (socket only: the Proxy class has no setter). HAProxy 2.6.12 takes "abc" as 0, so it is checked here. */
export const setFrontendMaxconn: Operation = {
  method: "set_frontend_maxconn",
  summary: "Sets the frontend's maxconn",
  targets: ["frontend"],
  args: [{ name: "maxconn", kind: integer(0, 2147483647) }],
  command: (words) => `set maxconn frontend ${words.get("frontend")} ${words.get("maxconn")}`,
  errors: [["^No such frontend", "not_found"]],
  otherwise: "rejected",
};

/** The fields set_frontend takes. */
export const FRONTEND_FIELDS: Arg[] = [
  { ...setFrontendState.args[0], optional: true },
  { ...setFrontendMaxconn.args[0], optional: true },
];

/** state and/or maxconn of a frontend; a maxconn refused after the state changed puts the state back. */
export function setFrontend(client: ClientFields, frontend: unknown, fields: unknown): Done {
  const [given, refused] = givenFields("set_frontend", fields, FRONTEND_FIELDS, "a field of a frontend");
  if (given === undefined) return $multi(undefined, refused);
  const stateValues = new LuaTable<string, unknown>();
  stateValues.set("frontend", frontend);
  stateValues.set("state", given.get("state"));
  const maxconnValues = new LuaTable<string, unknown>();
  maxconnValues.set("frontend", frontend);
  maxconnValues.set("maxconn", given.get("maxconn"));
  for (const [op, values] of [[setFrontendState, stateValues], [setFrontendMaxconn, maxconnValues]] as [Operation, Values][]) {
    if (values.get(op.args[0].name) === undefined) continue;
    const [words, name, problem] = check(op, values);
    if (words === undefined) return $multi(undefined, refusal(op.targets, name, values.get(name), problem));
  }
  const [before, missing] = frontendRow(client, frontend);
  if (before === undefined) return $multi(undefined, missing);
  if (given.get("state") !== undefined) {
    const [done, err] = perform(client, setFrontendState, stateValues);
    if (done === undefined) return $multi(undefined, err);
  }
  if (given.get("maxconn") !== undefined) {
    const [done, err] = perform(client, setFrontendMaxconn, maxconnValues);
    if (done === undefined) {
      if (given.get("state") === undefined) return $multi(undefined, err);
      stateValues.set("state", before.get("status") === "OPEN" ? "enabled" : "disabled");
      perform(client, setFrontendState, stateValues);
      return $multi(undefined, statsError(err.kind, `${err.message}; nothing changed: state put back`, err.command, err.haproxy));
    }
  }
  return $multi(true);
}
