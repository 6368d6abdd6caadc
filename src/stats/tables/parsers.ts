/**
 * Parsers of the stick-table answers: "show table" (one header line per
 * table) and "show table <name>" (its header line, then one line per entry).
 */
import { ordered, value } from "../core/fields";
import { unescapeDump } from "../core/words";

export interface TableInfo {
  name: string;
  /** The key type: ip, ipv6, integer, string or binary. */
  type: string;
  size: number;
  used: number;
}

/**
 * One entry. `data` holds the stored data by type name; a rate's period,
 * printed by HAProxy as "http_req_rate(10000)", is the table's
 * configuration and is left out of the name.
 */
export interface TableEntry {
  id: string;
  key: string | number;
  /** Sessions tracking the entry right now. */
  use: number;
  /** Milliseconds until the entry expires (0: it does not). */
  expire_ms: number;
  data: LuaTable<string, string | number>;
}

export interface Table extends TableInfo {
  entries: TableEntry[];
}

const INFO_ORDER = ordered(["name", "type", "size", "used"]);
const TABLE_ORDER = ordered(["name", "type", "size", "used", "entries"]);
const ENTRY_ORDER = ordered(["id", "key", "use", "expire_ms", "data"]);

/** "# table: www, type: ip, size:100, used:1" as a table's summary; undefined for any other line. */
function infoOf(line: string): TableInfo | undefined {
  const [name, keyType, size, used] = string.match(line, "^# table: (.-), type: (%S+), size:(%d+), used:(%d+)");
  if (name === undefined) return undefined;
  return setmetatable({ name, type: keyType as string, size: value(size as string) as number, used: value(used as string) as number }, INFO_ORDER);
}

/** A table of `info`, its entries still to add. */
export function emptyTable(info: TableInfo): Table {
  return setmetatable({ name: info.name, type: info.type, size: info.size, used: info.used, entries: [] }, TABLE_ORDER) as Table;
}

/** Parses "show table": every table's summary. */
export function parse_tables(text: string): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    const info = infoOf(line);
    if (info !== undefined) tables[tables.length] = info;
  }
  return tables;
}

/** The words of an entry line: split on spaces, except those dump_text() escaped ("\ "). */
function entryWords(line: string, from: number): string[] {
  const words: string[] = [];
  let start = from;
  let position = from;
  for (;;) {
    const [found, , char] = string.find(line, "([\\ ])", position);
    if (found === undefined) break;
    if (char === "\\") {
      position = found + 2;
    } else {
      words[words.length] = string.sub(line, start, found - 1);
      start = found + 1;
      position = start;
    }
  }
  words[words.length] = string.sub(line, start);
  return words;
}

type DataOrders = LuaTable<string, LuaMetatable<object>>;

/**
 * The metatable of an entry's data: its names in HAProxy's order, as a JSON
 * object even when empty. Entries of a table store the same data, so one
 * metatable per distinct list of names serves all of them.
 */
function dataOrder(orders: DataOrders, names: string[]): LuaMetatable<object> {
  const signature = table.concat(names, " ");
  let meta = orders.get(signature);
  if (meta === undefined) {
    meta = { __jsontype: "object", __jsonorder: names, __jsonclosed: true } as LuaMetatable<object>;
    orders.set(signature, meta);
  }
  return meta;
}

/**
 * One entry line: "0x55d0c3a1b2c0: key=127.0.0.1 use=0 exp=596193 gpc0=0 http_req_rate(10000)=1".
 * 2.8 and later print "shard=0" after exp: where HAProxy keeps the entry, not data the table stores.
 */
function entryOf(line: string, keyType: string, orders: DataOrders): TableEntry | undefined {
  const [id, rest] = string.match(line, "^(0x%x+): ()");
  if (id === undefined) return undefined;
  const data = new LuaTable<string, string | number>();
  const names: string[] = [];
  const entry = setmetatable({ id: `#${id}`, key: "", use: 0, expire_ms: 0, data }, ENTRY_ORDER) as TableEntry;
  for (const word of entryWords(line, rest as unknown as number)) {
    const [name, text] = string.match(word, "^([^=(]+)[^=]*=(.*)$");
    if (name === "key") {
      const key = unescapeDump(text as string);
      entry.key = keyType === "integer" ? (value(key) as number) : key;
    } else if (name === "use") {
      entry.use = value(text as string) as number;
    } else if (name === "exp") {
      entry.expire_ms = value(text as string) as number;
    } else if (name !== undefined && name !== "shard") {
      names[names.length] = name;
      data.set(name, value(unescapeDump(text as string)));
    }
  }
  setmetatable(data, dataOrder(orders, names));
  return entry;
}

/** Parses "show table <name> [...]": the summary and the entries listed; undefined without the summary line. */
export function parse_table(text: string): Table | undefined {
  let parsed: Table | undefined;
  const orders: DataOrders = new LuaTable();
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    if (parsed === undefined) {
      const info = infoOf(line);
      if (info !== undefined) parsed = emptyTable(info);
    } else {
      const entry = entryOf(line, parsed.type, orders);
      if (entry !== undefined) parsed.entries[parsed.entries.length] = entry;
    }
  }
  return parsed;
}
