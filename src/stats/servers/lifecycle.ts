/**
 * Adding and deleting servers. "add server" makes a server in maintenance
 * with its check off; the steps after it turn them on as asked, and if one
 * fails the new server is deleted again: nothing is created on any error.
 */
import { capabilities } from "../core/capabilities";
import { execute, type ClientFields } from "../core/client";
import { statsError, type StatsError } from "../core/errors";
import { oneOf } from "../core/kinds";
import { check, perform, refusal, run, type Arg, type Values } from "../core/operation";
import type { Done } from "../core/result";
import { noteAddedServer } from "../process/local";
import { noteServersChanged } from "../process/proxylist";
import { localServer } from "./local";
import { addServer, delServer, serverValues, setHealthCheck, setState } from "./operations";
import { cancelRamp } from "./ramp";

/** What add_server takes: "add server"'s arguments, and the admin state to start in. */
export const ADD_SERVER_FIELDS: Arg[] = [
  ...addServer.args,
  { name: "admin_state", kind: oneOf(["ready", "maint"]), optional: true, description: "maint (the default) or ready" },
];

/** Deletes the server just added, after a later step failed; the failed step's error says so. */
function takenBack(client: ClientFields, backend: string, server: string, err: StatsError): StatsError {
  perform(client, setState, serverValues(backend, server, { admin_state: "maint" }));
  const [deleted, failed] = perform(client, delServer, serverValues(backend, server, {}));
  const note = deleted !== undefined ? `; nothing created: ${backend}/${server} deleted again` : `; deleting ${backend}/${server} again failed too (${failed.message})`;
  return statsError(err.kind, err.message + note, err.command, err.haproxy);
}

/**
 * Adds a server: fields name, address, port, and optionally weight, maxconn,
 * check (a health check, enabled) and admin_state ("maint" by default).
 */
export function add(client: ClientFields, backend: unknown, fields: unknown): Done {
  if (type(fields) !== "table") return $multi(undefined, statsError("invalid", "add_server: expected a table of fields (name, address, port...)"));
  const values = fields as Values;
  for (const [field] of pairs(values)) {
    if (field !== "backend" && !ADD_SERVER_FIELDS.some((arg) => arg.name === field)) {
      return $multi(undefined, statsError("invalid", `${tostring(field)} is not a field of a new server: use ${table.concat(ADD_SERVER_FIELDS.map((arg) => arg.name), ", ")}`));
    }
  }
  values.set("backend", backend);
  const [words, name, problem] = check(addServer, values);
  if (words === undefined) return $multi(undefined, refusal(addServer.targets, name, values.get(name), problem));
  const admin = values.get("admin_state");
  const [adminOk, adminProblem] = ADD_SERVER_FIELDS[ADD_SERVER_FIELDS.length - 1].kind.check(admin ?? "maint");
  if (adminOk === undefined) return $multi(undefined, refusal(addServer.targets, "admin_state", admin, adminProblem));
  const [added, err] = run(client, addServer, words);
  if (added === undefined) return $multi(undefined, err);
  const b = words.get("backend") as string;
  const s = words.get("name") as string;
  noteAddedServer(b);
  if (words.get("check") === "1") {
    const [enabled, refused] = perform(client, setHealthCheck, serverValues(b, s, { health_check: "enabled" }));
    if (enabled === undefined) return $multi(undefined, takenBack(client, b, s, refused));
  }
  if (admin === "ready") {
    const [readied, refused] = perform(client, setState, serverValues(b, s, { admin_state: "ready" }));
    if (readied === undefined) return $multi(undefined, takenBack(client, b, s, refused));
  }
  return $multi(true);
}

/**
 * "del server"; from 3.3, which counts idle connections too (they close on
 * their own soon), a refusal for connections waits for the server to be
 * removable ("wait srv-removable", bounded within the socket timeout) and
 * tries once more. The names were checked by the first try.
 */
function deleteOnce(client: ClientFields, backend: unknown, server: unknown): Done {
  const [done, err] = perform(client, delServer, serverValues(backend, server));
  if (done !== undefined) return $multi(true);
  if (!capabilities().delServerWaits || string.find(err.haproxy ?? "", "still has connections")[0] === undefined) return $multi(undefined, err);
  const waitMs = math.max(100, math.min(2000, math.floor(client.timeout * 1000) - 500));
  execute(client, `wait ${waitMs} srv-removable ${backend as string}/${server as string}`);
  return perform(client, delServer, serverValues(backend, server));
}

/** Deletes a server: it must be in maintenance, without sessions; before 2.8, configured servers stay (servers/local.ts). */
export function remove(client: ClientFields, backend: unknown, server: unknown): Done {
  const [done, err] = deleteOnce(client, backend, server);
  if (done !== undefined) {
    cancelRamp(backend as string, server as string);
    noteServersChanged(backend as string);
    return $multi(true);
  }
  const haproxy = err.haproxy ?? "";
  let way: string | undefined;
  if (string.find(haproxy, "^Only servers in maintenance")[0] !== undefined) way = "drain it, then put it in maintenance (drain with then = \"maint\"), then delete it";
  else if (string.find(haproxy, "still has connections")[0] !== undefined) way = "it still has sessions or queued requests: drain it until they end (or close them), then delete it";
  else if (!capabilities().liveServers && string.find(haproxy, "cannot be removed")[0] !== undefined && localServer(backend as string, server as string) !== undefined) {
    way = "it is defined in the configuration, and HAProxy 2.6 keeps every configured server while its Lua can reach it: keep it in maintenance, and remove it from the configuration at the next reload";
  }
  if (way === undefined) return $multi(undefined, err);
  const [said] = string.gsub(haproxy, "%.$", "");
  return $multi(undefined, statsError(err.kind, `${said}: ${way}`, err.command, err.haproxy));
}
