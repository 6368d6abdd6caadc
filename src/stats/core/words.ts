/**
 * Free-text words on a runtime command line: map and ACL references, keys,
 * values and stick-table keys are arbitrary text, unlike proxy names.
 *
 * HAProxy 2.6's CLI first splits a line into commands on unescaped ";" and
 * newlines, then into words on unescaped spaces and tabs, then removes the
 * backslashes. So a backslash before "\", ";", space and tab makes any of
 * them part of the word, and nothing a word holds can end the command. CR
 * and LF cannot be escaped (the CLI reads lines), so they are refused, and
 * so is NUL (HAProxy's C strings would cut the word short there).
 */

/** Longest word accepted: a command line must fit in HAProxy's 16 KiB buffer. */
export const WORD_MAX_LENGTH = 4096;

type Word = LuaMultiReturn<[word: string] | [word: undefined, problem: string]>;

/** The reason `text` can't travel as one word, or undefined when it can. */
export function wordProblem(text: unknown): string | undefined {
  if (type(text) !== "string") return `expected a string, got ${type(text)}`;
  const word = text as string;
  if (word.length === 0) return "empty text";
  if (word.length > WORD_MAX_LENGTH) return `longer than ${WORD_MAX_LENGTH} bytes`;
  if (string.find(word, "[\r\n%z]")[0] !== undefined) return "CR, LF and NUL can't be sent to HAProxy's CLI";
  return undefined;
}

/** `text` escaped as one word of a command line, or undefined and why it can't be. */
export function word(text: unknown): Word {
  const problem = wordProblem(text);
  if (problem !== undefined) return $multi(undefined, problem);
  const [escaped] = string.gsub(text as string, "[\\; \t]", "\\%0");
  return $multi(escaped);
}

/** Longest text a message quotes; the rest is cut, marked with "...". */
const QUOTE_MAX = 80;

/** `value` as an error message shows it: a string quoted (escapes visible, newlines as \n, cut after 80 bytes), anything else as tostring. */
export function quoted(value: unknown): string {
  if (type(value) !== "string") return tostring(value);
  const text = value as string;
  const [shown] = string.gsub(string.format("%q", string.sub(text, 1, QUOTE_MAX)), "\\\n", "\\n");
  return text.length > QUOTE_MAX ? `${shown}...` : shown;
}

/** Whitespace: map keys can't hold it, since "show map" prints key and value separated by a space. */
export function hasBlank(text: string): boolean {
  return string.find(text, "[ \t]")[0] !== undefined;
}

/**
 * "#<id>" or "#0x<hex>": how HAProxy names a map or ACL by id and an entry
 * by its reference. A key starting with "#" would be read as one, so such
 * keys are only reached by their entry's id.
 */
export function isReference(text: string): boolean {
  return string.sub(text, 1, 1) === "#";
}

/** Undoes HAProxy's dump_text() escaping of stick-table string keys ("\ ", "\=", "\\", "\t", "\xHH"...). */
export function unescapeDump(text: string): string {
  if (string.find(text, "\\", 1, true)[0] === undefined) return text;
  const [plain] = string.gsub(text, "\\(x?)(.)(%x?)", (hex: string, first: string, rest: string) => {
    if (hex === "x") return string.char(tonumber(first + rest, 16) ?? 63);
    const named = DUMP_ESCAPES.get(first);
    return (named ?? first) + rest;
  });
  return plain;
}

const DUMP_ESCAPES = new LuaTable<string, string>();
DUMP_ESCAPES.set("t", "\t");
DUMP_ESCAPES.set("n", "\n");
DUMP_ESCAPES.set("r", "\r");
DUMP_ESCAPES.set("e", "\x1b");
