/**
 * Every route of the API, in one table: method, pattern, handler and its
 * doc. Adding one is a line here, its handler and its doc; GET
 * /openapi.json is generated from this table (api/openapi.ts). Every write
 * says what it changes (persisted(): what to save, and X-Persisted).
 */
import { postAclEntry } from "./acls";
import { deleteCertificate, getCertificate, listCertificates, postCertificate, putCertificate } from "./certificates";
import * as certDocs from "./docs/certificates";
import { getBackend, listBackends } from "./backends";
import { getConfig } from "./config";
import { deleteCounters } from "./counters";
import * as serverDocs from "./docs/servers";
import * as docs from "./docs/stats";
import * as runtime from "./docs/runtime";
import { postDrain, postReady } from "./drain";
import { getEvents } from "./events";
import { getFrontend, listFrontends, patchFrontend } from "./frontends";
import { postMapEntry, putMapEntry } from "./maps";
import { openApi, type DocumentedRoute } from "./openapi";
import { clearEntries, deleteEntry, getEntries, getEntry, listPatterns, lookup, replaceAll } from "./patterns";
import { getRoot } from "./root";
import {
  deleteServer, deleteSessions, getAddress, getServer, getState, getWeight, listServers,
  patchAddress, patchServer, patchServers, patchState, patchWeight, postServer,
} from "./servers";
import { getPersistence, getServersState, persisted } from "./persistence";
import { getProcess, patchProcess } from "./process";
import { deleteSession, listErrors, listSessions } from "./sessions";
import { getPeers, getResolvers } from "./cluster";
import * as sessionDocs from "./docs/sessions";
import * as processDocs from "./docs/process";
import { getInfo, getStats } from "./stats";
import { clearTable, deleteTableEntry, getTable, getTableEntry, listTables, putTableEntry } from "./tables";
import { getUi, getUiScript, getUiStyle } from "./ui";
import { getUname } from "./uname";

const SERVERS = "/stats/backends/:backend/servers";
const SERVER = `${SERVERS}/:server`;
const MAP = "/maps/:map";
const ACL = "/acls/:acl";

