/** The docs of the map, ACL and stick-table routes (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { STREAMED, arrayOf, ref, type Schema } from "./schemas";

const MAP = "\"#<id>\" or the file, as GET /maps lists them, percent-encoded (%23 for #, %2F for /)";
const ACL = "\"#<id>\" or the file, as GET /acls lists them, percent-encoded (%23 for #, %2F for /)";
const KEY = "The key, percent-encoded: always a key, whatever it looks like (a key starting with \"#0x\" can only be changed by its id: /ids/:id)";
const VALUE = "The pattern, percent-encoded: always a pattern, whatever it looks like (one starting with \"#0x\" can only be deleted by its id: /ids/:id)";
const ID = "An entry's id as listed (\"#0x...\", percent-encoded as %230x...; or \"0x...\")";
const TABLE = "The table's name: the proxy that declares it";
const TEXT: Schema = { type: "string", minLength: 1, maxLength: 4096, description: "Any text but CR, LF, NUL, vertical tab and form feed (a 400 names the character)" };
const INPUT = [{ name: "input", required: true, description: "The text to look up, as HAProxy would match it" }];

export const maps: RouteDoc = {
  tag: "maps",
  summary: "Every map: id, file, description, entry count",
  ok: { status: 200, description: "The maps", schema: arrayOf(ref("PatternList")) },
};

export const map: RouteDoc = {
  tag: "maps",
  summary: "A map's entries, in HAProxy's order",
  params: { map: MAP },
  ok: { status: 200, description: `The entries, [] when empty, as the dump arrives. ${STREAMED}`, schema: arrayOf(ref("MapEntry")) },
};

export const mapLookup: RouteDoc = {
  tag: "maps",
  summary: "Which entry the map's match method picks for an input (\"get map\")",
  params: { map: MAP },
  query: INPUT,
  ok: { status: 200, description: "One result per match method", schema: arrayOf(ref("Lookup")) },
};

export const addMapEntry: RouteDoc = {
  tag: "maps",
  summary: "Adds an entry (\"add map\"); a key may repeat",
  params: { map: MAP },
  body: {
    type: "object",
    properties: { key: { type: "string", minLength: 1, maxLength: 4096, pattern: "^[^ \t\r\n]+$", description: "No blanks" }, value: TEXT },
    required: ["key", "value"],
    additionalProperties: false,
  },
  ok: { status: 201, description: "The entry as HAProxy lists it; Location names it", schema: ref("MapEntry") },
};

export const clearMap: RouteDoc = {
  tag: "maps",
  summary: "Removes every entry (\"clear map\")",
  params: { map: MAP },
  ok: { status: 204, description: "Cleared" },
};

export const mapEntry: RouteDoc = {
  tag: "maps",
  summary: "The entry of exactly this key (the first, if it repeats)",
  params: { map: MAP, key: KEY },
  ok: { status: 200, description: "The entry", schema: ref("MapEntry") },
};

export const mapEntryById: RouteDoc = {
  tag: "maps",
  summary: "The entry of this id",
  params: { map: MAP, id: ID },
  ok: { status: 200, description: "The entry", schema: ref("MapEntry") },
};

const SET_VALUE: Schema = { type: "object", properties: { value: TEXT }, required: ["value"], additionalProperties: false };

export const setMapEntry: RouteDoc = {
  tag: "maps",
  summary: "Sets the value of every entry of the key (\"set map\")",
  params: { map: MAP, key: KEY },
  body: SET_VALUE,
  ok: { status: 200, description: "The entry afterwards", schema: ref("MapEntry") },
};

export const setMapEntryById: RouteDoc = {
  tag: "maps",
  summary: "Sets the value of the one entry of the id (\"set map\")",
  params: { map: MAP, id: ID },
  body: SET_VALUE,
  ok: { status: 200, description: "The entry afterwards", schema: ref("MapEntry") },
};

export const delMapEntry: RouteDoc = {
  tag: "maps",
  summary: "Deletes every entry of the key (\"del map\")",
  params: { map: MAP, key: KEY },
  ok: { status: 204, description: "Deleted" },
};

export const delMapEntryById: RouteDoc = {
  tag: "maps",
  summary: "Deletes the one entry of the id (\"del map\")",
  params: { map: MAP, id: ID },
  ok: { status: 204, description: "Deleted" },
};

export const acls: RouteDoc = {
  tag: "acls",
  summary: "Every ACL: id, file (null when written inline), description, entry count",
  ok: { status: 200, description: "The ACLs", schema: arrayOf(ref("PatternList")) },
};

export const acl: RouteDoc = {
  tag: "acls",
  summary: "An ACL's patterns, in HAProxy's order",
  params: { acl: ACL },
  ok: { status: 200, description: `The entries, [] when empty, as the dump arrives. ${STREAMED}`, schema: arrayOf(ref("AclEntry")) },
};

export const aclLookup: RouteDoc = {
  tag: "acls",
  summary: "Whether the ACL matches an input (\"get acl\")",
  params: { acl: ACL },
  query: INPUT,
  ok: { status: 200, description: "One result per match method", schema: arrayOf(ref("Lookup")) },
};

export const addAclEntry: RouteDoc = {
  tag: "acls",
  summary: "Adds a pattern (\"add acl\"); HAProxy checks it against the ACL's type (an IP...)",
  params: { acl: ACL },
  body: { type: "object", properties: { value: TEXT }, required: ["value"], additionalProperties: false },
  ok: { status: 201, description: "The entry as HAProxy lists it; Location names it", schema: ref("AclEntry") },
};

export const clearAcl: RouteDoc = {
  tag: "acls",
  summary: "Removes every pattern (\"clear acl\")",
  params: { acl: ACL },
  ok: { status: 204, description: "Cleared" },
};

export const aclEntry: RouteDoc = {
  tag: "acls",
  summary: "The entry of exactly this pattern",
  params: { acl: ACL, value: VALUE },
  ok: { status: 200, description: "The entry", schema: ref("AclEntry") },
};

export const aclEntryById: RouteDoc = {
  tag: "acls",
  summary: "The entry of this id",
  params: { acl: ACL, id: ID },
  ok: { status: 200, description: "The entry", schema: ref("AclEntry") },
};

export const delAclEntry: RouteDoc = {
  tag: "acls",
  summary: "Deletes every entry of the pattern (\"del acl\")",
  params: { acl: ACL, value: VALUE },
  ok: { status: 204, description: "Deleted" },
};

export const delAclEntryById: RouteDoc = {
  tag: "acls",
  summary: "Deletes the one entry of the id (\"del acl\")",
  params: { acl: ACL, id: ID },
  ok: { status: 204, description: "Deleted" },
};

const REPLACE = "prepare, then the entries into the new version as multi-line payloads, then commit: traffic sees the old entries until the commit and the new ones after, never a mix. The body is read and parsed as it arrives, up to HAPROXY_API_MAX_BULK_BYTES (16 MiB by default; 413 above). On any refusal nothing is committed, and the error names the entry (by its place in the array). The write log records the count, not the entries.";

export const replaceMap: RouteDoc = {
  tag: "maps",
  summary: "Replaces every entry of the map at once, atomically",
  description: REPLACE,
  params: { map: MAP },
  body: { type: "array", items: { type: "object", properties: { key: { type: "string", minLength: 1, maxLength: 4096, pattern: "^[^ \t\r\n#][^ \t\r\n]*$" }, value: TEXT }, required: ["key", "value"], additionalProperties: false } },
  ok: { status: 200, description: "The map's summary afterwards", schema: ref("PatternList") },
  errors: { 413: "The body is over HAPROXY_API_MAX_BULK_BYTES" },
};

export const replaceAcl: RouteDoc = {
  tag: "acls",
  summary: "Replaces every entry of the ACL at once, atomically",
  description: REPLACE,
  params: { acl: ACL },
  body: { type: "array", items: { type: "object", properties: { value: TEXT }, required: ["value"], additionalProperties: false } },
  ok: { status: 200, description: "The ACL's summary afterwards", schema: ref("PatternList") },
  errors: { 413: "The body is over HAPROXY_API_MAX_BULK_BYTES" },
};

export const tables: RouteDoc = {
  tag: "tables",
  summary: "Every stick table: name, key type, size, entries in use",
  ok: { status: 200, description: "The tables", schema: arrayOf(ref("TableInfo")) },
};

export const table: RouteDoc = {
  tag: "tables",
  summary: "A table and its entries: all, one key, or those whose stored data pass filters",
  params: { table: TABLE },
  query: [
    { name: "key", description: "Only this key's entry (not with filter)" },
    { name: "filter", repeated: true, description: "data.<type>:<op>:<integer>, op one of eq ne le ge lt gt; up to 4, all must pass" },
  ],
  ok: { status: 200, description: "The table; entries [] when none match", schema: ref("Table") },
};

export const clearTable: RouteDoc = {
  tag: "tables",
  summary: "Removes every entry no session tracks (\"clear table\")",
  params: { table: TABLE },
  ok: { status: 200, description: "The table's summary afterwards: used counts the entries kept", schema: ref("TableInfo") },
};

export const tableEntry: RouteDoc = {
  tag: "tables",
  summary: "The entry of a key",
  params: { table: TABLE, key: "The key, percent-encoded" },
  ok: { status: 200, description: "The entry", schema: ref("TableEntry") },
};

export const setTableEntry: RouteDoc = {
  tag: "tables",
  summary: "Sets stored data on the entry of a key, creating it (\"set table\"): flag or ban a client for the rules that read the table",
  description:
    "The entry expires by the table's own expire. The key is checked against the table's type (ip, ipv6, integer, string, binary) and each data type against what the table stores before anything is sent: HAProxy 2.6 creates the entry even when it refuses a value, and reads a bad ip key as 0.0.0.0.",
  params: { table: TABLE, key: "The key, percent-encoded, as the table's type requires" },
  body: {
    type: "object",
    properties: { data: { type: "object", minProperties: 1, additionalProperties: { type: "integer", minimum: 0 }, description: "Stored data types and their values: {\"gpc0\": 1}" } },
    required: ["data"],
    additionalProperties: false,
  },
  ok: { status: 200, description: "The entry, read back", schema: ref("TableEntry") },
};

export const delTableEntry: RouteDoc = {
  tag: "tables",
  summary: "Removes the entry of a key",
  params: { table: TABLE, key: "The key, percent-encoded" },
  ok: { status: 204, description: "Removed" },
  errors: { 409: "A session tracks the entry: HAProxy keeps it; retry once the session ends" },
};
