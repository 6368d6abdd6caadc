/**
 * Every route of the API, in one table: method, pattern, handler and its
 * doc. Adding one is a line here, its handler and its doc; GET
 * /openapi.json is generated from this table (api/openapi.ts).
 */
import { postAclEntry } from "./acls";
import { getAddress, patchAddress } from "./address";
import { getBackend, listBackends } from "./backends";
import { getConfig } from "./config";
import * as docs from "./docs/stats";
import * as runtime from "./docs/runtime";
import { getFrontend, listFrontends } from "./frontends";
import { postMapEntry, putMapEntry } from "./maps";
import { openApi, type DocumentedRoute } from "./openapi";
import { clearEntries, deleteEntry, getEntries, getEntry, listPatterns, lookup } from "./patterns";
import { getRoot } from "./root";
import { getServer, listServers, patchServer } from "./servers";
import { getState, patchState } from "./state";
import { getInfo, getStats } from "./stats";
import { clearTable, deleteTableEntry, getTable, getTableEntry, listTables } from "./tables";
import { getUname } from "./uname";
import { getWeight, patchWeight } from "./weight";

const SERVER = "/stats/backends/:backend/servers/:server";
const MAP = "/maps/:map";
const ACL = "/acls/:acl";

export const routes: DocumentedRoute[] = [
  ["GET", "/", getRoot, docs.root],
  ["GET", "/openapi.json", (context, request, params) => serveOpenApi(context, request, params), docs.openapi],
  ["GET", "/config", getConfig, docs.config],
  ["GET", "/uname", getUname, docs.uname],
  ["GET", "/stats", getStats, docs.stats],
  ["GET", "/stats/info", getInfo, docs.info],
  ["GET", "/stats/frontends", listFrontends, docs.frontends],
  ["GET", "/stats/frontends/:frontend", getFrontend, docs.frontend],
  ["GET", "/stats/backends", listBackends, docs.backends],
  ["GET", "/stats/backends/:backend", getBackend, docs.backend],
  ["GET", "/stats/backends/:backend/servers", listServers, docs.servers],
  ["GET", SERVER, getServer, docs.server],
  ["PATCH", SERVER, patchServer, docs.patchServer],
  ["GET", `${SERVER}/weight`, getWeight, docs.weight],
  ["PATCH", `${SERVER}/weight`, patchWeight, docs.patchWeight],
  ["GET", `${SERVER}/state`, getState, docs.state],
  ["PATCH", `${SERVER}/state`, patchState, docs.patchState],
  ["GET", `${SERVER}/address`, getAddress, runtime.address],
  ["PATCH", `${SERVER}/address`, patchAddress, runtime.patchAddress],
  ["GET", "/maps", listPatterns("map"), runtime.maps],
  ["GET", MAP, getEntries("map"), runtime.map],
  ["GET", `${MAP}/lookup`, lookup("map"), runtime.mapLookup],
  ["POST", `${MAP}/entries`, postMapEntry, runtime.addMapEntry],
  ["DELETE", `${MAP}/entries`, clearEntries("map"), runtime.clearMap],
  ["GET", `${MAP}/entries/:key`, getEntry("map", "key"), runtime.mapEntry],
  ["PUT", `${MAP}/entries/:key`, putMapEntry, runtime.setMapEntry],
  ["DELETE", `${MAP}/entries/:key`, deleteEntry("map", "key"), runtime.delMapEntry],
  ["GET", "/acls", listPatterns("acl"), runtime.acls],
  ["GET", ACL, getEntries("acl"), runtime.acl],
  ["GET", `${ACL}/lookup`, lookup("acl"), runtime.aclLookup],
  ["POST", `${ACL}/entries`, postAclEntry, runtime.addAclEntry],
  ["DELETE", `${ACL}/entries`, clearEntries("acl"), runtime.clearAcl],
  ["GET", `${ACL}/entries/:value`, getEntry("acl", "value"), runtime.aclEntry],
  ["DELETE", `${ACL}/entries/:value`, deleteEntry("acl", "value"), runtime.delAclEntry],
  ["GET", "/tables", listTables, runtime.tables],
  ["GET", "/tables/:table", getTable, runtime.table],
  ["DELETE", "/tables/:table", clearTable, runtime.clearTable],
  ["GET", "/tables/:table/entries/:key", getTableEntry, runtime.tableEntry],
  ["DELETE", "/tables/:table/entries/:key", deleteTableEntry, runtime.delTableEntry],
];

/** The document describes this very table, so it is built from it. */
const serveOpenApi = openApi(routes);
