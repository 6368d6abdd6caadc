/**
 * The servers the API added at runtime ("add server"), recorded next to the
 * state file: HAProxy drops them on reload, since no configuration names
 * them, so the new process adds them again (restore.ts). One JSON object
 * per server, in the order they were added; a server deleted through the
 * API leaves the record.
 */
import { decode, encode, kindOf } from "../../http/json";
import type { Values } from "../../stats/core/operation";

export interface AddedServer {
  backend: string;
  name: string;
  address: string;
  port: number;
  weight?: number;
  maxconn?: number;
  check?: boolean;
}

const RECORD_ORDER = ["backend", "name", "address", "port", "weight", "maxconn", "check"];

let records: AddedServer[] = [];
let changed = false;

function same(record: AddedServer, backend: string, name: string): boolean {
  return record.backend === backend && record.name === name;
}

/** The records as read at init; a file that is not a list of records is ignored (and said). */
export function loadAdded(text: string | undefined): string | undefined {
  records = [];
  if (text === undefined || string.find(text, "^%s*$")[0] !== undefined) return undefined;
  const [ok, value] = decode(text);
  if (!ok || kindOf(value) !== "array") return "not a JSON list of servers: ignored";
  for (const item of value as LuaTable<string, unknown>[]) {
    if (kindOf(item) !== "object") continue;
    const backend = item.get("backend");
    const name = item.get("name");
    const address = item.get("address");
    const port = item.get("port");
    if (type(backend) !== "string" || type(name) !== "string" || type(address) !== "string" || type(port) !== "number") continue;
    const record: AddedServer = { backend: backend as string, name: name as string, address: address as string, port: port as number };
    if (type(item.get("weight")) === "number") record.weight = item.get("weight") as number;
    if (type(item.get("maxconn")) === "number") record.maxconn = item.get("maxconn") as number;
    if (item.get("check") === true) record.check = true;
    records[records.length] = record;
  }
  return undefined;
}

export function addedServers(): AddedServer[] {
  return records;
}

/** Records a server the API added, with the fields it was added with (replacing one of the same name). */
export function recordAdded(backend: string, fields: Values): void {
  const record: AddedServer = {
    backend,
    name: fields.get("name") as string,
    address: fields.get("address") as string,
    port: fields.get("port") as number,
    weight: fields.get("weight") as number | undefined,
    maxconn: fields.get("maxconn") as number | undefined,
    check: fields.get("check") === true ? true : undefined,
  };
  forget(backend, record.name);
  records[records.length] = record;
  changed = true;
}

/** Drops a server from the record (deleted through the API, or its backend gone). */
export function forget(backend: string, name: string): void {
  const kept: AddedServer[] = [];
  for (const record of records) {
    if (same(record, backend, name)) changed = true;
    else kept[kept.length] = record;
  }
  records = kept;
}

/** True once, after the record changed: the caller saves it. */
export function takeChanged(): boolean {
  const was = changed;
  changed = false;
  return was;
}

/** The file's text: a JSON list, one server per line. */
export function addedText(): string {
  const lines: string[] = [];
  for (const record of records) {
    const fields: string[] = [];
    for (const name of RECORD_ORDER) {
      const value = (record as unknown as Record<string, unknown>)[name];
      if (value !== undefined) fields[fields.length] = `${encode(name)}:${encode(value)}`;
    }
    lines[lines.length] = `{${table.concat(fields, ",")}}`;
  }
  return lines.length === 0 ? "[]\n" : `[\n${table.concat(lines, ",\n")}\n]\n`;
}
