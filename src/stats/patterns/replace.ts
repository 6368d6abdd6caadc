/**
 * Replacing every entry of a map or ACL at once, atomically: "prepare map"
 * makes a new, empty version; the entries go into it as the CLI's
 * multi-line payloads ("add map @<v> <ref> <<", a "key value" line each, an
 * empty line), in batches that fit one buffer; "commit map @<v>" swaps the
 * whole map in one step. Traffic sees the old entries until the commit and
 * the new ones after, never a mix. On any refusal, or when the caller gives
 * up, the version's entries are dropped ("clear map @<v>") and nothing was
 * committed.
 *
 * Measured on 2.6.12: a payload line is the key (its first word) and the
 * rest of the line as the value, taken as is (no escapes: a backslash stays
 * a backslash); a line HAProxy refuses ("Missing value for key '/d'.") ends
 * the payload, the lines before it staying in the version. "add acl" takes
 * no payload on 2.6.12 ("'add acl' expects two parameters"), so an ACL's
 * patterns go one "add acl @<v> <ref> <pattern>" each, escaped, a batch of
 * them on one connection.
 */
import { execute, executeEach, type ClientFields } from "../core/client";
import { callIt, hold, letGo } from "../core/held";
import { answerError, statsError, type StatsError } from "../core/errors";
import type { Done, Result } from "../core/result";
import { hasBlank, quoted, textProblem, word as escapedWord } from "../core/words";
import { newEntryProblem, patternRef, type PatternKind } from "./commands";

/**
 * Bytes of lines per payload, at most: HAProxy's CLI gathers a command and
 * its whole payload in one buffer (tune.bufsize, 16 KiB by default), so a
 * batch is sent before a line would take it past this. A measured failure
 * of the earlier rule (send once past 12 KiB): two 8 KiB lines went in one
 * 16 KiB payload, and HAProxy closed the connection.
 */
export const BATCH_BYTES = 12 * 1024;
/** The longest key or value: a line (key, space, value) always fits in a batch. */
export const MAX_TEXT = 4096;
/** The least time a refused replace's clear is given (see abort). */
const ABORT_TIMEOUT_SECONDS = 30;

export interface Replacement {
  /** The version being filled, as HAProxy numbered it. */
  version: string;
  /** Adds one entry (checked first; `value` is the ACL's pattern); number it for errors. */
  add: (this: void, key: unknown, value: unknown) => Done;
  /** Sends what is left and swaps the map to the new version; on a refusal, the version is dropped. */
  commit: (this: void) => Result<number>;
  /** Drops the version: nothing is committed. */
  abort: (this: void) => void;
}

/**
 * The reason `text` can't be part of a payload line (a key, or a value or
 * an ACL pattern when `spaces`), or undefined. Payload lines take no
 * escapes, so besides what no text may hold (core/words.ts) a key may hold
 * no blank, and nothing may start or end with one (HAProxy drops them).
 */
function lineProblem(text: unknown, spaces: boolean): string | undefined {
  const problem = textProblem(text, MAX_TEXT);
  if (problem !== undefined) return problem;
  const line = text as string;
  if (!spaces && hasBlank(line)) return "map keys can't hold spaces or tabs";
  if (string.find(line, "^[ \t]")[0] !== undefined || string.find(line, "[ \t]$")[0] !== undefined) return "can't start or end with a blank (HAProxy would drop it)";
  return undefined;
}

