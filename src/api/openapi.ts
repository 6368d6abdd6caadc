/**
 * GET /openapi.json: an OpenAPI 3.1 document generated from the route
 * table itself (api/routes.ts), where every route carries its RouteDoc.
 * A route without a doc does not compile, and a doc without a route cannot
 * exist; the error statuses each operation can answer are derived from
 * what it is (a write, with a body, with path parameters, using the stats
 * socket), as service.ts and the handlers produce them.
 */
import { asArray } from "../http/json";
import { neededScope } from "../http/access";
import { json, type Reply } from "../http/response";
import type { Scope } from "../http/tokens";
import type { Handler, RouteSpec } from "../http/router";
import { VERSION } from "../version";
import type { Context } from "./context";
import { ref, SCHEMAS, type Schema } from "./docs/schemas";

export interface QueryDoc {
  name: string;
  description: string;
  required?: boolean;
  /** May be given several times. */
  repeated?: boolean;
}

export interface RouteDoc {
  summary: string;
  description?: string;
  tag: string;
  /** Every ":name" of the pattern, described. */
  params?: Record<string, string>;
  query?: QueryDoc[];
  /** The JSON body a write takes. */
  body?: Schema;
  /** The body may also be a PEM (application/x-pem-file): what `body.pem` holds, alone. */
  pem?: boolean;
  /** The success status and its body: a schema, "text" (text/plain), "events" (text/event-stream), another media type's text, or none (204). */
  ok: { status: number; description: string; schema?: Schema | "text" | "events" | { media: string } };
  /** False for routes that never use the stats socket (no 502/503/504 from it). */
  socket?: boolean;
  /** Statuses this route adds to the derived ones (409...). */
  errors?: Record<number, string>;
  /** The token scope it needs, when not the one its method and path give (http/access.ts neededScope). */
  scope?: Scope;
}

function isMedia(schema: Schema | { media: string }): schema is { media: string } {
  return type((schema as { media?: string }).media) === "string";
}

export type DocumentedRoute = [method: string, pattern: string, handler: Handler<Context>, doc: RouteDoc];

const ERRORS: Record<number, string> = {
  400: "The request is malformed or a value is refused (the message says which)",
  401: "HAPROXY_API_TOKEN is set and the request's bearer token is missing or wrong",
  403: "The API is read-only (HAPROXY_API_READONLY), or the token's scope does not cover this operation (x-scope)",
  404: "No such resource, or nothing of that name in HAProxy",
  413: "The body is over 8 KiB (a PEM: 64 KiB)",
  415: "The body is not JSON (Content-Type: application/json)",
  500: "A bug in haproxy-api; the details are in HAProxy's log",
  502: "HAProxy refused the command (the socket needs \"level admin\" to write)",
  503: "No stats socket, or out of Lua memory",
  504: "The stats socket did not answer in time, or another write held the lock",
};

/** Sorts every object's keys, so the document reads the same on every start. */
function sorted(value: unknown): unknown {
  if (type(value) !== "table") return value;
  const table_ = value as LuaTable<string, unknown>;
  const meta = getmetatable(value) as { __jsontype?: string } | undefined;
  if ((value as unknown[]).length > 0 || meta?.__jsontype === "array") {
    for (const item of value as unknown[]) sorted(item);
    return value;
  }
  const keys: string[] = [];
  for (const [key, item] of pairs(table_)) {
    keys[keys.length] = key as string;
    sorted(item);
  }
  table.sort(keys);
  return setmetatable(value as object, { __jsontype: "object", __jsonorder: keys, __jsonclosed: true } as LuaMetatable<object>);
}

function jsonContent(schema: Schema): Schema {
  return { "application/json": { schema } };
}

function requestContent(doc: RouteDoc): Schema {
  const content = jsonContent(doc.body as Schema);
  if (doc.pem === true) content["application/x-pem-file"] = { schema: ((doc.body as Schema).properties as Schema).pem };
  return content;
}

