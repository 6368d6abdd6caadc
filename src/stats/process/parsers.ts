/**
 * Parsers of the process-wide answers, "show stat" and "show info".
 * Header-driven: the field names come from each answer's own header line,
 * so other HAProxy versions parse correctly. Written with Lua patterns over
 * whole strings: they run on every request. Rows keep HAProxy's field order
 * (core/fields.ts).
 */
import { ordered, value } from "../core/fields";
import type { Row } from "./types";

/** Splits one CSV line, quoted fields included ("a,b" and "" escapes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let position = 1;
  const length = line.length;
  while (position <= length) {
    if (string.sub(line, position, position) === '"') {
      let text = "";
      let cursor = position + 1;
      for (;;) {
        const [quote] = string.find(line, '"', cursor, true);
        if (quote === undefined) {
          text = text + string.sub(line, cursor);
          cursor = length + 1;
          break;
        }
        text = text + string.sub(line, cursor, quote - 1);
        if (string.sub(line, quote + 1, quote + 1) === '"') {
          text = text + '"';
          cursor = quote + 2;
        } else {
          cursor = quote + 1;
          break;
        }
      }
      fields[fields.length] = text;
      const [comma] = string.find(line, ",", cursor, true);
      position = comma === undefined ? length + 1 : comma + 1;
    } else {
      const [comma] = string.find(line, ",", position, true);
      const stop = comma === undefined ? length + 1 : comma;
      fields[fields.length] = string.sub(line, position, stop - 1);
      position = stop + 1;
    }
  }
  return fields;
}

/**
 * The header line's names, in order ("# pxname,svname,...,"), up to the
 * "-" column: what follows it are the stats modules' fields (h1_*, h2_*,
 * ssl_*), which HAProxy 2.6's Lua cannot read in-process (Proxy and Server
 * get_stats() fill only the standard ones). Rows carry the standard fields
 * on the socket too, so a row has one shape wherever it was read.
 */
function csvHeader(line: string): string[] {
  const names = csvFields(string.gsub(line, "^#%s*", "")[0]);
  const modules = names.indexOf("-");
  if (modules >= 0) names.length = modules;
  return names;
}

/**
 * Header lines seen, with their names and row metatable: every answer of a
 * process has the same header, so it is split once, and the encoder's
 * per-order cache (http/jsonencode.ts) lasts across requests. Bounded.
 */
const headers = new LuaTable<string, { names: string[]; order: LuaMetatable<object> }>();
let headerCount = 0;

/** The names of the last "show stat" header parsed: every field a row can have. */
let lastNames: string[] | undefined;
let lastOrder: LuaMetatable<object> | undefined;

/** Every field a "show stat" row has, as the last answer's header named them; undefined before any. */
export function statFieldNames(): string[] | undefined {
  return lastNames;
}

/** The row metatable (field order) of the last header parsed; undefined before any. */
export function statRowOrder(): LuaMetatable<object> | undefined {
  return lastOrder;
}

function headerOf(line: string): { names: string[]; order: LuaMetatable<object> } {
  let known = headers.get(line);
  if (known === undefined) {
    if (headerCount >= 16) {
      for (const [key] of headers) headers.delete(key);
      headerCount = 0;
    }
    const names = csvHeader(line);
    known = { names, order: ordered(names) };
    headers.set(line, known);
    headerCount++;
  }
  lastNames = known.names;
  lastOrder = known.order;
  return known;
}

/**
 * Parses "show stat" CSV into an array of rows keyed by the header's names:
 * integers as numbers, empty fields as "" (lua-haproxy's shape). Answers of
 * several commands may be concatenated: every header line starts a new block.
 */
export function parse_stats(csv: string): Row[] {
  const rows: Row[] = [];
  let header: string[] = [];
  let order = ordered(header);
  for (const [line] of string.gmatch(csv, "([^\n]*)\n?")) {
    if (line === "") continue;
    if (string.sub(line, 1, 1) === "#") {
      const known = headerOf(line);
      header = known.names;
      order = known.order;
      continue;
    }
    const row: Row = setmetatable(new LuaTable<string, string | number>(), order);
    const [quoted] = string.find(line, '"', 1, true);
    if (quoted === undefined) {
      // Fast path: no quoting, every field ends with a comma.
      let index = 0;
      for (const [field] of string.gmatch(line, "([^,]*),")) {
        const name = header[index];
        if (name !== undefined) row.set(name, value(field));
        index++;
      }
    } else {
      const fields = csvFields(line);
      for (let index = 0; index < header.length; index++) {
        const field = fields[index];
        if (field !== undefined) row.set(header[index], value(field));
      }
    }
    rows[rows.length] = row;
  }
  return rows;
}

/** Parses "show info" ("Name: value" lines) into a table; integers as numbers. */
export function parse_info(text: string): LuaTable<string, string | number> {
  const names: string[] = [];
  const info: LuaTable<string, string | number> = setmetatable(new LuaTable<string, string | number>(), ordered(names));
  for (const [name, field] of string.gmatch(text, "([^:\n]+):[ \t]*([^\n]*)")) {
    const [trimmed] = string.match(field, "^(.-)%s*$");
    if (!info.has(name)) names[names.length] = name;
    info.set(name, value(trimmed ?? field));
  }
  return info;
}
