/**
 * GET and PATCH /stats/backends/:backend/servers/:server/address:
 * {"address": "10.0.0.5", "port": 8080}; PATCH takes the address, and the
 * port if it changes too ("set server <b>/<s> addr <ip> [port <p>]").
 */
import { failure } from "../http/errors";
import type { Handler } from "../http/router";
import { setServerAddress } from "../stats/commands";
import * as reads from "../stats/reads";
import * as writes from "../stats/writes";
import type { Context } from "./context";
import { applyThenRead } from "./respond";
import { serverRead, serverWrite, shown } from "./target";

export const getAddress = serverRead(reads.address);

export const patchAddress: Handler<Context> = (context, request, params) => {
  const [fields, refused] = serverWrite(request, params, ["address", "port"]);
  if (fields === undefined) return refused;
  const { backend, server } = params;
  const address = fields.get("address");
  const port = fields.get("port");
  if (address === undefined) return failure(400, 'field "address" is required: an IPv4 or IPv6 address');
  if (setServerAddress(backend, server, address)[0] === undefined) {
    return failure(400, `field "address" must be an IPv4 or IPv6 address, got ${shown(address)}`);
  }
  if (port !== undefined && setServerAddress(backend, server, address, port)[0] === undefined) {
    return failure(400, `field "port" must be an integer from 1 to 65535, got ${shown(port)}`);
  }
  return applyThenRead(
    context,
    request,
    (client) => writes.setServerAddress(client, backend, server, address, port),
    (client) => reads.address(client, backend, server),
  );
};
