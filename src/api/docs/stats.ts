/** The docs of the index, host and stats routes (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { arrayOf, ref } from "./schemas";

const FRONTEND = "A frontend's name or numeric id (iid)";
const BACKEND = "A backend's name or numeric id (iid)";
const SERVER_PARAMS = { backend: "The backend's name", server: "The server's name" };

export const root: RouteDoc = {
  tag: "index",
  summary: "What this is: name, version, HAProxy's version and links to the main resources",
  ok: { status: 200, description: "The index", schema: ref("Root") },
  socket: false,
};

export const openapi: RouteDoc = {
  tag: "index",
  summary: "This OpenAPI 3.1 document, generated from the route table",
  ok: { status: 200, description: "The document", schema: ref("OpenApi") },
  socket: false,
};

export const config: RouteDoc = {
  tag: "host",
  summary: "The configuration files HAProxy was started with, concatenated in load order",
  description: "The X-HAProxy-Config-Files header lists them, separated by \";\". Read at init.",
  ok: { status: 200, description: "The configuration text", schema: "text" },
  socket: false,
};

export const uname: RouteDoc = {
  tag: "host",
  summary: "The operating system, as \"uname -a\" prints it",
  ok: { status: 200, description: "One line", schema: "text" },
  socket: false,
};

export const stats: RouteDoc = {
  tag: "stats",
  summary: "Every row of \"show stat\": frontends, backends, servers, listeners",
  ok: { status: 200, description: "The rows, in HAProxy's order", schema: arrayOf(ref("Row")) },
};

export const info: RouteDoc = {
  tag: "stats",
  summary: "\"show info\": the process's version, uptime, limits and counters",
  ok: { status: 200, description: "Name to value", schema: ref("Info") },
};

export const frontends: RouteDoc = {
  tag: "stats",
  summary: "The frontend rows of \"show stat\"",
  ok: { status: 200, description: "The rows", schema: arrayOf(ref("Row")) },
};

export const frontend: RouteDoc = {
  tag: "stats",
  summary: "One frontend's row",
  params: { frontend: FRONTEND },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const backends: RouteDoc = {
  tag: "stats",
  summary: "The backend rows of \"show stat\"",
  ok: { status: 200, description: "The rows", schema: arrayOf(ref("Row")) },
};

export const backend: RouteDoc = {
  tag: "stats",
  summary: "One backend's row",
  params: { backend: BACKEND },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const servers: RouteDoc = {
  tag: "servers",
  summary: "The server rows of one backend",
  params: { backend: BACKEND },
  ok: { status: 200, description: "The rows, [] for a backend without servers", schema: arrayOf(ref("Row")) },
};

export const server: RouteDoc = {
  tag: "servers",
  summary: "One server's row",
  params: { backend: BACKEND, server: "The server's name or numeric id (sid)" },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const patchServer: RouteDoc = {
  tag: "servers",
  summary: "lua-haproxy's enable/disable: \"UP\" enables the server, \"DOWN\" and \"MAINT\" disable it",
  params: SERVER_PARAMS,
  body: { type: "object", properties: { status: { enum: ["UP", "DOWN", "MAINT", "up", "down", "maint"] } }, required: ["status"], additionalProperties: false },
  ok: { status: 200, description: "The server's row afterwards", schema: ref("Row") },
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
  body: {
    type: "object",
    properties: { current: { oneOf: [{ type: "integer", minimum: 0, maximum: 256 }, { type: "string", pattern: "^[0-9]{1,3}%$" }] } },
    required: ["current"],
    additionalProperties: false,
  },
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
  body: {
    type: "object",
    properties: { admin_state: { enum: ["ready", "drain", "maint"] }, operational_state: { enum: ["up", "down", "stopping"] } },
    minProperties: 1,
    additionalProperties: false,
  },
  ok: { status: 200, description: "The state afterwards", schema: ref("ServerState") },
};
