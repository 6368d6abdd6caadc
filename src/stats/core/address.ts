/**
 * Where the runtime socket is: a unix path ("/run/haproxy/admin.sock",
 * "unix@/run/...") or a TCP address ("127.0.0.1:9999", "ipv4@127.0.0.1:9999",
 * or a host with a separate port), as HAProxy's "stats socket" line takes it.
 */
export type Endpoint =
  | { kind: "unix"; path: string }
  | { kind: "tcp"; host: string; port: number };

export function parseEndpoint(address: string, port?: number): LuaMultiReturn<[endpoint: Endpoint] | [endpoint: undefined, problem: string]> {
  if (type(address) !== "string" || address === "") return $multi(undefined, "no socket address");
  const [unixPath] = string.match(address, "^unix@(.+)$");
  if (unixPath !== undefined) return $multi({ kind: "unix", path: unixPath });
  const [bare] = string.gsub(address, "^ipv[46]@", "");
  if (port !== undefined) return $multi({ kind: "tcp", host: bare, port });
  const [host, portText] = string.match(bare, "^%[?([^%]]*)%]?:(%d+)$");
  if (host !== undefined && host !== "") return $multi({ kind: "tcp", host, port: tonumber(portText) as number });
  if (bare !== address) return $multi(undefined, `${address}: no port`);
  return $multi({ kind: "unix", path: address });
}

export function describeEndpoint(endpoint: Endpoint): string {
  return endpoint.kind === "unix" ? endpoint.path : `${endpoint.host}:${endpoint.port}`;
}
