/**
 * Free text on a runtime command line (map and ACL references, keys,
 * values, stick-table keys, lookups): HAProxy's CLI grammar, in one place.
 * Read in cli.c (2.6 to 3.4), measured on 2.6.12, 3.0.11 and 3.2.26:
 * - a line is split into commands on unescaped ";" and newlines, then
 *   into words on unescaped spaces and tabs, then each "\x" becomes "x"
 *   (any x). So a backslash before "\", ";", space and tab makes them part
 *   of the word, and nothing a word holds can end the command.
 * - a line ending in "<<" (2.6), or whose last space-separated part starts
 *   with "<<" and has at most 9 characters (3.0 and later, "<<" and a
 *   custom end pattern), switches the CLI to payload mode: it waits for
 *   payload lines that never come, holding the connection until it times
 *   out. Every "<" is sent as "\<": no "<<" ever reaches the raw line, and
 *   the word still reads "<<".
 * - CR and LF cannot be escaped (the CLI reads lines), and NUL would cut
 *   HAProxy's C string short: refused.
 * - vertical tab and form feed HAProxy keeps as they are, but they read as
 *   blanks to Lua's %s and to the usual tools that read map files (an
 *   entry would come back split in two): refused, so that what is stored
 *   is what everyone reads.
 * A line must also fit in one buffer of the CLI: client.ts checks the
 * whole line (CLI_LINE_MAX).
 */

/** Longest word accepted. */
export const WORD_MAX_LENGTH = 4096;

type Word = LuaMultiReturn<[word: string] | [word: undefined, problem: string]>;

/** The characters no text may hold, with their names. */
const REFUSED = new LuaTable<string, string>();
REFUSED.set("\r", "CR");
REFUSED.set("\n", "LF");
REFUSED.set("\0", "NUL");
REFUSED.set("\v", "vertical tab (\\v)");
REFUSED.set("\f", "form feed (\\f)");

/**
 * The reason `text` can't be sent to HAProxy as it is (a word, or a
 * payload line's part), or undefined when it can: not a string, empty,
 * too long, or holding a character of REFUSED, named.
 */
export function textProblem(text: unknown, maxLength = WORD_MAX_LENGTH): string | undefined {
  if (type(text) !== "string") return `expected a string, got ${type(text)}`;
  const word = text as string;
  if (word.length === 0) return "empty text";
  if (word.length > maxLength) return `longer than ${maxLength} bytes`;
  const [at] = string.find(word, "[\r\n%z\v\f]");
  if (at === undefined) return undefined;
  const name = REFUSED.get(string.sub(word, at, at)) as string;
  if (name === "CR" || name === "LF" || name === "NUL") return `holds ${name} at byte ${at}: CR, LF and NUL can't be sent to HAProxy's CLI`;
  return `holds a ${name} at byte ${at}, which most tools reading maps take for a blank: refused so that what is stored is what everyone reads`;
}

/** The reason `text` can't travel as one word, or undefined when it can. */
export const wordProblem = (text: unknown): string | undefined => textProblem(text);

/** `text` escaped as one word of a command line (see above), or undefined and why it can't be. */
export function word(text: unknown): Word {
  const problem = wordProblem(text);
  if (problem !== undefined) return $multi(undefined, problem);
  const [escaped] = string.gsub(text as string, "[\\; \t<]", "\\%0");
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

/** A space or a tab: map keys can't hold one, since "show map" and map files separate key and value by it. */
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
