/**
 * What persisting did, per file: the last successful save and the last
 * error, for GET /stats/persistence; a failure is logged once per new
 * reason, with the path, so a full disk does not flood the log.
 */
import { asArray, inOrder, NULL } from "../../http/json";

export type FileKind = "servers-state" | "added-servers" | "map" | "acl";

export interface FileReport {
  path: string;
  kind: FileKind;
  last_saved: string | typeof NULL;
  last_error: string | typeof NULL;
  last_error_at: string | typeof NULL;
}

const FIELDS = ["path", "kind", "last_saved", "last_error", "last_error_at"];
const reports = new LuaTable<string, FileReport>();
/** Files whose last attempt failed: a change to them would not survive a reload now. */
const failing = new LuaTable<string, boolean>();
const order: string[] = [];

function now(): string {
  return os.date("!%Y-%m-%dT%H:%M:%SZ") as string;
}

function reportOf(path: string, kind: FileKind): FileReport {
  let report = reports.get(path);
  if (report === undefined) {
    report = inOrder({ path, kind, last_saved: NULL, last_error: NULL, last_error_at: NULL }, FIELDS);
    reports.set(path, report);
    order[order.length] = path;
  }
  return report;
}

/** Lists `path` before anything happened to it, so the report names every file the API keeps. */
export function known(path: string, kind: FileKind): void {
  reportOf(path, kind);
}

export function saved(path: string, kind: FileKind): void {
  reportOf(path, kind).last_saved = now();
  failing.delete(path);
}

/** True while the last attempt to save `path` failed. */
export function isFailing(path: string): boolean {
  return failing.has(path);
}

export function failed(path: string, kind: FileKind, reason: string): void {
  const report = reportOf(path, kind);
  if (report.last_error !== reason) core.log(core.warning, `haproxy-api: cannot save ${path}: ${reason}; the change is live but a reload would lose it`);
  report.last_error = reason;
  report.last_error_at = now();
  failing.set(path, true);
}

/** Every file, in the order the API first met it. */
export function files(): FileReport[] {
  const list: FileReport[] = [];
  for (const path of order) list[list.length] = reports.get(path) as FileReport;
  return asArray(list);
}
