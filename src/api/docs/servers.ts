/**
 * The docs of the server routes (api/routes.ts). Every body schema is
 * generated from the operations' declarations (stats/servers/), as the
 * route's checks are.
 */
import { SERVER_FIELDS } from "../../stats/servers/changes";
import { DRAIN_OPTIONS, READY_OPTIONS } from "../../stats/servers/drain";
import { ADD_SERVER_FIELDS } from "../../stats/servers/lifecycle";
import { schemaOf } from "../fields";
import type { RouteDoc } from "../openapi";
import { serverArgs } from "../servers";
import { STREAMED, arrayOf, ref, type Schema } from "./schemas";
import { FIELDS } from "./stats";

const BACKEND = "A backend's name or numeric id (iid)";
const SERVER_PARAMS = { backend: "The backend's name", server: "The server's name" };
const ALL_OR_NOTHING = "Every field is checked before anything is applied, and if HAProxy refuses a later step, what the earlier ones changed is put back.";

export const servers: RouteDoc = {
  tag: "servers",
  summary: "The server rows of one backend",
  query: [FIELDS],
  params: { backend: BACKEND },
  ok: { status: 200, description: `The rows, [] for a backend without servers. ${STREAMED}`, schema: arrayOf(ref("Row")) },
};

export const server: RouteDoc = {
  tag: "servers",
  summary: "One server's row",
  query: [FIELDS],
  params: { backend: BACKEND, server: "The server's name or numeric id (sid)" },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const patchServer: RouteDoc = {
  tag: "servers",
  summary: "Changes several fields of the server at once: weight, admin and operational state, address and port, maxconn, health and agent checks; lua-haproxy's status",
  description: `${ALL_OR_NOTHING} "port" alone keeps the address. lua-haproxy's {"status": "UP"} enables the server, "DOWN" and "MAINT" put it in maintenance.`,
  params: SERVER_PARAMS,
  body: schemaOf(SERVER_FIELDS.map((arg) => ({ ...arg, optional: true })), 1),
  ok: { status: 200, description: "The server's row afterwards", schema: ref("Row") },
  errors: { 409: "HAProxy's state forbids a step (a health check not configured...); nothing changed" },
};

const FIELDS_SCHEMA = schemaOf(SERVER_FIELDS.map((arg) => ({ ...arg, optional: true })), 1);
const LISTED: Schema = { ...FIELDS_SCHEMA, properties: { ...(FIELDS_SCHEMA.properties as Schema), servers: { type: "array", items: { type: "string" }, minItems: 1, description: "The servers to change; all of the backend's without it" } } };
const EACH: Schema = arrayOf({ ...FIELDS_SCHEMA, minProperties: 2, required: ["name"], properties: { ...(FIELDS_SCHEMA.properties as Schema), name: { type: "string", description: "The server's name" } } });

export const patchServers: RouteDoc = {
  tag: "servers",
  summary: "Changes servers of the backend at once: the same fields for those listed (or all), or one object per server",
  description: `${ALL_OR_NOTHING} Every server is looked up first: one unknown server is a 404 and nothing is applied.`,
  params: { backend: "The backend's name" },
  body: { oneOf: [LISTED, { ...EACH, minItems: 1 }] },
  ok: { status: 200, description: "The changed servers' rows, in the order given", schema: arrayOf(ref("Row")) },
  errors: { 409: "HAProxy's state forbids a step; nothing changed" },
};

export const postServer: RouteDoc = {
  tag: "servers",
  summary: "Adds a server (\"add server\"): in maintenance unless admin_state is ready; with check, its health check enabled",
  description: "If a step after the add fails, the server is deleted again: nothing is created on any error. Servers added at runtime are not in the configuration: a reload drops them.",
  params: { backend: "The backend's name" },
  body: schemaOf(ADD_SERVER_FIELDS),
  ok: { status: 201, description: "The new server's row; Location names it", schema: ref("Row") },
  errors: { 409: "A server of that name exists, or the backend's balance algorithm takes no dynamic servers" },
};

export const deleteServer: RouteDoc = {
  tag: "servers",
  summary: "Deletes a server (\"del server\"): it must be in maintenance and without sessions",
  description: "Servers of the configuration are kept by HAProxy while haproxy-api runs in it (its Lua holds them): only servers added at runtime can be deleted.",
  params: SERVER_PARAMS,
  ok: { status: 204, description: "Deleted" },
  errors: { 409: "Not in maintenance, sessions left, or a server of the configuration: the message says the way out" },
};

export const drain: RouteDoc = {
  tag: "servers",
  summary: "Drains the server and waits until its sessions end (or the timeout passes); then, optionally, maintenance",
  description: "Idempotent: a server in maintenance, or draining without sessions, answers at once. The wait yields: traffic and other requests go on. A client that goes away leaves the drain set.",
  params: SERVER_PARAMS,
  body: schemaOf(DRAIN_OPTIONS),
  ok: { status: 200, description: "Whether it drained, the sessions left, the time waited and the server's state", schema: ref("Drained") },
};

export const ready: RouteDoc = {
  tag: "servers",
  summary: "Puts the server back in rotation; with ramp, its weight rises from a tenth to all of it over that many seconds",
  description: "The ramp runs in the background; any later write to the server's weight or state cancels it. No body, or {}, is no ramp.",
  params: SERVER_PARAMS,
  body: schemaOf(READY_OPTIONS),
  ok: { status: 200, description: "The server's state, and the ramp's plan", schema: ref("Readied") },
};

export const deleteSessions: RouteDoc = {
  tag: "servers",
  summary: "Closes every session on the server (\"shutdown sessions server\")",
  params: SERVER_PARAMS,
  ok: { status: 204, description: "Closed" },
};

export const weight: RouteDoc = {
  tag: "servers",
  summary: "The server's current and initial weight",
  params: SERVER_PARAMS,
  ok: { status: 200, description: "The weights", schema: ref("Weight") },
};

export const patchWeight: RouteDoc = {
  tag: "servers",
  summary: "Sets the weight: 0-256, or \"N%\" of the initial weight",
  description: "Backends with a static algorithm (balance source, static-rr...) take only 0% and 100%.",
  params: SERVER_PARAMS,
  body: schemaOf(serverArgs(["weight"], { weight: "current" })),
  ok: { status: 200, description: "The weights afterwards", schema: ref("Weight") },
};

export const state: RouteDoc = {
  tag: "servers",
  summary: "The server's admin state (ready, drain, maint) and operational state (up, down, stopping)",
  params: SERVER_PARAMS,
  ok: { status: 200, description: "The state", schema: ref("ServerState") },
};

export const patchState: RouteDoc = {
  tag: "servers",
  summary: "Sets the admin state, the operational state (health), or both",
  params: SERVER_PARAMS,
  body: schemaOf(serverArgs(["admin_state", "operational_state"]).map((arg) => ({ ...arg, optional: true })), 1),
  ok: { status: 200, description: "The state afterwards", schema: ref("ServerState") },
};

export const address: RouteDoc = {
  tag: "servers",
  summary: "The server's address and port",
  params: SERVER_PARAMS,
  ok: { status: 200, description: "The address", schema: ref("Address") },
};

export const patchAddress: RouteDoc = {
  tag: "servers",
  summary: "Moves the server to another IP address, and port (\"set server <b>/<s> addr\")",
  params: SERVER_PARAMS,
  body: schemaOf(serverArgs(["address", "port"]).map((arg) => (arg.name === "port" ? { ...arg, optional: true } : arg))),
  ok: { status: 200, description: "The address afterwards", schema: ref("Address") },
};
