/**
 * Maps and ACLs: listing them, reading and looking up their entries, and
 * changing them. Reads return `value` or `nil, err`; writes `true` or
 * `nil, err`. HAProxy's refusal of a key or value it cannot hold (an ACL
 * of IPs given text) is a "rejected" error: the caller's to fix.
 */
import { execute, openDump, type ClientFields } from "../core/client";
import * as commands from "./commands";
import { targetName, type EntryTarget, type PatternKind } from "./commands";
import { answerError, statsError, writeError, type StatsError } from "../core/errors";
import { parse_acl_entries, parse_lookup, parse_map_entries, parse_pattern_list, type Lookup, type PatternEntry, type PatternList } from "./parsers";
import { read } from "../process/reads";
import { quoted } from "../core/words";

type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;
type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;
type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

/** "Unknown map identifier" and "Key not found" restated with what was asked for. */
function named(kind: PatternKind, ref: unknown, err: StatsError, target?: EntryTarget): StatsError {
  if (err.kind !== "not_found" || err.haproxy === undefined) return err;
  if (string.find(err.haproxy, "^Unknown ")[0] !== undefined) {
    return statsError("not_found", `no such ${kind}: ${quoted(ref)}`, err.command, err.haproxy);
  }
  if (target === undefined) return err;
  return statsError("not_found", noEntry(kind, ref, target), err.command, err.haproxy);
}

function noEntry(kind: PatternKind, ref: unknown, target: EntryTarget): string {
  return `no entry ${target.id !== undefined ? "with id " : ""}${quoted(targetName(target))} in ${kind} ${quoted(ref)}`;
}

/** Every map (kind "map") or ACL (kind "acl"): id, file, description, entry_count. */
export function list(client: ClientFields, kind: PatternKind): Result<PatternList[]> {
  const [answer, err] = read(client, commands.showPatterns(kind));
  if (answer === undefined) return $multi(undefined, err);
  return $multi(parse_pattern_list(answer));
}

/** The entries of one map or ACL, in HAProxy's order: the whole dump, within the client's timeout. */
export function entries(client: ClientFields, kind: PatternKind, ref: unknown): Result<PatternEntry[]> {
  const [groups, err] = entryGroups(client, kind, ref, true);
  if (groups === undefined) return $multi(undefined, err);
  const all: PatternEntry[] = [];
  for (;;) {
    const [group, failed] = groups.next();
    if (group === undefined) {
      if (failed !== undefined) return $multi(undefined, failed);
      return $multi(all);
    }
    for (const entry of group) all[all.length] = entry;
  }
}

/** The entries of a map or ACL a group at a time, as the dump arrives. */
export interface EntryGroups {
  /** The next group; undefined at the end, or on an error with it. */
  next: (this: void) => LuaMultiReturn<[entries: PatternEntry[]] | [entries: undefined, err?: StatsError]>;
  /** Ends the read early: its stats socket connection is given back. */
  close: (this: void) => void;
}

/**
 * The entries of one map or ACL as the dump arrives (core/client.ts
 * openDump): each group holds the whole lines of one piece, so no step
 * covers the whole map and nothing holds all of it. An unknown map is
 * not_found before any entry. With `whole`, the dump must end within the
 * client's timeout, as a read kept in memory should.
 */
export function entryGroups(client: ClientFields, kind: PatternKind, ref: unknown, whole = false): Result<EntryGroups> {
  const [command, invalid] = commands.showEntries(kind, ref);
  if (command === undefined) return $multi(undefined, invalid);
  const [reader, err] = openDump(client, command, whole);
  if (reader === undefined) return $multi(undefined, err);
  const [first, failed] = reader.next();
  if (first === undefined) return $multi(undefined, failed);
  // HAProxy's refusals are one short line: the first piece is all of one.
  const refused = answerError(command, first);
  if (refused !== undefined) {
    reader.close();
    return $multi(undefined, named(kind, ref, refused));
  }
  const parse = kind === "map" ? parse_map_entries : parse_acl_entries;
  let pending: string | undefined = first;
  let carry = "";
  const next = (): LuaMultiReturn<[entries: PatternEntry[]] | [entries: undefined, err?: StatsError]> => {
    let piece = pending;
    pending = undefined;
    if (piece === undefined) {
      const [next, readErr] = reader.next();
      if (next === undefined) return $multi(undefined, readErr);
      piece = next;
    }
    if (piece === "") {
      const rest = carry;
      carry = "";
      if (rest === "") return $multi(undefined);
      return $multi(parse(rest));
    }
    // Whole lines only: the last one may go on in the next piece.
    const text = carry + piece;
    const [lastNewline] = string.find(text, "\n[^\n]*$");
    if (lastNewline === undefined) {
      carry = text;
      return $multi([]);
    }
    carry = string.sub(text, lastNewline + 1);
    return $multi(parse(string.sub(text, 1, lastNewline)));
  };
  return $multi({ next, close: reader.close });
}

