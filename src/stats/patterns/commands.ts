/**
 * Builders of the map and ACL commands. A map or ACL is named by "#<id>" or
 * by the file "show map" / "show acl" prints; entries by their key (value
 * for ACLs) or by the id of one, "#0x..." as the listing prints it, said
 * explicitly (EntryTarget). Every free-text word is escaped (words.ts), so
 * no key or value can end the command or start a payload.
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
 * Which entries a command names: every entry of a key (a map's key, an
 * ACL's value), or the one entry of an id ("#0x..." as listed). Never
 * guessed from the text: a key is a key whatever it looks like.
 */
export type EntryTarget = { key: unknown; id?: undefined } | { id: unknown; key?: undefined };

/** The library's lua-haproxy-style argument: an entry id when it reads as one ("#0x..."), else a key. */
export function targetOf(keyOrId: unknown): EntryTarget {
  return isEntryId(keyOrId) ? { id: keyOrId } : { key: keyOrId };
}

/** What a target is called in a message: its key, or "entry #0x...". */
export function targetName(target: EntryTarget): unknown {
  return target.id !== undefined ? target.id : target.key;
}

/**
 * The word naming a target's entries. HAProxy's CLI reads any word that
 * starts with "#0x" as an entry id, whatever escapes it carries, so a key
 * that starts so cannot be named by key: it is refused, pointing at its id.
 */
function entryWord(what: string, target: EntryTarget): Built {
  if (target.id !== undefined) {
    if (!isEntryId(target.id)) return invalid("entry id", `${quoted(target.id)} is not an entry id as listed ("#0x" and hex digits)`);
    return $multi(target.id as string);
  }
  const key = target.key;
  if (type(key) === "string" && string.sub(key as string, 1, 3) === "#0x") {
    return invalid(`${what} ${quoted(key)}`, `HAProxy's CLI reads a key starting with "#0x" as an entry id: name this entry by its id`);
  }
  return textWord(what, key);
}

/**
 * Why `text` cannot be a new entry's key (map) or value (ACL), or
 * undefined: one rule for a single add and a whole replace. It may not
 * start with "#": HAProxy's CLI reads "#0x..." as an entry id (the entry
 * could never be named by key), and a map or ACL file reads "#" as a
 * comment (the entry would be lost at the next reload).
 */
export function newEntryProblem(text: unknown): string | undefined {
  if (type(text) === "string" && isReference(text as string)) {
    return `can't start with "#": HAProxy's CLI reads "#0x..." as an entry id, and a map or ACL file reads "#" as a comment`;
  }
  return undefined;
}

/** Free text as one escaped word, or the refusal naming `what`. */
function textWord(what: string, text: unknown): Built {
  const [escaped, problem] = word(text);
  if (escaped === undefined) return invalid(type(text) === "string" ? `${what} ${quoted(text)}` : what, problem);
  return $multi(escaped);
}

/** A new map key: free text without blanks ("show map" separates key and value with a space), not starting with "#". */
function mapKey(key: unknown): Built {
  if (type(key) === "string" && hasBlank(key as string)) return invalid(`key ${quoted(key)}`, "map keys can't hold spaces or tabs");
  const problem = newEntryProblem(key);
  if (problem !== undefined) return invalid(`key ${quoted(key)}`, problem);
  return textWord("key", key);
}

/** A new ACL value: free text not starting with "#". */
function aclValue(value: unknown): Built {
  const problem = newEntryProblem(value);
  if (problem !== undefined) return invalid(`value ${quoted(value)}`, problem);
  return textWord("value", value);
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

/** "add map <ref> <key> <value>". */
export function addMapEntry(ref: unknown, key: unknown, value: unknown): Built {
  return join("add map", [patternRef("map", ref), mapKey(key), textWord("value", value)]);
}

/** "set map <ref> <key>|#<id> <value>": every entry of that key, or the one entry. */
export function setMapEntry(ref: unknown, target: EntryTarget, value: unknown): Built {
  return join("set map", [patternRef("map", ref), entryWord("key", target), textWord("value", value)]);
}

export function addAclEntry(ref: unknown, value: unknown): Built {
  return join("add acl", [patternRef("acl", ref), aclValue(value)]);
}

/** "del map|acl <ref> <key>|#<id>": every entry of that key, or the one entry. */
export function delEntry(kind: PatternKind, ref: unknown, target: EntryTarget): Built {
  return join(`del ${kind}`, [patternRef(kind, ref), entryWord(kind === "map" ? "key" : "value", target)]);
}

export function clearEntries(kind: PatternKind, ref: unknown): Built {
  return join(`clear ${kind}`, [patternRef(kind, ref)]);
}
