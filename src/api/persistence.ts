/**
 * What survives a reload. GET /stats/servers-state answers the text a
 * server-state-file holds ("show servers state"); GET /stats/persistence
 * says which files the API keeps, their last save and last error. Every
 * write route is wrapped by persisted(), which marks what it changed for
 * the background task (persist/task.ts) and says in X-Persisted whether
 * the change will survive a reload: "yes" when a file a reload loads
 * covers it and its last save worked.
 */
import { NULL, inOrder, kindOf } from "../http/json";
import { json, text, type Reply } from "../http/response";
import type { Handler } from "../http/router";
import type { PatternKind } from "../stats/patterns/commands";
import { statesText } from "../stats/servers/reads";
import type { Context } from "./context";
import { forget, recordAdded } from "./persist/added";
import { fileOf, patternChanged } from "./persist/patterns";
import { stopping } from "./persist/process";
import { files, isFailing } from "./persist/report";
import { serversChanged, type Keeping } from "./persist/task";
import { failed, noSocket } from "./respond";

export const getServersState: Handler<Context> = (context) => {
  const client = context.client;
  if (client === undefined) return noSocket(context);
  const [body, err] = statesText(client);
  if (body === undefined) return failed(context, err);
  return text(200, body);
};

export const getPersistence: Handler<Context> = (context) => {
  const keeping = context.keeping;
  const state = keeping.files;
  return json(200, inOrder({
    stopping: stopping(),
    state_file: inOrder({ path: state.global ?? NULL, source: state.source }, ["path", "source"]),
    sync_files: keeping.syncFiles,
    files: files(),
  }, ["stopping", "state_file", "sync_files", "files"]));
};

/** What a write route changes, for persisted(). */
export type Persists = "server" | "add" | "delete" | PatternKind | "none";

/** True when a reload loads `backend`'s servers from a file the API keeps, and the last save of it worked. */
function kept(keeping: Keeping, backend: string): boolean {
  const files = keeping.files;
  const local = files.localFiles.get(backend);
  if (local !== undefined) return !isFailing(local);
  return files.global !== undefined && files.globalBackends.has(backend) && !isFailing(files.global);
}

/** A server-state file holds no maxconn: a change of it is lost on reload. Bulk bodies may be lists. */
function asksMaxconn(fields: LuaTable<string, unknown> | undefined): boolean {
  if (fields === undefined) return false;
  if (kindOf(fields) === "array") return (fields as unknown as LuaTable<string, unknown>[]).some((item) => kindOf(item) === "object" && item.get("maxconn") !== undefined);
  return fields.get("maxconn") !== undefined;
}

/** Whether the change the request asks for will survive a reload. */
function survives(context: Context, persists: Persists, params: Record<string, string>, fields: LuaTable<string, unknown> | undefined): boolean {
  const keeping = context.keeping;
  if (persists === "server") return kept(keeping, params.backend) && !asksMaxconn(fields);
  if (persists === "add" || persists === "delete") return kept(keeping, params.backend) && keeping.files.addedServers !== undefined;
  if (persists === "map" || persists === "acl") {
    if (!keeping.syncFiles || context.client === undefined) return false;
    const file = fileOf(context.client, persists, persists === "map" ? params.map : params.acl);
    return file !== undefined && !isFailing(file);
  }
  return false;
}

/** Marks what a successful write changed, for the background task. */
function changed(persists: Persists, params: Record<string, string>, fields: LuaTable<string, unknown> | undefined): void {
  if (persists === "server") serversChanged();
  else if (persists === "add") {
    if (fields !== undefined) recordAdded(params.backend, fields);
    serversChanged();
  } else if (persists === "delete") {
    forget(params.backend, params.server);
    serversChanged();
  } else if (persists === "map") patternChanged("map", params.map);
  else if (persists === "acl") patternChanged("acl", params.acl);
}

/** The headers of a reply that had none, shared: nothing changes a reply's headers after this wrapper. */
const PERSISTED_YES: Record<string, string> = { "x-persisted": "yes" };
const PERSISTED_NO: Record<string, string> = { "x-persisted": "no" };

/** `handler`, marking what it changed and answering X-Persisted: yes or no. */
export function persisted(persists: Persists, handler: Handler<Context>): Handler<Context> {
  return (context, request, params) => {
    const reply: Reply = handler(context, request, params);
    const ok = reply.status < 300;
    if (ok) changed(persists, params, request.fields);
    const kept = ok && survives(context, persists, params, request.fields);
    if (reply.headers === undefined) reply.headers = kept ? PERSISTED_YES : PERSISTED_NO;
    else reply.headers["x-persisted"] = kept ? "yes" : "no";
    return reply;
  };
}