function responses(method: string, pattern: string, doc: RouteDoc): Schema {
  const answers: Record<string, Schema> = {};
  const ok = doc.ok;
  const content =
    ok.schema === undefined
      ? undefined
      : ok.schema === "text"
        ? { "text/plain": { schema: { type: "string" } } }
        : ok.schema === "events"
          ? { "text/event-stream": { schema: { type: "string" } } }
          : isMedia(ok.schema)
            ? { [ok.schema.media]: { schema: { type: "string" } } }
            : jsonContent(ok.schema);
  // Every write says whether a reload keeps it (api/persistence.ts).
  const headers = method === "GET" ? undefined : { "X-Persisted": { description: "yes: a reload keeps this change (README, Reloads); no: it does not", schema: { enum: ["yes", "no"] } } };
  answers[string.format("%d", ok.status)] = { description: ok.description, content, headers };
  const statuses: number[] = [401, 500];
  if (doc.socket !== false) statuses.push(502, 503, 504);
  if (doc.params !== undefined || doc.query !== undefined || doc.body !== undefined) statuses.push(400);
  if (string.find(pattern, ":")[0] !== undefined) statuses.push(404);
  if (method !== "GET" || doc.scope !== undefined) statuses.push(403);
  if (doc.body !== undefined) statuses.push(413, 415);
  for (const status of statuses) answers[string.format("%d", status)] = { description: ERRORS[status], content: jsonContent(ref("Error")) };
  for (const [status, description] of pairs(doc.errors ?? {})) {
    answers[string.format("%d", status)] = { description, content: jsonContent(ref("Error")) };
  }
  return answers;
}

/** The ":name" segments of `pattern` as OpenAPI path parameters; a missing description is a bug. */
function parameters(pattern: string, doc: RouteDoc): Schema[] {
  const list: Schema[] = [];
  for (const [name] of string.gmatch(pattern, ":([%w_]+)")) {
    const description = doc.params?.[name];
    if (description === undefined) error(`openapi: ${pattern} has no description of :${name}`);
    list[list.length] = { name, in: "path", required: true, description, schema: { type: "string" } };
  }
  for (const item of doc.query ?? []) {
    const schema = item.repeated === true ? { type: "array", items: { type: "string" } } : { type: "string" };
    list[list.length] = { name: item.name, in: "query", required: item.required === true, description: item.description, schema, explode: item.repeated };
  }
  return list;
}

/** The whole document, from the route table. */
export function document(routes: RouteSpec<Context>[]): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const [method, pattern, , extra] of routes as unknown as DocumentedRoute[]) {
    const doc = extra;
    const [path] = string.gsub(pattern, ":([%w_]+)", "{%1}");
    const operations = paths[path] ?? {};
    paths[path] = operations;
    const [operationId] = string.gsub(`${string.lower(method)}${path === "/" ? "/root" : path}`, "[^%w]+", "_");
    const params = parameters(pattern, doc);
    const segments: string[] = [];
    for (const [segment] of string.gmatch(pattern, "[^/]+")) segments[segments.length] = segment;
    operations[string.lower(method)] = {
      operationId,
      // The scoped tokens' scope this operation needs (HAPROXY_API_TOKENS_FILE): read, operate or admin.
      "x-scope": neededScope(method, segments, doc.scope),
      summary: doc.summary,
      description: doc.description,
      tags: [doc.tag],
      parameters: params.length > 0 ? params : undefined,
      requestBody: doc.body === undefined ? undefined : { required: true, content: requestContent(doc) },
      responses: responses(method, pattern, doc),
    };
  }
  const whole = sorted({
    openapi: "3.1.0",
    info: {
      title: "haproxy-api",
      version: VERSION,
      description: "Read and steer the HAProxy process this API runs in: stats, servers, maps, ACLs, stick tables, TLS certificates, sessions and limits.",
      license: { name: "MIT", identifier: "MIT" },
    },
    // With HAPROXY_API_TOKEN set every request needs the bearer token; without, none (loopback only).
    security: [{ bearer: asArray([]) }, {}],
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "The token HAPROXY_API_TOKEN holds, when it is set" } },
    },
  }) as Schema;
  // The usual order at the top, for a reader.
  return setmetatable(whole, { __jsontype: "object", __jsonorder: ["openapi", "info", "security", "paths", "components"], __jsonclosed: true } as LuaMetatable<Schema>);
}

/** The handler of GET /openapi.json: the document is built once, on first use. */
export function openApi(routes: RouteSpec<Context>[]): Handler<Context> {
  let cached: Reply | undefined;
  return () => {
    cached ??= json(200, document(routes));
    return cached;
  };
}
