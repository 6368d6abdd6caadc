/**
 * GET /: what this is, which HAProxy it runs in, and where to go next, so a
 * client can start from the root without reading the README.
 */
import { inOrder } from "../http/json";
import { json } from "../http/response";
import type { Handler } from "../http/router";
import { VERSION } from "../version";
import type { Context } from "./context";

const LINKS = inOrder(
  {
    stats: "/stats",
    info: "/stats/info",
    frontends: "/stats/frontends",
    backends: "/stats/backends",
    maps: "/maps",
    acls: "/acls",
    tables: "/tables",
    openapi: "/openapi.json",
    config: "/config",
    uname: "/uname",
  },
  ["stats", "info", "frontends", "backends", "maps", "acls", "tables", "openapi", "config", "uname"],
);
const FIELDS = ["name", "version", "haproxy", "links"];

export const getRoot: Handler<Context> = (context) =>
  json(200, inOrder({ name: "haproxy-api", version: VERSION, haproxy: context.haproxyVersion ?? "unknown", links: LINKS }, FIELDS));
