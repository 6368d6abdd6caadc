/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 takes them) of every body the API
 * answers or accepts, referenced by name from the route docs. The contract
 * spec (spec/23-openapi_spec.lua) validates real answers against them.
 */
export type Schema = Record<string, unknown>;

/** A reference to one of SCHEMAS. */
export function ref(name: keyof typeof SCHEMAS): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

const text: Schema = { type: "string" };
const integer: Schema = { type: "integer" };
const field: Schema = { type: ["string", "integer"] };

/** An object whose listed fields are all present, and nothing else. */
function closed(properties: Record<string, Schema>, description?: string): Schema {
  const required: string[] = [];
  for (const [name] of pairs(properties)) required[required.length] = name as string;
  table.sort(required);
  return { type: "object", description, properties, required, additionalProperties: false };
}

const CERTIFICATE: Record<string, Schema> = {
  file: { type: "string", description: "The file HAProxy loaded it from: names it in a path, percent-encoded" },
  status: { enum: ["used", "unused"], description: "Whether a bind line or crt-list serves it" },
  subject: text,
  issuer: text,
  serial: { type: "string", description: "Hexadecimal" },
  not_before: { type: "string", format: "date-time", description: "ISO 8601, UTC" },
  not_after: { type: "string", format: "date-time", description: "ISO 8601, UTC" },
  days_left: { type: "integer", description: "Whole days until not_after; negative once expired" },
  sans: { type: "array", items: text, description: "The DNS Subject Alternative Names, as HAProxy 2.6 prints them: \"DNS:www.example.com\" (it prints no IP SAN)" },
  sha1_fingerprint: { type: "string", pattern: "^[0-9A-F]{40}$" },
  algorithm: { type: "string", description: "RSA2048, EC256..." },
  crt_lists: { type: "array", items: text, description: "The crt-lists that hold it" },
};