/** What names an entry besides its id: its key (map) or its value (ACL). */
function textOf(kind: PatternKind, found: PatternEntry): string | undefined {
  return kind === "map" ? found.key : found.value;
}

/**
 * The entry of the target: the one whose key (map) or value (ACL) is
 * exactly the key (with several, the first: the one HAProxy matches), or
 * the one of the id.
 */
export function entry(client: ClientFields, kind: PatternKind, ref: unknown, target: EntryTarget): Result<PatternEntry> {
  const [all, err] = entries(client, kind, ref);
  if (all === undefined) return $multi(undefined, err);
  for (const found of all) {
    if (target.id !== undefined ? found.id === target.id : textOf(kind, found) === target.key) return $multi(found);
  }
  return $multi(undefined, statsError("not_found", noEntry(kind, ref, target)));
}

/**
 * The last entry whose key (map) or value (ACL) is `text`, taken literally
 * (an added key may look like an id): the one "add" just appended.
 */
export function last(client: ClientFields, kind: PatternKind, ref: unknown, text: unknown): Result<PatternEntry> {
  const [all, err] = entries(client, kind, ref);
  if (all === undefined) return $multi(undefined, err);
  for (let index = all.length - 1; index >= 0; index--) {
    if (textOf(kind, all[index]) === text) return $multi(all[index]);
  }
  return $multi(undefined, statsError("not_found", noEntry(kind, ref, { key: text })));
}

/** What HAProxy's match methods make of `input` ("get map|acl"): one result per method. */
export function lookup(client: ClientFields, kind: PatternKind, ref: unknown, input: unknown): Result<Lookup[]> {
  const [command, invalid] = commands.lookup(kind, ref, input);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = read(client, command);
  if (answer === undefined) return $multi(undefined, named(kind, ref, err));
  return $multi(parse_lookup(answer));
}

/** Runs a write: HAProxy answers nothing when it worked; any other refusal of a value is the caller's. */
function write(client: ClientFields, kind: PatternKind, ref: unknown, built: Built, target?: EntryTarget): Done {
  const [command, invalid] = built;
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = writeError(command, answer);
  if (refused === undefined) return $multi(true);
  if (refused.kind === "refused") return $multi(undefined, statsError("rejected", refused.message, command, refused.haproxy));
  return $multi(undefined, named(kind, ref, refused, target));
}

export const addMapEntry = (client: ClientFields, ref: unknown, key: unknown, value: unknown): Done =>
  write(client, "map", ref, commands.addMapEntry(ref, key, value));

/** Sets the value of every entry of the target's key, or of the one entry of its id. */
export const setMapEntry = (client: ClientFields, ref: unknown, target: EntryTarget, value: unknown): Done =>
  write(client, "map", ref, commands.setMapEntry(ref, target, value), target);

export const addAclEntry = (client: ClientFields, ref: unknown, value: unknown): Done =>
  write(client, "acl", ref, commands.addAclEntry(ref, value));

/** Deletes every entry of the target's key (map) or value (ACL), or the one entry of its id. */
export const delEntry = (client: ClientFields, kind: PatternKind, ref: unknown, target: EntryTarget): Done =>
  write(client, kind, ref, commands.delEntry(kind, ref, target), target);

/** Removes every entry (of a map's file, the ACLs sharing it lose them too). */
export const clearEntries = (client: ClientFields, kind: PatternKind, ref: unknown): Done =>
  write(client, kind, ref, commands.clearEntries(kind, ref));
