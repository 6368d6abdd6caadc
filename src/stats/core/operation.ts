/**
 * A runtime operation, declared once: the names it acts on, its arguments
 * and their kinds (kinds.ts), the command line it sends, the call on
 * HAProxy's own Lua classes that does the same in-process where one exists,
 * and which of HAProxy's answers mean what. The Lua method of the client
 * (index.ts), the HTTP route's body checks and its OpenAPI schema
 * (api/fields.ts) all follow from the declaration.
 */
import { execute, insideHAProxy, type ClientFields } from "./client";
import { answerError, statsError, type ErrorKind, type StatsError } from "./errors";
import { atLevel } from "./level";
import type { Kind } from "./kinds";
import { invalidName, nameProblem } from "./names";
import type { Done } from "./result";
import { quoted } from "./words";

/** Checked values by argument name, each as it travels ("5", "50%", "ready"). */
export type Words = LuaTable<string, string>;
/** Values as given, by argument name. */
export type Values = LuaTable<string, unknown>;

export interface Arg {
  name: string;
  kind: Kind;
  optional?: boolean;
  description?: string;
}

export interface Operation {
  /** The Lua method: client:<method>(<targets...>, <args...>). */
  method: string;
  summary: string;
  /** The names it acts on, in call order: ["backend", "server"], ["frontend"], or none. */
  targets: string[];
  args: Arg[];
  /** The command line, from checked words. */
  command: (this: void, words: Words) => string;
  /**
   * The same change in-process, where HAProxy's Lua classes have the call:
   * `find` the object (undefined: not reachable in-process, use the socket),
   * `call` returns HAProxy's message (nil when it said nothing).
   */
  local?: {
    find: (this: void, words: Words) => object | undefined;
    call: (this: void, target: never, words: Words) => string | undefined;
  };
  /** Lua patterns of answers that mean it worked, beside an empty one ("IP changed from..."). */
  succeeded?: string[];
  /** HAProxy's refusals specific to this command, by kind; checked before the common ones (errors.ts). */
  errors?: [pattern: string, kind: ErrorKind][];
  /** What an answer no pattern knows is: "refused" (HAProxy's fault) unless the caller's value was refused ("rejected"). */
  otherwise?: ErrorKind;
}

export type CheckedWords = LuaMultiReturn<[words: Words] | [words: undefined, name: string, problem: string]>;

/** Checks every target and argument of `op` in `values`; the first refusal names its argument. */
export function check(op: Operation, values: Values): CheckedWords {
  const words: Words = new LuaTable();
  const targets = op.targets;
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index];
    const given = values.get(target);
    const problem = nameProblem(given);
    if (problem !== undefined) return $multi(undefined, target, problem);
    words.set(target, given as string);
  }
  return checkArgs(op.args, values, words);
}

/** Checks `values` against `args` into `words`: every required one present, every given one valid. */
export function checkArgs(args: Arg[], values: Values, words: Words = new LuaTable()): CheckedWords {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const given = values.get(arg.name);
    if (given === undefined) {
      if (arg.optional === true) continue;
      return $multi(undefined, arg.name, "is required");
    }
    const [text, problem] = arg.kind.check(given);
    if (text === undefined) return $multi(undefined, arg.name, problem);
    words.set(arg.name, text);
  }
  return $multi(words);
}

/**
 * A table of fields for a multi-field write (set_frontend, set_process):
 * every name one of `args`, at least one given; the refusal says which
 * names there are ("<name> is not <what>: use a, b").
 */
export function givenFields(method: string, fields: unknown, args: Arg[], what: string): LuaMultiReturn<[given: Values] | [given: undefined, err: StatsError]> {
  const names = table.concat(args.map((arg) => arg.name), ", ");
  if (type(fields) !== "table") return $multi(undefined, statsError("invalid", `${method}: expected a table of fields (${names})`));
  const given = fields as Values;
  let count = 0;
  for (const [field] of pairs(given)) {
    if (!args.some((arg) => arg.name === field)) return $multi(undefined, statsError("invalid", `${tostring(field)} is not ${what}: use ${names}`));
    count++;
  }
  if (count === 0) return $multi(undefined, statsError("invalid", `no field given: use ${names}`));
  return $multi(given);
}

/** The library's error for a refused argument: "weight 300: must be an integer from 0 to 256"; `targets` are names. */
export function refusal(targets: string[], name: string, given: unknown, problem: string): StatsError {
  if (targets.includes(name)) return invalidName(name, given, problem);
  return statsError("invalid", given === undefined ? `${name} ${problem}` : `${name} ${quoted(given)}: ${problem}`);
}

/** What HAProxy's answer (or its Lua call's message) means for `op`. */
export function judge(op: Operation, command: string, answer: string): Done {
  const [text] = string.match(answer, "^%s*(.-)%s*$");
  if (text === "") return $multi(true);
  for (const pattern of op.succeeded ?? []) if (string.find(text, pattern)[0] !== undefined) return $multi(true);
  for (const [pattern, kind] of op.errors ?? []) {
    if (string.find(text, pattern)[0] !== undefined) return $multi(undefined, statsError(kind, text, command, text));
  }
  const known = answerError(command, text);
  if (known !== undefined) return $multi(undefined, known);
  return $multi(undefined, statsError(op.otherwise ?? "refused", text, command, text));
}

/** Runs `op` with words already checked: in-process when the object is reachable (and the socket is admin), else on the socket. */
export function run(client: ClientFields, op: Operation, words: Words): Done {
  if (op.local !== undefined && insideHAProxy() && atLevel(client, "admin")) {
    const target = op.local.find(words);
    if (target !== undefined) {
      // Most calls say nothing: the command line is built only to judge what one said.
      const said = op.local.call(target as never, words);
      if (said === undefined) return $multi(true);
      return judge(op, op.command(words), said);
    }
  }
  const command = op.command(words);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  return judge(op, command, answer);
}

/** `op`'s command line for `values`, checked; or the refusal. */
export function commandOf(op: Operation, values: Values): LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]> {
  const [words, name, problem] = check(op, values);
  if (words === undefined) return $multi(undefined, refusal(op.targets, name, values.get(name), problem));
  return $multi(op.command(words));
}

/** Checks `values`, then runs `op`: an invalid argument is refused before anything is sent. */
export function perform(client: ClientFields, op: Operation, values: Values): Done {
  const [words, name, problem] = check(op, values);
  if (words === undefined) return $multi(undefined, refusal(op.targets, name, values.get(name), problem));
  return run(client, op, words);
}

/** `op`'s targets and arguments in call order, as its Lua method takes them. */
export function parameterNames(op: Operation): string[] {
  const names = [...op.targets];
  for (const arg of op.args) names[names.length] = arg.name;
  return names;
}