export const SCHEMAS = {
  Error: closed({ code: integer, message: text }, "Every error: the HTTP status again and what went wrong, in words."),
  Root: closed({
    name: { const: "haproxy-api" },
    version: text,
    haproxy: { type: "string", description: "HAProxy's version" },
    links: { type: "object", additionalProperties: text, description: "The main resources, by name" },
  }),
  Row: {
    type: "object",
    description:
      "One line of \"show stat\": the CSV header's standard names as keys, pxname to agg_check_status (not the statistics modules' h1_*, h2_*, ssl_*, which HAProxy 2.6's Lua cannot read in-process); integers as numbers, empty fields as \"\".",
    properties: { pxname: text, svname: text, type: { enum: [0, 1, 2, 3] } },
    required: ["pxname", "svname", "type"],
    additionalProperties: field,
  },
  Info: { type: "object", description: "\"show info\" as name: value (integers as numbers).", additionalProperties: field },
  Weight: closed({ current: { type: "integer", minimum: 0, maximum: 256 }, initial: { type: "integer", minimum: 0, maximum: 256 } }),
  ServerState: {
    type: "object",
    description: "The server's line of \"show servers state\", with its two states decoded.",
    properties: {
      admin_state: { enum: ["ready", "drain", "maint"] },
      operational_state: { enum: ["up", "down", "stopping"] },
      srv_name: text,
      be_name: text,
    },
    required: ["admin_state", "operational_state", "srv_name", "be_name"],
    additionalProperties: field,
  },
  Address: closed({ address: text, port: { type: "integer", minimum: 0, maximum: 65535, description: "0 when none is configured" } }),
  PatternList: closed({
    id: { type: "integer", description: "Use as \"#<id>\" in :map and :acl" },
    file: { type: ["string", "null"], description: "The file loaded; null for an ACL written inline" },
    description: text,
    entry_count: integer,
  }, "A map or an ACL, as \"show map\" and \"show acl\" list it."),
  MapEntry: closed({ id: { type: "string", pattern: "^#0x[0-9a-f]+$", description: "Names this entry in a path" }, key: text, value: text }),
  AclEntry: closed({ id: { type: "string", pattern: "^#0x[0-9a-f]+$", description: "Names this entry in a path" }, value: text }),
  Lookup: {
    type: "object",
    description: "How one match method of the map or ACL judged the input (\"get map\").",
    properties: { method: text, found: { type: "boolean" }, case_sensitive: { type: "boolean" }, key: text, value: text },
    required: ["method", "found", "case_sensitive"],
    additionalProperties: false,
  },
  Certificate: closed(CERTIFICATE, "A certificate HAProxy holds; never its private key."),
  CertificateDetail: closed(
    { ...CERTIFICATE, chain: { type: "array", items: closed({ subject: text, issuer: text }), description: "The certificates after it in its file" } },
    "A certificate with its chain; never its private key.",
  ),
  ProcessLimits: closed({
    pid: integer, stopping: { type: "boolean", description: "An old process after a reload" },
    maxconn: integer, hard_maxconn: { type: "integer", description: "The highest maxconn may be set to: the one HAProxy started with" }, curr_conns: integer,
    rate_limit_connections: { type: "integer", description: "0: none" }, conn_rate: integer, max_conn_rate: integer,
    rate_limit_sessions: { type: "integer", description: "0: none" }, sess_rate: integer, max_sess_rate: integer,
    rate_limit_ssl_sessions: { type: "integer", description: "0: none" }, ssl_rate: integer, max_ssl_rate: integer,
  }, "The process's limits and rates, from show info"),
  Sessions: closed({
    sessions: {
      type: "array",
      items: closed({
        id: { type: "string", pattern: "^0x[0-9a-f]+$" }, proto: text, source: text, frontend: text,
        backend: { type: ["string", "null"] }, server: { type: ["string", "null"] },
        age: { type: "string", description: "As HAProxy prints it: 3s, 1m5s, 2h3m, 1d2h" }, age_seconds: integer, calls: integer,
      }),
    },
    count: integer,
    truncated: { type: "boolean", description: "More sessions matched than the limit" },
  }),
  ErrorCapture: closed({
    time: text, proxy: text, direction: { enum: ["request", "response"] }, reason: text,
    backend: { type: ["string", "null"] }, server: { type: ["string", "null"] }, event: integer, source: text,
    length: integer, error_position: integer, captured: text, truncated: { type: "boolean" },
  }),
  PeersSection: closed({
    name: text,
    disabled: { type: "boolean" },
    peers: {
      type: "array",
      items: closed({
        name: text, local: { type: "boolean", description: "This process" }, active: { type: "boolean" }, address: text,
        last_status: { type: "string", description: "ESTA once connected; NONE, CONN, HSHK..." }, last_handshake: text, state: text,
        new_conn: integer, proto_err: integer,
        tables: { type: "array", items: closed({ table: text, update: integer, last_pushed: integer, last_acked: integer, last_get: integer, pushed_all: { type: "boolean" } }) },
      }),
    },
  }),
  ResolversSection: closed({
    name: text,
    nameservers: { type: "array", items: closed({ name: text, counters: { type: "object", additionalProperties: integer, description: "sent, snd_error, valid, update, cname, cname_error, any_err, nx, timeout, refused, other, invalid, too_big, truncated, outdated" } }) },
  }),
  TableInfo: closed({ name: text, type: { enum: ["ip", "ipv6", "integer", "string", "binary"] }, size: integer, used: integer }),
  TableEntry: closed({
    id: text,
    key: field,
    use: { type: "integer", description: "Sessions tracking the entry now" },
    expire_ms: { type: "integer", description: "Milliseconds until it expires; 0 if it does not" },
    data: { type: "object", additionalProperties: field, description: "Stored data by type name (gpc0, http_req_rate...)" },
  }),
  Table: closed({
    name: text,
    type: { enum: ["ip", "ipv6", "integer", "string", "binary"] },
    size: integer,
    used: integer,
    entries: { type: "array", items: { $ref: "#/components/schemas/TableEntry" } },
  }),
  Drained: closed({
    drained: { type: "boolean", description: "The server has no session left" },
    sessions: { type: "integer", description: "Its sessions at the end" },
    waited_ms: integer,
    state: { $ref: "#/components/schemas/ServerState" },
  }, "How a drain ended."),
  Readied: {
    type: "object",
    properties: {
      state: { $ref: "#/components/schemas/ServerState" },
      ramp: closed({
        target: { type: "integer", description: "The weight it rises to" },
        seconds: { type: "number" },
        steps: { type: "array", items: closed({ after_ms: integer, weight: integer }) },
      }, "The weight steps, the first applied at once, the rest by a background task"),
    },
    required: ["state"],
    additionalProperties: false,
  },
  Persistence: closed({
    stopping: { type: "boolean", description: "This process is stopping (after a reload): it saves nothing more" },
    state_file: closed({ path: { type: ["string", "null"] }, source: text }),
    sync_files: { type: "boolean", description: "HAPROXY_API_SYNC_FILES: map and ACL files follow the API's writes" },
    files: {
      type: "array",
      items: closed({
        path: text,
        kind: { enum: ["servers-state", "added-servers", "map", "acl"] },
        last_saved: { type: ["string", "null"], description: "ISO 8601, UTC" },
        last_error: { type: ["string", "null"] },
        last_error_at: { type: ["string", "null"] },
      }),
    },
  }),
  OpenApi: { type: "object", description: "This document.", required: ["openapi", "info", "paths"] },
};

/** `schema` as a list of it. */
/** What a streamed list's description says of how it travels (http/stream.ts). */
export const STREAMED = "Streamed as it is read: chunked transfer encoding, about one 16 KiB buffer per piece.";

export function arrayOf(schema: Schema): Schema {
  return { type: "array", items: schema };
}
