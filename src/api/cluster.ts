/** GET /peers and GET /resolvers: cluster and DNS state, read-only (stats/process/cluster.ts). */
import { asArray, asObject } from "../http/json";
import type { Handler } from "../http/router";
import { peers, resolvers, type PeersSection, type ResolversSection } from "../stats/process/cluster";
import type { Context } from "./context";
import { respond } from "./respond";

function shapedPeers(this: void, sections: PeersSection[]): PeersSection[] {
  for (const section of sections) {
    asArray(section.peers);
    for (const peer of section.peers) asArray(peer.tables);
  }
  return asArray(sections);
}

function shapedResolvers(this: void, sections: ResolversSection[]): ResolversSection[] {
  for (const section of sections) {
    asArray(section.nameservers);
    for (const server of section.nameservers) asObject(server.counters);
  }
  return asArray(sections);
}

export const getPeers: Handler<Context> = (context) => respond(context, peers, shapedPeers);
export const getResolvers: Handler<Context> = (context) => respond(context, resolvers, shapedResolvers);