/** Opens a replacement of `ref`'s entries: a new version of it, empty. */
export function replaceEntries(client: ClientFields, kind: PatternKind, ref: unknown): Result<Replacement> {
  const [word, invalid] = patternRef(kind, ref);
  if (word === undefined) return $multi(undefined, invalid);
  const prepare = `prepare ${kind} ${word}`;
  const [answer, err] = execute(client, prepare);
  if (answer === undefined) return $multi(undefined, err);
  const [version] = string.match(answer, "^New version created: (%d+)");
  if (version === undefined) {
    const refused = answerError(prepare, answer);
    if (refused !== undefined && refused.kind === "not_found") return $multi(undefined, statsError("not_found", `no such ${kind}: ${quoted(ref)}`, prepare, refused.haproxy));
    const [text] = string.match(answer, "^%s*(.-)%s*$");
    return $multi(undefined, refused ?? statsError("refused", text, prepare, text));
  }
  let lines: string[] = [];
  let bytes = 0;
  let count = 0;
  let first = 1;
  let failed: StatsError | undefined;
  const target = `@${version} ${word}`;

  const flush = (): Done => {
    if (lines.length === 0) return $multi(true);
    const command = `add ${kind} ${target} <<\n${table.concat(lines, "\n")}\n`;
    const head = `add ${kind} ${target} <<`;
    const range = first === count ? `entry ${count}` : `entries ${first} to ${count}`;
    const batch = lines;
    lines = [];
    bytes = 0;
    first = count + 1;
    if (kind === "acl") return flushAcl(batch, range);
    const [said, sendErr] = execute(client, command);
    if (said === undefined) return $multi(undefined, statsError(sendErr.kind, `${range}: ${sendErr.message}`, head));
    const [text] = string.match(said, "^%s*(.-)%s*$");
    if (text !== "") return $multi(undefined, statsError("rejected", `${range}: ${text}`, head, text));
    return $multi(true);
  };
  /** An ACL's batch: one command a pattern, on one connection; the first refusal names its entry. */
  const flushAcl = (batch: string[], range: string): Done => {
    const commands: string[] = [];
    for (const pattern of batch) commands[commands.length] = `add acl ${target} ${escapedWord(pattern)[0] as string}`;
    const [answers, sendErr] = executeEach(client, commands);
    if (answers === undefined) return $multi(undefined, statsError(sendErr.kind, `${range}: ${sendErr.message}`, `add acl ${target}`));
    for (const [index, said] of answers.entries()) {
      const [text] = string.match(said, "^%s*(.-)%s*$");
      if (text !== "") return $multi(undefined, statsError("rejected", `entry ${count - batch.length + index + 1}: ${text}`, `add acl ${target}`, text));
    }
    return $multi(true);
  };
  const abort = (): void => {
    letGo(abort);
    // Waited for to its end: HAProxy clears a big version a batch at a time, and its answer comes after the
    // last one; closed at the client's timeout, the clear may stop there (once on 2.6.12 at a load of 13 on 2
    // cores, 2,752 entries of a refused replace were still counted after its 400: the likely way).
    execute({ address: client.address, port: client.port, timeout: math.max(client.timeout, ABORT_TIMEOUT_SECONDS) }, `clear ${kind} ${target}`);
  };
  // The new version is dropped on every path but its commit: at the request boundary if nothing else (core/held.ts).
  hold(abort, callIt);
  const add = (key: unknown, value: unknown): Done => {
    if (failed !== undefined) return $multi(undefined, failed);
    const number = count + 1;
    let line: string;
    if (kind === "map") {
      const keyProblem = lineProblem(key, false) ?? newEntryProblem(key);
      if (keyProblem !== undefined) return $multi(undefined, statsError("invalid", `entry ${number}: key ${quoted(key)}: ${keyProblem}`));
      const valueProblem = lineProblem(value, true);
      if (valueProblem !== undefined) return $multi(undefined, statsError("invalid", `entry ${number}: value ${quoted(value)}: ${valueProblem}`));
      line = `${key as string} ${value as string}`;
    } else {
      const problem = lineProblem(value, true) ?? newEntryProblem(value);
      if (problem !== undefined) return $multi(undefined, statsError("invalid", `entry ${number}: value ${quoted(value)}: ${problem}`));
      line = value as string;
    }
    // The batch goes before this line would take it past BATCH_BYTES.
    if (bytes + line.length + 1 > BATCH_BYTES) {
      const [sent, err] = flush();
      if (sent === undefined) {
        failed = err;
        return $multi(undefined, err);
      }
    }
    count = number;
    lines[lines.length] = line;
    bytes += line.length + 1;
    return $multi(true);
  };
  const commit = (): Result<number> => {
    if (failed !== undefined) return $multi(undefined, failed);
    const [sent, err] = flush();
    if (sent === undefined) {
      abort();
      return $multi(undefined, err);
    }
    const command = `commit ${kind} ${target}`;
    const [said, commitErr] = execute(client, command);
    if (said === undefined) {
      abort();
      return $multi(undefined, commitErr);
    }
    const [text] = string.match(said, "^%s*(.-)%s*$");
    if (text !== "") {
      abort();
      // A newer version was committed since this one was prepared (another whole replace): it stays.
      if (string.find(text, "out of range", 1, true)[0] !== undefined) {
        return $multi(undefined, statsError("conflict", `another replace of this ${kind} was committed while this one was filled; this one was not`, command, text));
      }
      return $multi(undefined, statsError("refused", text, command, text));
    }
    letGo(abort);
    return $multi(count);
  };
  return $multi({ version, add, commit, abort });
}

/**
 * The library's whole replace: `entries` an array of {key, value} (map) or
 * of {value} / strings (ACL); the count committed, or nothing committed and
 * the error naming the entry.
 */
export function replaceAll(client: ClientFields, kind: PatternKind, ref: unknown, entries: unknown): Result<number> {
  if (type(entries) !== "table") return $multi(undefined, statsError("invalid", `entries: expected an array of ${kind === "map" ? "{key, value}" : "patterns"}`));
  const [replacement, err] = replaceEntries(client, kind, ref);
  if (replacement === undefined) return $multi(undefined, err);
  for (const entry of entries as unknown[]) {
    const item = type(entry) === "table" ? (entry as { key?: unknown; value?: unknown }) : { value: entry };
    const [added, refused] = replacement.add(item.key, item.value);
    if (added === undefined) {
      replacement.abort();
      return $multi(undefined, refused);
    }
  }
  return replacement.commit();
}
