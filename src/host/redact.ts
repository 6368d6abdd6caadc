/**
 * The configuration as GET /config shows it: every credential it can
 * recognise replaced by REDACTED, the rest byte for byte. Done once, at
 * init; the text the API serves never holds what it hides.
 *
 * Recognised (HAProxy's configuration manual, 2.6 to 3.4):
 * - "setenv" / "presetenv" of the API's token, or of any variable whose
 *   name says it is secret (PASS, SECRET, TOKEN, KEY, AUTH, CRED, PWD),
 *   but for names of files and paths (..._FILE, _PATH, _DIR);
 * - "stats auth <user>:<password>": the password;
 * - a userlist's "user <name> password|insecure-password <password>";
 * - "ca-sign-pass <passphrase>" and "tcp-md5sig <password>" (bind and
 *   server options);
 * - the value of a header that carries credentials (Authorization,
 *   Proxy-Authorization, Cookie, Set-Cookie, X-Api-Key...) set by
 *   "set-header", "add-header" or an "http-check send ... hdr"; and an
 *   old-style "option httpchk" request line holding "Authorization:"
 *   from there to the end of the line.
 * Anything else that is secret (a password inside a Lua file, a token in
 * a URL) is not recognised: /config needs the admin scope for that reason.
 */

export const REDACTED = "<redacted>";

/** A word of a line: where it starts and ends (1-based, inclusive) and its text without quotes. */
interface Word {
  from: number;
  to: number;
  text: string;
}

/** The words of `line` as HAProxy splits them (blanks, quotes, "\" escapes, "#" comments), with their places. */
function lineWords(line: string): Word[] {
  const found: Word[] = [];
  let index = 1;
  while (index <= line.length) {
    const [start] = string.find(line, "[^ \t\r]", index);
    if (start === undefined) break;
    if (string.sub(line, start, start) === "#") break;
    const parts: string[] = [];
    let quote: string | undefined;
    let at = start;
    while (at <= line.length) {
      const char = string.sub(line, at, at);
      if (quote === undefined && (char === " " || char === "\t" || char === "\r")) break;
      if (char === "\\" && at < line.length) {
        at++;
        parts[parts.length] = string.sub(line, at, at);
      } else if ((char === '"' || char === "'") && (quote === undefined || quote === char)) {
        quote = quote === undefined ? char : undefined;
      } else {
        parts[parts.length] = char;
      }
      at++;
    }
    found[found.length] = { from: start, to: at - 1, text: table.concat(parts) };
    index = at;
  }
  return found;
}

const SECRET_NAME = ["PASS", "SECRET", "TOKEN", "KEY", "AUTH", "CRED", "PWD"];
const PATH_NAME = ["_FILE", "_PATH", "_DIR"];

/** Whether an environment variable's name says its value is a secret. */
function secretName(name: string): boolean {
  const upper = string.upper(name);
  if (PATH_NAME.some((suffix) => string.sub(upper, -suffix.length) === suffix)) return false;
  return SECRET_NAME.some((part) => string.find(upper, part, 1, true)[0] !== undefined);
}

const SECRET_HEADERS = new LuaTable<string, boolean>();
for (const name of ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "x-auth-token", "x-access-token"]) SECRET_HEADERS.set(name, true);

/** Words followed by a secret, wherever they stand on a line. */
const BEFORE_SECRET = new LuaTable<string, boolean>();
for (const keyword of ["password", "insecure-password", "ca-sign-pass", "tcp-md5sig"]) BEFORE_SECRET.set(keyword, true);

/** The indexes (0-based) of the words of one line to hide, and from where to the line's end, if anywhere. */
function secretsOf(words: Word[]): LuaMultiReturn<[indexes: number[], restFrom: number | undefined]> {
  const hidden: number[] = [];
  const keyword = string.lower(words[0].text);
  if ((keyword === "setenv" || keyword === "presetenv") && words.length >= 3 && secretName(words[1].text)) hidden[hidden.length] = 2;
  if (keyword === "stats" && words.length >= 3 && string.lower(words[1].text) === "auth") hidden[hidden.length] = 2;
  for (let index = 0; index < words.length - 1; index++) {
    const word = string.lower(words[index].text);
    if (BEFORE_SECRET.has(word) && index > 0) hidden[hidden.length] = index + 1;
    // set-header/add-header <name> <value>, and http-check's "hdr <name> <value>".
    if ((word === "set-header" || word === "add-header" || word === "hdr") && index + 2 < words.length && SECRET_HEADERS.has(string.lower(words[index + 1].text))) {
      hidden[hidden.length] = index + 2;
    }
  }
  let restFrom: number | undefined;
  for (let index = 0; index < words.length; index++) {
    if (string.find(string.lower(words[index].text), "authorization:", 1, true)[0] !== undefined) {
      restFrom = index;
      break;
    }
  }
  return $multi(hidden, restFrom);
}

/** One line with its secrets replaced. */
function redactLine(line: string): string {
  const words = lineWords(line);
  if (words.length < 2) return line;
  const [hidden, restFrom] = secretsOf(words);
  if (hidden.length === 0 && restFrom === undefined) return line;
  // "stats auth user:password" keeps the user.
  const shown = new LuaTable<number, string>();
  for (const index of hidden) {
    const word = words[index];
    const [user] = string.lower(words[0].text) === "stats" && index === 2 ? string.match(word.text, "^([^:]*):") : [undefined];
    shown.set(index, user === undefined ? REDACTED : `${user}:${REDACTED}`);
  }
  const parts: string[] = [];
  let position = 1;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (restFrom !== undefined && index >= restFrom) {
      parts[parts.length] = string.sub(line, position, word.from - 1);
      parts[parts.length] = REDACTED;
      position = line.length + 1;
      break;
    }
    const replacement = shown.get(index);
    if (replacement === undefined) continue;
    parts[parts.length] = string.sub(line, position, word.from - 1);
    parts[parts.length] = replacement;
    position = word.to + 1;
  }
  parts[parts.length] = string.sub(line, position);
  return table.concat(parts);
}

/** `text` (a whole configuration) with every credential it recognises replaced by REDACTED. */
export function redactConfig(text: string): string {
  const lines: string[] = [];
  for (const [line, ending] of string.gmatch(text, "([^\n]*)(\n?)")) {
    if (line === "" && ending === "") continue;
    lines[lines.length] = redactLine(line) + ending;
  }
  return table.concat(lines);
}

/**
 * An error capture's text (HAProxy's escaped bytes of a request or
 * response, "\r\n" as those four characters) with the values of credential
 * headers replaced: a capture of someone else's request may carry their
 * Authorization or Cookie header.
 */
export function redactCapture(text: string): string {
  const parts: string[] = [];
  let position = 1;
  for (;;) {
    const [stop] = string.find(text, "\\n", position, true);
    const line = string.sub(text, position, stop === undefined ? text.length : stop - 1);
    const [name, spacing] = string.match(line, "^([%w%-]+)(%s*:)");
    if (name !== undefined && SECRET_HEADERS.has(string.lower(name))) {
      const ending = string.sub(line, -2) === "\\r" ? "\\r" : "";
      parts[parts.length] = `${name}${spacing as string} ${REDACTED}${ending}`;
    } else {
      parts[parts.length] = line;
    }
    if (stop === undefined) break;
    parts[parts.length] = "\\n";
    position = stop + 2;
  }
  return table.concat(parts);
}
