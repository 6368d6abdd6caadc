/**
 * Stick tables: their summaries, their entries (all, one key, or those
 * whose stored data pass filters), and clearing them.
 */
import { execute, executeDump, type ClientFields } from "../core/client";
import { answerError, statsError, writeError, type StatsError } from "../core/errors";
import { read } from "../process/reads";
import { quoted } from "../core/words";
import { clearTable, dataTypeProblem, dataValueProblem, keyProblem, setTable, showTable, showTables, type TableFilter } from "./commands";
import { emptyTable, parse_table, parse_tables, type Table, type TableEntry, type TableInfo } from "./parsers";

type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;
type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;

function noSuchTable(name: unknown, err: StatsError): StatsError {
  if (err.kind !== "not_found") return err;
  return statsError("not_found", `no such table: ${quoted(name)}`, err.command, err.haproxy);
}

/** Every stick table: name, type, size, used. */
export function tables(client: ClientFields): Result<TableInfo[]> {
  const [answer, err] = read(client, showTables());
  if (answer === undefined) return $multi(undefined, err);
  return $multi(parse_tables(answer));
}

/** One table's summary, from the list; not_found when there is no such table. */
export function summary(client: ClientFields, name: unknown): Result<TableInfo> {
  const [all, err] = tables(client);
  if (all === undefined) return $multi(undefined, err);
  for (const info of all) if (info.name === name) return $multi(info);
  return $multi(undefined, statsError("not_found", `no such table: ${quoted(name)}`, showTables()));
}

/**
 * A table with its entries: all of them, the one of `key`, or those that
 * pass every filter (HAProxy takes a key or filters, not both).
 */
export function table(client: ClientFields, name: unknown, key?: unknown, filters?: TableFilter[]): Result<Table> {
  const [command, invalid] = showTable(name, key, filters);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = executeDump(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, noSuchTable(name, refused));
  const parsed = parse_table(answer);
  if (parsed !== undefined) return $multi(parsed);
  // A key the table does not hold gets an empty answer, without the summary line.
  const [info, missing] = summary(client, name);
  if (info === undefined) return $multi(undefined, missing);
  return $multi(emptyTable(info));
}

/** The entry of `key`; not_found when the table does not hold it. */
export function entry(client: ClientFields, name: unknown, key: unknown): Result<TableEntry> {
  const [found, err] = table(client, name, key);
  if (found === undefined) return $multi(undefined, err);
  const [first] = found.entries;
  if (first === undefined) return $multi(undefined, statsError("not_found", `no entry ${quoted(key)} in table ${tostring(name)}`));
  return $multi(first);
}

/**
 * Removes every entry, or the one of `key`. HAProxy keeps an entry that a
 * session tracks at that moment, and says nothing either way: read back to
 * know.
 */
export function clear(client: ClientFields, name: unknown, key?: unknown): Done {
  const [command, invalid] = clearTable(name, key);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = writeError(command, answer);
  if (refused !== undefined) return $multi(undefined, noSuchTable(name, refused));
  return $multi(true);
}

/**
 * Sets data on the entry of `key`, creating it (it then expires by the
 * table's own "expire"): `data` maps stored data types to integers. Every
 * check comes first, because HAProxy 2.6 creates the entry before it looks
 * at the data (measured: a refused type or value still leaves a new empty
 * entry), and parses a bad ip key as 0.0.0.0: the key against the table's
 * type, each type against what the table stores (a "show table" filter on
 * it, which HAProxy refuses for a type not stored), each value.
 */
export function setEntry(client: ClientFields, name: unknown, key: unknown, data: unknown): Result<TableEntry> {
  const [info, missing] = summary(client, name);
  if (info === undefined) return $multi(undefined, missing);
  const keyRefused = keyProblem(info.type, key);
  if (keyRefused !== undefined) return $multi(undefined, statsError("invalid", `key ${quoted(key)}: ${keyRefused}`));
  if (type(data) !== "table" || next(data as object)[0] === undefined) return $multi(undefined, statsError("invalid", "data: expected an object of data types and integers, such as {\"gpc0\": 1}"));
  const values: [string, number][] = [];
  for (const [dataType, value] of pairs(data as object)) {
    const typeRefused = dataTypeProblem(dataType);
    if (typeRefused !== undefined) return $multi(undefined, statsError("invalid", `data type ${quoted(dataType)}: ${typeRefused}`));
    const valueRefused = dataValueProblem(dataType as string, value);
    if (valueRefused !== undefined) return $multi(undefined, statsError("invalid", `data.${dataType as string} ${quoted(value)}: ${valueRefused}`));
    values[values.length] = [dataType as string, value as number];
  }
  values.sort((a, b) => (a[0] < b[0] ? -1 : 1)); // one command line, the same for the same data
  for (const [dataType] of values) {
    const [probe] = showTable(info.name, undefined, [{ data: dataType, operator: "gt", value: 0 }]);
    const [answer, err] = executeDump(client, probe as string);
    if (answer === undefined) return $multi(undefined, err);
    if (string.find(answer, "^Filter entry #1: ")[0] !== undefined) {
      const [reason] = string.match(answer, "^Filter entry #1: ([^\n]*)");
      return $multi(undefined, statsError("invalid", `data type "${dataType}": ${string.lower(reason)} ${info.name}`, probe, reason));
    }
  }
  const [command, invalid] = setTable(info.name, key, values);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = writeError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return entry(client, info.name, key);
}
