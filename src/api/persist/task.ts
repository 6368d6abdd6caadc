/**
 * The background task that keeps the files (core.register_task, never a
 * request): every TICK_MS it saves what the API changed since, and every
 * FULL_MS it reads every server's state anyway, for changes made on the
 * stats socket directly or by health checks. Every step is guarded: an
 * error is logged, never left to end the task.
 */
import { writeAtomically } from "../../host/atomic";
import type { StateFiles } from "../../host/statefile";
import { execute, type ClientFields } from "../../stats/core/client";
import { nowMs } from "../../stats/core/gate";
import { releaseHeld } from "../../stats/core/held";
import type { ServerState } from "../../stats/servers/types";
import { addedText, takeChanged } from "./added";
import { savePatterns } from "./patterns";
import { stopping } from "./process";
import { failed, saved } from "./report";
import { restoreAdded } from "./restore";
import { saveServerStates } from "./servers";

/** How soon a write through the API is saved: "within a second". */
const TICK_MS = 200;
/** How often the servers' state is read even when the API changed nothing. */
const FULL_MS = 3000;

let serversDirty = true;

/** A write through the API changed a server: save soon. */
export function serversChanged(): void {
  serversDirty = true;
}

export interface Keeping {
  files: StateFiles;
  syncFiles: boolean;
  /** The state lines the last process saved, by "backend/server", read at init. */
  savedRows: LuaTable<string, ServerState>;
}

/** Runs a step; an error is logged, and what the step still held (a socket connection) given back. */
function guarded(what: string, step: (this: void) => void): void {
  const [ok, err] = pcall(step);
  releaseHeld();
  if (!ok) core.log(core.err, `haproxy-api: ${what}: ${tostring(err)}`);
}

function saveAdded(path: string): void {
  if (stopping()) return;
  const problem = writeAtomically(path, addedText());
  if (problem !== undefined) failed(path, "added-servers", problem);
  else saved(path, "added-servers");
}

/** How long a new process waits for the stats socket to be its own. */
const OWN_SOCKET_MS = 10000;

/**
 * Waits until the stats socket answers for this process. Just after a
 * reload, a connection to the socket's path may still reach the old process
 * (seen in master-worker mode: the new worker's "add server" landed in the
 * old worker, which had the server already), so restoring or saving before
 * then would act on, or copy, the wrong process.
 */
function waitForOwnSocket(client: ClientFields, own: string): boolean {
  const deadline = nowMs() + OWN_SOCKET_MS;
  for (;;) {
    const [answer] = execute(client, "show info");
    if (answer !== undefined && string.match(answer, "\nPid: (%d+)")[0] === own) return true;
    if (nowMs() >= deadline) return false;
    core.msleep(50);
  }
}

function run(client: ClientFields, keeping: Keeping): void {
  const files = keeping.files;
  const keepsServers = files.global !== undefined || next(files.localFiles)[0] !== undefined;
  const own = tostring(core.get_info().get("Pid"));
  if (!waitForOwnSocket(client, own)) {
    core.log(core.warning, `haproxy-api: the stats socket still answers for another process after ${OWN_SOCKET_MS / 1000}s: no server restored, nothing saved by this process`);
    return;
  }
  guarded("restoring the servers it had added", () => restoreAdded(client, own, keeping.savedRows));
  let lastFull = nowMs();
  for (;;) {
    if (stopping()) {
      core.log(core.info, "haproxy-api: this process is stopping: it saves no file from now on");
      return;
    }
    const now = nowMs();
    if (keepsServers && (serversDirty || now - lastFull >= FULL_MS)) {
      serversDirty = false;
      lastFull = now;
      guarded("saving the servers' state", () => saveServerStates(client, files, own));
    }
    if (files.addedServers !== undefined && takeChanged()) guarded("saving the added servers", () => saveAdded(files.addedServers as string));
    if (keeping.syncFiles) guarded("saving maps and ACLs", () => savePatterns(client));
    core.msleep(TICK_MS);
  }
}

/** Starts the task, when anything is to be kept. */
export function keepFiles(client: ClientFields, keeping: Keeping): void {
  const files = keeping.files;
  if (files.global === undefined && next(files.localFiles)[0] === undefined && !keeping.syncFiles) return;
  core.register_task(() => run(client, keeping));
}
