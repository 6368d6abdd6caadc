/**
 * TLS certificates: the ones HAProxy holds (and the crt-lists that hold
 * them), one with its chain, and the writes: replace one in memory, add a
 * new one (and serve it by SNI through a crt-list), delete an unused one.
 *
 * HAProxy 2.6 has one certificate transaction for the whole process, and
 * (measured on 2.6.12) "set ssl cert <b>" while a transaction for <a> is
 * open answers "Transaction updated for certificate <a>": it puts <b>'s
 * PEM into <a>'s transaction. So every write first checks that no
 * transaction is open, and every failed write aborts its own: none is
 * ever left behind, and one opened by someone else is never touched.
 *
 * No error and no log line carries a payload: it holds the private key.
 */
import { execute, executeDump, type ClientFields } from "../core/client";
import { answerError, statsError, type StatsError } from "../core/errors";
import { callIt, hold, letGo } from "../core/held";
import type { Result } from "../core/result";
import { quoted } from "../core/words";
import {
  abortCert, addToCrtList, certFileProblem, checkPem, commitCert, delCert, headOf, newCert, newCertFileProblem, setCert,
  showCert, showCerts, showCrtList, showCrtLists, type Pem,
} from "./commands";
import { parse_cert, parse_cert_list, parse_crt_list, parse_crt_lists, type Certificate, type CertificateList } from "./parsers";

type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;

function invalid(message: string): StatsError {
  return statsError("invalid", message);
}

/** Runs a command whose answer means it worked when it matches `success`; HAProxy's other answers, joined, as `kind`. */
function expect(client: ClientFields, command: string, success: string, kind: StatsError["kind"]): Done {
  const [answer, err] = execute(client, command);
  const head = headOf(command);
  if (answer === undefined) {
    if (err.kind === "closed" && head !== command) {
      return $multi(undefined, statsError("rejected", `HAProxy closed the connection without answering: a payload of ${command.length} bytes is more than its CLI takes in one buffer (tune.bufsize, 16384 by default); raise tune.bufsize`, head));
    }
    return $multi(undefined, statsError(err.kind, err.message, head));
  }
  if (string.find(answer, success)[0] !== undefined) return $multi(true);
  const known = answerError(head, answer);
  if (known !== undefined && known.kind !== "not_found") return $multi(undefined, known);
  const [text] = string.gsub(string.match(answer, "^%s*(.-)%s*$")[0], "\n+", "; ");
  return $multi(undefined, statsError(kind, text, head, text));
}

