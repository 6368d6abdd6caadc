/** The docs of the session and error-capture routes (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { arrayOf, ref } from "./schemas";

export const sessions: RouteDoc = {
  tag: "sessions",
  summary: "The live sessions (\"show sess\"): id, proto, source, frontend, backend, server, age; filtered and capped",
  description: "Read as the dump arrives and ended once the limit is passed. The stats socket's own connections are sessions too (frontend GLOBAL). show sess's format is not a contract: a line that does not look as on 2.6.12 is skipped.",
  query: [
    { name: "frontend", description: "Only this frontend's" },
    { name: "backend", description: "Only this backend's" },
    { name: "server", description: "Only this server's" },
    { name: "src", description: "Only from this source address (with or without its port)" },
    { name: "limit", description: "At most this many, 1 to 100000; 1000 by default" },
  ],
  ok: { status: 200, description: "The sessions, and whether more matched than the limit", schema: ref("Sessions") },
};

export const deleteSession: RouteDoc = {
  tag: "sessions",
  summary: "Ends a session (\"shutdown session\")",
  description: "A request waiting on its server gets HAProxy's 502 at once (2.6.12, 3.0.0), or its connection closed (3.0.11, 3.2.26). The id is the stream's address, which HAProxy reuses for a later session once this one ends: end an id soon after listing it.",
  params: { id: "The session's id, \"0x\" and hex digits, as GET /sessions lists it" },
  ok: { status: 204, description: "Ended" },
};

export const errors: RouteDoc = {
  tag: "sessions",
  summary: "The error captures (\"show errors\"): the last invalid request and response per proxy, before a reload wipes them",
  ok: { status: 200, description: "The captures; captured is HAProxy's escaped text of the bytes, at most 4096 characters", schema: arrayOf(ref("ErrorCapture")) },
};

export const peers: RouteDoc = {
  tag: "sessions",
  summary: "The peers sections (\"show peers\"): each peer's state and last status, and per shared table how far the updates got",
  description: "pushed_all: every local update of the table was pushed to that peer. show peers's format is not a contract: lines that do not look as on 2.6.12 are skipped.",
  ok: { status: 200, description: "The sections, [] without any", schema: arrayOf(ref("PeersSection")) },
};

export const resolvers: RouteDoc = {
  tag: "sessions",
  summary: "The resolvers sections (\"show resolvers\"): per nameserver, queries sent, errors, timeouts, outdated answers...",
  ok: { status: 200, description: "The sections (HAProxy 2.6 always has \"default\", from /etc/resolv.conf)", schema: arrayOf(ref("ResolversSection")) },
};
