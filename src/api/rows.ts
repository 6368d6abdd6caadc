/**
 * What every "show stat" rows route shares: ?fields=pxname,svname,status to
 * answer only those fields (in HAProxy's order; an unknown one is a 400
 * listing the valid ones, which are "show stat"'s own header), and, on
 * /stats, ?type=frontend|backend|server|listener. A dashboard that polls
 * everything moves a fraction of the bytes. Lists are streamed as they are
 * read (http/stream.ts), each row written from a plan made once per row
 * type (planOf), the single-row routes answered whole.
 */
import { failure } from "../http/errors";
import { query, single } from "../http/query";
import type { Request } from "../http/request";
import { quote } from "../http/jsonencode";
import { json, type Reply } from "../http/response";
import { streamArray, type Parts } from "../http/stream";
import type { ClientFields } from "../stats/core/client";
import { ordered } from "../stats/core/fields";
import type { Result } from "../stats/core/result";
import { fieldsOf } from "../stats/process/local";
import { TEXT_FIELDS } from "../stats/process/statfields";
import { statFieldNames } from "../stats/process/parsers";
import type { RowGroups } from "../stats/process/reads";
import { stats_types, type Row } from "../stats/process/types";
import type { Context } from "./context";
import { failed, noSocket } from "./respond";

const TYPES: Record<string, number> = { frontend: stats_types.FRONTEND, backend: stats_types.BACKEND, server: stats_types.SERVER, listener: stats_types.SOCKET };

interface Selection {
  fields?: string[];
  rowType?: number;
}

/** The ?fields= (and, with `typed`, ?type=) of a rows route, or the 400 saying what is wrong. */
function selection(request: Request, typed: boolean): LuaMultiReturn<[selected: Selection] | [selected: undefined, reply: Reply]> {
  const [parsed, refused] = query(request, typed ? ["fields", "type"] : ["fields"]);
  if (parsed === undefined) return $multi(undefined, refused);
  const [list, twice] = single(parsed, "fields");
  if (twice !== undefined) return $multi(undefined, twice);
  const [kind, twiceType] = single(parsed, "type");
  if (twiceType !== undefined) return $multi(undefined, twiceType);
  const selected: Selection = {};
  if (kind !== undefined) {
    const rowType = TYPES[kind];
    if (rowType === undefined) return $multi(undefined, failure(400, `query parameter "type" must be frontend, backend, server or listener, got "${kind}"`));
    selected.rowType = rowType;
  }
  if (list !== undefined) {
    const fields: string[] = [];
    for (const [name] of string.gmatch(list, "[^,]+")) fields[fields.length] = name;
    if (fields.length === 0) return $multi(undefined, failure(400, 'query parameter "fields" names no field: give fields=pxname,svname,...'));
    selected.fields = fields;
  }
  return $multi(selected);
}

/** The 400 for a field "show stat" does not have; undefined when every one is known (or none is known yet). */
function unknownField(fields: string[]): Reply | undefined {
  const names = statFieldNames();
  if (names === undefined) return undefined;
  const known = new LuaTable<string, boolean>();
  for (const name of names) known.set(name, true);
  for (const field of fields) {
    if (!known.has(field)) return failure(400, `unknown field "${field}" in query parameter "fields": the fields are ${table.concat(names, ",")}`);
  }
  return undefined;
}

/** The fields of `fields` (all when undefined), in HAProxy's order. */
function chosen(names: string[], fields: string[] | undefined): string[] {
  if (fields === undefined) return names;
  const wanted = new LuaTable<string, boolean>();
  for (const field of fields) wanted.set(field, true);
  const order: string[] = [];
  for (const name of names) if (wanted.has(name)) order[order.length] = name;
  return order;
}

/** The rows with only `fields`, in HAProxy's order. */
function project(rows: Row[], order: string[]): Row[] {
  const meta = ordered(order);
  const projected: Row[] = [];
  for (const row of rows) {
    const kept: Row = setmetatable(new LuaTable<string, string | number>(), meta);
    for (const name of order) {
      const value = row.get(name);
      if (value !== undefined) kept.set(name, value);
    }
    projected[projected.length] = kept;
  }
  return projected;
}

/**
 * How one row type is written: the text before each field it fills
 * (`"name":`, with the `""` of every field between that it does not fill
 * folded in), and what closes the row. Built once per type and field list,
 * so a row costs a lookup and two stores per field it has, nothing more.
 */
interface RowPlan {
  before: string[];
  keys: string[];
  /** Whether each key is a text field (TEXT_FIELDS): the others are integers or empty, and need no type test. */
  text: boolean[];
  after: string;
}

/** The plan for rows of `rowType`; `local` rows (read in-process) keep only their type's fields, and only text fields need a type test. */
function planOf(names: string[], rowType: number, local: boolean): RowPlan {
  const filled = local ? fieldsOf(rowType) : undefined;
  const plan: RowPlan = { before: [], keys: [], text: [], after: "" };
  let pending = "{";
  let comma = "";
  for (const name of names) {
    const prefix = `${comma}${quote(name)}:`;
    comma = ",";
    if (filled !== undefined && !filled.has(name)) {
      pending = `${pending}${prefix}""`;
    } else {
      plan.before[plan.before.length] = pending + prefix;
      plan.keys[plan.keys.length] = name;
      plan.text[plan.text.length] = !local || TEXT_FIELDS.has(name);
      pending = "";
    }
  }
  plan.after = `${pending}}`;
  return plan;
}


