/**
 * Process-wide reads: every "show stat" row, "show info", and the step
 * every read shares (run a command, recognise HAProxy's error texts).
 */
import { execute, executeEach, insideHAProxy, type ClientFields } from "../core/client";
import { answerError, statsError, type StatsError } from "../core/errors";
import type { Result } from "../core/result";
import { parse_info, parse_stats } from "./parsers";
import { planStat, showStat } from "./plan";
import { stat_filter, type Row } from "./types";

/** Runs a read command and checks the answer for one of HAProxy's error texts. */
export function read(client: ClientFields, command: string): Result<string> {
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(answer);
}

/**
 * Rows of "show stat <proxy> <mask> <sid>". Inside HAProxy, read as several
 * small commands (plan.ts); the rows are the same, in the same order.
 */
export function statRows(client: ClientFields, proxy: string, mask: number, sid: number): Result<Row[]> {
  const commands = insideHAProxy() ? planStat(proxy, mask, sid) : [showStat(proxy, mask, sid)];
  if (commands.length === 1) {
    const [answer, err] = read(client, commands[0]);
    if (answer === undefined) return $multi(undefined, err);
    return $multi(parse_stats(answer));
  }
  const [answers, err] = executeEach(client, commands);
  if (answers === undefined) return $multi(undefined, err);
  for (let index = 0; index < answers.length; index++) {
    const refused = answerError(commands[index], answers[index]);
    if (refused !== undefined) return $multi(undefined, refused);
  }
  return $multi(parse_stats(table.concat(answers)));
}

/** HAProxy's "No such proxy." restated as what the caller asked for; other errors unchanged. */
export function notFoundAs(err: StatsError, message: string): StatsError {
  return err.kind === "not_found" ? statsError("not_found", message, err.command, err.haproxy) : err;
}

/** The rows of one type (stats_types) among `rows`. */
export function ofType(rows: Row[], rowType: number): Row[] {
  const kept: Row[] = [];
  for (const row of rows) if (row.get("type") === rowType) kept[kept.length] = row;
  return kept;
}

export function stats(client: ClientFields): Result<Row[]> {
  return statRows(client, "-1", stat_filter.ANY, -1);
}

export function info(client: ClientFields): Result<LuaTable<string, string | number>> {
  const [answer, err] = read(client, "show info");
  if (answer === undefined) return $multi(undefined, err);
  return $multi(parse_info(answer));
}
