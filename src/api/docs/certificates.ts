/** The docs of the TLS certificate routes (api/routes.ts). */
import type { RouteDoc } from "../openapi";
import { arrayOf, ref, type Schema } from "./schemas";

const FILE = "The certificate's file, as GET /certificates lists it, percent-encoded (%2F for /)";
const PEM: Schema = {
  type: "string",
  maxLength: 65536,
  description: "The PEM, as HAProxy reads the file: the certificate, its chain, and the private key. Only CERTIFICATE and PRIVATE KEY blocks; blank lines are dropped; anything else is refused before HAProxy sees it",
};
const TOO_BIG = "The PEM is over 64 KiB";

export const certificates: RouteDoc = {
  tag: "certificates",
  summary: "Every TLS certificate HAProxy holds, with its dates, names, fingerprint and the crt-lists that hold it",
  ok: { status: 200, description: "The certificates", schema: arrayOf(ref("Certificate")) },
};

export const certificate: RouteDoc = {
  tag: "certificates",
  summary: "One certificate, with its chain",
  params: { file: FILE },
  ok: { status: 200, description: "The certificate", schema: ref("CertificateDetail") },
};

export const putCertificate: RouteDoc = {
  tag: "certificates",
  summary: "Replaces a certificate in memory, for every new TLS handshake, without a reload (\"set ssl cert\", then \"commit ssl cert\")",
  description:
    "The body is the PEM as application/x-pem-file, or JSON {\"pem\"}. On any refusal (no PEM, a key that does not match, an unknown file) the transaction is aborted: none is left open, and the served certificate is unchanged. 409 when a transaction opened on the stats socket by someone else is in progress (HAProxy has one at a time). A reload serves the file on disk again: write the file too.",
  params: { file: FILE },
  body: { type: "object", properties: { pem: PEM }, required: ["pem"], additionalProperties: false },
  pem: true,
  ok: { status: 200, description: "The new certificate, read back", schema: ref("CertificateDetail") },
  errors: { 409: "A certificate transaction is open on the stats socket", 413: TOO_BIG },
};

export const postCertificate: RouteDoc = {
  tag: "certificates",
  summary: "Adds a certificate (\"new ssl cert\", \"set\", \"commit\") and, with crt_list, serves it by SNI on that crt-list's binds (\"add ssl crt-list\")",
  description: "A failed step after the first deletes the new certificate again: nothing is left on any error.",
  body: {
    type: "object",
    properties: { file: { type: "string", pattern: "^[A-Za-z0-9._/@:+-]+$", description: "The name HAProxy will know it by: a path with no \"..\", \".\" or empty segment" }, pem: PEM, crt_list: { type: "string", description: "A crt-list HAProxy loaded" } },
    required: ["file", "pem"],
    additionalProperties: false,
  },
  ok: { status: 201, description: "The new certificate; Location names it", schema: ref("CertificateDetail") },
  errors: { 409: "The certificate exists already, or a transaction is open", 413: TOO_BIG },
};

export const deleteCertificate: RouteDoc = {
  tag: "certificates",
  summary: "Deletes a certificate no bind line or crt-list uses (\"del ssl cert\")",
  params: { file: FILE },
  ok: { status: 204, description: "Deleted" },
  errors: { 409: "A bind line or crt-list uses it" },
};
