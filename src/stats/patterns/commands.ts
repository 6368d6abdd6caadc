/**
 * Builders of the map and ACL commands. A map or ACL is named by "#<id>" or
 * by the file "show map" / "show acl" prints; an entry by its key (value for
 * ACLs) or by its id, "#0x..." as the listing prints it. Every free-text
 * word is escaped (words.ts), so no key or value can end the command.
 */
import { statsError, type StatsError } from "../core/errors";
import { hasBlank, isReference, quoted, word } from "../core/words";

/** "map" or "acl": the two kinds share HAProxy's pattern references and most commands. */
export type PatternKind = "map" | "acl";

type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

function invalid(what: string, problem: string): Built {
  return $multi(undefined, statsError("invalid", `${what}: ${problem}`));
}

/** A map or ACL reference as one word: "#<id>" as is, a file escaped. */
export function patternRef(kind: PatternKind, ref: unknown): Built {
  if (type(ref) === "string" && isReference(ref as string)) {
    if (string.find(ref as string, "^#%d+$")[0] === undefined || (ref as string).length > 10) {
      return invalid(kind, `${quoted(ref)} is not "#<id>" (digits) nor a file`);
    }
    return $multi(ref as string);
  }
  return textWord(kind, ref);
}

/** True for an entry id as the listing prints it, prefixed with "#": "#0x55d0c3a1b2c0". */
export function isEntryId(text: unknown): boolean {
  return type(text) === "string" && string.find(text as string, "^#0x%x+$")[0] !== undefined && (text as string).length <= 19;
}

/**
 * The word naming entries: an entry id ("#0x...") as is, otherwise a key.
 * Any other key starting with "#" is refused: HAProxy would read it as an id.
 */
function entryWord(what: string, keyOrId: unknown): Built {
  if (isEntryId(keyOrId)) return $multi(keyOrId as string);
  if (type(keyOrId) === "string" && isReference(keyOrId as string)) {
    return invalid(what, `${quoted(keyOrId)} starts with "#", which HAProxy reads as an entry id ("#0x..." as listed); name such an entry by its id`);
  }
  return textWord(what, keyOrId);
}

/** Free text as one escaped word, or the refusal naming `what`. */
function textWord(what: string, text: unknown): Built {
  const [escaped, problem] = word(text);
  if (escaped === undefined) return invalid(type(text) === "string" ? `${what} ${quoted(text)}` : what, problem);
  return $multi(escaped);
}

/** A map key: free text without blanks ("show map" separates key and value with a space). */
function mapKey(key: unknown): Built {
  if (type(key) === "string" && hasBlank(key as string)) return invalid(`key ${quoted(key)}`, "map keys can't hold spaces or tabs");
  return textWord("key", key);
}

/** Joins the words of a command, or passes on the first refusal. */
function join(head: string, parts: Built[]): Built {
  const words = [head];
  for (const [text, err] of parts) {
    if (text === undefined) return $multi(undefined, err);
    words[words.length] = text;
  }
  return $multi(table.concat(words, " "));
}

/** "show map" / "show acl": every map or ACL with its id, file and entry count. */
export function showPatterns(kind: PatternKind): string {
  return `show ${kind}`;
}

/** "show map <ref>": the entries of one map or ACL. */
export function showEntries(kind: PatternKind, ref: unknown): Built {
  return join(`show ${kind}`, [patternRef(kind, ref)]);
}

/** "get map <ref> <input>": which entry HAProxy's match method picks for `input`. */
export function lookup(kind: PatternKind, ref: unknown, input: unknown): Built {
  return join(`get ${kind}`, [patternRef(kind, ref), textWord("input", input)]);
}

/** "add map <ref> <key> <value>". A key starting with "#" is taken as is here; later commands reach it by entry id. */
export function addMapEntry(ref: unknown, key: unknown, value: unknown): Built {
  return join("add map", [patternRef("map", ref), mapKey(key), textWord("value", value)]);
}

/** "set map <ref> <key>|#<id> <value>": every entry of that key, or the one entry. */
export function setMapEntry(ref: unknown, keyOrId: unknown, value: unknown): Built {
  return join("set map", [patternRef("map", ref), entryWord("key", keyOrId), textWord("value", value)]);
}

export function addAclEntry(ref: unknown, value: unknown): Built {
  return join("add acl", [patternRef("acl", ref), textWord("value", value)]);
}

/** "del map|acl <ref> <key>|#<id>": every entry of that key, or the one entry. */
export function delEntry(kind: PatternKind, ref: unknown, keyOrId: unknown): Built {
  return join(`del ${kind}`, [patternRef(kind, ref), entryWord(kind === "map" ? "key" : "value", keyOrId)]);
}

export function clearEntries(kind: PatternKind, ref: unknown): Built {
  return join(`clear ${kind}`, [patternRef(kind, ref)]);
}
