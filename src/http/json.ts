/**
 * JSON for the HTTP API. Lua has one table type for arrays and objects, so
 * an empty table is ambiguous: values that must encode as an array or an
 * object whatever their size are marked here, with the `__jsontype`
 * metafield dkjson reads.
 */
import * as dkjson from "dkjson";
import { encodeJson, setNull } from "./jsonencode";
import { parse, parseObjects, type MorePieces, type OnObject, type Streamed } from "./jsonparse";

/** JSON null, as decode() returns it: a field sent as null is there, unlike a missing one. */
export const NULL = (dkjson as unknown as Record<string, unknown>)["null"]; // "null" is a reserved word in TypeScript
setNull(NULL);

const ARRAY_META = { __jsontype: "array" };
const OBJECT_META = { __jsontype: "object" };

/** Marks `list` to encode as a JSON array, `[]` when empty. */
export function asArray<T>(list: T[]): T[] {
  return setmetatable(list, ARRAY_META as LuaMetatable<T[]>) as T[];
}

/** `item` with null for each of `names` it lacks, so every item of a list has the same fields. */
export function withNulls<T extends object>(item: T, names: string[]): T {
  const fields = item as unknown as Record<string, unknown>;
  for (const name of names) if (fields[name] === undefined) fields[name] = NULL;
  return item;
}

/** Marks `value` to encode as a JSON object, `{}` when empty; one with a metatable (field order) already is one. */
export function asObject<T extends object>(value: T): T {
  if (getmetatable(value) !== undefined) return value;
  return setmetatable(value, OBJECT_META as LuaMetatable<T>) as T;
}

/** Marks `value` to encode its fields in the order of `keys`, which names all of them. */
export function inOrder<T extends object>(value: T, keys: string[]): T {
  return setmetatable(value, { __jsonorder: keys, __jsonclosed: true } as LuaMetatable<T>) as T;
}

/** Error bodies read `{"code":...,"message":...}`, in that order. */
const KEY_ORDER = ["code", "message"];

/** Compact JSON of `value` (jsonencode.ts). Raises on what JSON cannot hold (functions): a bug. */
export function encode(value: unknown): string {
  return encodeJson(value, KEY_ORDER);
}

/** What a JSON text holds: the value (`flat`: a flat object, jsonparse.ts), or why it is not JSON. */
export type Decoded = LuaMultiReturn<[ok: true, value: unknown, flat: boolean] | [ok: false, problem: string]>;

const MARKS = { nullValue: NULL, arrayMeta: ARRAY_META, objectMeta: OBJECT_META };

/**
 * Decodes one JSON text, strictly (see jsonparse.ts): JSON null decodes to
 * NULL; objects and arrays come back marked (see kindOf), so `{}` and `[]`
 * stay apart.
 */
export function decode(text: string): Decoded {
  return parse(text, MARKS);
}

/** A JSON array of objects read as it arrives (jsonparse.ts parseObjects), marked as decode() marks values. */
export function decodeObjects(more: MorePieces, onItem: OnObject): Streamed {
  return parseObjects(more, onItem, MARKS);
}

export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";

/** The JSON type of a decoded value, as a message names it. */
export function kindOf(value: unknown): JsonKind {
  if (value === undefined || value === NULL) return "null";
  if (type(value) === "table") {
    const meta = getmetatable(value) as { __jsontype?: string } | undefined;
    return meta?.__jsontype === "array" ? "array" : "object";
  }
  return type(value) as JsonKind;
}
