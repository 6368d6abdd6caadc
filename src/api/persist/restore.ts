/**
 * At start, the servers the API had added (added.ts) are added again, with
 * the weight, admin state and address the old process last saved in the
 * state file (HAProxy itself skipped those lines: it had no such servers).
 * Runs in the background task before its first save, as soon as traffic
 * flows. A record whose backend is gone is logged and dropped; one the
 * configuration now defines is dropped too.
 *
 * Each server's commands go on one session that first shows it is this
 * process's: just after a master-worker reload the old and the new worker
 * both take connections on the socket for a moment, and the new worker's
 * "add server" was seen landing in the old one ("Already exists").
 */
import { executeEach, type ClientFields } from "../../stats/core/client";
import { nowMs } from "../../stats/core/gate";
import { commandOf, judge, type Operation, type Values } from "../../stats/core/operation";
import { noteAddedServer } from "../../stats/process/local";
import { localServer } from "../../stats/servers/local";
import { addServer, serverValues, setHealthCheck, setState, setWeight } from "../../stats/servers/operations";
import type { ServerState } from "../../stats/servers/types";
import { addedServers, forget, type AddedServer } from "./added";

const CHECK_ENABLED = 0x04;
/** How long one server's restore retries a session that reached another process. */
const RETRY_MS = 10000;

function addValues(record: AddedServer, row: ServerState | undefined): Values {
  const values = new LuaTable<string, unknown>();
  values.set("backend", record.backend);
  values.set("name", record.name);
  values.set("address", row !== undefined ? tostring(row.srv_addr) : record.address);
  values.set("port", row !== undefined && row.srv_port > 0 ? row.srv_port : record.port);
  if (record.weight !== undefined) values.set("weight", record.weight);
  if (record.maxconn !== undefined) values.set("maxconn", record.maxconn);
  if (record.check === true) values.set("check", true);
  return values;
}

/** The steps of one server's restore: add it, then what it held (or just its check on, without a saved line). */
function steps(record: AddedServer, row: ServerState | undefined): LuaMultiReturn<[steps: [Operation, string][]] | [steps: undefined, problem: string]> {
  const list: [Operation, Values][] = [[addServer, addValues(record, row)]];
  const server = (entries: Record<string, unknown>) => serverValues(record.backend, record.name, entries);
  const checked = record.check === true && (row === undefined || (row.srv_check_state & CHECK_ENABLED) !== 0);
  if (checked) list[list.length] = [setHealthCheck, server({ health_check: "enabled" })];
  if (row !== undefined) {
    list[list.length] = [setWeight, server({ weight: row.srv_uweight })];
    list[list.length] = [setState, server({ admin_state: row.admin_state })];
  }
  const built: [Operation, string][] = [];
  for (const [op, values] of list) {
    const [command, err] = commandOf(op, values);
    if (command === undefined) return $multi(undefined, err.message);
    built[built.length] = [op, command];
  }
  return $multi(built);
}

function restoreOne(client: ClientFields, ownPid: string, record: AddedServer, row: ServerState | undefined): void {
  const where = `haproxy-api: restoring ${record.backend}/${record.name}`;
  if (core.backends.get(record.backend) === undefined) {
    core.log(core.warning, `${where}: backend ${record.backend} is gone; dropped from the record`);
    forget(record.backend, record.name);
    return;
  }
  if (localServer(record.backend, record.name) !== undefined) {
    core.log(core.info, `${where}: the configuration defines it now; dropped from the record`);
    forget(record.backend, record.name);
    return;
  }
  const [built, problem] = steps(record, row);
  if (built === undefined) {
    core.log(core.warning, `${where}: the record is refused (${problem}); dropped from the record`);
    forget(record.backend, record.name);
    return;
  }
  noteAddedServer(record.backend);
  const commands = ["show info"];
  for (const [, command] of built) commands[commands.length] = command;
  const deadline = nowMs() + RETRY_MS;
  for (;;) {
    const [answers, err] = executeEach(client, commands);
    if (answers === undefined) {
      core.log(core.warning, `${where}: ${err.message}`);
      return;
    }
    if (string.match(answers[0], "Pid: (%d+)")[0] === ownPid) {
      for (let index = 0; index < built.length; index++) {
        const [op, command] = built[index];
        const [done, refused] = judge(op, command, answers[index + 1]);
        if (done === undefined) core.log(core.warning, `${where}: ${command}: ${refused.message}`);
      }
      if (row === undefined) core.log(core.warning, `${where}: no saved state, so it stays in maintenance`);
      return;
    }
    if (nowMs() >= deadline) {
      core.log(core.warning, `${where}: the stats socket kept answering for another process`);
      return;
    }
    core.msleep(50);
  }
}

/** Adds the recorded servers again; `rows` are the saved state lines, by "backend/server". */
export function restoreAdded(client: ClientFields, ownPid: string, rows: LuaTable<string, ServerState>): void {
  for (const record of [...addedServers()]) restoreOne(client, ownPid, record, rows.get(`${record.backend}/${record.name}`));
}
