/**
 * The process's live limits: the global maxconn and the connection, session
 * and SSL-session rate limits ("set maxconn global", "set rate-limit ...
 * global"), each declared once (core/operation.ts); set_process applies
 * several at once, all or nothing, and get_process reads them with what
 * "show info" reports beside them.
 *
 * Measured on 2.6.12: "set maxconn global abc", "-1" and "0" answer nothing
 * and set the limit to the hard one; above Hard_maxconn, and a negative rate
 * limit, answer "Value out of range.". So every value is checked here, the
 * maxconn against Hard_maxconn read first.
 */
import type { ClientFields } from "../core/client";
import { statsError } from "../core/errors";
import { integer } from "../core/kinds";
import { check, givenFields, perform, refusal, type Arg, type Operation } from "../core/operation";
import type { Done, Result } from "../core/result";
import { ordered } from "../core/fields";
import { info } from "./reads";

const INT_MAX = 2147483647;

function limit(method: string, field: string, what: string, command: string, min: number): Operation {
  return {
    method,
    summary: `Sets ${what} ("${command} <n>")`,
    targets: [],
    args: [{ name: field, kind: integer(min, INT_MAX), description: min === 0 ? `${what}; 0: none` : what }],
    command: (words) => `${command} ${words.get(field)}`,
    errors: [["^Value out of range", "rejected"]],
    otherwise: "rejected",
  };
}

export const setGlobalMaxconn = limit("set_global_maxconn", "maxconn", "the process's maxconn (at most Hard_maxconn)", "set maxconn global", 1);
export const setConnectionRateLimit = limit("set_connection_rate_limit", "rate_limit_connections", "the connections accepted per second", "set rate-limit connections global", 0);
export const setSessionRateLimit = limit("set_session_rate_limit", "rate_limit_sessions", "the sessions created per second", "set rate-limit sessions global", 0);
export const setSslSessionRateLimit = limit("set_ssl_session_rate_limit", "rate_limit_ssl_sessions", "the SSL sessions created per second", "set rate-limit ssl-sessions global", 0);

/** Each limit's operation and the "show info" field that reports it. */
const LIMITS: [Operation, string][] = [
  [setGlobalMaxconn, "Maxconn"],
  [setConnectionRateLimit, "ConnRateLimit"],
  [setSessionRateLimit, "SessRateLimit"],
  [setSslSessionRateLimit, "SslRateLimit"],
];

export const LIMIT_OPERATIONS = LIMITS.map(([op]) => op);

/** The fields set_process takes. */
export const PROCESS_FIELDS: Arg[] = LIMITS.map(([op]) => ({ ...op.args[0], optional: true }));

export interface ProcessLimits {
  pid: number;
  stopping: boolean;
  maxconn: number;
  hard_maxconn: number;
  curr_conns: number;
  rate_limit_connections: number;
  conn_rate: number;
  max_conn_rate: number;
  rate_limit_sessions: number;
  sess_rate: number;
  max_sess_rate: number;
  rate_limit_ssl_sessions: number;
  ssl_rate: number;
  max_ssl_rate: number;
}

const LIMITS_ORDER = ordered(["pid", "stopping", "maxconn", "hard_maxconn", "curr_conns", "rate_limit_connections", "conn_rate", "max_conn_rate", "rate_limit_sessions", "sess_rate", "max_sess_rate", "rate_limit_ssl_sessions", "ssl_rate", "max_ssl_rate"]);

/** The limits and what "show info" reports beside them. */
export function processLimits(client: ClientFields): Result<ProcessLimits> {
  const [fields, err] = info(client);
  if (fields === undefined) return $multi(undefined, err);
  const n = (name: string): number => {
    const value = fields.get(name);
    return typeof value === "number" ? value : 0;
  };
  return $multi(setmetatable({
    pid: n("Pid"), stopping: n("Stopping") === 1, maxconn: n("Maxconn"), hard_maxconn: n("Hard_maxconn"), curr_conns: n("CurrConns"),
    rate_limit_connections: n("ConnRateLimit"), conn_rate: n("ConnRate"), max_conn_rate: n("MaxConnRate"),
    rate_limit_sessions: n("SessRateLimit"), sess_rate: n("SessRate"), max_sess_rate: n("MaxSessRate"),
    rate_limit_ssl_sessions: n("SslRateLimit"), ssl_rate: n("SslRate"), max_ssl_rate: n("MaxSslRate"),
  }, LIMITS_ORDER));
}

/**
 * Sets any of maxconn and the three rate limits. Every value is checked
 * before the first command (maxconn against Hard_maxconn); a command refused
 * after others worked puts those back to what "show info" said before.
 */
export function setProcess(client: ClientFields, fields: unknown): Done {
  const [given, refused] = givenFields("set_process", fields, PROCESS_FIELDS, "a limit of the process");
  if (given === undefined) return $multi(undefined, refused);
  for (const [op] of LIMITS) {
    const [words, name, problem] = check(op, given);
    if (words === undefined && given.get(op.args[0].name) !== undefined) return $multi(undefined, refusal([], name, given.get(name), problem));
  }
  const [before, err] = info(client);
  if (before === undefined) return $multi(undefined, err);
  const maxconn = given.get("maxconn");
  const hard = before.get("Hard_maxconn");
  if (maxconn !== undefined && typeof hard === "number" && (maxconn as number) > hard) {
    return $multi(undefined, statsError("invalid", `maxconn ${maxconn as number}: at most Hard_maxconn, ${hard} (the maxconn HAProxy started with)`));
  }
  const applied: [Operation, string][] = [];
  for (const [op, infoField] of LIMITS) {
    const field = op.args[0].name;
    if (given.get(field) === undefined) continue;
    const values = new LuaTable<string, unknown>();
    values.set(field, given.get(field));
    const [done, failed] = perform(client, op, values);
    if (done === undefined) {
      for (const [appliedOp, appliedField] of applied) {
        const back = new LuaTable<string, unknown>();
        back.set(appliedOp.args[0].name, before.get(appliedField));
        perform(client, appliedOp, back);
      }
      const note = applied.length > 0 ? "; nothing changed: the limits set before it were put back" : "";
      return $multi(undefined, statsError(failed.kind, `${failed.message}${note}`, failed.command, failed.haproxy));
    }
    applied[applied.length] = [op, infoField];
  }
  return $multi(true);
}