/** "show ssl cert": the files, and the open transaction if any. */
export function list(client: ClientFields): Result<CertificateList> {
  const [answer, err] = executeDump(client, showCerts());
  if (answer === undefined) return $multi(undefined, err);
  const refused = answerError(showCerts(), answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(parse_cert_list(answer));
}

/** The crt-lists holding each certificate file. */
function crtListsByFile(client: ClientFields): Result<LuaTable<string, string[]>> {
  const byFile = new LuaTable<string, string[]>();
  const [answer, err] = executeDump(client, showCrtLists());
  if (answer === undefined) return $multi(undefined, err);
  for (const listFile of parse_crt_lists(answer)) {
    const [command] = showCrtList(listFile);
    if (command === undefined) continue; // a name this API can't send back
    const [entries, failed] = executeDump(client, command);
    if (entries === undefined) return $multi(undefined, failed);
    for (const file of parse_crt_list(entries)) {
      const lists = byFile.get(file) ?? [];
      lists[lists.length] = listFile;
      byFile.set(file, lists);
    }
  }
  return $multi(byFile);
}

function details(client: ClientFields, file: string, withChain: boolean, lists: LuaTable<string, string[]>): Result<Certificate> {
  const [command, invalidFile] = showCert(file);
  if (command === undefined) return $multi(undefined, invalidFile);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const certificate = parse_cert(answer, os.time(), withChain);
  if (certificate === undefined) return $multi(undefined, statsError("not_found", `no such certificate: ${quoted(file)}`, command, answer));
  certificate.crt_lists = lists.get(file) ?? [];
  return $multi(certificate);
}

/** Every certificate HAProxy holds (not the one of an open transaction), with its crt-lists. */
export function certificates(client: ClientFields): Result<Certificate[]> {
  const [all, err] = list(client);
  if (all === undefined) return $multi(undefined, err);
  const [lists, failed] = crtListsByFile(client);
  if (lists === undefined) return $multi(undefined, failed);
  const result: Certificate[] = [];
  for (const file of all.files) {
    const [certificate, missing] = details(client, file, false, lists);
    if (certificate === undefined) return $multi(undefined, missing);
    result[result.length] = certificate;
  }
  return $multi(result);
}

/** One certificate, with its chain and crt-lists; not_found for a file HAProxy does not hold. */
export function certificate(client: ClientFields, file: unknown): Result<Certificate> {
  const problem = certFileProblem(file);
  if (problem !== undefined) return $multi(undefined, invalid(`certificate ${quoted(file)}: ${problem}`));
  const [lists, failed] = crtListsByFile(client);
  if (lists === undefined) return $multi(undefined, failed);
  return details(client, file as string, true, lists);
}

/** The checks every write makes before its first command: the file, the PEM, no open transaction, and whether HAProxy holds the file. */
function prepare(client: ClientFields, file: unknown, pem: unknown): LuaMultiReturn<[pem: Pem, held: boolean] | [pem: undefined, err: StatsError]> {
  const problem = certFileProblem(file);
  if (problem !== undefined) return $multi(undefined, invalid(`certificate ${quoted(file)}: ${problem}`));
  const [checked, refused] = checkPem(pem);
  if (checked === undefined) return $multi(undefined, invalid(`pem: ${refused}`));
  const [all, err] = list(client);
  if (all === undefined) return $multi(undefined, err);
  if (all.transaction !== undefined) {
    return $multi(undefined, statsError("conflict", `a certificate transaction for ${all.transaction} is open on the stats socket: HAProxy has one at a time; commit or abort it ("abort ssl cert ${all.transaction}") first`, showCerts()));
  }
  return $multi(checked, all.files.includes(file as string));
}

/** set, then commit, of `file`; on any refusal the transaction is aborted, so none is left open. */
function replace(client: ClientFields, file: string, pem: Pem): Done {
  const [set, buildErr] = setCert(file, pem);
  if (set === undefined) return $multi(undefined, buildErr);
  // The process's one transaction is this request's until committed or aborted, on every path (core/held.ts).
  const transaction = (): void => abort(client, file);
  hold(transaction, callIt);
  const [opened, refused] = expect(client, set, "^Transaction [a-z]+ for certificate ", "rejected");
  if (opened === undefined) {
    letGo(transaction);
    abort(client, file);
    return $multi(undefined, refused);
  }
  const [commit] = commitCert(file);
  const [committed, failed] = expect(client, commit as string, "Success!", "rejected");
  letGo(transaction);
  if (committed === undefined) {
    abort(client, file);
    return $multi(undefined, failed);
  }
  return $multi(true);
}

function abort(client: ClientFields, file: string): void {
  const [command] = abortCert(file);
  if (command !== undefined) execute(client, command);
}

/** Replaces a certificate HAProxy holds, in memory, for new TLS handshakes: set, commit; aborted on any refusal. */
export function setCertificate(client: ClientFields, file: unknown, pem: unknown): Done {
  const [checked, held] = prepare(client, file, pem);
  if (checked === undefined) return $multi(undefined, held as unknown as StatsError);
  if (held !== true) {
    return $multi(undefined, statsError("not_found", `no such certificate: ${quoted(file)} (HAProxy replaces the certificates its configuration loaded or that were added at runtime)`, showCerts()));
  }
  return replace(client, file as string, checked);
}

/**
 * Adds a certificate: new, set, commit and, with `crtList`, added to that
 * crt-list so its binds serve it by SNI. A failed step after "new" deletes
 * it again: nothing is left on any error.
 */
export function addCertificate(client: ClientFields, file: unknown, pem: unknown, crtList?: unknown): Done {
  const unfit = newCertFileProblem(file);
  if (unfit !== undefined) return $multi(undefined, invalid(`certificate ${quoted(file)}: ${unfit}`));
  if (crtList !== undefined) {
    const problem = certFileProblem(crtList);
    if (problem !== undefined) return $multi(undefined, invalid(`crt_list ${quoted(crtList)}: ${problem}`));
  }
  const [checked, held] = prepare(client, file, pem);
  if (checked === undefined) return $multi(undefined, held as unknown as StatsError);
  if (held === true) return $multi(undefined, statsError("conflict", `certificate ${quoted(file)} exists already: replace it with PUT (set_certificate)`, showCerts()));
  if (crtList !== undefined) {
    const [answer, err] = executeDump(client, showCrtLists());
    if (answer === undefined) return $multi(undefined, err);
    if (!parse_crt_lists(answer).includes(crtList as string)) return $multi(undefined, statsError("not_found", `no such crt-list: ${quoted(crtList)}`, showCrtLists()));
  }
  const name = file as string;
  const [create] = newCert(name);
  const [created, refused] = expect(client, create as string, "^New empty certificate store", "refused");
  if (created === undefined) return $multi(undefined, refused);
  const putBack = (err: StatsError): Done => {
    const [remove] = delCert(name);
    execute(client, remove as string);
    return $multi(undefined, err);
  };
  const [replaced, failed] = replace(client, name, checked);
  if (replaced === undefined) return putBack(failed);
  if (crtList !== undefined) {
    const [add] = addToCrtList(crtList, name);
    const [added, notAdded] = expect(client, add as string, "Success!", "refused");
    if (added === undefined) return putBack(notAdded);
  }
  return $multi(true);
}

/** Deletes a certificate no crt-list or bind uses ("del ssl cert"); conflict when one does. */
export function delCertificate(client: ClientFields, file: unknown): Done {
  const [current, err] = certificate(client, file);
  if (current === undefined) return $multi(undefined, err);
  if (current.status === "used" || current.crt_lists.length > 0) {
    const where = current.crt_lists.length > 0 ? `crt-list ${table.concat(current.crt_lists, ", ")}` : "a bind line";
    return $multi(undefined, statsError("conflict", `certificate ${quoted(file)} is in use by ${where}: HAProxy deletes only unused certificates`));
  }
  const [command] = delCert(file);
  return expect(client, command as string, "deleted!", "refused");
}
