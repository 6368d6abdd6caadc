/**
 * Parsers of the server answers: "show servers state" and "get weight".
 * Rows keep HAProxy's field order (core/fields.ts).
 */
import { ordered, value } from "../core/fields";
import type { AdminState, OperationalState, ServerState, Weight } from "./types";

// srv_admin_state bits (HAProxy's SRV_ADMF_*): forced, inherited, config,
// resolution and hostname maintenance; forced and inherited drain.
const MAINT_BITS = 0x01 | 0x02 | 0x04 | 0x20 | 0x40;
const DRAIN_BITS = 0x08 | 0x10;

/** Decodes srv_admin_state, a decimal bitmask, into ready, drain or maint. */
export function decode_admin_state(bits: number): AdminState {
  if ((bits & MAINT_BITS) !== 0) return "maint";
  if ((bits & DRAIN_BITS) !== 0) return "drain";
  return "ready";
}

/** Decodes srv_op_state (stopped 0, starting 1, running 2, stopping 3). */
export function decode_operational_state(state: number): OperationalState {
  if (state === 0) return "down";
  if (state === 3) return "stopping";
  return "up";
}

/**
 * Parses "show servers state [<backend>]": a format version line, a header
 * ("# be_id be_name ..."), then one space-separated line per server. Adds
 * `admin_state` and `operational_state` beside the raw fields.
 */
export function parse_servers_state(text: string): ServerState[] {
  const states: ServerState[] = [];
  let header: string[] | undefined;
  let order = ordered([]);
  for (const [line] of string.gmatch(text, "([^\n]*)\n?")) {
    if (string.sub(line, 1, 1) === "#") {
      header = [];
      // The decoded states first: they are what a reader looks for.
      const fields = ["admin_state", "operational_state"];
      for (const [name] of string.gmatch(string.sub(line, 2), "%S+")) {
        header[header.length] = name;
        fields[fields.length] = name;
      }
      order = ordered(fields);
    } else if (header !== undefined && line !== "") {
      const state: LuaTable<string, string | number> = setmetatable(new LuaTable<string, string | number>(), order);
      let index = 0;
      for (const [field] of string.gmatch(line, "%S+")) {
        const name = header[index];
        if (name !== undefined) state.set(name, value(field));
        index++;
      }
      const admin = state.get("srv_admin_state");
      const operational = state.get("srv_op_state");
      if (type(admin) === "number") state.set("admin_state", decode_admin_state(admin as number));
      if (type(operational) === "number") state.set("operational_state", decode_operational_state(operational as number));
      states[states.length] = state as unknown as ServerState;
    }
  }
  return states;
}

const WEIGHT_ORDER = ordered(["current", "initial"]);

/** A weight as "get weight" gives it, fields in that order. */
export function weightOf(current: number, initial: number): Weight {
  return setmetatable({ current, initial }, WEIGHT_ORDER);
}

/** Parses "get weight" ("10 (initial 10)"). */
export function parse_weight(text: string): Weight | undefined {
  const [current, initial] = string.match(text, "^(%d+) %(initial (%d+)%)");
  if (current === undefined) return undefined;
  return weightOf(value(current) as number, value(initial as string) as number);
}