// Made local: writeRow runs once per field of every row of an answer.
const luaType = type;
const find = string.find;

/** A text field that reads as an integer (a server named "2") is a number, as the socket's parse makes it (core/fields.ts). */
function isInteger(text: string): boolean {
  return text.length < 19 && find(text, "^%-?%d+$")[0] !== undefined;
}

/**
 * Appends `row`'s JSON to `parts` after index `n`; answers the new count.
 * An in-process row lacks the fields it has empty; a socket row has them as "".
 */
function writeRow(parts: Parts, n: number, row: Row, plan: RowPlan): number {
  const before = plan.before;
  const keys = plan.keys;
  const text = plan.text;
  const count = keys.length;
  for (let index = 0; index < count; index++) {
    const value = row.get(keys[index]);
    parts.set(n + 1, before[index]);
    if (value === undefined || value === "") parts.set(n + 2, '""');
    // An integer goes in as it is: table.concat writes it as %d does.
    else if (!text[index] || luaType(value) === "number" || isInteger(value as string)) parts.set(n + 2, value);
    else parts.set(n + 2, quote(value as string));
    n += 2;
  }
  parts.set(n + 1, plan.after);
  return n + 1;
}

/**
 * Rows per chunk of a streamed answer: about FIELDS_PER_PIECE fields, one
 * 16 KiB buffer of whole rows (http/stream.ts says why it matters), so
 * ?fields= answers go in bigger pieces (each row still costs a get_stats()
 * of ~10 us, hence the cap). Measured: with 10 rows a piece whatever the
 * fields, the page's 8-field read of 10,000 servers took most of 2.2 s.
 */
const FIELDS_PER_PIECE = 1000;
const MIN_ROWS_PER_PIECE = 10;
const MAX_ROWS_PER_PIECE = 100;

/**
 * The plans made for a field list, by source (in-process or not) and row
 * type: the header's list lasts the process, so most answers make none.
 */
const plansOf = setmetatable(new LuaTable<string[], { local: LuaTable<number, RowPlan>; socket: LuaTable<number, RowPlan> }>(), { __mode: "k" });

/** The answer for `groups`: a JSON array written in pieces, of the rows of `rowType` (all when undefined). */
function streamGroups(groups: RowGroups, names: string[], rowType: number | undefined): Reply {
  let known = plansOf.get(names);
  if (known === undefined) {
    known = { local: new LuaTable(), socket: new LuaTable() };
    plansOf.set(names, known);
  }
  const plans = groups.local ? known.local : known.socket;
  return streamArray(
    groups.next,
    (parts, n, row) => {
      const kind = row.get("type") as number;
      if (rowType !== undefined && kind !== rowType) return $multi(n, false);
      let plan = plans.get(kind);
      if (plan === undefined) {
        plan = planOf(names, kind, groups.local);
        plans.set(kind, plan);
      }
      return $multi(writeRow(parts, n, row, plan), true);
    },
    math.min(MAX_ROWS_PER_PIECE, math.max(MIN_ROWS_PER_PIECE, math.floor(FIELDS_PER_PIECE / math.max(names.length, 1)))),
    "rows",
  );
}

export interface RowsOptions {
  /** ?type= selects a row type (GET /stats). */
  typed?: boolean;
  /** Only rows of this type (a route's own: backends, servers). */
  rowType?: number;
}

/**
 * A rows route: the rows `open` gives, selected by ?fields= (and ?type=
 * when `typed`), sent in pieces as they are read (streamGroups).
 */
export function respondRows(context: Context, request: Request, open: (this: void, client: ClientFields) => Result<RowGroups>, options: RowsOptions = {}): Reply {
  const [selected, refused] = selection(request, options.typed === true);
  if (selected === undefined) return refused;
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const [groups, err] = open(client);
  if (groups === undefined) return failed(context, err);
  if (selected.fields !== undefined) {
    const bad = unknownField(selected.fields);
    if (bad !== undefined) return bad;
  }
  return streamGroups(groups, chosen(statFieldNames() ?? groups.names, selected.fields), selected.rowType ?? options.rowType);
}

/** A one-row route, selected by ?fields=. */
export function respondRow(context: Context, request: Request, read: (this: void, client: ClientFields) => Result<Row>): Reply {
  const [selected, refused] = selection(request, false);
  if (selected === undefined) return refused;
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const [row, err] = read(client);
  if (row === undefined) return failed(context, err);
  if (selected.fields === undefined) return json(200, row);
  const bad = unknownField(selected.fields);
  if (bad !== undefined) return bad;
  return json(200, project([row], chosen(statFieldNames() ?? selected.fields, selected.fields))[0]);
}
