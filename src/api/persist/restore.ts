/**
 * At start, the servers the API had added (added.ts) are added again, with
 * the weight, admin state and address the old process last saved in the
 * state file (HAProxy itself skipped those lines: it had no such servers).
 * Runs in the background task before its first save, as soon as traffic
 * flows. A record whose backend is gone is logged and dropped; one the
 * configuration now defines is dropped too.
 */
import type { ClientFields } from "../../stats/core/client";
import { setServers } from "../../stats/servers/changes";
import { add } from "../../stats/servers/lifecycle";
import { localServer } from "../../stats/servers/local";
import type { ServerState } from "../../stats/servers/types";
import { addedServers, forget, type AddedServer } from "./added";

const CHECK_ENABLED = 0x04;

function fieldsOf(record: AddedServer, row: ServerState | undefined): LuaTable<string, unknown> {
  const fields = new LuaTable<string, unknown>();
  fields.set("name", record.name);
  fields.set("address", row !== undefined ? tostring(row.srv_addr) : record.address);
  fields.set("port", row !== undefined && row.srv_port > 0 ? row.srv_port : record.port);
  if (record.weight !== undefined) fields.set("weight", record.weight);
  if (record.maxconn !== undefined) fields.set("maxconn", record.maxconn);
  if (record.check === true) fields.set("check", true);
  return fields;
}

function restoreOne(client: ClientFields, record: AddedServer, row: ServerState | undefined): void {
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
  const [added, err] = add(client, record.backend, fieldsOf(record, row));
  if (added === undefined) {
    core.log(core.warning, `${where}: ${err.message}`);
    return;
  }
  if (row === undefined) {
    core.log(core.warning, `${where}: no saved state, so it stays in maintenance`);
    return;
  }
  const state = new LuaTable<string, unknown>();
  state.set("weight", row.srv_uweight);
  state.set("admin_state", row.admin_state);
  if (record.check === true && (row.srv_check_state & CHECK_ENABLED) === 0) state.set("health_check", "disabled");
  const [done, refused] = setServers(client, record.backend, [{ name: record.name, fields: state }]);
  if (done === undefined) core.log(core.warning, `${where}: its saved state was refused: ${refused.message}`);
}

/** Adds the recorded servers again; `rows` are the saved state lines, by "backend/server". */
export function restoreAdded(client: ClientFields, rows: LuaTable<string, ServerState>): void {
  for (const record of [...addedServers()]) restoreOne(client, record, rows.get(`${record.backend}/${record.name}`));
}