export const routes: DocumentedRoute[] = [
  ["GET", "/", getRoot, docs.root],
  ["GET", "/openapi.json", (context, request, params) => serveOpenApi(context, request, params), docs.openapi],
  ["GET", "/config", getConfig, docs.config],
  ["GET", "/uname", getUname, docs.uname],
  ["GET", "/stats", getStats, docs.stats],
  ["GET", "/stats/info", getInfo, docs.info],
  ["GET", "/process", getProcess, processDocs.process],
  ["PATCH", "/process", persisted("none", patchProcess), processDocs.patchProcess],
  ["GET", "/sessions", listSessions, sessionDocs.sessions],
  ["DELETE", "/sessions/:id", persisted("none", deleteSession), sessionDocs.deleteSession],
  ["GET", "/errors", listErrors, sessionDocs.errors],
  ["GET", "/peers", getPeers, sessionDocs.peers],
  ["GET", "/resolvers", getResolvers, sessionDocs.resolvers],
  ["GET", "/events", getEvents, docs.events],
  ["GET", "/ui", getUi, docs.ui],
  ["GET", "/ui/app.js", getUiScript, docs.uiScript],
  ["GET", "/ui/app.css", getUiStyle, docs.uiStyle],
  ["GET", "/stats/servers-state", getServersState, docs.serversState],
  ["GET", "/stats/persistence", getPersistence, docs.persistence],
  ["DELETE", "/stats/counters", persisted("none", deleteCounters), docs.clearCounters],
  ["GET", "/stats/frontends", listFrontends, docs.frontends],
  ["GET", "/stats/frontends/:frontend", getFrontend, docs.frontend],
  ["PATCH", "/stats/frontends/:frontend", persisted("none", patchFrontend), docs.patchFrontend],
  ["GET", "/stats/backends", listBackends, docs.backends],
  ["GET", "/stats/backends/:backend", getBackend, docs.backend],
  ["GET", SERVERS, listServers, serverDocs.servers],
  ["POST", SERVERS, persisted("add", postServer), serverDocs.postServer],
  ["PATCH", SERVERS, persisted("server", patchServers), serverDocs.patchServers],
  ["GET", SERVER, getServer, serverDocs.server],
  ["PATCH", SERVER, persisted("server", patchServer), serverDocs.patchServer],
  ["DELETE", SERVER, persisted("delete", deleteServer), serverDocs.deleteServer],
  ["POST", `${SERVER}/drain`, persisted("server", postDrain), serverDocs.drain],
  ["POST", `${SERVER}/ready`, persisted("server", postReady), serverDocs.ready],
  ["DELETE", `${SERVER}/sessions`, persisted("none", deleteSessions), serverDocs.deleteSessions],
  ["GET", `${SERVER}/weight`, getWeight, serverDocs.weight],
  ["PATCH", `${SERVER}/weight`, persisted("server", patchWeight), serverDocs.patchWeight],
  ["GET", `${SERVER}/state`, getState, serverDocs.state],
  ["PATCH", `${SERVER}/state`, persisted("server", patchState), serverDocs.patchState],
  ["GET", `${SERVER}/address`, getAddress, serverDocs.address],
  ["PATCH", `${SERVER}/address`, persisted("server", patchAddress), serverDocs.patchAddress],
  ["GET", "/maps", listPatterns("map"), runtime.maps],
  ["GET", MAP, getEntries("map"), runtime.map],
  ["GET", `${MAP}/lookup`, lookup("map"), runtime.mapLookup],
  ["POST", `${MAP}/entries`, persisted("map", postMapEntry), runtime.addMapEntry],
  ["PUT", `${MAP}/entries`, persisted("map", replaceAll("map")), runtime.replaceMap],
  ["DELETE", `${MAP}/entries`, persisted("map", clearEntries("map")), runtime.clearMap],
  ["GET", `${MAP}/entries/:key`, getEntry("map", "key"), runtime.mapEntry],
  ["PUT", `${MAP}/entries/:key`, persisted("map", putMapEntry("key")), runtime.setMapEntry],
  ["DELETE", `${MAP}/entries/:key`, persisted("map", deleteEntry("map", "key")), runtime.delMapEntry],
  ["GET", `${MAP}/ids/:id`, getEntry("map", "id"), runtime.mapEntryById],
  ["PUT", `${MAP}/ids/:id`, persisted("map", putMapEntry("id")), runtime.setMapEntryById],
  ["DELETE", `${MAP}/ids/:id`, persisted("map", deleteEntry("map", "id")), runtime.delMapEntryById],
  ["GET", "/acls", listPatterns("acl"), runtime.acls],
  ["GET", ACL, getEntries("acl"), runtime.acl],
  ["GET", `${ACL}/lookup`, lookup("acl"), runtime.aclLookup],
  ["POST", `${ACL}/entries`, persisted("acl", postAclEntry), runtime.addAclEntry],
  ["PUT", `${ACL}/entries`, persisted("acl", replaceAll("acl")), runtime.replaceAcl],
  ["DELETE", `${ACL}/entries`, persisted("acl", clearEntries("acl")), runtime.clearAcl],
  ["GET", `${ACL}/entries/:value`, getEntry("acl", "key"), runtime.aclEntry],
  ["DELETE", `${ACL}/entries/:value`, persisted("acl", deleteEntry("acl", "key")), runtime.delAclEntry],
  ["GET", `${ACL}/ids/:id`, getEntry("acl", "id"), runtime.aclEntryById],
  ["DELETE", `${ACL}/ids/:id`, persisted("acl", deleteEntry("acl", "id")), runtime.delAclEntryById],
  ["GET", "/tables", listTables, runtime.tables],
  ["GET", "/tables/:table", getTable, runtime.table],
  ["DELETE", "/tables/:table", persisted("none", clearTable), runtime.clearTable],
  ["GET", "/tables/:table/entries/:key", getTableEntry, runtime.tableEntry],
  ["PUT", "/tables/:table/entries/:key", persisted("none", putTableEntry), runtime.setTableEntry],
  ["DELETE", "/tables/:table/entries/:key", persisted("none", deleteTableEntry), runtime.delTableEntry],
  ["GET", "/certificates", listCertificates, certDocs.certificates],
  ["POST", "/certificates", persisted("none", postCertificate), certDocs.postCertificate],
  ["GET", "/certificates/:file", getCertificate, certDocs.certificate],
  ["PUT", "/certificates/:file", persisted("none", putCertificate), certDocs.putCertificate],
  ["DELETE", "/certificates/:file", persisted("none", deleteCertificate), certDocs.deleteCertificate],
];

/** The document describes this very table, so it is built from it. */
const serveOpenApi = openApi(routes);
