/**
 * Parsers of the "ssl cert" and "ssl crt-list" answers of HAProxy 2.6.12,
 * as measured:
 *   show ssl cert          "# transaction\n*<file>\n# filename\n<file>\n..."
 *                          (the transaction part only while one is open)
 *   show ssl cert <file>   "Filename: <file>\nStatus: Used\nSerial: ...\n
 *                          notBefore: Dec  1 13:59:51 2026 GMT\n...
 *                          Chain Subject: ...\nChain Issuer: ...\n..."
 *   show ssl crt-list      one crt-list file a line
 *   show ssl crt-list <l>  "# <l>\n<cert> [options] [sni...]\n..."
 */
import { ordered } from "../core/fields";

export interface CertificateList {
  /** The file of HAProxy's one open certificate transaction, if any. */
  transaction?: string;
  files: string[];
}

export interface ChainLink {
  subject: string;
  issuer: string;
}

export interface Certificate {
  file: string;
  /** "used" or "unused", as HAProxy says. */
  status: string;
  subject: string;
  issuer: string;
  serial: string;
  not_before: string;
  not_after: string;
  days_left: number;
  /** The DNS Subject Alternative Names as HAProxy 2.6 prints them ("DNS:a.example"); it prints no IP SAN. */
  sans: string[];
  sha1_fingerprint: string;
  algorithm: string;
  /** The crt-lists that hold it (filled by the caller). */
  crt_lists: string[];
  /** The certificates after it in its file (only for one certificate). */
  chain?: ChainLink[];
}

const CERT_ORDER = ordered(["file", "status", "subject", "issuer", "serial", "not_before", "not_after", "days_left", "sans", "sha1_fingerprint", "algorithm", "crt_lists", "chain"]);
const LINK_ORDER = ordered(["subject", "issuer"]);

function lines(answer: string): string[] {
  const list: string[] = [];
  for (const [line] of string.gmatch(answer, "([^\n]+)")) list[list.length] = line;
  return list;
}

export function parse_cert_list(answer: string): CertificateList {
  const result: CertificateList = { files: [] };
  let section = "";
  for (const line of lines(answer)) {
    if (string.sub(line, 1, 2) === "# ") section = string.sub(line, 3);
    else if (section === "transaction") result.transaction = string.sub(line, 2); // "*<file>"
    else result.files[result.files.length] = line;
  }
  return result;
}

const MONTHS = new LuaTable<string, number>();
["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].forEach((name, i) => MONTHS.set(name, i + 1));

/** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm: no time zone, no os.time). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** "Dec 31 07:46:36 2026 GMT" as ISO 8601 and as seconds since the epoch; undefined for anything else. */
export function parseCertDate(text: string): LuaMultiReturn<[iso: string, epoch: number] | [iso: undefined]> {
  const [mon, d, hh, mm, ss, yyyy] = string.match(text, "^(%a+)%s+(%d+)%s+(%d+):(%d+):(%d+)%s+(%d+)%s+GMT$");
  const month = mon === undefined ? undefined : MONTHS.get(mon);
  if (month === undefined) return $multi(undefined);
  const [year, day, hour, minute, second] = [tonumber(yyyy) as number, tonumber(d) as number, tonumber(hh) as number, tonumber(mm) as number, tonumber(ss) as number];
  const epoch = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return $multi(string.format("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second), epoch);
}

/** "show ssl cert <file>" as a Certificate; `now` (seconds since the epoch) gives days_left, rounded down. */
export function parse_cert(answer: string, now: number, withChain: boolean): Certificate | undefined {
  const fields = new LuaTable<string, string>();
  const chain: ChainLink[] = [];
  for (const line of lines(answer)) {
    const [name, value] = string.match(line, "^([^:]+):%s?(.*)$");
    if (name === undefined) continue;
    if (name === "Chain Subject") chain[chain.length] = setmetatable({ subject: value, issuer: "" }, LINK_ORDER);
    else if (name === "Chain Issuer" && chain.length > 0) chain[chain.length - 1].issuer = value;
    else fields.set(name, value);
  }
  const file = fields.get("Filename");
  if (file === undefined) return undefined;
  const [notBefore] = parseCertDate(fields.get("notBefore") ?? "");
  const [notAfter, expires] = parseCertDate(fields.get("notAfter") ?? "");
  const sans: string[] = [];
  for (const [san] of string.gmatch(fields.get("Subject Alternative Name") ?? "", "([^,]+)")) {
    const [trimmed] = string.match(san, "^%s*(.-)%s*$");
    if (trimmed !== "") sans[sans.length] = trimmed;
  }
  const certificate: Certificate = {
    file,
    status: string.lower(fields.get("Status") ?? ""),
    subject: fields.get("Subject") ?? "",
    issuer: fields.get("Issuer") ?? "",
    serial: fields.get("Serial") ?? "",
    not_before: notBefore ?? (fields.get("notBefore") ?? ""),
    not_after: notAfter ?? (fields.get("notAfter") ?? ""),
    days_left: expires === undefined ? 0 : Math.floor((expires - now) / 86400),
    sans,
    sha1_fingerprint: fields.get("SHA1 FingerPrint") ?? "",
    algorithm: fields.get("Algorithm") ?? "",
    crt_lists: [],
  };
  if (withChain) certificate.chain = chain;
  return setmetatable(certificate, CERT_ORDER);
}

/** "show ssl crt-list": the crt-list files. */
export function parse_crt_lists(answer: string): string[] {
  const list: string[] = [];
  for (const line of lines(answer)) if (string.sub(line, 1, 1) !== "#") list[list.length] = line;
  return list;
}

/** "show ssl crt-list <list>": the certificate file of each line (its first word). */
export function parse_crt_list(answer: string): string[] {
  const files: string[] = [];
  for (const line of lines(answer)) {
    if (string.sub(line, 1, 1) === "#") continue;
    const [file] = string.match(line, "^(%S+)");
    if (file !== undefined) files[files.length] = file;
  }
  return files;
}
