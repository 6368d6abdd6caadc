/**
 * The kinds of argument a runtime operation takes (operation.ts): how a
 * value is checked, how it travels (as a word of a command line, and to
 * HAProxy's Lua classes, which parse the same text), and its JSON Schema,
 * from which the HTTP API's body checks and its OpenAPI document follow.
 */
import { nameProblem } from "./names";
import type { Checked } from "./result";

/** A JSON Schema (2020-12), as OpenAPI 3.1 takes it. */
export type Schema = Record<string, unknown>;

export interface Kind {
  /** The value as it travels, or undefined and why it is refused (a phrase: "must be ..."). */
  check: (this: void, value: unknown) => Checked;
  schema: Schema;
}

function refuse(problem: string): Checked {
  return $multi(undefined, problem);
}

/** A proxy or server name: HAProxy's legal characters only. */
export const name: Kind = {
  check: (value) => {
    const problem = nameProblem(value);
    if (problem !== undefined) return refuse(`must be a name of letters, digits, '.', '-', '_' and ':' (${problem})`);
    return $multi(value as string);
  },
  schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,255}$" },
};

/** An integer from `min` to `max`, formatted with %d: HAProxy refuses "7.0", which is how Lua prints 7.0. */
export function integer(min: number, max: number, description?: string): Kind {
  return {
    check: (value) => {
      const whole = type(value) === "number" ? math.tointeger(value as number) : undefined;
      if (whole === undefined || whole < min || whole > max) return refuse(`must be an integer from ${min} to ${max}`);
      return $multi(string.format("%d", whole));
    },
    schema: { type: "integer", minimum: min, maximum: max, description },
  };
}

/** One of `words`, as is. */
export function oneOf(words: string[], description?: string): Kind {
  const allowed = new LuaTable<string, boolean>();
  for (const each of words) allowed.set(each, true);
  const listed = `"${table.concat(words, '", "')}"`;
  return {
    check: (value) => {
      if (type(value) === "string" && allowed.has(value as string)) return $multi(value as string);
      return refuse(`must be one of ${listed}`);
    },
    schema: { enum: words, description },
  };
}

/** true or false, as "1" or "0". */
export const flag: Kind = {
  check: (value) => {
    if (type(value) !== "boolean") return refuse("must be true or false");
    return $multi(value === true ? "1" : "0");
  },
  schema: { type: "boolean" },
};

/** An IPv4 address, each byte 0-255. */
function isIPv4(text: string): boolean {
  const [a, b, c, d] = string.match(text, "^(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$");
  if (a === undefined) return false;
  for (const part of [a, b, c, d]) if ((tonumber(part) as number) > 255) return false;
  return true;
}

/** Roughly IPv6 (hex groups and colons, an IPv4 tail allowed); HAProxy checks the rest. */
export function isIPv6(text: string): boolean {
  return text.length <= 45 && string.find(text, ":")[0] !== undefined && string.find(text, "^[%x:%.]+$")[0] !== undefined;
}

/** An IP address: HAProxy 2.6 takes no host name at runtime ("set server addr", "add server" resolve none). */
export const ip: Kind = {
  check: (value) => {
    if (type(value) === "string" && (isIPv4(value as string) || isIPv6(value as string))) return $multi(value as string);
    return refuse("must be an IPv4 or IPv6 address");
  },
  schema: { type: "string", description: "An IPv4 or IPv6 address (no host name)" },
};

/** A TCP port. Checked here, because HAProxy takes 99999 and silently wraps it. */
export const port = integer(1, 65535);

/** A weight: an integer 0-256, or "N%" of the initial weight. */
/** A weight as a number: made once, not on each of the three checks a PATCH makes. */
const WEIGHT_NUMBER = integer(0, 256);

export const weight: Kind = {
  check: (value) => {
    if (type(value) === "number") return WEIGHT_NUMBER.check(value);
    if (type(value) === "string") {
      const [digits] = string.match(value as string, "^(%d%d?%d?)%%$");
      const percent = digits !== undefined ? (tonumber(digits) as number) : undefined;
      if (percent !== undefined && percent <= 100) return $multi(string.format("%d%%", percent));
    }
    return refuse('must be an integer from 0 to 256 or a percentage from "0%" to "100%"');
  },
  schema: { oneOf: [{ type: "integer", minimum: 0, maximum: 256 }, { type: "string", pattern: "^[0-9]{1,3}%$" }] },
};

/** A whole number of seconds (or a fraction), above 0 and at most `max`, as milliseconds. */
export function seconds(max: number): Kind {
  return {
    check: (value) => {
      if (type(value) !== "number" || (value as number) <= 0 || (value as number) > max || value !== value) return refuse(`must be a number of seconds above 0 and at most ${max}`);
      return $multi(string.format("%d", math.ceil((value as number) * 1000)));
    },
    schema: { type: "number", exclusiveMinimum: 0, maximum: max },
  };
}
