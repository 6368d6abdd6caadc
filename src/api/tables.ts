/**
 * Stick tables: GET /tables; GET /tables/:table with its entries, for one
 * ?key= or those passing ?filter=data.<type>:<op>:<value> (repeatable, up
 * to 4); GET, PUT {"data"} and DELETE /tables/:table/entries/:key; DELETE
 * /tables/:table clears it and answers what is left (entries a session
 * tracks stay).
 */
import { jsonObject } from "../http/body";
import { failure } from "../http/errors";
import { asArray } from "../http/json";
import { query, single } from "../http/query";
import type { Request } from "../http/request";
import type { Reply } from "../http/response";
import type { Handler } from "../http/router";
import type { ClientFields } from "../stats/core/client";
import { statsError } from "../stats/core/errors";
import { quoted } from "../stats/core/words";
import type { TableFilter } from "../stats/tables/commands";
import * as tables from "../stats/tables/calls";
import type { Context } from "./context";
import { applyThenRead, respond, type Done } from "./respond";

export const listTables: Handler<Context> = (context) => respond(context, (client) => tables.tables(client), (list) => asArray(list));

/** "data.gpc0:gt:0" (the "data." optional) as a filter; undefined when it is not of that form. */
function filterOf(text: string): TableFilter | undefined {
  const [data, operator, value] = string.match(text, "^([^:]+):([^:]+):([^:]+)$");
  if (data === undefined) return undefined;
  const [bare] = string.gsub(data, "^data%.", "");
  return { data: bare, operator: operator as string, value: value as string };
}

interface Selection {
  key?: string;
  filters?: TableFilter[];
}

/** The ?key= and ?filter= of a table read, or the 400 that says what is wrong with them. */
function selection(request: Request): LuaMultiReturn<[selected: Selection] | [selected: undefined, reply: Reply]> {
  const [parsed, refused] = query(request, ["key", "filter"]);
  if (parsed === undefined) return $multi(undefined, refused);
  const [key, twice] = single(parsed, "key");
  if (twice !== undefined) return $multi(undefined, twice);
  const texts = parsed.get("filter");
  if (texts === undefined) return $multi({ key });
  const filters: TableFilter[] = [];
  for (const text of texts) {
    const filter = filterOf(text);
    if (filter === undefined) return $multi(undefined, failure(400, `filter ${quoted(text)} is not data.<type>:<operator>:<value>, as data.gpc0:gt:0`));
    filters[filters.length] = filter;
  }
  return $multi({ key, filters });
}

export const getTable: Handler<Context> = (context, request, params) => {
  const [selected, refused] = selection(request);
  if (selected === undefined) return refused;
  return respond(context, (client) => tables.table(client, params.table, selected.key, selected.filters));
};

export const getTableEntry: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => tables.entry(client, params.table, params.key));

export const clearTable: Handler<Context> = (context, request, params) =>
  applyThenRead(context, request, (client) => tables.clear(client, params.table), (client) => tables.summary(client, params.table));

/** Clears one entry: 404 when the table lacks it, 409 when a session tracks it ("Entry currently in use"). */
function clearEntry(client: ClientFields, name: string, key: string): Done {
  const [found, missing] = tables.entry(client, name, key);
  if (found === undefined) return $multi(undefined, missing);
  const [done, err] = tables.clear(client, name, key);
  if (done !== undefined) return $multi(true);
  if (err.kind !== "in_use") return $multi(undefined, err);
  const message = `entry ${quoted(key)} of table ${name} is tracked by ${found.use} session(s): HAProxy keeps it; retry once they end`;
  return $multi(undefined, statsError("in_use", message, err.command, err.haproxy));
}

export const deleteTableEntry: Handler<Context> = (context, request, params) =>
  applyThenRead(context, request, (client) => clearEntry(client, params.table, params.key), {});

/** PUT /tables/:table/entries/:key {"data": {"gpc0": 1, ...}}: sets data, creating the entry; answers it read back. */
export const putTableEntry: Handler<Context> = (context, request, params) => {
  const [fields, refused] = jsonObject(request, ["data"]);
  if (fields === undefined) return refused;
  return applyThenRead(
    context,
    request,
    (client) => {
      const [set, err] = tables.setEntry(client, params.table, params.key, fields.get("data"));
      if (set === undefined) return $multi(undefined, err);
      return $multi(true);
    },
    (client) => tables.entry(client, params.table, params.key),
  );
};
