/**
 * Builders of the TLS certificate commands (HAProxy 2.6's "ssl cert" and
 * "ssl crt-list" families). A certificate is named by the file HAProxy
 * loaded it from; a new certificate's PEM travels as the CLI's multi-line
 * payload ("<<", its lines, an empty line), so it is checked here first,
 * line by line: only certificate and private key blocks of base64 lines,
 * blank lines dropped, nothing else. That leaves no way for a payload to end
 * early or to carry a command.
 */
import { statsError, type StatsError } from "../core/errors";
import { ruleProblem, type NameRule } from "../core/names";
import { quoted } from "../core/words";

type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

/** What HAProxy's payload may hold: the blocks a certificate file is made of. */
const BLOCKS = new LuaTable<string, "certificate" | "key">();
BLOCKS.set("CERTIFICATE", "certificate");
BLOCKS.set("PRIVATE KEY", "key");
BLOCKS.set("RSA PRIVATE KEY", "key");
BLOCKS.set("EC PRIVATE KEY", "key");

/** A payload past this is refused before it is sent: HAProxy 2.6's CLI takes one buffer (tune.bufsize) of command and payload. */
export const MAX_PEM_BYTES = 64 * 1024;

const CERT_FILE: NameRule = { noun: "certificate file name", maxLength: 1024, pattern: "^[%w%._/@:+%-]+$", allowed: "letters, digits and . _ / @ : + -" };

/** The reason `file` can't name a certificate here, or undefined when it can ("@" starts HAProxy's names of crt-list lines). */
export function certFileProblem(file: unknown): string | undefined {
  const problem = ruleProblem(CERT_FILE, file);
  if (problem !== undefined) return problem;
  const first = string.sub(file as string, 1, 1);
  if (first === "@") return "a certificate file name does not start with @";
  return undefined;
}

/**
 * The reason `file` can't name a new certificate, or undefined when it
 * can: a name is a path in HAProxy's certificate store, so none of its
 * segments is ".." or "." or empty (what HAProxy loaded already is named as
 * it was, and stays reachable).
 */
export function newCertFileProblem(file: unknown): string | undefined {
  const problem = certFileProblem(file);
  if (problem !== undefined) return problem;
  for (const [segment] of string.gmatch(`${file as string}/`, "([^/]*)/")) {
    if (segment === ".." || segment === ".") return `a new certificate's name has no "${segment}" segment: name it by the file it is kept in`;
  }
  if (string.find(file as string, "//", 1, true)[0] !== undefined || string.sub(file as string, -1) === "/") return "a new certificate's name has no empty segment";
  return undefined;
}

function invalid(what: string, problem: string): Built {
  return $multi(undefined, statsError("invalid", `${what}: ${problem}`));
}

function named(verb: string, file: unknown): Built {
  const problem = certFileProblem(file);
  if (problem !== undefined) return invalid(`certificate ${quoted(file)}`, problem);
  return $multi(`${verb} ${file as string}`);
}

export const showCerts = (): string => "show ssl cert";
export const showCert = (file: unknown): Built => named("show ssl cert", file);
export const commitCert = (file: unknown): Built => named("commit ssl cert", file);
export const abortCert = (file: unknown): Built => named("abort ssl cert", file);
export const newCert = (file: unknown): Built => named("new ssl cert", file);
export const delCert = (file: unknown): Built => named("del ssl cert", file);
export const showCrtLists = (): string => "show ssl crt-list";
export const showCrtList = (list: unknown): Built => named("show ssl crt-list", list);

/** "add ssl crt-list <list> <file>": the certificate served by its own names (SNI) on the list's binds. */
export function addToCrtList(list: unknown, file: unknown): Built {
  const [listed, err] = named("add ssl crt-list", list);
  if (listed === undefined) return $multi(undefined, err);
  const problem = certFileProblem(file);
  if (problem !== undefined) return invalid(`certificate ${quoted(file)}`, problem);
  return $multi(`${listed} ${file as string}`);
}

/** What a PEM holds, once checked: its lines without blank ones, and its blocks' counts. */
export interface Pem {
  lines: string[];
  certificates: number;
  keys: number;
}

type Checked = LuaMultiReturn<[pem: Pem] | [pem: undefined, problem: string]>;

/**
 * Checks a PEM line by line: BEGIN/END pairs of a certificate or private key,
 * base64 inside, blank lines anywhere dropped (PEM allows them), nothing
 * else; at least one certificate. The problem names the line.
 */
export function checkPem(pem: unknown): Checked {
  if (type(pem) !== "string") return $multi(undefined, `expected the PEM text, got ${type(pem)}`);
  const text = pem as string;
  if (text.length > MAX_PEM_BYTES) return $multi(undefined, `the PEM is over ${MAX_PEM_BYTES} bytes`);
  const lines: string[] = [];
  let block: string | undefined;
  let certificates = 0;
  let keys = 0;
  let number = 0;
  for (const [raw] of string.gmatch(text + "\n", "([^\n]*)\n")) {
    number++;
    const [line] = string.gsub(raw, "\r$", "");
    if (string.find(line, "^%s*$")[0] !== undefined) continue;
    if (block === undefined) {
      const [label] = string.match(line, "^%-%-%-%-%-BEGIN ([A-Z0-9 ]+)%-%-%-%-%-$");
      if (label === undefined) return $multi(undefined, `line ${number} is outside a -----BEGIN ...----- / -----END ...----- block`);
      if (!BLOCKS.has(label)) return $multi(undefined, `line ${number}: a ${label} block is neither a certificate nor a private key`);
      block = label;
    } else if (string.find(line, "^%-%-%-%-%-END ")[0] !== undefined) {
      if (line !== `-----END ${block}-----`) return $multi(undefined, `line ${number}: expected -----END ${block}-----`);
      if (BLOCKS.get(block) === "certificate") certificates++;
      else keys++;
      block = undefined;
    } else if (string.find(line, "^[%w+/=]+$")[0] === undefined) {
      return $multi(undefined, `line ${number} is not base64 (PEM headers are not taken)`);
    }
    lines[lines.length] = line;
  }
  if (block !== undefined) return $multi(undefined, `the ${block} block is not ended (truncated?)`);
  if (certificates === 0) return $multi(undefined, "no certificate in it");
  return $multi({ lines, certificates, keys });
}

/**
 * "set ssl cert <file> <<" and the PEM's lines: the empty line that ends the
 * payload is the one the client adds after every command. Opens (or
 * updates) HAProxy's one certificate transaction.
 */
export function setCert(file: unknown, pem: Pem): Built {
  const [head, err] = named("set ssl cert", file);
  if (head === undefined) return $multi(undefined, err);
  return $multi(`${head} <<\n${table.concat(pem.lines, "\n")}\n`);
}

/** The first line of a command, for errors and logs: never a payload (it holds the private key). */
export function headOf(command: string): string {
  const [head] = string.match(command, "^([^\n]*)");
  return head;
}
