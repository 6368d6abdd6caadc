/** Frontend and backend rows of "show stat", all or one by name or numeric id. */
import type { ClientFields } from "../core/client";
import { statsError } from "../core/errors";
import { invalidName, proxyRef } from "../core/names";
import type { Result } from "../core/result";
import { showStat } from "../process/plan";
import { notFoundAs, ofType, statGroups, statRows, type RowGroups } from "../process/reads";
import { stat_filter, stats_types, type Row } from "../process/types";

function proxies(client: ClientFields, mask: number, rowType: number): Result<Row[]> {
  const [rows, err] = statRows(client, "-1", mask, -1);
  if (rows === undefined) return $multi(undefined, err);
  return $multi(ofType(rows, rowType));
}

/** Every frontend's (or backend's) row, a group at a time (reads.ts); keep only rows of that type. */
export function proxyGroups(client: ClientFields, side: "frontend" | "backend"): Result<RowGroups> {
  return statGroups(client, "-1", side === "frontend" ? stat_filter.FRONTEND : stat_filter.BACKEND, -1);
}

export function frontends(client: ClientFields): Result<Row[]> {
  return proxies(client, stat_filter.FRONTEND, stats_types.FRONTEND);
}

export function backends(client: ClientFields): Result<Row[]> {
  return proxies(client, stat_filter.BACKEND, stats_types.BACKEND);
}

/** One frontend or backend row, by name or numeric id. */
function proxy(client: ClientFields, what: string, idOrName: unknown, mask: number, rowType: number): Result<Row> {
  const [ref, problem] = proxyRef(idOrName);
  if (ref === undefined) return $multi(undefined, invalidName(what, idOrName, problem));
  const [rows, err] = statRows(client, ref, mask, -1);
  if (rows === undefined) return $multi(undefined, notFoundAs(err, `no such ${what}: ${ref}`));
  const [row] = ofType(rows, rowType);
  if (row === undefined) return $multi(undefined, statsError("not_found", `no such ${what}: ${ref}`, showStat(ref, mask, -1)));
  return $multi(row);
}

export function frontend(client: ClientFields, idOrName: unknown): Result<Row> {
  return proxy(client, "frontend", idOrName, stat_filter.FRONTEND, stats_types.FRONTEND);
}

export function backend(client: ClientFields, idOrName: unknown): Result<Row> {
  return proxy(client, "backend", idOrName, stat_filter.BACKEND, stats_types.BACKEND);
}
