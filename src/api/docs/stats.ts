/** The docs of the index, host, stats, frontend and counter routes (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { FRONTEND_FIELDS } from "../../stats/proxies/operations";
import { schemaOf } from "../fields";
import { STREAMED, arrayOf, ref } from "./schemas";

const FRONTEND = "A frontend's name or numeric id (iid)";
/** ?fields= of every rows route (api/rows.ts). */
export const FIELDS = { name: "fields", description: "Only these fields of each row, comma-separated (show stat's names: pxname,svname,status,scur...); an unknown one is a 400 listing them" };
const BACKEND = "A backend's name or numeric id (iid)";

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
  summary: "The configuration files HAProxy was started with, concatenated in load order, credentials redacted",
  description:
    "The X-HAProxy-Config-Files header lists them, separated by \";\". Read at init. Every credential it recognises is replaced by <redacted>: " +
    "setenv/presetenv of the API's token and of variables named like secrets (PASS, SECRET, TOKEN, KEY, AUTH, CRED, PWD), stats auth passwords, " +
    "userlist passwords, ca-sign-pass and tcp-md5sig, and credential headers (Authorization, Cookie...). Needs the admin scope: what it cannot recognise stays.",
  ok: { status: 200, description: "The configuration text, credentials redacted", schema: "text" },
  socket: false,
  scope: "admin",
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
  query: [FIELDS, { name: "type", description: "Only the rows of one type: frontend, backend, server or listener" }],
  ok: { status: 200, description: `The rows, in HAProxy's order. ${STREAMED}`, schema: arrayOf(ref("Row")) },
};

export const info: RouteDoc = {
  tag: "stats",
  summary: "\"show info\": the process's version, uptime, limits and counters",
  ok: { status: 200, description: "Name to value", schema: ref("Info") },
};

export const frontends: RouteDoc = {
  tag: "stats",
  summary: "The frontend rows of \"show stat\"",
  query: [FIELDS],
  ok: { status: 200, description: `The rows. ${STREAMED}`, schema: arrayOf(ref("Row")) },
};

export const frontend: RouteDoc = {
  tag: "stats",
  summary: "One frontend's row",
  query: [FIELDS],
  params: { frontend: FRONTEND },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const backends: RouteDoc = {
  tag: "stats",
  summary: "The backend rows of \"show stat\"",
  query: [FIELDS],
  ok: { status: 200, description: `The rows. ${STREAMED}`, schema: arrayOf(ref("Row")) },
};

export const backend: RouteDoc = {
  tag: "stats",
  summary: "One backend's row",
  query: [FIELDS],
  params: { backend: BACKEND },
  ok: { status: 200, description: "The row", schema: ref("Row") },
};

export const patchFrontend: RouteDoc = {
  tag: "stats",
  summary: "Stops accepting (\"state\": \"disabled\", the row's status PAUSED) or resumes (\"enabled\", OPEN); sets maxconn",
  description: "Both fields are checked before either is applied; a maxconn HAProxy refuses puts the state back. A frontend that serves this API (the one the request came through, or one whose configuration uses the service) cannot be disabled nor set to maxconn 0 from here (409): that would cut every caller off.",
  params: { frontend: "The frontend's name" },
  body: schemaOf(FRONTEND_FIELDS, 1),
  ok: { status: 200, description: "The frontend's row afterwards", schema: ref("Row") },
  errors: { 409: "The frontend serves this API and the change would cut its callers off, or HAProxy shut it down" },
};

export const clearCounters: RouteDoc = {
  tag: "stats",
  summary: "Clears the max counters of every proxy and server (\"clear counters\"); ?all=true every counter (\"clear counters all\")",
  query: [{ name: "all", description: "true: every counter, as a restart would" }],
  ok: { status: 204, description: "Cleared" },
};

export const serversState: RouteDoc = {
  tag: "stats",
  summary: "Every server's state, as \"show servers state\" prints it: what a server-state-file holds",
  description: "Save it as the file \"server-state-file\" names, and \"load-server-state-from-file global\" restores weights, admin states and addresses at start.",
  ok: { status: 200, description: "The text", schema: "text" },
};

export const persistence: RouteDoc = {
  tag: "stats",
  summary: "The files the API keeps across reloads (server state, added servers, synced maps and ACLs): last save and last error of each",
  ok: { status: 200, description: "The report", schema: ref("Persistence") },
  socket: false,
};

export const events: RouteDoc = {
  tag: "stats",
  summary: "Server-Sent Events a client can follow without missing a change: every server change (status, admin and operational state, weight, address, added, deleted), whoever made it, every write made through the API, and backends' load as it moves",
  description:
    "Every event a client must not miss has an id. \"event: server\" {backend, server, status, admin_state, operational_state, weight, address, was} (was: null for a server just added); \"event: deleted\" {backend, server}; \"event: write\" {method, path, status, result}. \"event: reset\" {servers: [{backend, server, status, admin_state, operational_state, weight, address}]}: every server's state, the stream's starting point, taken after every server was looked at since the stream opened; the client replaces what it holds with it. A stream opened with the last id the client saw (Last-Event-ID, or ?since=) gets every event after it instead, when the journal holds them all; else a reset. \": ready\" follows the reset or the replay. \"event: load\" (no id) {backend, scur, rate, servers: [{server, scur, smax, rate, check_status}]} when a backend's sessions or request rate, or one of its servers', moved. From 2.8, state changes come from HAProxy's event bus as they happen; weights, addresses and loads are sampled (a pass over every server: about a second, 5.5 s at 1,000 backends of 10 servers). A comment every 2 s keeps proxies from closing it. At most 16 streams.",
  query: [{ name: "since", description: "The last event id the client saw (as Last-Event-ID): the events after it, or a reset when they cannot all be told" }],
  ok: { status: 200, description: "The stream (text/event-stream), open until the client closes it", schema: "events" },
  socket: false,
  errors: { 503: "16 streams are open already" },
};

const page = (summary: string, media: string): RouteDoc => ({
  tag: "index",
  summary,
  description: "Served without a token (it holds no data), with a strict Content-Security-Policy.",
  ok: { status: 200, description: "The page's text", schema: { media } },
  socket: false,
});

export const ui = page("The operators' page: every server, live from /events, with its controls; maps, ACLs and stick tables", "text/html");
export const uiScript = page("The page's script", "text/javascript");
export const uiStyle = page("The page's style sheet", "text/css");
