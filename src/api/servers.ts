/**
 * The servers of a backend: read them, change one or several fields of one
 * (PATCH .../servers/:server, and the lua-haproxy-era /weight, /state,
 * /address), change many at once (PATCH .../servers), add and delete them,
 * close their sessions. Every check comes from the operations' declarations
 * (stats/servers/operations.ts, changes.ts); every change is the library's
 * set_server, all or nothing.
 */
import { jsonObject, jsonValue, type Fields } from "../http/body";
import { failure } from "../http/errors";
import { asArray, kindOf } from "../http/json";
import { encodeSegment } from "../http/request";
import type { Reply } from "../http/response";
import type { Handler } from "../http/router";
import type { ClientFields } from "../stats/core/client";
import { perform, type Arg, type Values } from "../stats/core/operation";
import type { Done, Result } from "../stats/core/result";
import { applyOneChecked, checkFields, SERVER_FIELDS, setServers, type ServerChange } from "../stats/servers/changes";
import { add, ADD_SERVER_FIELDS, remove } from "../stats/servers/lifecycle";
import { serverValues, shutdownSessions } from "../stats/servers/operations";
import * as reads from "../stats/servers/reads";
import { stats_types } from "../stats/process/types";
import type { Context } from "./context";
import { badField, declaredBody, renamed } from "./fields";
import { applyThenRead } from "./respond";
import { respondRow, respondRows } from "./rows";
import { badName, badServerPath, serverRead } from "./target";

export const listServers: Handler<Context> = (context, request, params) =>
  respondRows(context, request, (client) => reads.serverGroups(client, params.backend), { rowType: stats_types.SERVER });

export const getServer: Handler<Context> = (context, request, params) =>
  respondRow(context, request, (client) => reads.server(client, params.backend, params.server));

export const getWeight = serverRead(reads.weight);
export const getState = serverRead(reads.state);
export const getAddress = serverRead(reads.address);

/** The fields of SERVER_FIELDS a route takes, under the body's names (`current` for weight). */
export function serverArgs(names: string[], bodyNames: Record<string, string> = {}): Arg[] {
  const args: Arg[] = [];
  for (const name of names) {
    const arg = SERVER_FIELDS.find((each) => each.name === name) as Arg;
    const bodyName = bodyNames[name];
    args[args.length] = bodyName === undefined ? arg : { ...arg, name: bodyName };
  }
  return args;
}

/** One server's body fields as set_server's, checked; or the 400 naming the body's field (and the server, in a bulk list). */
function changeOf(fields: Fields, toServer: Record<string, string>, required: string[], server?: string): LuaMultiReturn<[values: Values] | [values: undefined, reply: Reply]> {
  for (const name of required) if (fields.get(name) === undefined) return $multi(undefined, badField(name, undefined, "is required"));
  const values = renamed(fields, toServer);
  const [ok, field, problem] = checkFields(values);
  if (ok !== undefined) return $multi(values);
  let bodyName = field;
  for (const [name, serverName] of pairs(toServer)) if (serverName === field) bodyName = name as string;
  return $multi(undefined, badField(bodyName, values.get(field), problem, server));
}

/**
 * A PATCH of one server taking `names` (SERVER_FIELDS, renamed in the body
 * as `bodyNames` says), answering `readBack` afterwards.
 */
export function serverChange<T>(
  names: string[],
  readBack: (this: void, client: ClientFields, backend: string, server: string) => Result<T>,
  bodyNames: Record<string, string> = {},
  required: string[] = [],
): Handler<Context> {
  const allowed = serverArgs(names, bodyNames).map((arg) => arg.name);
  const toServer: Record<string, string> = {};
  for (const [name, bodyName] of pairs(bodyNames)) toServer[bodyName as string] = name as string;
  const readOne = (client: ClientFields, one: OneServer): Result<T> => readBack(client, one.backend, one.server);
  return (context, request, params) => {
    const badPath = badServerPath(params);
    if (badPath !== undefined) return badPath;
    const [fields, refused] = jsonObject(request, allowed);
    if (fields === undefined) return refused;
    const [values, bad] = changeOf(fields, toServer, required);
    if (values === undefined) return bad;
    return applyThenRead(context, request, applyOne, readOne, { backend: params.backend, server: params.server, fields: values });
  };
}

/** One server's change, as a route of one server passes it to its write and its read-back. */
interface OneServer {
  backend: string;
  server: string;
  fields: Values;
}

/** Path and body are checked by the route: the change goes in without being checked again under the lock. */
function applyOne(this: void, client: ClientFields, one: OneServer): Done {
  return applyOneChecked(client, one.backend, one.server, one.fields);
}

/** Every field at once; answers the server's row, as lua-haproxy's {"status"} did. */
export const patchServer = serverChange(SERVER_FIELDS.map((arg) => arg.name), reads.server);
export const patchWeight = serverChange(["weight"], reads.weight, { weight: "current" });
export const patchState = serverChange(["admin_state", "operational_state"], reads.state);
export const patchAddress = serverChange(["address", "port"], reads.address, {}, ["address"]);

