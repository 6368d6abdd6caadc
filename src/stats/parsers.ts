/**
 * Parsers of runtime API answers. Header-driven: the field names come from
 * each answer's own header line, so other HAProxy versions parse correctly.
 * Written with Lua patterns over whole strings: they run on every request.
 *
 * Parsed tables carry a metatable whose `__jsonorder` lists their fields in
 * HAProxy's order (one metatable per answer, shared by its rows), so a JSON
 * encoder that honours it (dkjson) prints pxname and svname first, not in
 * hash order. `__jsonclosed` says the list names every field the table can
 * hold, so the encoder need not look for others (http/jsonencode.ts).
 */
import type { AdminState, OperationalState, Row, ServerState, Weight } from "./types";

/** The metatable that orders a table's fields as `fields` when encoded as JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one metatable serves rows, info and weights
export function ordered(fields: string[]): LuaMetatable<any> {
  return { __jsonorder: fields, __jsonclosed: true } as LuaMetatable<object>;
}

/** Integers become numbers (never floats: "5" must not print as 5.0); the rest stays text. */
export function value(field: string): string | number {
  if (field === "") return field; // most fields of most rows
  const [integer] = string.match(field, "^%-?%d+$");
  if (integer !== undefined && field.length < 19) return math.tointeger(tonumber(field) as number) as number;
  return field;
}

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

/** The header line's names, in order ("# pxname,svname,...,"). */
function csvHeader(line: string): string[] {
  return csvFields(string.gsub(line, "^#%s*", "")[0]);
}

/**
 * Header lines seen, with their names and row metatable: every answer of a
 * process has the same header, so it is split once, and the encoder's
 * per-order cache (http/jsonencode.ts) lasts across requests. Bounded.
 */
const headers = new LuaTable<string, { names: string[]; order: LuaMetatable<object> }>();
let headerCount = 0;

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

// srv_admin_state bits (HAProxy's SRV_ADMF_*): forced, inherited, config,
// resolution and hostname maintenance; forced and inherited drain.
const MAINT_BITS = 0x01 | 0x02 | 0x04 | 0x20 | 0x40;
const DRAIN_BITS = 0x08 | 0x10;

/** Decodes srv_admin_state, a decimal bitmask, into ready, drain or maint. */
export function decode_admin_state(bits: number): AdminState {
  if ((bits & MAINT_BITS) !== 0) return "maint";
  if ((bits & DRAIN_BITS) !== 0) return "drain";
  return "ready";
}

/** Decodes srv_op_state (stopped 0, starting 1, running 2, stopping 3). */
export function decode_operational_state(state: number): OperationalState {
  if (state === 0) return "down";
  if (state === 3) return "stopping";
  return "up";
}

/**
 * Parses "show servers state [<backend>]": a format version line, a header
 * ("# be_id be_name ..."), then one space-separated line per server. Adds
 * `admin_state` and `operational_state` beside the raw fields.
 */
export function parse_servers_state(text: string): ServerState[] {
  const states: ServerState[] = [];
  let header: string[] | undefined;
  let order = ordered([]);
  for (const [line] of string.gmatch(text, "([^\n]*)\n?")) {
    if (string.sub(line, 1, 1) === "#") {
      header = [];
      // The decoded states first: they are what a reader looks for.
      const fields = ["admin_state", "operational_state"];
      for (const [name] of string.gmatch(string.sub(line, 2), "%S+")) {
        header[header.length] = name;
        fields[fields.length] = name;
      }
      order = ordered(fields);
    } else if (header !== undefined && line !== "") {
      const state: LuaTable<string, string | number> = setmetatable(new LuaTable<string, string | number>(), order);
      let index = 0;
      for (const [field] of string.gmatch(line, "%S+")) {
        const name = header[index];
        if (name !== undefined) state.set(name, value(field));
        index++;
      }
      const admin = state.get("srv_admin_state");
      const operational = state.get("srv_op_state");
      if (type(admin) === "number") state.set("admin_state", decode_admin_state(admin as number));
      if (type(operational) === "number") state.set("operational_state", decode_operational_state(operational as number));
      states[states.length] = state as unknown as ServerState;
    }
  }
  return states;
}

const WEIGHT_ORDER = ordered(["current", "initial"]);

/** Parses "get weight" ("10 (initial 10)"). */
export function parse_weight(text: string): Weight | undefined {
  const [current, initial] = string.match(text, "^(%d+) %(initial (%d+)%)");
  if (current === undefined) return undefined;
  return setmetatable({ current: value(current) as number, initial: value(initial as string) as number }, WEIGHT_ORDER);
}
