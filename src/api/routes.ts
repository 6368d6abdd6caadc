/** Every route of the API, in one table: adding one is a line here and its handler. */
import type { RouteSpec } from "../http/router";
import { getBackend, listBackends } from "./backends";
import { getConfig } from "./config";
import type { Context } from "./context";
import { getFrontend, listFrontends } from "./frontends";
import { getServer, listServers, patchServer } from "./servers";
import { getState, patchState } from "./state";
import { getInfo, getStats } from "./stats";
import { getRoot } from "./root";
import { getUname } from "./uname";
import { getWeight, patchWeight } from "./weight";

const SERVER = "/stats/backends/:backend/servers/:server";

export const routes: RouteSpec<Context>[] = [
  ["GET", "/", getRoot],
  ["GET", "/config", getConfig],
  ["GET", "/uname", getUname],
  ["GET", "/stats", getStats],
  ["GET", "/stats/info", getInfo],
  ["GET", "/stats/frontends", listFrontends],
  ["GET", "/stats/frontends/:frontend", getFrontend],
  ["GET", "/stats/backends", listBackends],
  ["GET", "/stats/backends/:backend", getBackend],
  ["GET", "/stats/backends/:backend/servers", listServers],
  ["GET", SERVER, getServer],
  ["PATCH", SERVER, patchServer],
  ["GET", `${SERVER}/weight`, getWeight],
  ["PATCH", `${SERVER}/weight`, patchWeight],
  ["GET", `${SERVER}/state`, getState],
  ["PATCH", `${SERVER}/state`, patchState],
];