const BULK_EXPECTED = 'a JSON object of server fields (with "servers": [names] to pick some), or a list of {"name", <fields>}';

/** The changes a bulk body asks for; `undefined` names mean every server of the backend, known only once it is read. */
function bulkChanges(value: unknown): LuaMultiReturn<[changes: ServerChange[], every: Values | undefined] | [changes: undefined, reply: Reply]> {
  const kind = kindOf(value);
  if (kind === "array") {
    const changes: ServerChange[] = [];
    for (const [index, item] of ipairs(value as Fields[])) {
      if (kindOf(item) !== "object") return $multi(undefined, failure(400, `item ${index} of the list must be an object {"name", <fields>}, got ${kindOf(item)}`));
      const name = item.get("name");
      if (type(name) !== "string") return $multi(undefined, failure(400, `item ${index} of the list needs "name", the server's name`));
      const fields = new LuaTable<string, unknown>();
      for (const [field, given] of pairs(item)) if (field !== "name") fields.set(field as string, given);
      const [values, bad] = changeOf(fields, {}, [], name as string);
      if (values === undefined) return $multi(undefined, bad);
      changes[changes.length] = { name: name as string, fields: values };
    }
    if (changes.length === 0) return $multi(undefined, failure(400, "the list of servers is empty"));
    return $multi(changes, undefined);
  }
  if (kind !== "object") return $multi(undefined, failure(400, `the request body must be ${BULK_EXPECTED}, got ${kind}`));
  const fields = value as Fields;
  const names = fields.get("servers");
  const rest = new LuaTable<string, unknown>();
  for (const [field, given] of pairs(fields)) if (field !== "servers") rest.set(field as string, given);
  const [values, bad] = changeOf(rest, {}, []);
  if (values === undefined) return $multi(undefined, bad);
  if (names === undefined) return $multi([], values);
  if (kindOf(names) !== "array" || (names as unknown[]).length === 0) return $multi(undefined, failure(400, 'field "servers" must be a list of server names'));
  const changes: ServerChange[] = [];
  for (const name of names as unknown[]) {
    if (type(name) !== "string") return $multi(undefined, failure(400, 'field "servers" must be a list of server names'));
    changes[changes.length] = { name: name as string, fields: values };
  }
  return $multi(changes, undefined);
}

/** The rows of the servers named, in the order named. */
function rowsOf(client: ClientFields, backend: string, names: string[]): Result<unknown[]> {
  const [rows, err] = reads.servers(client, backend);
  if (rows === undefined) return $multi(undefined, err);
  const picked: unknown[] = [];
  for (const name of names) {
    const row = rows.find((each) => each.get("svname") === name);
    if (row !== undefined) picked[picked.length] = row;
  }
  return $multi(asArray(picked));
}

/** PATCH .../servers: the same fields for the servers listed (or all), or one object per server; all or nothing. */
export const patchServers: Handler<Context> = (context, request, params) => {
  const badBackend = badName("backend", params.backend);
  if (badBackend !== undefined) return badBackend;
  const [ok, value] = jsonValue(request, BULK_EXPECTED);
  if (!ok) return value as Reply;
  const [changes, every] = bulkChanges(value);
  if (changes === undefined) return every as unknown as Reply;
  request.fields = value as Fields;
  const backend = params.backend;
  const names: string[] = [];
  return applyThenRead(
    context,
    request,
    (client) => {
      if (every !== undefined) {
        const [all, err] = reads.states(client, backend);
        if (all === undefined) return $multi(undefined, err);
        for (const row of all) changes[changes.length] = { name: row.srv_name, fields: every };
      }
      for (const change of changes) names[names.length] = change.name;
      if (changes.length === 0) return $multi(true); // a backend without servers: nothing to change
      return setServers(client, backend, changes);
    },
    (client) => rowsOf(client, backend, names),
  );
};

/** POST .../servers: adds a server ("add server"); 201, its row, and Location. */
export const postServer: Handler<Context> = (context, request, params) => {
  const badBackend = badName("backend", params.backend);
  if (badBackend !== undefined) return badBackend;
  const [fields, refused] = declaredBody(request, ADD_SERVER_FIELDS);
  if (fields === undefined) return refused;
  const { backend } = params;
  const name = fields.get("name") as string;
  return applyThenRead(context, request, (client) => add(client, backend, fields), {
    read: (client) => reads.server(client, backend, name),
    status: 201,
    location: () => `/stats/backends/${encodeSegment(backend)}/servers/${encodeSegment(name)}`,
  });
};

/** DELETE .../servers/:server ("del server"): 204; 409 with the way out. */
export const deleteServer: Handler<Context> = (context, request, params) =>
  badServerPath(params) ?? applyThenRead(context, request, (client) => remove(client, params.backend, params.server), {});

/** DELETE .../servers/:server/sessions: closes them ("shutdown sessions server"); 204. */
export const deleteSessions: Handler<Context> = (context, request, params) =>
  badServerPath(params) ?? applyThenRead(context, request, (client) => perform(client, shutdownSessions, serverValues(params.backend, params.server)), {});
