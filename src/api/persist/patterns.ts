/**
 * Map and ACL files kept in step with what the API changed
 * (HAPROXY_API_SYNC_FILES=1): after a write, the map's entries as HAProxy
 * holds them, in its order, replace its file, so a reload loads them again.
 * A map file holds "key value" lines and an ACL file one pattern per line,
 * as HAProxy reads them. An ACL written inline has no file: nothing to keep.
 */
import { writeAtomically } from "../../host/atomic";
import type { ClientFields } from "../../stats/core/client";
import * as patterns from "../../stats/patterns/calls";
import type { PatternKind } from "../../stats/patterns/commands";
import { stopping } from "./process";
import { failed, saved } from "./report";

/** Maps and ACLs written since the last save: "<kind> <ref>" to kind and ref. */
const dirty = new LuaTable<string, [PatternKind, string]>();
/** The last text written to each file. */
const written = new LuaTable<string, string>();

export function patternChanged(kind: PatternKind, ref: string): void {
  dirty.set(`${kind} ${ref}`, [kind, ref]);
}

/** The file a map or ACL reference names ("#<id>" or the file itself); undefined for an inline ACL. */
export function fileOf(client: ClientFields, kind: PatternKind, ref: string): string | undefined {
  const [list] = patterns.list(client, kind);
  for (const item of list ?? []) {
    if (`#${item.id}` === ref || item.file === ref) return item.file;
  }
  return undefined;
}

function save(client: ClientFields, kind: PatternKind, ref: string): void {
  const file = fileOf(client, kind, ref);
  if (file === undefined) return;
  const [entries, err] = patterns.entries(client, kind, ref);
  if (entries === undefined) {
    failed(file, kind, `cannot read ${kind} ${ref}: ${err.message}`);
    return;
  }
  const lines: string[] = [];
  for (const entry of entries) lines[lines.length] = kind === "map" ? `${entry.key} ${entry.value}` : (entry.value as string);
  const text = lines.length === 0 ? "" : `${table.concat(lines, "\n")}\n`;
  if (written.get(file) === text) return;
  if (stopping()) return;
  const problem = writeAtomically(file, text);
  if (problem !== undefined) {
    failed(file, kind, problem);
    return;
  }
  written.set(file, text);
  saved(file, kind);
}

/** Writes the files of the maps and ACLs changed since the last call. */
export function savePatterns(client: ClientFields): void {
  const pending: [PatternKind, string][] = [];
  for (const [key, entry] of dirty) {
    pending[pending.length] = entry;
    dirty.delete(key);
  }
  for (const [kind, ref] of pending) save(client, kind, ref);
}
