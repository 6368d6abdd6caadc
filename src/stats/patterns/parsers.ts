/**
 * Parsers of the map and ACL answers: "show map" / "show acl" (the list),
 * "show map <ref>" / "show acl <ref>" (the entries) and "get map|acl" (a
 * lookup). Each returns plain tables ordered for JSON (parsers.ts).
 */
import { ordered, value } from "../core/fields";

/** A map or ACL as "show map" / "show acl" lists it. */
export interface PatternList {
  id: number;
  /** The file it was loaded from; absent for an ACL written inline in the configuration. */
  file?: string;
  description: string;
  entry_count: number;
}

/** An entry: its id as a reference ("#0x..."), its key (maps) and value. */
export interface PatternEntry {
  id: string;
  key?: string;
  value: string;
}

const LIST_ORDER = ordered(["id", "file", "description", "entry_count"]);
const MAP_ENTRY_ORDER = ordered(["id", "key", "value"]);
const ACL_ENTRY_ORDER = ordered(["id", "value"]);

/** Parses "show map" or "show acl": "<id> (<file>) <description> curr_ver=.. next_ver=.. entry_cnt=<n>" lines. */
export function parse_pattern_list(text: string): PatternList[] {
  const list: PatternList[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    const [id, file, description, count] = string.match(line, "^(%d+) %((.-)%) (.-) curr_ver=%d+ next_ver=%d+ entry_cnt=(%d+)");
    if (id !== undefined) {
      list[list.length] = setmetatable(
        { id: value(id) as number, file: file === "" ? undefined : file, description: description as string, entry_count: value(count as string) as number },
        LIST_ORDER,
      );
    }
  }
  return list;
}

/**
 * Parses "show map <ref>": "0x<ptr> <key> <value>" lines. A map key holds no
 * blank (map files split on the first one), so the value is the rest.
 */
export function parse_map_entries(text: string): PatternEntry[] {
  const entries: PatternEntry[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    const [id, key, rest] = string.match(line, "^(0x%x+) (%S+) ?(.*)$");
    if (id !== undefined) entries[entries.length] = setmetatable({ id: `#${id}`, key, value: rest as string }, MAP_ENTRY_ORDER);
  }
  return entries;
}

/** Parses "show acl <ref>": "0x<ptr> <pattern>" lines; a pattern may hold blanks. */
export function parse_acl_entries(text: string): PatternEntry[] {
  const entries: PatternEntry[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    const [id, pattern] = string.match(line, "^(0x%x+) (.*)$");
    if (id !== undefined) entries[entries.length] = setmetatable({ id: `#${id}`, value: pattern as string }, ACL_ENTRY_ORDER);
  }
  return entries;
}

/** One line of "get map|acl": how one match method of the map or ACL judged the input. */
export interface Lookup {
  /** The match method: "str", "beg", "ip", "reg"... */
  method: string;
  found: boolean;
  case_sensitive: boolean;
  /** The matching entry's key (map) or pattern (ACL), when found. */
  key?: string;
  value?: string;
}

const LOOKUP_ORDER = ordered(["method", "found", "case_sensitive", "key", "value"]);

/**
 * Parses "get map|acl <ref> <input>": per match method, "type=beg, case=sensitive,
 * found=yes, idx=tree, key="k", value="v", type="str"" (ACLs say match= and pattern=).
 */
export function parse_lookup(text: string): Lookup[] {
  const results: Lookup[] = [];
  for (const [line] of string.gmatch(text, "[^\n]+")) {
    const [method] = string.match(line, "^type=([%w_]+),");
    if (method !== undefined) {
      const [found] = string.match(line, ", found=(%a+)");
      const [matched] = string.match(line, ", match=(%a+)");
      const [key] = string.match(line, ', key="(.-)", value="');
      const [mapped] = string.match(line, ', value="(.*)", type="[%w_]*"$');
      const [pattern] = string.match(line, ', pattern="(.*)"$');
      results[results.length] = setmetatable(
        {
          method,
          found: (found ?? matched) === "yes",
          case_sensitive: string.find(line, ", case=sensitive", 1, true)[0] !== undefined,
          key: key ?? pattern,
          value: mapped,
        },
        LOOKUP_ORDER,
      );
    }
  }
  return results;
}
