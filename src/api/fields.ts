/**
 * A body's fields checked against the arguments a runtime operation
 * declares (stats/core/operation.ts), so a route writes no check of its
 * own: the kinds say what is valid, and the 400 names the field, what it
 * must be and what was sent.
 */
import type { Arg, Values } from "../stats/core/operation";
import type { Schema } from "../stats/core/kinds";
import { jsonObject, type Fields } from "../http/body";
import { failure } from "../http/errors";
import type { Request } from "../http/request";
import type { Reply } from "../http/response";
import { shown } from "./target";

export type Checked = LuaMultiReturn<[fields: Fields] | [fields: undefined, reply: Reply]>;

/** The 400 of a refused field: 'field "weight" must be an integer from 0 to 256, got 300' (of server `server`, in a list). */
export function badField(field: string, given: unknown, problem: string, server?: string): Reply {
  const where = server === undefined ? "" : `server ${server}: `;
  if (field === "") return failure(400, where + problem);
  if (given === undefined) return failure(400, `${where}field "${field}" ${problem}`);
  return failure(400, `${where}field "${field}" ${problem}, got ${shown(given)}`);
}

/** Checks `fields` against `args`: required ones present, every given one valid. */
export function checkAgainst(fields: Fields, args: Arg[]): Reply | undefined {
  for (const arg of args) {
    // JSON null is there (NULL, not nil): refused by the kind, never taken as absent.
    const given = fields.get(arg.name);
    if (given === undefined) {
      if (arg.optional !== true) return badField(arg.name, undefined, "is required");
      continue;
    }
    const [ok, problem] = arg.kind.check(given);
    if (ok === undefined) return badField(arg.name, given, problem);
  }
  return undefined;
}

/** The body as an object of `args`' fields, each checked by its kind. */
export function declaredBody(request: Request, args: Arg[]): Checked {
  const [fields, refused] = jsonObject(request, args.map((arg) => arg.name));
  if (fields === undefined) return $multi(undefined, refused);
  const bad = checkAgainst(fields, args);
  if (bad !== undefined) return $multi(undefined, bad);
  return $multi(fields);
}

/** `fields` with the body's names turned into the operation's (`{current}` of /weight is `weight`). */
export function renamed(fields: Fields, names: Record<string, string>): Values {
  const values = new LuaTable<string, unknown>();
  for (const [name, given] of pairs(fields)) values.set(names[name as string] ?? (name as string), given);
  return values;
}

/** The JSON Schema of a body of `args`, with at least `minimum` fields (OpenAPI). */
export function schemaOf(args: Arg[], minimum?: number): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const arg of args) {
    properties[arg.name] = arg.description === undefined ? arg.kind.schema : { ...arg.kind.schema, description: arg.description };
    if (arg.optional !== true) required[required.length] = arg.name;
  }
  return { type: "object", properties, required: required.length > 0 ? required : undefined, minProperties: minimum, additionalProperties: false };
}
