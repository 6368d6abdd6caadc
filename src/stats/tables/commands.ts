/**
 * Builders of the stick-table commands. A table is named after the proxy
 * that declares it ("peers" sections name theirs "<section>/<table>"); a
 * key is free text, escaped (words.ts); a filter is HAProxy's
 * "data.<type> <operator> <integer>", checked word by word.
 */
import { statsError, type StatsError } from "../core/errors";
import { ruleProblem, type NameRule } from "../core/names";
import { quoted, word } from "../core/words";

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
  if (type(data) !== "string" || string.find(data, "^[%a_][%w_]*$")[0] === undefined || data.length > 64) {
    return invalid("filter", "the data type is a stored data name such as gpc0 or http_req_rate");
  }
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
