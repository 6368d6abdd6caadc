/**
 * What every "show stat" rows route shares: ?fields=pxname,svname,status to
 * answer only those fields (in HAProxy's order; an unknown one is a 400
 * listing the valid ones, which are "show stat"'s own header), and, on
 * /stats, ?type=frontend|backend|server|listener. A dashboard that polls
 * everything moves a fraction of the bytes.
 */
import { failure } from "../http/errors";
import { asArray } from "../http/json";
import { query, single } from "../http/query";
import type { Request } from "../http/request";
import { json, type Reply } from "../http/response";
import type { ClientFields } from "../stats/core/client";
import { ordered } from "../stats/core/fields";
import type { Result } from "../stats/core/result";
import { statFieldNames } from "../stats/process/parsers";
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

/** The rows with only `fields`, in HAProxy's order. */
function project(rows: Row[], fields: string[]): Row[] {
  const wanted = new LuaTable<string, boolean>();
  for (const field of fields) wanted.set(field, true);
  const order: string[] = [];
  for (const name of statFieldNames() ?? fields) if (wanted.has(name)) order[order.length] = name;
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

function rowsReply(context: Context, request: Request, typed: boolean, one: boolean, read: (this: void, client: ClientFields) => Result<Row[]>): Reply {
  const [selected, refused] = selection(request, typed);
  if (selected === undefined) return refused;
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const [rows, err] = read(client);
  if (rows === undefined) return failed(context, err);
  let answer = rows;
  if (selected.rowType !== undefined) answer = answer.filter((row) => row.get("type") === selected.rowType);
  if (selected.fields !== undefined) {
    const bad = unknownField(selected.fields);
    if (bad !== undefined) return bad;
    answer = project(answer, selected.fields);
  }
  return json(200, one ? answer[0] : asArray(answer));
}

/** A rows route: the rows `read` gives, selected by ?fields= (and ?type= when `typed`). */
export function respondRows(context: Context, request: Request, read: (this: void, client: ClientFields) => Result<Row[]>, typed = false): Reply {
  return rowsReply(context, request, typed, false, read);
}

/** A one-row route, selected by ?fields=. */
export function respondRow(context: Context, request: Request, read: (this: void, client: ClientFields) => Result<Row>): Reply {
  return rowsReply(context, request, false, true, (client) => {
    const [row, err] = read(client);
    if (row === undefined) return $multi(undefined, err);
    return $multi([row]);
  });
}
