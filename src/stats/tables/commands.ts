/**
 * Builders of the stick-table commands. A table is named after the proxy
 * that declares it ("peers" sections name theirs "<section>/<table>"); a
 * key is free text, escaped (words.ts); a filter is HAProxy's
 * "data.<type> <operator> <integer>", checked word by word.
 */
import { statsError, type StatsError } from "../core/errors";
import { ruleProblem, type NameRule } from "../core/names";
import { quoted, word, wordProblem } from "../core/words";

type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

/** A filter on stored data: "gpc0 gt 0" is { data: "gpc0", operator: "gt", value: 0 }. */
export interface TableFilter {
  data: string;
  operator: string;
  value: number | string;
}

/** HAProxy compiles in up to 4 data filters per "show table". */
export const MAX_FILTERS = 4;

const OPERATORS = new LuaTable<string, boolean>();
for (const operator of ["eq", "ne", "le", "ge", "lt", "gt"]) OPERATORS.set(operator, true);

function invalid(what: string, problem: string): Built {
  return $multi(undefined, statsError("invalid", `${what}: ${problem}`));
}

const TABLE_NAME: NameRule = { noun: "table name", maxLength: 255, pattern: "^[%w%.%-_:/]+$", allowed: "letters, digits, '.', '-', '_', ':' and '/'" };

/** The reason `name` can't be a stick table's name, or undefined when it can. */
export function tableNameProblem(name: unknown): string | undefined {
  return ruleProblem(TABLE_NAME, name);
}

function tableName(name: unknown): Built {
  const problem = tableNameProblem(name);
  if (problem !== undefined) return invalid(`table ${quoted(name)}`, problem);
  return $multi(name as string);
}

/** "data.<type> <op> <value>", or the reason the filter is refused. */
function filterWords(filter: TableFilter): Built {
  if (type(filter) !== "table") return invalid("filter", "expected { data, operator, value }");
  const { data, operator } = filter;
  if (dataTypeProblem(data) !== undefined) return invalid("filter", "the data type is a stored data name such as gpc0 or http_req_rate");
  if (type(operator) !== "string" || !OPERATORS.has(operator)) return invalid("filter", "the operator is one of eq, ne, le, ge, lt, gt");
  const integral = type(filter.value) === "number" && math.tointeger(filter.value as number) !== undefined;
  const text = integral ? string.format("%d", filter.value) : filter.value;
  if (type(text) !== "string" || string.find(text as string, "^%-?%d+$")[0] === undefined || (text as string).length > 19) {
    return invalid("filter", "the value is a 64-bit integer");
  }
  return $multi(`data.${data} ${operator} ${text as string}`);
}

/** "show table": every table with its type, size and entries in use. */
export function showTables(): string {
  return "show table";
}

/**
 * "show table <name>", for one key or with up to MAX_FILTERS data filters
 * (HAProxy takes one form or the other, not both).
 */
export function showTable(name: unknown, key?: unknown, filters?: TableFilter[]): Built {
  const [named, err] = tableName(name);
  if (named === undefined) return $multi(undefined, err);
  const count = filters === undefined ? 0 : filters.length;
  if (key !== undefined && count > 0) return invalid("show table", "give either a key or filters, not both");
  if (key !== undefined) {
    const [escaped, problem] = word(key);
    if (escaped === undefined) return invalid(`key ${quoted(key)}`, problem);
    return $multi(`show table ${named} key ${escaped}`);
  }
  if (count > MAX_FILTERS) return invalid("filter", `at most ${MAX_FILTERS} filters`);
  const words = [`show table ${named}`];
  for (const filter of filters ?? []) {
    const [text, refused] = filterWords(filter);
    if (text === undefined) return $multi(undefined, refused);
    words[words.length] = text;
  }
  return $multi(table.concat(words, " "));
}

/** "clear table <name> [key <key>]": every entry, or the one of `key`. */
export function clearTable(name: unknown, key?: unknown): Built {
  const [named, err] = tableName(name);
  if (named === undefined) return $multi(undefined, err);
  if (key === undefined) return $multi(`clear table ${named}`);
  const [escaped, problem] = word(key);
  if (escaped === undefined) return invalid(`key ${quoted(key)}`, problem);
  return $multi(`clear table ${named} key ${escaped}`);
}

/** The reason `key` can't be a key of a table of `keyType`, or undefined (checked here: HAProxy takes "zz" for 0.0.0.0, measured on 2.6.12). */
export function keyProblem(keyType: string, key: unknown): string | undefined {
  if (keyType === "integer") {
    const integral = type(key) === "number" && math.tointeger(key as number) !== undefined;
    const text = integral ? string.format("%d", key) : key;
    // 2.6 answers "Invalid key" for a negative one (measured).
    if (type(text) !== "string" || string.find(text as string, "^%d+$")[0] === undefined || (text as string).length > 10) return "an integer table's key is an integer from 0 to 4294967295";
    if ((tonumber(text as string) as number) > 4294967295) return "an integer table's key is an integer from 0 to 4294967295";
    return undefined;
  }
  if (type(key) !== "string") return `expected a key, got ${type(key)}`;
  const text = key as string;
  if (keyType === "ip") {
    const [a, b, c, d] = string.match(text, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$");
    if (a === undefined) return "an ip table's key is an IPv4 address";
    for (const part of [a, b, c, d]) if (part.length > 3 || (tonumber(part) as number) > 255) return "an ip table's key is an IPv4 address";
    return undefined;
  }
  if (keyType === "ipv6") {
    if (string.find(text, "^[%x:.]+$")[0] === undefined || string.find(text, ":")[0] === undefined || text.length > 45) return "an ipv6 table's key is an IPv6 address";
    return undefined;
  }
  if (keyType === "binary") {
    if (string.find(text, "^%x+$")[0] === undefined || text.length % 2 !== 0) return "a binary table's key is hexadecimal, two digits a byte";
    return undefined;
  }
  return wordProblem(text);
}

/** Highest value a 32-bit counter holds; the byte counters are 64-bit. HAProxy stores -1 as 4294967295: negatives are refused here. */
const UINT_MAX = 4294967295;

/** The reason `value` can't be stored as data `dataType`, or undefined. */
export function dataValueProblem(dataType: string, value: unknown): string | undefined {
  if (type(value) !== "number" || math.tointeger(value as number) === undefined) return "must be an integer";
  const wide = string.find(dataType, "^bytes_")[0] !== undefined;
  if ((value as number) < 0 || (!wide && (value as number) > UINT_MAX)) return wide ? "must be a non-negative integer" : `must be an integer from 0 to ${UINT_MAX}`;
  return undefined;
}

/** A data type's name as "set table" takes it: gpc0, http_req_rate, gpc(1)... */
export function dataTypeProblem(dataType: unknown): string | undefined {
  if (type(dataType) !== "string" || string.find(dataType as string, "^[%a_][%w_]*$")[0] === undefined || (dataType as string).length > 64) {
    return "a data type is a stored data name such as gpc0 or http_req_rate";
  }
  return undefined;
}

/** "set table <name> key <key> data.<type> <value> ...": every value set at once, the entry created if absent. */
export function setTable(name: string, key: unknown, data: [string, number][]): Built {
  const [escaped, problem] = word(type(key) === "number" ? string.format("%d", key) : key);
  if (escaped === undefined) return invalid(`key ${quoted(key)}`, problem);
  const words = [`set table ${name} key ${escaped}`];
  for (const [dataType, value] of data) words[words.length] = `data.${dataType} ${string.format("%d", value)}`;
  return $multi(table.concat(words, " "));
}
