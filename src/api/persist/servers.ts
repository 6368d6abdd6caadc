/**
 * The server-state files, kept current: the text "show servers state"
 * prints, written when it changed. What moves by itself does not count as
 * a change: srv_time_since_last_change ticks, and while a check runs the
 * "in progress" bit of srv_check_state / srv_agent_state is set and a
 * failing server's srv_check_result reads neutral.
 */
import { writeAtomically } from "../../host/atomic";
import type { StateFiles } from "../../host/statefile";
import { capabilities } from "../../stats/core/capabilities";
import type { ClientFields } from "../../stats/core/client";
import { noteAddedServer } from "../../stats/process/local";
import { localServer } from "../../stats/servers/local";
import { statesText } from "../../stats/servers/reads";
import { stopping } from "./process";
import { failed, saved } from "./report";

/** The last text written to each file, compared without what moves by itself. */
const written = new LuaTable<string, string>();

/** One state line with the columns that move by themselves made constant. */
function steadyLine(line: string): string {
  const fields: string[] = [];
  for (const [field] of string.gmatch(line, "%S+")) fields[fields.length] = field;
  if (fields.length < 15 || string.find(line, "^%d")[0] === undefined) return line;
  fields[9] = "-";
  fields[11] = "-";
  fields[13] = string.format("%d", (tonumber(fields[13]) ?? 0) & ~1);
  fields[14] = string.format("%d", (tonumber(fields[14]) ?? 0) & ~1);
  return table.concat(fields, " ");
}

function steady(text: string): string {
  const lines: string[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) lines[lines.length] = steadyLine(line);
  return table.concat(lines, "\n");
}

/** Writes `text` to `path` unless what it holds did not change since the last write. */
function keep(path: string, text: string): void {
  const now = steady(text);
  if (written.get(path) === now || stopping()) return;
  const problem = writeAtomically(path, text);
  if (problem !== undefined) {
    failed(path, "servers-state", problem);
    return;
  }
  written.set(path, now);
  saved(path, "servers-state");
}

/** The lines of `text` for one backend, under its version and header lines. */
function backendText(text: string, backend: string): string {
  const lines: string[] = [];
  let number = 0;
  for (const [line] of string.gmatch(text, "([^\n]*)\n")) {
    number++;
    if (number <= 2) lines[lines.length] = line;
    else if (line !== "" && string.match(line, "^%d+ (%S+)")[0] === backend) lines[lines.length] = line;
  }
  return `${table.concat(lines, "\n")}\n\n`;
}

let configuredCount: number | undefined;

/**
 * Tells the stats reads (stats/process/local.ts) about backends holding
 * servers added on the socket by something else than the API: those are
 * not in HAProxy's Lua tables. Looked for only when the state has more
 * lines than the configuration has servers (a count made in C, by gsub).
 */
function noteForeignServers(text: string): void {
  if (capabilities().liveServers) return; // Lua's tables list them all (stats/servers/local.ts)
  if (configuredCount === undefined) {
    configuredCount = 0;
    for (const [, backend] of pairs(core.backends)) for (const [] of pairs(backend.servers)) configuredCount++;
  }
  const [, lines] = string.gsub(text, "\n%d", "");
  if (lines <= configuredCount) return;
  for (const [backend, server] of string.gmatch(text, "\n%d+ (%S+) %d+ (%S+)")) {
    if (localServer(backend, server) === undefined) noteAddedServer(backend);
  }
}

/** Reads every server's state, on a session of this process (`ownPid`), and writes the files that changed. */
export function saveServerStates(client: ClientFields, files: StateFiles, ownPid: string): void {
  const [text, err] = statesText(client, ownPid);
  if (text === undefined) {
    if (files.global !== undefined) failed(files.global, "servers-state", `cannot read the servers' state: ${err.message}`);
    return;
  }
  noteForeignServers(text);
  if (files.global !== undefined) keep(files.global, text);
  for (const [backend, path] of files.localFiles) keep(path, backendText(text, backend));
}
